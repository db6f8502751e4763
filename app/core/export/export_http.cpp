// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_http.h"

#include "core/capture/capture_read_handle.h"

namespace ecv {

namespace {
constexpr qint64 CacheBytes = 128LL * 1024 * 1024;
}

ExportHttp::ExportHttp(const CaptureReadHandle &capture)
    : m_capture(capture)
    , m_cache(CacheBytes)
{}

HttpAnalysis::EntryPtr ExportHttp::entry(quint32 id)
{
    if (id == 0)
        return nullptr;
    return m_cache.get(id, m_capture.conversationEventCount(id),
                       [this](quint32 c) { return HttpAnalysis::loadItems(m_capture, c); });
}

ExportFieldContext::ExportFieldContext(const CapturedEvent &event, int eventIndex,
                                       quint32 conversationId, const HttpAnalysis::EntryPtr &entry,
                                       qint64 captureStartNs)
    : EventFieldContext(event, HttpAnalysis::fieldsOf(entry, eventIndex), conversationId)
    , m_entry(entry)
    , m_index(eventIndex)
    , m_start(captureStartNs)
{}

const HttpMessage *ExportFieldContext::httpMessage() const
{
    return HttpAnalysis::messageOf(m_entry, m_index);
}

} // namespace ecv
