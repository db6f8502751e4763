// SPDX-License-Identifier: Apache-2.0
#include "ui/stall_meter.h"

#include <cstdio>
#include <ctime>

namespace ecv {

namespace {
constexpr int TickMs = 10;

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}
} // namespace

StallMeter::StallMeter(int reportMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    connect(&m_report, &QTimer::timeout, this, [this] {
        report("window");
        m_windowMax = 0;
    });
    m_clock.start();
    m_last = m_clock.elapsed();
    m_lastCpuUs = threadCpuUs();
    m_timer.start(TickMs);
    m_report.start(reportMs);
}

StallMeter::~StallMeter()
{
    report("final");
}

void StallMeter::stop()
{
    m_timer.stop();
    m_report.stop();
}

void StallMeter::report(const char *what) const
{
    const QString extra = m_hook ? m_hook() : QString();
    std::fprintf(stderr,
                 "stall-meter %s: max %lld ms (this window %lld ms; GUI thread busy at most %lld "
                 "ms of one), %d stalls > 50 ms%s%s\n",
                 what, static_cast<long long>(m_max), static_cast<long long>(m_windowMax),
                 static_cast<long long>(m_maxBusy), m_over50, extra.isEmpty() ? "" : ", ",
                 qPrintable(extra));
    std::fflush(stderr);
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_last - TickMs;
    m_last = now;
    const qint64 cpu = threadCpuUs();
    // CPU the GUI thread used since the last tick: the part of the stall that was our work.
    const qint64 busyMs = std::min((cpu - m_lastCpuUs) / 1000, late);
    m_lastCpuUs = cpu;
    if (busyMs > m_maxBusy)
        m_maxBusy = busyMs;
    if (late > m_max)
        m_max = late;
    if (late > m_windowMax)
        m_windowMax = late;
    if (late > 50) {
        ++m_over50;
        const QString extra = m_hook ? m_hook() : QString();
        std::fprintf(
            stderr, "stall-meter: %lld ms stall (GUI thread busy %lld ms) at t=%.3f s%s%s\n",
            static_cast<long long>(late), static_cast<long long>(std::max<qint64>(0, busyMs)),
            double(now) / 1000.0, extra.isEmpty() ? "" : ", ", qPrintable(extra));
    }
}

} // namespace ecv
