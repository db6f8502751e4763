// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QByteArray>
#include <QString>
#include <QVector>

#include "core/capture/event_index_entry.h"
#include "core/wire/captured_event.h"

namespace ecv {

struct CaptureReadSide;

/**
 * @brief A worker's way into one capture: reads events, frames, pooled strings and
 * conversations back, and keeps that capture readable for as long as the handle lives.
 *
 * Taken from CaptureStore::readHandle(); copyable and cheap to copy (it shares ownership of the
 * capture's read side: file reader, index, frame offsets, strings, conversations, lock). When
 * the store closes the capture, opens or creates another, or is destroyed, the handle keeps the
 * old capture alive: every read still answers from the old file and index (a temporary capture
 * file already deleted from its directory stays readable while open) and isCurrent() turns
 * false, so a worker can drop a result that belongs to a closed capture. A worker holding a
 * handle therefore can never read freed memory, whatever the store does meanwhile.
 *
 * While the capture is live, the counts grow as the store appends (read them again, or keep the
 * count you started with for a consistent view: indexes below it never change).
 *
 * Thread affinity: any thread; every function takes the read side's lock for as long as it
 * reads the index or the file and decodes outside it. A default-constructed handle is null:
 * counts are 0 and reads are empty.
 */
class CaptureReadHandle
{
public:
    CaptureReadHandle() = default;

    /** @brief True for a default-constructed handle (no capture). */
    bool isNull() const { return !m_side; }
    /** @brief Which capture this is: unique per capture the process opened or created, > 0
     *  (0 for a null handle); a store's captures have increasing generations. */
    quint64 generation() const;
    /** @brief True while this is still the store's current capture (false once it was closed,
     *  replaced or its store destroyed). Atomic: no lock. */
    bool isCurrent() const;

    /** @brief Number of events indexed so far. */
    int eventCount() const;
    /** @brief Copy of event @p index's index entry (0-based); a default entry (frameNumber 0)
     *  when out of range. */
    EventIndexEntry entry(int index) const;
    /**
     * @brief Full event @p index (0-based) with its data bytes, read back from the capture file:
     * exactly what CaptureStore::event() gives. Out of range: a default event. An unreadable
     * file gives the indexed fields, no data and a warning.
     */
    CapturedEvent event(int index) const;
    /** @brief The fields of event @p index the index holds, without reading the file (see
     *  CaptureStore::indexedEvent()); a default event when out of range. */
    CapturedEvent indexedEvent(int index) const;
    /** @brief Frame payload bytes exactly as received, by 1-based frame number; empty when out
     *  of range or unreadable. */
    QByteArray frameData(quint32 frameNumber) const;
    /** @brief Pooled string by id (EventIndexEntry's process name and addresses; 0 = ""). */
    QString string(quint32 id) const;

    /** @brief Number of conversations (ids 1 … conversationCount()). */
    int conversationCount() const;
    /** @brief Event indexes of conversation @p id, ascending (empty for 0 or an unknown id). */
    QVector<int> conversationEventIndexes(quint32 id) const;
    /** @brief Number of events of conversation @p id (0 for 0 or an unknown id). O(1). */
    int conversationEventCount(quint32 id) const;

private:
    friend class CaptureStore;
    explicit CaptureReadHandle(std::shared_ptr<const CaptureReadSide> side);

    std::shared_ptr<const CaptureReadSide> m_side;
};

} // namespace ecv
