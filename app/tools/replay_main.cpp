// SPDX-License-Identifier: Apache-2.0
// ecapture-replay: a WebSocket server that behaves like eCapture's --ecaptureq server, replaying
// recorded frame logs or capture files, or generating synthetic HTTP events (tests, benchmarks,
// the built-in demo). See ReplayServer for the behaviour.
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "core/file/capture_file_reader.h"
#include "core/file/frame_log_reader.h"
#include "core/wire/saturating_arithmetic.h"
#include "net/replay_server.h"
#include "tools/terminal_text.h"

using namespace ecv;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** Names and messages may quote file contents: no control character reaches the terminal. */
QString safe(const QString &text)
{
    return terminal::safeText(text);
}

/** Loads one file (frame log or our capture file) with offsets relative to its first frame. */
bool loadFile(const QString &path, QVector<RawFrame> &frames, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.peek(4096);
    file.close();
    if (FrameLogReader::looksLikeFrameLog(head)) {
        FrameLogReader reader;
        if (!reader.readFile(path, 0)) {
            error = QStringLiteral("%1: %2").arg(path, reader.errorString());
            return false;
        }
        for (const QString &e : reader.errors())
            err() << safe(path) << ": " << safe(e) << Qt::endl;
        frames = reader.takeFrames();
        return true;
    }
    CaptureFileReader reader;
    QString why;
    if (!reader.open(path, &why)) {
        error = QStringLiteral("%1: neither a frame log nor a capture file (%2)").arg(path, why);
        return false;
    }
    CaptureFileReader::Record record;
    while (reader.next(record)) {
        if (record.kind == CaptureFileReader::Record::Kind::Frame)
            frames.append(record.frame);
    }
    if (reader.droppedTailBytes() > 0)
        err() << safe(path) << ": " << reader.droppedTailBytes()
              << " bytes after the last complete "
              << "record dropped (" << safe(reader.tailProblem()) << ")" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecapture-replay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A WebSocket server that behaves like eCapture's --ecaptureq server.\n"
        "Replays frame logs and capture files with their recorded timing, or generates\n"
        "synthetic HTTP events. Each client gets the replay from the start when it connects.\n"
        "First line on stdout: listening on ws://127.0.0.1:PORT/"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port to listen on (0 = a free one)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption speedOpt(QStringLiteral("speed"),
                                      QStringLiteral("Scale recorded timing (2 = twice as fast)."),
                                      QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption fastOpt(QStringLiteral("fast"),
                                     QStringLiteral("Send as fast as the socket takes."));
    const QCommandLineOption loopOpt(
        QStringLiteral("loop"),
        QStringLiteral("Repeat the recording (the leading run logs are sent once)."));
    const QCommandLineOption heartbeatOpt(
        QStringLiteral("heartbeat"),
        QStringLiteral("Send eCapture heartbeats: one at once, then every SEC seconds."),
        QStringLiteral("SEC"));
    const QCommandLineOption generateOpt(
        QStringLiteral("generate"),
        QStringLiteral("Generate N synthetic HTTP events (eCapture v1.5.2 style) instead of "
                       "replaying files; cached run logs and heartbeats as eCapture sends them."),
        QStringLiteral("N"));
    const QCommandLineOption eraOpt(
        QStringLiteral("era"),
        QStringLiteral("With --generate: v1 = eCapture v1.5.2 structured events (default), "
                       "v2 = v2.1+ text-only events (connect, WRITE, READ, socket noise)."),
        QStringLiteral("ERA"), QStringLiteral("v1"));
    parser.addOptions({portOpt, speedOpt, fastOpt, loopOpt, heartbeatOpt, generateOpt, eraOpt});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Frame logs (*.jsonl) or capture files."),
                                 QStringLiteral("FILE..."));
    parser.process(app);

    auto usageError = [](const QString &message) {
        err() << "ecapture-replay: " << safe(message) << Qt::endl
              << "usage: ecapture-replay [--port N] [--speed X | --fast] [--loop] "
                 "[--heartbeat SEC] FILE...\n"
                 "       ecapture-replay --generate N [--era v1|v2] [--fast]"
              << Qt::endl;
        return 2;
    };

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("bad --port \"%1\"").arg(parser.value(portOpt)));
    const double speed = parser.value(speedOpt).toDouble(&ok);
    if (!ok || !(speed > 0) || speed > 1e9)
        return usageError(QStringLiteral("bad --speed \"%1\"").arg(parser.value(speedOpt)));
    if (parser.isSet(speedOpt) && parser.isSet(fastOpt))
        return usageError(QStringLiteral("--speed and --fast exclude each other"));
    int heartbeatMs = -1;
    if (parser.isSet(heartbeatOpt)) {
        const double sec = parser.value(heartbeatOpt).toDouble(&ok);
        if (!ok || !(sec > 0) || sec > 86400)
            return usageError(
                QStringLiteral("bad --heartbeat \"%1\"").arg(parser.value(heartbeatOpt)));
        heartbeatMs = qMax(1, int(sec * 1000));
    }

    ReplayServer server;
    server.setSpeed(speed);
    server.setFast(parser.isSet(fastOpt));
    server.setLoop(parser.isSet(loopOpt));
    server.setHeartbeatInterval(heartbeatMs);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(generateOpt)) {
        const qlonglong count = parser.value(generateOpt).toLongLong(&ok);
        if (!ok || count < 0)
            return usageError(
                QStringLiteral("bad --generate \"%1\"").arg(parser.value(generateOpt)));
        if (!files.isEmpty())
            return usageError(QStringLiteral("--generate takes no FILE"));
        server.setGenerate(count);
        const QString era = parser.value(eraOpt).toLower();
        if (era == QLatin1String("v1") || era == QLatin1String("v1.5"))
            server.setGenerateEra(SyntheticEventGenerator::Era::V1_5);
        else if (era == QLatin1String("v2"))
            server.setGenerateEra(SyntheticEventGenerator::Era::V2);
        else
            return usageError(QStringLiteral("bad --era \"%1\" (v1 or v2)").arg(era));
    } else {
        if (files.isEmpty())
            return usageError(QStringLiteral("no FILE given"));
        // Files play one after another, 1 s apart in recorded time.
        QVector<RawFrame> all;
        qint64 base = 0;
        for (const QString &path : files) {
            QVector<RawFrame> frames;
            QString error;
            if (!loadFile(path, frames, error)) {
                err() << "ecapture-replay: " << safe(error) << Qt::endl;
                return 1;
            }
            // A text frame that is not valid UTF-8 cannot travel over a WebSocket.
            QVector<RawFrame> sendable;
            sendable.reserve(frames.size());
            for (qsizetype i = 0; i < frames.size(); ++i) {
                if (ReplayServer::canSend(frames.at(i))) {
                    sendable.append(std::move(frames[i]));
                    continue;
                }
                err() << safe(path) << ": frame " << i << " is a text frame of "
                      << frames.at(i).data.size()
                      << " bytes that is not valid UTF-8; no WebSocket can carry it, skipped"
                      << Qt::endl;
            }
            frames = std::move(sendable);
            if (frames.isEmpty())
                continue;
            const qint64 first = frames.first().arrivalNs;
            for (RawFrame &f : frames) {
                // Recorded times may be anything (INT64_MIN … INT64_MAX): clamp, never wrap.
                f.arrivalNs = saturatingAdd(base, saturatingSub(f.arrivalNs, first));
                all.append(std::move(f));
            }
            base = saturatingAdd(all.last().arrivalNs, 1'000'000'000);
        }
        for (const QString &message : server.setRecording(std::move(all)))
            err() << "ecapture-replay: " << safe(message) << Qt::endl;
    }

    QString error;
    if (!server.listen(QHostAddress::LocalHost, quint16(port), &error)) {
        err() << "ecapture-replay: " << safe(error) << Qt::endl;
        return 1;
    }
    std::printf("listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);

    QObject::connect(&server, &ReplayServer::clientConnected, [](const QString &peer) {
        err() << "client " << safe(peer) << " connected" << Qt::endl;
    });
    QObject::connect(
        &server, &ReplayServer::replayFinished, [](const QString &peer, qint64 frames) {
            err() << "client " << safe(peer) << ": all " << frames << " frames sent" << Qt::endl;
        });
    QObject::connect(&server, &ReplayServer::clientDisconnected, [](const QString &peer) {
        err() << "client " << safe(peer) << " left" << Qt::endl;
    });
    return app.exec();
}
