// SPDX-License-Identifier: Apache-2.0
// ecapture-bench-ingest: the smallest ingest client, for measuring the WebSocket path alone.
// Connects with WebSocketSource (Origin sent, like the viewer), parses every frame as an
// eCapture event.LogEntry, and stops after COUNT events; prints one JSON object with the
// counts and the rate. Used by packaging/bench-ingest.sh next to ecapture-dump.
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include "ecaptureq.pb.h"
#include "net/websocket_source.h"

using namespace ecv;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecapture-bench-ingest"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Count eCapture events arriving over a WebSocket and print the rate."));
    parser.addHelpOption();
    const QCommandLineOption countOpt(QStringList{QStringLiteral("c"), QStringLiteral("count")},
                                      QStringLiteral("Stop after N events."), QStringLiteral("N"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Give up after SEC seconds."),
                                        QStringLiteral("SEC"), QStringLiteral("300"));
    parser.addOption(countOpt);
    parser.addOption(timeoutOpt);
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("ws://HOST:PORT/"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: ecapture-bench-ingest [-c N] URL\n");
        return 2;
    }
    QString error;
    const QUrl url = WebSocketSource::normalizeUrl(parser.positionalArguments().first(), &error);
    if (!url.isValid()) {
        std::fprintf(stderr, "ecapture-bench-ingest: %s\n", qPrintable(error));
        return 2;
    }
    const qint64 wanted = parser.value(countOpt).toLongLong();

    WebSocketSource source;
    source.setReconnectEnabled(false);
    qint64 frames = 0, events = 0, runLogs = 0, heartbeats = 0, undecodable = 0, bytes = 0;
    QElapsedTimer clock;
    event::LogEntry entry;
    auto finish = [&](int code) {
        const double seconds = clock.isValid() ? clock.nsecsElapsed() / 1e9 : 0.0;
        std::printf("{\"frames\": %lld, \"run_logs\": %lld, \"heartbeats\": %lld, \"events\": "
                    "%lld, \"undecodable\": %lld, \"bytes\": %lld, \"seconds\": %.3f, "
                    "\"events_per_s\": %.0f}\n",
                    frames, runLogs, heartbeats, events, undecodable, bytes, seconds,
                    seconds > 0 ? events / seconds : 0.0);
        std::fflush(stdout);
        QCoreApplication::exit(code);
    };
    QObject::connect(&source, &WebSocketSource::frameReceived, [&](const RawFrame &frame) {
        if (!clock.isValid())
            clock.start(); // from the first frame: connection set-up is not ingest
        ++frames;
        bytes += frame.data.size();
        if (!entry.ParseFromArray(frame.data.constData(), int(frame.data.size()))) {
            ++undecodable;
        } else {
            switch (entry.payload_case()) {
            case event::LogEntry::kEventPayload:
                ++events;
                break;
            case event::LogEntry::kRunLog:
                ++runLogs;
                break;
            case event::LogEntry::kHeartbeatPayload:
                ++heartbeats;
                break;
            default:
                ++undecodable;
            }
        }
        if (events >= wanted) {
            source.close();
            finish(0);
        }
    });
    QObject::connect(&source, &WebSocketSource::stateChanged,
                     [&](WebSocketSource::State state, const QString &detail) {
                         if (state == WebSocketSource::State::Failed) {
                             std::fprintf(stderr, "ecapture-bench-ingest: %s\n",
                                          qPrintable(detail));
                             finish(1);
                         }
                     });
    QTimer::singleShot(parser.value(timeoutOpt).toInt() * 1000, &app, [&] {
        std::fprintf(stderr, "ecapture-bench-ingest: timeout\n");
        finish(1);
    });
    source.open(url);
    return app.exec();
}
