// SPDX-License-Identifier: Apache-2.0
#include "core/filter/capture_field_context.h"

namespace ecv {

CaptureFieldContext::CaptureFieldContext(const CaptureReadHandle &capture, qint64 captureStartNs,
                                         const HttpLookup *http)
    : m_capture(capture)
    , m_startNs(captureStartNs)
    , m_httpLookup(http)
{}

void CaptureFieldContext::setEvent(int index, const EventIndexEntry &entry)
{
    m_index = index;
    m_entry = entry;
    m_indexed.reset();
    m_full.reset();
}

const CapturedEvent &CaptureFieldContext::indexed() const
{
    if (!m_indexed)
        m_indexed = m_full ? *m_full : m_capture.indexedEvent(m_index);
    return *m_indexed;
}

const CapturedEvent *CaptureFieldContext::full() const
{
    if (!m_full)
        m_full = m_capture.event(m_index);
    return &*m_full;
}

const HttpAnalysis::EntryPtr &CaptureFieldContext::entry() const
{
    const quint32 id = m_entry.conversationId;
    if (!m_hasHttp || m_httpConversation != id) {
        m_http = m_httpLookup && *m_httpLookup && id != 0 ? (*m_httpLookup)(id)
                                                          : HttpAnalysis::EntryPtr();
        m_httpConversation = id;
        m_hasHttp = true;
    }
    return m_http;
}

const HttpEventFields *CaptureFieldContext::http() const
{
    return HttpAnalysis::fieldsOf(entry(), m_index);
}

const HttpMessage *CaptureFieldContext::httpMessage() const
{
    return HttpAnalysis::messageOf(entry(), m_index);
}

} // namespace ecv
