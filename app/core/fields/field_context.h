// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/http/http_fields.h"
#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief What a registered field reads one event from: the index fields (always at hand and
 * cheap), the full event read back from the capture file (payload, uuid, tuple; loaded only when
 * a field needs it), and the event's HTTP facts from the one HTTP analysis.
 *
 * Implementations: StoreFieldContext (an event of a CaptureStore) and EventFieldContext (a
 * CapturedEvent on its own, e.g. a test's). A context is used by one thread at a time.
 */
class FieldContext
{
public:
    virtual ~FieldContext() = default;

    /** @brief The event's index fields: frame number, times, process, endpoints, kind, … The
     *  data, uuid and some strings may be missing (read full() for those). */
    virtual const CapturedEvent &indexed() const = 0;
    /** @brief Bytes of data the event holds (CapturedEvent::data.size()), known from the index. */
    virtual qint64 dataLength() const = 0;
    /** @brief The event's conversation number (CaptureStore), 0 = none. */
    virtual quint32 conversationId() const = 0;
    /** @brief The whole event with its data, read back on first use; nullptr when it cannot be
     *  read. */
    virtual const CapturedEvent *full() const = 0;
    /** @brief The event's HTTP facts, or nullptr when its conversation is not analysed (yet) or
     *  has no HTTP. */
    virtual const HttpEventFields *http() const = 0;
    /** @brief The HTTP message that begins in the event (HttpEventFields::message), or nullptr. */
    virtual const HttpMessage *httpMessage() const { return nullptr; }
    /**
     * @brief The event list's text for a non-HTTP payload (PayloadText::summaryLine of the
     * data); a context may override it to cache it (reading it needs the payload).
     */
    virtual QString payloadSummary() const;
    /** @brief Unix ns of the capture's first event, for frame.time_relative (0 = unknown). */
    virtual qint64 captureStartNs() const { return 0; }
};

/** @brief A FieldContext over one CapturedEvent that is already complete (no store). */
class EventFieldContext : public FieldContext
{
public:
    /** @p event and @p http (may be null) must outlive the context. */
    explicit EventFieldContext(const CapturedEvent &event, const HttpEventFields *http = nullptr,
                               quint32 conversationId = 0)
        : m_event(event)
        , m_http(http)
        , m_conversation(conversationId)
    {}

    const CapturedEvent &indexed() const override { return m_event; }
    qint64 dataLength() const override { return m_event.data.size(); }
    quint32 conversationId() const override { return m_conversation; }
    const CapturedEvent *full() const override { return &m_event; }
    const HttpEventFields *http() const override { return m_http; }

private:
    const CapturedEvent &m_event;
    const HttpEventFields *m_http;
    quint32 m_conversation;
};

} // namespace ecv
