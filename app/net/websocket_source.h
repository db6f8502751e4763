// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/wire/raw_frame.h"

namespace ecv {

/**
 * @brief Client of eCapture's `--ecaptureq` WebSocket server.
 *
 * Always sends `Origin: http://localhost` (eCapture's x/net server answers 403 without one,
 * see x/net websocket/server.go checkOrigin). Every frame is handed on as opaque bytes with its
 * arrival time. Reconnects with exponential backoff 0.5 s → 30 s, reset after a successful
 * connection. Lives in the thread that created it.
 */
class WebSocketSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketSource)
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Reconnecting,
        ClosedByUser,
        Failed
    };
    Q_ENUM(State)

    explicit WebSocketSource(QObject *parent = nullptr);
    ~WebSocketSource() override;

    /**
     * @brief Turn what a user typed into a ws:// or wss:// URL.
     * "127.0.0.1:28257" and "localhost:28257" become "ws://…:28257/"; "ws://h:p" is kept.
     * @return an invalid QUrl and a message in @p error for nonsense input.
     */
    static QUrl normalizeUrl(const QString &input, QString *error = nullptr);

    /** @brief Connect to @p url (already normalized); reconnects until close(). */
    void open(const QUrl &url);
    /** @brief Close by user: no more reconnects; state becomes ClosedByUser. */
    void close();

    State state() const;
    QUrl url() const;
    /** @brief Delay before the next reconnect attempt in ms (meaningful in Reconnecting). */
    int reconnectDelayMs() const;
    /** @brief Reason of the last failure in words ("connection refused", "HTTP 403", …). */
    QString lastError() const;
    /** @brief Number of the current connection (0-based, +1 per successful connect). */
    quint32 connectionNumber() const;
    /** @brief Disable reconnects (ecapture-dump -i fails fast when asked to). */
    void setReconnectEnabled(bool enabled);
    /** @brief Override the backoff bounds (tests use short ones). */
    void setBackoff(int initialMs, int maximumMs);
    /** @brief Give up an attempt that has not connected after @p ms (default 10 000 ms);
        the reason is "timeout". */
    void setConnectTimeout(int ms);

signals:
    void frameReceived(const ecv::RawFrame &frame);
    /** @brief State changed; @p detail is a human sentence ("failed: HTTP 403 Forbidden"). */
    void stateChanged(ecv::WebSocketSource::State state, const QString &detail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecv
