// SPDX-License-Identifier: Apache-2.0
#include "net/listen_source.h"

#include <chrono>
#include <QList>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "net/websocket_server_url.h"

namespace ecv {

namespace {

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

constexpr quint64 kMinFrameLimit = 64ull * 1024 * 1024;

} // namespace

struct ListenSource::Private
{
    ListenSource *q = nullptr;
    QWebSocketServer server{QStringLiteral("ecapture-viewer"), QWebSocketServer::NonSecureMode};
    QList<QPointer<QWebSocket>> clients;
    quint32 nextConnection = 0;

    void onNewConnection()
    {
        while (QWebSocket *ws = server.nextPendingConnection()) {
            ws->setParent(q);
            ws->setMaxAllowedIncomingFrameSize(
                qMax(ws->maxAllowedIncomingFrameSize(), kMinFrameLimit));
            ws->setMaxAllowedIncomingMessageSize(
                qMax(ws->maxAllowedIncomingMessageSize(), kMinFrameLimit));
            const quint32 connection = nextConnection++;
            const QString peer =
                ws->peerAddress().toString() + QLatin1Char(':') + QString::number(ws->peerPort());
            clients.append(ws);
            QObject::connect(ws, &QWebSocket::textMessageReceived, q,
                             [this, connection](const QString &text) {
                                 emit q->frameReceived(RawFrame{nowNs(), RawFrame::Opcode::Text,
                                                                connection, text.toUtf8()});
                             });
            QObject::connect(ws, &QWebSocket::binaryMessageReceived, q,
                             [this, connection](const QByteArray &data) {
                                 emit q->frameReceived(
                                     RawFrame{nowNs(), RawFrame::Opcode::Binary, connection, data});
                             });
            QObject::connect(ws, &QWebSocket::disconnected, q, [this, ws, connection, peer] {
                clients.removeAll(ws);
                clients.removeIf([](const QPointer<QWebSocket> &p) { return p.isNull(); });
                ws->deleteLater();
                emit q->clientDisconnected(connection, peer);
            });
            emit q->clientConnected(connection, peer, ws->requestUrl().path());
        }
    }
};

ListenSource::ListenSource(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    connect(&d->server, &QWebSocketServer::newConnection, this, [this] { d->onNewConnection(); });
}

ListenSource::~ListenSource()
{
    close();
}

bool ListenSource::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (d->server.isListening())
        d->server.close();
    if (!d->server.listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(d->server.errorString());
        return false;
    }
    return true;
}

void ListenSource::close()
{
    d->server.close();
    const auto clients = d->clients;
    d->clients.clear();
    for (const QPointer<QWebSocket> &ws : clients) {
        if (ws) {
            QObject::disconnect(ws, nullptr, this, nullptr);
            ws->close(QWebSocketProtocol::CloseCodeGoingAway);
            ws->deleteLater();
        }
    }
}

bool ListenSource::isListening() const
{
    return d->server.isListening();
}

quint16 ListenSource::port() const
{
    return d->server.serverPort();
}

QUrl ListenSource::url() const
{
    return webSocketServerUrl(d->server);
}

int ListenSource::clientCount() const
{
    int n = 0;
    for (const QPointer<QWebSocket> &ws : d->clients)
        n += ws ? 1 : 0;
    return n;
}

} // namespace ecv
