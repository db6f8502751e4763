// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>
#include <QHash>

#include "core/capture/capture_read_handle.h"
#include "core/fields/field_context.h"
#include "core/http/http_analysis.h"

namespace ecv {

/**
 * @brief The HTTP analyses a worker may read: a copy, taken on the GUI thread, of what the one
 * HttpAnalysis had cached per conversation (HttpAnalysis::peek()). Entries are immutable and
 * shared, so the copy is cheap and safe to read from any thread.
 */
using HttpSnapshot = QHash<quint32, HttpAnalysis::EntryPtr>;

/** @brief HttpSnapshot of every conversation @p analysis has cached now. GUI thread. */
std::shared_ptr<const HttpSnapshot> takeHttpSnapshot(const HttpAnalysis *analysis,
                                                     int conversationCount);

/**
 * @brief FieldContext for event @p eventIndex read through a CaptureReadHandle, for the event
 * list's worker jobs (sorting, find): index fields from the handle, the full event read back on
 * first use, HTTP facts from an HttpSnapshot (none when null); a conversation the snapshot
 * lacks is dissected on the calling worker into @p compute when one is given (a job's own cache,
 * thread-safe), else it has no HTTP facts. Any thread; one thread at a time.
 */
class WorkerFieldContext : public FieldContext
{
public:
    /** @p capture and @p http (may be null) must outlive the context. */
    WorkerFieldContext(const CaptureReadHandle &capture, int eventIndex, const HttpSnapshot *http,
                       qint64 captureStartNs, HttpAnalysisCache *compute = nullptr);

    const CapturedEvent &indexed() const override;
    qint64 dataLength() const override;
    quint32 conversationId() const override;
    const CapturedEvent *full() const override;
    const HttpEventFields *http() const override;
    const HttpMessage *httpMessage() const override;
    qint64 captureStartNs() const override { return m_startNs; }

private:
    const EventIndexEntry &entry() const;
    HttpAnalysis::EntryPtr analysis() const;

    const CaptureReadHandle &m_capture;
    int m_index;
    const HttpSnapshot *m_http;
    qint64 m_startNs;
    HttpAnalysisCache *m_compute;
    mutable std::optional<HttpAnalysis::EntryPtr> m_analysis;
    mutable std::optional<EventIndexEntry> m_entry;
    mutable std::optional<CapturedEvent> m_indexed;
    mutable std::optional<CapturedEvent> m_full;
};

} // namespace ecv
