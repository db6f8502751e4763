// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <deque>
#include <QElapsedTimer>
#include <QObject>

#include "core/wire/raw_frame.h"

namespace ecv {

class CaptureStore;

/**
 * @brief Feeds received frames to the CaptureStore in time slices, so the GUI thread never
 * spends more than sliceMs() in one event-loop turn on ingest.
 *
 * QWebSocket hands over every frame of a large read in one go (at 100,000 events/s that is
 * ~10,000 frames per read); storing and indexing them all at once stalls the window for
 * ~100 ms. The pump queues them and stores them a slice at a time (Wireshark's dissectIdle
 * idea: work for a few ms, then yield with a zero timer). Order is kept; nothing is dropped.
 * GUI thread only.
 */
class IngestPump : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestPump)
public:
    /** @brief @p store is not owned and must outlive the pump. */
    explicit IngestPump(CaptureStore *store, QObject *parent = nullptr);
    ~IngestPump() override;

    /** @brief Ingest budget per event-loop turn in ms (default 8). */
    int sliceMs() const { return m_sliceMs; }
    void setSliceMs(int ms) { m_sliceMs = std::max(1, ms); }
    /** @brief Frames waiting to be stored. */
    qsizetype pending() const { return qsizetype(m_queue.size()); }
    /** @brief Store everything queued now (before closing or saving a capture). */
    void drain();
    /** @brief Forget queued frames (the capture they belonged to is being discarded). */
    void discard();

public slots:
    void enqueue(const ecv::RawFrame &frame);

private:
    void pump();

    CaptureStore *m_store;
    std::deque<RawFrame> m_queue;
    QElapsedTimer m_clock;
    int m_sliceMs = 8;
    bool m_scheduled = false;
};

} // namespace ecv
