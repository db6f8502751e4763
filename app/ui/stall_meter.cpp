// SPDX-License-Identifier: Apache-2.0
#include "stall_meter.h"

#include <cstdio>

namespace ecv {

namespace {
constexpr int TickMs = 10;
}

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
    m_timer.start(TickMs);
    m_report.start(reportMs);
}

StallMeter::~StallMeter()
{
    report("final");
}

void StallMeter::report(const char *what) const
{
    const QString extra = m_hook ? m_hook() : QString();
    std::fprintf(stderr,
                 "stall-meter %s: max %lld ms (this window %lld ms), %d stalls > 50 ms%s%s\n", what,
                 static_cast<long long>(m_max), static_cast<long long>(m_windowMax), m_over50,
                 extra.isEmpty() ? "" : ", ", qPrintable(extra));
    std::fflush(stderr);
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_last - TickMs;
    m_last = now;
    if (late > m_max)
        m_max = late;
    if (late > m_windowMax)
        m_windowMax = late;
    if (late > 50)
        ++m_over50;
}

} // namespace ecv
