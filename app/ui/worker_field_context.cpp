// SPDX-License-Identifier: Apache-2.0
#include "ui/worker_field_context.h"

namespace ecv {

std::shared_ptr<const HttpSnapshot> takeHttpSnapshot(const HttpAnalysis *analysis,
                                                     int conversationCount)
{
    auto snapshot = std::make_shared<HttpSnapshot>();
    if (!analysis)
        return snapshot;
    for (quint32 id = 1; id <= quint32(conversationCount); ++id) {
        if (HttpAnalysis::EntryPtr entry = analysis->peek(id))
            snapshot->insert(id, std::move(entry));
    }
    return snapshot;
}

WorkerFieldContext::WorkerFieldContext(const CaptureReadHandle &capture, int eventIndex,
                                       const HttpSnapshot *http, qint64 captureStartNs,
                                       HttpAnalysisCache *compute)
    : m_capture(capture)
    , m_index(eventIndex)
    , m_http(http)
    , m_startNs(captureStartNs)
    , m_compute(compute)
{}

const EventIndexEntry &WorkerFieldContext::entry() const
{
    if (!m_entry)
        m_entry = m_capture.entry(m_index);
    return *m_entry;
}

const CapturedEvent &WorkerFieldContext::indexed() const
{
    if (!m_indexed)
        m_indexed = m_full ? *m_full : m_capture.indexedEvent(m_index);
    return *m_indexed;
}

qint64 WorkerFieldContext::dataLength() const
{
    return entry().dataLength;
}

quint32 WorkerFieldContext::conversationId() const
{
    return entry().conversationId;
}

const CapturedEvent *WorkerFieldContext::full() const
{
    if (!m_full)
        m_full = m_capture.event(m_index);
    return &*m_full;
}

HttpAnalysis::EntryPtr WorkerFieldContext::analysis() const
{
    if (m_analysis)
        return *m_analysis;
    const quint32 id = conversationId();
    HttpAnalysis::EntryPtr entry;
    if (id != 0 && m_http)
        entry = m_http->value(id);
    if (!entry && id != 0 && m_compute) {
        entry = m_compute->get(id, m_capture.conversationEventCount(id),
                               [this](quint32 c) { return HttpAnalysis::loadItems(m_capture, c); });
    }
    m_analysis = entry;
    return entry;
}

const HttpEventFields *WorkerFieldContext::http() const
{
    // m_analysis holds the entry for as long as the context lives.
    return HttpAnalysis::fieldsOf(analysis(), m_index);
}

const HttpMessage *WorkerFieldContext::httpMessage() const
{
    return HttpAnalysis::messageOf(analysis(), m_index);
}

} // namespace ecv
