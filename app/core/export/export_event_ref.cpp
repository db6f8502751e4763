// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_event_ref.h"

#include "core/capture/capture_store.h"

namespace ecv {

namespace {

ExportEventRef refOf(const CaptureStore &store, int index)
{
    const EventIndexEntry &e = store.eventAt(index);
    ExportEventRef r;
    r.eventIndex = index;
    r.conversationId = e.conversationId;
    r.dataLength = e.dataLength;
    r.format = quint8(e.format);
    r.kind = quint8(e.kind);
    r.ecaptureType = (e.flags & EventIndexEntry::HasEcaptureType) && e.ecaptureType <= 4
                         ? quint8(e.ecaptureType)
                         : 0xFF;
    return r;
}

} // namespace

QVector<ExportEventRef> ExportEventRef::fromStore(const CaptureStore &store,
                                                  const QVector<int> &eventIndexes)
{
    QVector<ExportEventRef> refs;
    refs.reserve(eventIndexes.size());
    for (int i : eventIndexes)
        refs.append(refOf(store, i));
    return refs;
}

QVector<ExportEventRef> ExportEventRef::allOf(const CaptureStore &store)
{
    QVector<ExportEventRef> refs;
    const int n = store.eventCount();
    refs.reserve(n);
    for (int i = 0; i < n; ++i)
        refs.append(refOf(store, i));
    return refs;
}

} // namespace ecv
