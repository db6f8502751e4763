// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include "core/capture/capture_read_handle.h"
#include "core/fields/field_context.h"
#include "core/http/http_analysis.h"

namespace ecv {

/**
 * @brief FieldContext over one event of a CaptureReadHandle, for workers: index fields from
 * the index entry (CaptureReadHandle::indexedEvent), the full event read back from the capture
 * file only when a field needs it, HTTP facts from a conversation lookup only when a field
 * needs them. Reused event after event (setEvent()) so a worker allocates once.
 *
 * Thread affinity: one thread at a time (each worker has its own); the handle may be shared.
 */
class CaptureFieldContext final : public FieldContext
{
public:
    /** @brief The HTTP analysis of a conversation (nullptr: none); called at most once per
     *  conversation run of setEvent() calls, only when a field needs HTTP facts. */
    using HttpLookup = std::function<HttpAnalysis::EntryPtr(quint32 conversationId)>;

    /** @p capture and @p http (may be null: no HTTP facts) must outlive the context.
     *  @p captureStartNs: the first event's time, for frame.time_relative. */
    CaptureFieldContext(const CaptureReadHandle &capture, qint64 captureStartNs,
                        const HttpLookup *http = nullptr);

    /** @brief Point at event @p index, whose index entry is @p entry; forgets what was read.
     *  The HTTP analysis is kept while the conversation stays the same. */
    void setEvent(int index, const EventIndexEntry &entry);
    int eventIndex() const { return m_index; }

    const CapturedEvent &indexed() const override;
    qint64 dataLength() const override { return m_entry.dataLength; }
    quint32 conversationId() const override { return m_entry.conversationId; }
    const CapturedEvent *full() const override;
    const HttpEventFields *http() const override;
    const HttpMessage *httpMessage() const override;
    qint64 captureStartNs() const override { return m_startNs; }

    /** @brief Whether full() read the event back since the last setEvent() (for byte counts). */
    bool readPayload() const { return m_full.has_value(); }

private:
    const HttpAnalysis::EntryPtr &entry() const;

    const CaptureReadHandle &m_capture;
    qint64 m_startNs;
    const HttpLookup *m_httpLookup;
    int m_index = -1;
    EventIndexEntry m_entry;
    mutable std::optional<CapturedEvent> m_indexed;
    mutable std::optional<CapturedEvent> m_full;
    mutable bool m_hasHttp = false;
    mutable quint32 m_httpConversation = 0;
    mutable HttpAnalysis::EntryPtr m_http;
};

} // namespace ecv
