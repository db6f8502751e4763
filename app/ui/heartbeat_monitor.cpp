// SPDX-License-Identifier: Apache-2.0
#include "ui/heartbeat_monitor.h"

#include <QRegularExpression>

namespace ecv {

HeartbeatMonitor::HeartbeatMonitor(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatMonitor::check);
}

HeartbeatMonitor::~HeartbeatMonitor() = default;

void HeartbeatMonitor::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live) {
        m_sinceLast.start();
        m_timer.start(std::clamp(intervalMs() / 4, 10, 1000));
    } else {
        m_timer.stop();
    }
    check();
}

void HeartbeatMonitor::setEcaptureVersion(const QString &version)
{
    // v1.4.x servers beat every 60 s; v1.5.0 made it 15 s (ecaptureq-protocol notes §0).
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto m = re.match(version.trimmed());
    if (!m.hasMatch())
        return;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    m_versionDefault = (major < 1 || (major == 1 && minor <= 4)) ? 60000 : 15000;
}

void HeartbeatMonitor::setIntervalOverride(int ms)
{
    m_override = std::max(0, ms);
    if (m_live)
        m_timer.start(std::clamp(intervalMs() / 4, 10, 1000));
}

void HeartbeatMonitor::reset()
{
    m_haveHeartbeat = false;
    m_lastCount = -1;
    m_learned = 0;
    m_sinceLast.start();
    check();
}

void HeartbeatMonitor::heartbeat(const HeartbeatRecord &record)
{
    if (m_haveHeartbeat && record.count == m_lastCount + 1 && m_sinceLast.isValid()) {
        // Whole seconds: eCapture's ticker runs in seconds; rounding absorbs network jitter.
        const qint64 ms = m_sinceLast.elapsed();
        const qint64 rounded = ((ms + 500) / 1000) * 1000;
        if (rounded >= 1000)
            m_learned = int(std::min<qint64>(rounded, 3600000));
    }
    m_haveHeartbeat = true;
    m_lastCount = record.count;
    m_sinceLast.start();
    check();
}

int HeartbeatMonitor::intervalMs() const
{
    if (m_override > 0)
        return m_override;
    return m_learned > 0 ? m_learned : m_versionDefault;
}

qint64 HeartbeatMonitor::ageMs() const
{
    return m_haveHeartbeat && m_sinceLast.isValid() ? m_sinceLast.elapsed() : -1;
}

QString HeartbeatMonitor::statusText() const
{
    QString text;
    if (!m_haveHeartbeat) {
        text = tr("no heartbeat yet");
    } else if (m_live) {
        text = tr("heartbeat #%1 · %2 s ago").arg(m_lastCount).arg(ageMs() / 1000);
    } else {
        text = tr("heartbeat #%1").arg(m_lastCount);
    }
    if (m_late) {
        text += QStringLiteral(" · ") + tr("⚠ none for %1 s (expected every %2 s)")
                                            .arg(m_sinceLast.elapsed() / 1000)
                                            .arg(intervalMs() / 1000.0, 0, 'g', 3);
    }
    return text;
}

void HeartbeatMonitor::check()
{
    const bool late = m_live && m_sinceLast.isValid() && m_sinceLast.elapsed() > 2 * intervalMs();
    if (late != m_late) {
        m_late = late;
        emit lateChanged(late);
    }
    emit changed();
}

} // namespace ecv
