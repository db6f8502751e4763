// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/capture/capture_read_handle.h"
#include "core/fields/field_context.h"
#include "core/http/http_analysis.h"

namespace ecv {

/**
 * @brief The HTTP analysis an export job uses on its worker thread: per conversation the one
 * analysis the window and ecapture-dump use (HttpAnalysis::loadItems + HttpAnalysisCache), kept
 * in a bounded cache of its own, so the window's cache and its thread are not involved.
 * Not thread-safe: one per job.
 */
class ExportHttp
{
public:
    /** @brief Reads through @p capture (any thread). */
    explicit ExportHttp(const CaptureReadHandle &capture);

    /** @brief Analysis of conversation @p id as it is now (computed on first use); null for 0. */
    HttpAnalysis::EntryPtr entry(quint32 id);

private:
    CaptureReadHandle m_capture;
    HttpAnalysisCache m_cache;
};

/**
 * @brief FieldContext of an event an export job read back: the full event, its conversation's
 * HTTP facts from an ExportHttp entry, the capture's start for relative times. Any thread.
 */
class ExportFieldContext : public EventFieldContext
{
public:
    /** @p event and @p entry must outlive the context. */
    ExportFieldContext(const CapturedEvent &event, int eventIndex, quint32 conversationId,
                       const HttpAnalysis::EntryPtr &entry, qint64 captureStartNs);
    const HttpMessage *httpMessage() const override;
    qint64 captureStartNs() const override { return m_start; }

private:
    const HttpAnalysis::EntryPtr &m_entry;
    int m_index;
    qint64 m_start;
};

} // namespace ecv
