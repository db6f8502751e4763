// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include "core/wire/raw_frame.h"
#include "net/synthetic_event_generator.h"

namespace ecv {

struct ReplaySettings;

/**
 * @brief A WebSocket server that behaves like eCapture's `--ecaptureq` server
 * (pkg/ecaptureq/server.go, client.go; see the protocol notes §1).
 *
 * - Answers the upgrade with HTTP 403 when the request has no Origin header or `Origin: null`,
 *   as x/net's websocket.Handler checkOrigin does.
 * - Recording mode (setRecording()): every client gets the recording from its start, frames sent
 *   exactly as recorded (binary as binary, text as text), paced by the recorded times divided by
 *   the speed factor, or as fast as the socket takes (setFast()). No synthetic frame is sent
 *   unless a heartbeat interval is set; then `heartbeat:0` follows the recording's leading run
 *   logs (eCapture's cached logs) and further heartbeats come every interval. With setLoop() the
 *   frames after those leading run logs repeat (1 s gap at speed 1), as a live server would never
 *   resend its cached logs.
 * - Generate mode (setGenerate()): cached run logs of the chosen era on connect, heartbeat:0 at
 * once, then N synthetic HTTP events (SyntheticEventGenerator) at 1000 events/s × speed, or as fast
 * as the socket takes; a heartbeat every 15 s unless setHeartbeatInterval() says otherwise.
 * - After the last frame the connection stays open until the client leaves.
 * - Fast mode respects backpressure: frames are sent in slices from the event loop and sending
 *   pauses while more than a few MiB wait in the socket's buffer.
 *
 * Settings apply to clients that connect after they are set. Lives in the thread that created it.
 */
class ReplayServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayServer)
public:
    explicit ReplayServer(QObject *parent = nullptr);
    ~ReplayServer() override;

    /**
     * @brief Replay these frames. arrivalNs holds each frame's offset in ns from the first frame
     * (FrameLogReader with baseNs 0 gives that). A text frame whose bytes are not valid UTF-8
     * cannot travel over a WebSocket (RFC 6455 §8.1): it is dropped here.
     * @return one message per dropped frame ("frame 11: text frame is not valid UTF-8; skipped").
     */
    QStringList setRecording(QVector<RawFrame> frames);
    /** @brief False for a frame no WebSocket can carry: a text frame that is not valid UTF-8
        (RFC 6455 §8.1; receivers such as QWebSocket close the connection with 1007). */
    static bool canSend(const RawFrame &frame);
    /** @brief Generate @p count synthetic HTTP events instead of replaying a recording. */
    void setGenerate(qint64 count);
    /** @brief Generate events of eCapture v1.5.2 (structured, default) or v2.1+ (text only). */
    void setGenerateEra(SyntheticEventGenerator::Era era);
    /** @brief Scale recorded timing: 2.0 plays twice as fast. Must be > 0; default 1. */
    void setSpeed(double factor);
    /** @brief Ignore timing and send as fast as the socket takes. */
    void setFast(bool fast);
    /** @brief Repeat the recording (see class description). */
    void setLoop(bool loop);
    /** @brief Synthetic heartbeat interval in ms; 0 = none; -1 = the mode's default
        (none for a recording, 15 000 when generating). */
    void setHeartbeatInterval(int ms);

    /** @brief Demo only: replace recorded event times with the time each frame is sent, so a
        looping recording looks live: v1.x events' Unix ns timestamp, and the printed local
        time that starts a v2 openssl data event's text (same width, so length stays right).
        With setLoop(), pass N > 0 also gets its pids + 1000·N and client ports + 7·N
        (LoopPassRewriter), so each pass reads as new connections rather than the same
        conversation starting over. Off by default: a recording is otherwise sent exactly as
        recorded (`ecapture-replay --loop` repeats it unchanged). */
    void setLiveTimestamps(bool live);

    /** @brief Start listening (port 0 = a free port). @return false with @p error. */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
                QString *error = nullptr);
    /** @brief Stop listening and close every client connection. */
    void close();
    bool isListening() const;
    quint16 port() const;
    /** @brief ws://ADDRESS:PORT/ of the listening server (IPv6 in brackets). */
    QUrl url() const;
    int clientCount() const;
    /** @brief Frames in the recording (after dropping invalid text frames). */
    int recordingSize() const;
    /** @brief Number of leading run-log frames of the recording (the "cached logs"). */
    int prologueSize() const;

signals:
    void clientConnected(const QString &peer);
    void clientDisconnected(const QString &peer);
    /** @brief A client has been sent every frame (not emitted while looping). */
    void replayFinished(const QString &peer, qint64 framesSent);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecv
