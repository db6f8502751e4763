// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/wire/raw_frame.h"

namespace ecv {

/**
 * @brief WebSocket server for eCapture's connect-out mode.
 *
 * Without `--ecaptureq`, eCapture dials out: `ecapture tls --logaddr ws://HOST:PORT/ecapture/log
 * --eventaddr ws://HOST:PORT/ecapture/event` (cli/cmd/root.go:201-218,
 * internal/output/writers/websocket_writer.go). It connects once at startup with
 * `Origin: http://localhost`, never reconnects, and sends every write as one **text** frame
 * holding base64 (StdEncoding) of the data (pkg/util/ws/client.go:32-38). This server accepts any
 * path and any number of agents at once; every frame is handed on untouched (binary frames too)
 * with its arrival time and a per-client connection number; decoding is the core's job.
 *
 * Lives in the thread that created it.
 */
class ListenSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenSource)
public:
    explicit ListenSource(QObject *parent = nullptr);
    ~ListenSource() override;

    /** @brief Listen on @p address:@p port (0 = a free port). @return false with @p error. */
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    /** @brief Stop listening and close every agent's connection. */
    void close();
    bool isListening() const;
    quint16 port() const;
    /** @brief ws://ADDRESS:PORT/ (what to give eCapture, plus a path such as ecapture/log). */
    QUrl url() const;
    /** @brief Agents connected now. */
    int clientCount() const;

signals:
    /** @brief One WebSocket message; frame.connection numbers clients from 0 in accept order. */
    void frameReceived(const ecv::RawFrame &frame);
    /** @brief An agent connected; @p peer is "ADDRESS:PORT", @p path the request path. */
    void clientConnected(quint32 connection, const QString &peer, const QString &path);
    void clientDisconnected(quint32 connection, const QString &peer);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecv
