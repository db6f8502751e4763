// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QVector>

#include "core/capture/capture_store.h"
#include "core/capture/chunked_vector.h"
#include "core/capture/conversation_tracker.h"
#include "core/capture/string_pool.h"
#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief CaptureStore's in-memory event index: one 56-byte EventIndexEntry per event, pooled
 * strings, conversations, and the few fields an entry cannot hold kept aside per event.
 *
 * An event is read back as FrameDecoder's output for its frame (which holds what the frame
 * alone says: payload, uuid, …) with restore() laying the normalized fields over it. At append
 * time the index checks that this gives back exactly the normalized event and keeps whatever
 * differs (a tuple joined from a connect event, a normalizer warning, an out-of-range number),
 * so restore() always equals what ingest produced. Not thread-safe.
 */
class EventIndex
{
public:
    /**
     * @brief Index @p normalized (EventNormalizer's output for @p decoded, FrameDecoder's
     * event of the same frame).
     * @return the new event's index.
     */
    int append(const CapturedEvent &normalized, const CapturedEvent &decoded);
    /** @brief Turn FrameDecoder's event of the frame of event @p index into the indexed event. */
    void restore(int index, CapturedEvent &event) const;
    /**
     * @brief The fields of event @p index the index holds, without reading the capture file:
     * restore() over an empty event (no data, no uuid; the tuple when the index can rebuild it).
     */
    CapturedEvent indexed(int index) const;

    int count() const { return int(m_entries.size()); }
    const EventIndexEntry &at(int index) const { return m_entries.at(index); }
    const StringPool &strings() const { return m_strings; }
    int conversationCount() const { return m_conversations.count(); }
    /** @brief Conversation @p id built from its events' entries; empty info for an unknown id. */
    ConversationInfo conversation(quint32 id) const;
    /** @brief Event indexes of conversation @p id, ascending. */
    QVector<int> conversationEventIndexes(quint32 id) const;
    /** @brief Number of events of conversation @p id (0 for an unknown id). O(1). */
    int conversationEventCount(quint32 id) const;
    /** @brief Heap bytes held (entries, strings, conversations, side fields). */
    qint64 memoryBytes() const;
    void clear();

private:
    /// Pooled strings the normalizer changed (pool ids, 0 = empty string).
    struct StringOverrides
    {
        quint32 tupleId = 0;
        quint32 uuidId = 0;
        quint32 statusId = 0;
        quint32 warningsId = 0; ///< warnings joined with '\n'
    };
    struct Side
    {
        int index = 0;
        StringOverrides strings;
    };

    void overlay(const EventIndexEntry &entry, CapturedEvent &event) const;
    const Side *sideOf(int index) const;

    ChunkedVector<EventIndexEntry, 14> m_entries; ///< 896 KiB chunks
    StringPool m_strings;
    ConversationTracker m_conversations;
    QVector<Side> m_side;                  ///< ascending index; events whose strings differ
    QHash<int, CapturedEvent> m_verbatim;  ///< rare: other fields differ, kept whole (no data)
    QHash<int, QByteArray> m_verbatimData; ///< rare: the normalizer changed the data bytes
};

} // namespace ecv
