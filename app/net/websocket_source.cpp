// SPDX-License-Identifier: Apache-2.0
#include "net/websocket_source.h"

#include <chrono>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#ifndef QT_NO_SSL
#include <QSslError>
#endif

namespace ecv {

namespace {

// eCapture's x/net server needs an Origin that passes url.ParseRequestURI (x/net
// websocket/server.go checkOrigin); the official GUI sends "http://localhost/".
const QString kOrigin = QStringLiteral("http://localhost");
// v1.x event processors merge a whole response into one frame (tens of MiB for a download).
constexpr quint64 kMinFrameLimit = 64ull * 1024 * 1024;
constexpr int kDefaultConnectTimeoutMs = 10000;
// Socket read buffer: bigger frames still arrive whole (QWebSocket keeps reading into the frame).
constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QString reasonPhrase(int code)
{
    switch (code) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return {};
    }
}

QString describeSeconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

} // namespace

struct WebSocketSource::Private
{
    WebSocketSource *q = nullptr;
    QPointer<QWebSocket> socket;
    QTimer reconnectTimer;
    QTimer connectTimer;
    QUrl url;
    State state = State::Idle;
    QString lastError;
    int initialBackoffMs = 500;
    int maximumBackoffMs = 30000;
    int nextBackoffMs = 500;
    int currentDelayMs = 0;
    int connectTimeoutMs = kDefaultConnectTimeoutMs;
    quint32 connections = 0; // successful connects so far
    bool reconnectEnabled = true;
    bool attemptActive = false;
    bool wasConnected = false; // this attempt reached Connected
    QString pendingError;      // reason recorded for the current attempt

    void setState(State s, const QString &detail)
    {
        state = s;
        emit q->stateChanged(s, detail);
    }

    quint32 connectionNumber() const { return connections == 0 ? 0 : connections - 1; }

    void dropSocket()
    {
        if (!socket)
            return;
        QWebSocket *old = socket;
        socket = nullptr;
        QObject::disconnect(old, nullptr, q, nullptr);
        old->abort();
        old->deleteLater();
    }

    void startAttempt()
    {
        dropSocket();
        pendingError.clear();
        wasConnected = false;
        attemptActive = true;

        auto *ws = new QWebSocket(kOrigin, QWebSocketProtocol::VersionLatest, q);
        ws->setMaxAllowedIncomingFrameSize(qMax(ws->maxAllowedIncomingFrameSize(), kMinFrameLimit));
        ws->setMaxAllowedIncomingMessageSize(
            qMax(ws->maxAllowedIncomingMessageSize(), kMinFrameLimit));
        // Bounded socket buffer: when ingest falls behind, TCP flow control holds eCapture back
        // instead of the backlog piling up in our memory (24 MB at 1M events with --fast).
        ws->setReadBufferSize(kReadBufferBytes);
        socket = ws;

        QObject::connect(ws, &QWebSocket::connected, q, [this] { onConnected(); });
        QObject::connect(ws, &QWebSocket::disconnected, q, [this] { finishAttempt(); });
        QObject::connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), q,
                         [this](QAbstractSocket::SocketError e) { onError(e); });
        QObject::connect(ws, &QWebSocket::binaryMessageReceived, q, [this](const QByteArray &data) {
            emit q->frameReceived(
                RawFrame{nowNs(), RawFrame::Opcode::Binary, connectionNumber(), data});
        });
        // QWebSocket has already checked the frame is valid UTF-8 (it closes with 1007
        // otherwise), so converting back yields the bytes as they were sent, except that Qt
        // 6.4's decoder drops a leading byte-order mark (eCapture's text frames, JSON or
        // base64, never start with one).
        QObject::connect(ws, &QWebSocket::textMessageReceived, q, [this](const QString &text) {
            emit q->frameReceived(
                RawFrame{nowNs(), RawFrame::Opcode::Text, connectionNumber(), text.toUtf8()});
        });
#ifndef QT_NO_SSL
        QObject::connect(ws, &QWebSocket::sslErrors, q, [this](const QList<QSslError> &errors) {
            QStringList words;
            for (const QSslError &e : errors)
                words << e.errorString();
            pendingError = QStringLiteral("TLS error: ") + words.join(QStringLiteral("; "));
        });
#endif
        connectTimer.start(connectTimeoutMs);
        setState(State::Connecting, QStringLiteral("connecting to %1").arg(url.toString()));
        ws->open(url);
    }

    void onConnected()
    {
        connectTimer.stop();
        wasConnected = true;
        ++connections;
        nextBackoffMs = initialBackoffMs; // reset on success
        lastError.clear();
        setState(State::Connected, QStringLiteral("connected to %1").arg(url.toString()));
    }

    QString describeError(QAbstractSocket::SocketError e) const
    {
        const QString text = socket ? socket->errorString() : QString();
        // Qt reports a refused upgrade as ConnectionRefusedError with
        // "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (…)."
        static const QRegularExpression status(QStringLiteral("status code: (\\d{3})"));
        const QRegularExpressionMatch m = status.match(text);
        if (m.hasMatch()) {
            const int code = m.captured(1).toInt();
            QString words = QStringLiteral("HTTP %1").arg(code);
            const QString phrase = reasonPhrase(code);
            if (!phrase.isEmpty())
                words += QLatin1Char(' ') + phrase;
            if (code == 403)
                words += QStringLiteral(" (the server rejected the WebSocket handshake)");
            return words;
        }
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            if (text.contains(QLatin1String("handshake"), Qt::CaseInsensitive))
                return QStringLiteral("handshake refused: ") + text;
            return QStringLiteral("connection refused");
        case QAbstractSocket::HostNotFoundError:
            return QStringLiteral("host not found");
        case QAbstractSocket::SocketTimeoutError:
            return QStringLiteral("timeout");
        case QAbstractSocket::RemoteHostClosedError:
            if (!wasConnected && url.scheme() == QLatin1String("wss"))
                return QStringLiteral("TLS error: the server closed the connection during the "
                                      "handshake (is it a plain ws:// server?)");
            return QStringLiteral("connection closed by the server");
        case QAbstractSocket::NetworkError:
            return QStringLiteral("network error: ") + text;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            return QStringLiteral("TLS error: ") + text;
        default:
            return text.isEmpty() ? QStringLiteral("socket error %1").arg(int(e)) : text;
        }
    }

    void onError(QAbstractSocket::SocketError e)
    {
        if (!attemptActive)
            return;
        // A TLS error already collected from sslErrors() is more precise than Qt's summary.
        if (pendingError.isEmpty() || !pendingError.startsWith(QLatin1String("TLS")))
            pendingError = describeError(e);
        // Some failures (handshake rejected) leave the TCP socket open: close it so that
        // disconnected() arrives; if it is already closed, finish now.
        if (socket && socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
        QTimer::singleShot(0, q, [this] { finishAttempt(); });
    }

    void finishAttempt()
    {
        if (!attemptActive)
            return;
        attemptActive = false;
        connectTimer.stop();
        if (state == State::ClosedByUser)
            return;

        QString reason = pendingError;
        // disconnected() may come before error(): ask the socket what went wrong.
        if (reason.isEmpty() && socket && !wasConnected &&
            socket->error() != QAbstractSocket::UnknownSocketError)
            reason = describeError(socket->error());
        if (reason.isEmpty() && socket && wasConnected) {
            const int code = int(socket->closeCode());
            if (code == QWebSocketProtocol::CloseCodeWrongDatatype)
                reason = QStringLiteral("a text frame was not valid UTF-8; connection closed "
                                        "(code 1007)");
            else
                reason = QStringLiteral("connection closed by the server (code %1)").arg(code);
            if (!socket->closeReason().isEmpty())
                reason += QStringLiteral(": ") + socket->closeReason();
        }
        if (reason.isEmpty())
            reason = QStringLiteral("connection lost");
        lastError = reason;
        dropSocket();

        if (!reconnectEnabled) {
            setState(State::Failed, QStringLiteral("failed: ") + reason);
            return;
        }
        currentDelayMs = nextBackoffMs;
        nextBackoffMs = qMin(nextBackoffMs * 2, maximumBackoffMs);
        reconnectTimer.start(currentDelayMs);
        setState(
            State::Reconnecting,
            QStringLiteral("%1; reconnecting in %2").arg(reason, describeSeconds(currentDelayMs)));
    }

    void onConnectTimeout()
    {
        if (!attemptActive)
            return;
        pendingError =
            QStringLiteral("timeout (no answer within %1)").arg(describeSeconds(connectTimeoutMs));
        if (socket)
            socket->abort();
        QTimer::singleShot(0, q, [this] { finishAttempt(); });
    }
};

WebSocketSource::WebSocketSource(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->reconnectTimer.setSingleShot(true);
    d->connectTimer.setSingleShot(true);
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->startAttempt(); });
    connect(&d->connectTimer, &QTimer::timeout, this, [this] { d->onConnectTimeout(); });
}

WebSocketSource::~WebSocketSource()
{
    d->attemptActive = false;
    d->dropSocket();
}

QUrl WebSocketSource::normalizeUrl(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("no address given (expected e.g. ws://127.0.0.1:28257/)"));
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(QStringLiteral("an address cannot contain spaces: \"%1\"").arg(text));

    QString withScheme = text;
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch sm = schemeRe.match(text);
    if (!sm.hasMatch())
        withScheme = QStringLiteral("ws://") + text;

    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("not a valid address: \"%1\"").arg(text));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
        url.setScheme(scheme);
    else
        return fail(
            QStringLiteral("unsupported scheme \"%1\" (use ws:// or wss://)").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(QStringLiteral("no host in \"%1\"").arg(text));

    // QUrl accepts any port 0..65535 and rejects garbage; catch what slipped through as text
    // (e.g. "host:" or "host:0").
    const QString authorityAndRest = withScheme.mid(withScheme.indexOf(QLatin1String("://")) + 3);
    const QString authority = authorityAndRest.section(QLatin1Char('/'), 0, 0);
    const int colon = authority.lastIndexOf(QLatin1Char(':'));
    const int bracket = authority.lastIndexOf(QLatin1Char(']'));
    if (colon > bracket) {
        const QString port = authority.mid(colon + 1);
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value <= 0 || value > 65535)
            return fail(QStringLiteral("bad port \"%1\" (expected 1-65535)").arg(port));
    }
    if (url.port() == 0)
        return fail(QStringLiteral("bad port 0 (expected 1-65535)"));
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    if (error)
        error->clear();
    return url;
}

void WebSocketSource::open(const QUrl &url)
{
    d->reconnectTimer.stop();
    d->attemptActive = false;
    d->url = url;
    d->nextBackoffMs = d->initialBackoffMs;
    d->lastError.clear();
    d->startAttempt();
}

void WebSocketSource::close()
{
    d->reconnectTimer.stop();
    d->connectTimer.stop();
    const bool wasActive = d->state != State::Idle && d->state != State::ClosedByUser;
    d->attemptActive = false;
    d->state = State::ClosedByUser;
    if (d->socket) {
        QWebSocket *ws = d->socket;
        d->socket = nullptr;
        QObject::disconnect(ws, nullptr, this, nullptr);
        ws->close(QWebSocketProtocol::CloseCodeNormal);
        ws->deleteLater();
    }
    if (wasActive)
        emit stateChanged(State::ClosedByUser, QStringLiteral("closed"));
}

WebSocketSource::State WebSocketSource::state() const
{
    return d->state;
}

QUrl WebSocketSource::url() const
{
    return d->url;
}

int WebSocketSource::reconnectDelayMs() const
{
    return d->currentDelayMs;
}

QString WebSocketSource::lastError() const
{
    return d->lastError;
}

quint32 WebSocketSource::connectionNumber() const
{
    return d->connectionNumber();
}

void WebSocketSource::setReconnectEnabled(bool enabled)
{
    d->reconnectEnabled = enabled;
}

void WebSocketSource::setBackoff(int initialMs, int maximumMs)
{
    d->initialBackoffMs = qMax(1, initialMs);
    d->maximumBackoffMs = qMax(d->initialBackoffMs, maximumMs);
    d->nextBackoffMs = d->initialBackoffMs;
}

void WebSocketSource::setConnectTimeout(int ms)
{
    d->connectTimeoutMs = qMax(1, ms);
}

} // namespace ecv
