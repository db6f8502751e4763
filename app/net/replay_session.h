// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

#include "core/wire/raw_frame.h"
#include "net/synthetic_event_generator.h"

class QWebSocket;

namespace ecv {

/** @brief What one replay connection plays; a snapshot taken when the client connects. */
struct ReplaySettings
{
    std::shared_ptr<const QVector<RawFrame>> recording; ///< offsets in arrivalNs
    int prologueSize = 0;      ///< leading run-log frames (eCapture's cached logs)
    qint64 generateCount = -1; ///< >= 0: generate mode
    SyntheticEventGenerator::Era era = SyntheticEventGenerator::Era::V1_5;
    double speed = 1.0;
    bool fast = false;
    bool loop = false;
    int heartbeatMs = 0; ///< 0 = no synthetic heartbeats
    /// Demo: restamp recorded event timestamps with the send time and, from the second loop
    /// pass on, shift pids and client ports so each pass looks like new connections.
    bool liveTimestamps = false;
};

/**
 * @brief One client of ReplayServer: plays the settings' frames to one QWebSocket.
 *
 * Internal to ReplayServer. Takes ownership of the socket; deletes itself (deleteLater) when
 * the client disconnects. Sends in slices from the event loop and pauses while the socket's
 * write buffer is above a high-water mark, so a fast replay never queues millions of frames.
 */
class ReplaySession : public QObject
{
    Q_OBJECT
public:
    ReplaySession(QWebSocket *socket, const ReplaySettings &settings, QObject *parent);
    ~ReplaySession() override;

    void start();
    QString peer() const { return m_peer; }
    qint64 framesSent() const { return m_sent; }
    /** @brief Close the connection (server shutting down). */
    void closeConnection();

signals:
    void finished(const QString &peer, qint64 framesSent);
    void gone(const QString &peer);

private:
    bool hasNext() const;
    qint64 nextDueNs() const; // real ns since start
    void sendNext();
    void sendHeartbeat();
    void send(const RawFrame &frame);
    QByteArray restamped(const QByteArray &frame) const;
    void pump();
    void schedulePump();
    void onBytesWritten();

    QWebSocket *m_socket = nullptr;
    ReplaySettings m_settings;
    QString m_peer;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_heartbeatTimer;
    std::unique_ptr<SyntheticEventGenerator> m_generator;
    qint64 m_index = 0;      // next recording index, or events generated so far
    qint64 m_loopBaseNs = 0; // added to recorded offsets on loops after the first
    qint64 m_heartbeats = 0;
    int m_pass = 0; // loop pass of the recording (0 = first)
    qint64 m_sent = 0;
    bool m_heartbeatStarted = false;
    bool m_waitingForWrite = false;
    bool m_pumpScheduled = false;
    bool m_done = false;
};

} // namespace ecv
