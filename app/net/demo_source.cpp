// SPDX-License-Identifier: Apache-2.0
#include "net/demo_source.h"

#include <QPointer>

#include "core/file/frame_log_reader.h"
#include "net/replay_server.h"
#include "net/websocket_source.h"

namespace ecv {

namespace {
const QString kDemoResource = QStringLiteral(":/demo/demo-stream.jsonl");
// eCapture >= v1.5.0 sends a heartbeat every 15 s (pkg/ecaptureq/client.go:83).
constexpr int kDemoHeartbeatMs = 15000;
} // namespace

struct DemoSource::Private
{
    ReplayServer *server = nullptr;
    QPointer<WebSocketSource> client;
};

DemoSource::DemoSource(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{}

DemoSource::~DemoSource()
{
    stop();
}

bool DemoSource::start(WebSocketSource *client, QString *error)
{
    stop();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!client)
        return fail(QStringLiteral("no client to connect"));

    FrameLogReader reader;
    if (!reader.readFile(kDemoResource, 0))
        return fail(QStringLiteral("demo stream unreadable: ") + reader.errorString());
    QVector<RawFrame> frames = reader.takeFrames();
    if (frames.isEmpty())
        return fail(QStringLiteral("demo stream is empty"));

    auto *server = new ReplayServer(this);
    server->setRecording(std::move(frames));
    server->setLoop(true);
    server->setHeartbeatInterval(kDemoHeartbeatMs);
    server->setLiveTimestamps(true);
    QString listenError;
    if (!server->listen(QHostAddress::LocalHost, 0, &listenError)) {
        delete server;
        return fail(listenError);
    }
    d->server = server;
    d->client = client;
    client->open(server->url());
    return true;
}

void DemoSource::stop()
{
    if (!d->server)
        return;
    // Stop the client first so it does not retry a server that is going away.
    if (d->client && d->client->url() == d->server->url())
        d->client->close();
    d->client = nullptr;
    d->server->close();
    d->server->deleteLater();
    d->server = nullptr;
}

QUrl DemoSource::url() const
{
    return d->server ? d->server->url() : QUrl();
}

} // namespace ecv
