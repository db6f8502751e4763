// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/wire/run_log_entry.h"

namespace ecv {

/**
 * @brief Watches the heartbeats of a live connection and says when they are late.
 *
 * The interval is learned from the stream: the time between two consecutive heartbeats of one
 * connection (count n then n+1); before that, from eCapture's version: 60 s up to v1.4.x,
 * 15 s from v1.5.0 (pkg/ecaptureq/client.go). A warning is raised when nothing arrived for two
 * intervals since the last heartbeat (or since the connection came up). The interval can be
 * fixed with setIntervalOverride() (tests use a short one). Times are the monitor's own
 * monotonic clock (arrival in this process). GUI thread.
 */
class HeartbeatMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatMonitor)
public:
    explicit HeartbeatMonitor(QObject *parent = nullptr);
    ~HeartbeatMonitor() override;

    /** @brief A live connection came up (true) or went away (false). */
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /** @brief eCapture's version from its run log, e.g. "v1.4.2" (picks the default interval). */
    void setEcaptureVersion(const QString &version);
    /** @brief Fix the interval in ms (0 = learn it from the stream). */
    void setIntervalOverride(int ms);
    /** @brief Forget every heartbeat (a new capture). */
    void reset();

    void heartbeat(const ecv::HeartbeatRecord &record);

    /** @brief Expected interval in ms (override, learned or from the version). */
    int intervalMs() const;
    bool hasHeartbeat() const { return m_haveHeartbeat; }
    qint64 lastCount() const { return m_lastCount; }
    /** @brief ms since the last heartbeat arrived, -1 if none. */
    qint64 ageMs() const;
    /** @brief No heartbeat for two intervals while live. */
    bool isLate() const { return m_late; }
    /** @brief "heartbeat #12 · 3 s ago", with the warning appended when late. */
    QString statusText() const;

signals:
    void lateChanged(bool late);
    /** @brief Something shown in statusText() changed (also once a second while live). */
    void changed();

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceLast; ///< since the last heartbeat, or since going live
    bool m_live = false;
    bool m_haveHeartbeat = false;
    bool m_late = false;
    qint64 m_lastCount = -1;
    int m_override = 0;
    int m_learned = 0;
    int m_versionDefault = 15000;
};

} // namespace ecv
