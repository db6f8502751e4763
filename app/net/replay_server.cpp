// SPDX-License-Identifier: Apache-2.0
#include "net/replay_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStringDecoder>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include "ecaptureq.pb.h"
#include "net/replay_session.h"
#include "net/websocket_server_url.h"

namespace ecv {

namespace {

constexpr int kGenerateHeartbeatMs = 15000; // eCapture >= v1.5.0 (pkg/ecaptureq/client.go:83)

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // decode() is lazy: convert to run it
    return !decoder.hasError();
}

/** A run log as eCapture sends it: protobuf LogEntry.run_log, or a v1.4.0-1.4.2 JSON text
    frame with log_type 1. */
bool isRunLog(const RawFrame &frame)
{
    if (frame.opcode == RawFrame::Opcode::Binary) {
        event::LogEntry entry;
        return entry.ParseFromArray(frame.data.constData(), int(frame.data.size())) &&
               entry.payload_case() == event::LogEntry::kRunLog;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(frame.data);
    return doc.isObject() && doc.object().value(QLatin1String("log_type")).toInt(-1) == 1;
}

} // namespace

struct ReplayServer::Private
{
    ReplayServer *q = nullptr;
    QWebSocketServer server{QStringLiteral("ecapture-replay"), QWebSocketServer::NonSecureMode};
    /// What every new client gets; heartbeatMs -1 = eCapture's default for the mode.
    ReplaySettings settings{.recording = std::make_shared<const QVector<RawFrame>>(),
                            .heartbeatMs = -1};
    QList<QPointer<ReplaySession>> sessions;

    void onNewConnection()
    {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            ReplaySettings s = settings;
            if (s.heartbeatMs < 0)
                s.heartbeatMs = s.generateCount >= 0 ? kGenerateHeartbeatMs : 0;
            auto *session = new ReplaySession(socket, s, q);
            sessions.append(session);
            QObject::connect(session, &ReplaySession::finished, q, &ReplayServer::replayFinished);
            QObject::connect(session, &ReplaySession::gone, q, [this](const QString &peer) {
                sessions.removeIf([](const QPointer<ReplaySession> &p) { return p.isNull(); });
                emit q->clientDisconnected(peer);
            });
            emit q->clientConnected(session->peer());
            session->start();
        }
    }
};

ReplayServer::ReplayServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    // x/net websocket.Handler (eCapture's server) answers 403 when Origin is missing or "null".
    connect(&d->server, &QWebSocketServer::originAuthenticationRequired, this,
            [](QWebSocketCorsAuthenticator *auth) {
                const QString origin = auth->origin();
                auth->setAllowed(!origin.isEmpty() && origin != QLatin1String("null"));
            });
    connect(&d->server, &QWebSocketServer::newConnection, this, [this] { d->onNewConnection(); });
}

ReplayServer::~ReplayServer()
{
    close();
}

QStringList ReplayServer::setRecording(QVector<RawFrame> frames)
{
    QStringList dropped;
    QVector<RawFrame> kept;
    kept.reserve(frames.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const RawFrame &f = frames.at(i);
        if (!canSend(f)) {
            dropped << QStringLiteral("frame %1: text frame of %2 bytes is not valid UTF-8 and "
                                      "cannot be sent over a WebSocket; skipped")
                           .arg(i)
                           .arg(f.data.size());
            continue;
        }
        kept.append(f);
    }
    int prologue = 0;
    while (prologue < kept.size() && isRunLog(kept.at(prologue)))
        ++prologue;
    d->settings.prologueSize = prologue;
    d->settings.recording = std::make_shared<const QVector<RawFrame>>(std::move(kept));
    d->settings.generateCount = -1;
    return dropped;
}

bool ReplayServer::canSend(const RawFrame &frame)
{
    return frame.opcode != RawFrame::Opcode::Text || isValidUtf8(frame.data);
}

void ReplayServer::setGenerate(qint64 count)
{
    d->settings.generateCount = qMax<qint64>(0, count);
}

void ReplayServer::setGenerateEra(SyntheticEventGenerator::Era era)
{
    d->settings.era = era;
}

void ReplayServer::setSpeed(double factor)
{
    d->settings.speed = factor > 0 ? factor : 1.0;
}

void ReplayServer::setFast(bool fast)
{
    d->settings.fast = fast;
}

void ReplayServer::setLoop(bool loop)
{
    d->settings.loop = loop;
}

void ReplayServer::setHeartbeatInterval(int ms)
{
    d->settings.heartbeatMs = ms < 0 ? -1 : ms;
}

void ReplayServer::setLiveTimestamps(bool live)
{
    d->settings.liveTimestamps = live;
}

bool ReplayServer::listen(const QHostAddress &address, quint16 port, QString *error)
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

void ReplayServer::close()
{
    d->server.close();
    const auto sessions = d->sessions;
    for (const QPointer<ReplaySession> &s : sessions) {
        if (s) {
            s->closeConnection();
            s->deleteLater();
        }
    }
    d->sessions.clear();
}

bool ReplayServer::isListening() const
{
    return d->server.isListening();
}

quint16 ReplayServer::port() const
{
    return d->server.serverPort();
}

QUrl ReplayServer::url() const
{
    return webSocketServerUrl(d->server);
}

int ReplayServer::clientCount() const
{
    int n = 0;
    for (const QPointer<ReplaySession> &s : d->sessions)
        n += s ? 1 : 0;
    return n;
}

int ReplayServer::recordingSize() const
{
    return int(d->settings.recording->size());
}

int ReplayServer::prologueSize() const
{
    return d->settings.prologueSize;
}

} // namespace ecv
