// SPDX-License-Identifier: Apache-2.0
#include "core/fields/store_field_context.h"

#include "core/capture/capture_store.h"

namespace ecv {

StoreFieldContext::StoreFieldContext(const CaptureStore &store, int eventIndex,
                                     HttpAnalysis *analysis, HttpLookup lookup)
    : m_store(store)
    , m_index(eventIndex)
    , m_analysis(analysis)
    , m_lookup(lookup)
{}

const CapturedEvent &StoreFieldContext::indexed() const
{
    if (!m_indexed)
        m_indexed = m_full ? *m_full : m_store.indexedEvent(m_index);
    return *m_indexed;
}

qint64 StoreFieldContext::dataLength() const
{
    return m_store.eventAt(m_index).dataLength;
}

quint32 StoreFieldContext::conversationId() const
{
    return m_store.eventAt(m_index).conversationId;
}

const CapturedEvent *StoreFieldContext::full() const
{
    if (!m_full)
        m_full = m_store.event(m_index);
    return &*m_full;
}

const HttpAnalysis::EntryPtr &StoreFieldContext::entry() const
{
    if (!m_entry) {
        const quint32 id = conversationId();
        if (!m_analysis || id == 0)
            m_entry = HttpAnalysis::EntryPtr();
        else
            m_entry =
                m_lookup == HttpLookup::Request ? m_analysis->entry(id) : m_analysis->peek(id);
    }
    return *m_entry;
}

const HttpEventFields *StoreFieldContext::http() const
{
    return HttpAnalysis::fieldsOf(entry(), m_index);
}

const HttpMessage *StoreFieldContext::httpMessage() const
{
    return HttpAnalysis::messageOf(entry(), m_index);
}

qint64 StoreFieldContext::captureStartNs() const
{
    return m_store.eventCount() > 0 ? m_store.eventAt(0).timeNs : 0;
}

} // namespace ecv
