// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ecv {

/**
 * @brief Measures event-loop stalls: a 10 ms timer whose lateness is the time the GUI thread
 * could not run it. Each stall is also measured in the GUI thread's own CPU time, which tells
 * work done in the thread (ours) from time the OS gave to other processes (a busy machine).
 * Benchmark aid, enabled by ECV_STALL_METER=1 in ecapture-viewer; prints "stall-meter: …" lines on
 * stderr every @p reportMs and when destroyed.
 */
class StallMeter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)
public:
    explicit StallMeter(int reportMs = 5000, QObject *parent = nullptr);
    ~StallMeter() override;

    /** @brief Longest lateness seen so far, in ms. */
    qint64 maxStallMs() const { return m_max; }
    /** @brief Longest lateness during which the GUI thread itself was busy, in CPU ms. */
    qint64 maxBusyMs() const { return m_maxBusy; }
    /** @brief Number of ticks later than 50 ms. */
    int stallsOver50Ms() const { return m_over50; }
    /** @brief Extra text for the report lines (e.g. event counts). */
    void setReportHook(std::function<QString()> hook) { m_hook = std::move(hook); }
    void report(const char *what) const;
    /** @brief Stop measuring (before shutdown, whose teardown is not a stall anyone sees). */
    void stop();

private:
    void tick();

    QTimer m_timer;
    QTimer m_report;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_windowMax = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_maxBusy = 0;
    int m_over50 = 0;
    std::function<QString()> m_hook;
};

} // namespace ecv
