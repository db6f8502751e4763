// SPDX-License-Identifier: Apache-2.0
#include "ui/ingest_pump.h"

#include <QTimer>

#include "core/capture/capture_store.h"

namespace ecv {

IngestPump::IngestPump(CaptureStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

IngestPump::~IngestPump() = default;

void IngestPump::enqueue(const RawFrame &frame)
{
    m_queue.push_back(frame);
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &IngestPump::pump);
    }
}

void IngestPump::drain()
{
    while (!m_queue.empty()) {
        m_store->appendFrame(m_queue.front());
        m_queue.pop_front();
    }
}

void IngestPump::discard()
{
    m_queue.clear();
}

void IngestPump::pump()
{
    m_scheduled = false;
    m_clock.start();
    // Check the clock every few frames only: a frame takes microseconds.
    int n = 0;
    while (!m_queue.empty()) {
        m_store->appendFrame(m_queue.front());
        m_queue.pop_front();
        if (++n % 64 == 0 && m_clock.elapsed() >= m_sliceMs)
            break;
    }
    if (!m_queue.empty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &IngestPump::pump);
    }
}

} // namespace ecv
