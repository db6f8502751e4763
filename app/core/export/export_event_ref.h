// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>
#include <QVector>

namespace ecv {

class CaptureStore;

/**
 * @brief What an export needs to know of one event before reading it back: its index and the
 * index entry fields that plan the export (conversation, payload format, eCapture type, size).
 * 16 bytes; a snapshot taken on the store's owner thread, so the export itself can run on a
 * worker thread with only the store's any-thread read functions.
 */
struct ExportEventRef
{
    int eventIndex = -1;
    quint32 conversationId = 0; ///< EventIndexEntry::conversationId (0 = none)
    quint32 dataLength = 0;     ///< EventIndexEntry::dataLength
    quint8 format = 0;          ///< ecv::PayloadFormat
    quint8 kind = 0;            ///< ecv::EventKind
    quint8 ecaptureType = 0xFF; ///< eCapture's type when it is 0–4, else 0xFF

    /**
     * @brief Refs of @p eventIndexes (ascending, each < eventCount()). Owner thread of
     * @p store (uses CaptureStore::eventAt()).
     */
    static QVector<ExportEventRef> fromStore(const CaptureStore &store,
                                             const QVector<int> &eventIndexes);
    /** @brief Refs of every event of @p store. Owner thread. */
    static QVector<ExportEventRef> allOf(const CaptureStore &store);
};

} // namespace ecv
