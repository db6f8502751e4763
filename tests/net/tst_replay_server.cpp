// SPDX-License-Identifier: Apache-2.0
// ReplayServer and the ecapture-replay program: replays fixtures exactly, generates decodable
// eCapture frames, skips text frames no WebSocket can carry, answers 403 without Origin.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "core/file/capture_file_writer.h"
#include "core/file/frame_log_reader.h"
#include "ecaptureq.pb.h"
#include "net/replay_server.h"

using namespace ecv;

namespace {

/** A plain client that records every message it gets. */
struct Collector
{
    QWebSocket socket{QStringLiteral("http://localhost")};
    QVector<RawFrame> frames;
    QElapsedTimer clock;
    QVector<qint64> arrivalMs;

    Collector()
    {
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &b) {
            frames.append(RawFrame{0, RawFrame::Opcode::Binary, 0, b});
            arrivalMs.append(clock.elapsed());
        });
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &t) {
            frames.append(RawFrame{0, RawFrame::Opcode::Text, 0, t.toUtf8()});
            arrivalMs.append(clock.elapsed());
        });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        clock.start();
        socket.open(url);
        return connected.wait(5000);
    }
};

QVector<RawFrame> readFixture(const QString &name)
{
    FrameLogReader reader;
    if (!reader.readFile(QStringLiteral(ECV_TEST_DATA "/") + name, 0))
        qWarning() << name << reader.errorString();
    return reader.takeFrames();
}

event::LogEntry parse(const QByteArray &bytes, bool *ok = nullptr)
{
    event::LogEntry entry;
    const bool parsed = entry.ParseFromArray(bytes.constData(), int(bytes.size()));
    if (ok)
        *ok = parsed;
    return entry;
}

} // namespace

class TestReplayServer : public QObject
{
    Q_OBJECT
private slots:
    void replaysFixtureExactly_data();
    void replaysFixtureExactly();
    void everyClientGetsTheReplayFromTheStart();
    void recordedTimingScaledBySpeed();
    void invalidUtf8TextFramesSkipped();
    void heartbeatOptionFollowsCachedLogs();
    void loopRepeatsAfterCachedLogs();
    void generateSendsDecodableEvents();
    void generateV2TextEvents();
    void generateFastManyEvents();
    void rejectsHandshakeWithoutOrigin_data();
    void rejectsHandshakeWithoutOrigin();
    void programPrintsListeningLine();
    void programReplaysCaptureFileAndFrameLogs();
    void programRejectsBadArguments_data();
    void programRejectsBadArguments();
};

void TestReplayServer::replaysFixtureExactly_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList names =
        QDir(QStringLiteral(ECV_TEST_DATA)).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    QVERIFY(names.size() >= 8);
    for (const QString &name : names) {
        if (name != QLatin1String("bad-input-a.jsonl")) // holds an invalid UTF-8 text frame
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestReplayServer::replaysFixtureExactly()
{
    QFETCH(QString, fixture);
    const QVector<RawFrame> expected = readFixture(fixture);
    QVERIFY(!expected.isEmpty());

    ReplayServer server;
    QVERIFY(server.setRecording(expected).isEmpty());
    server.setFast(true);
    QVERIFY(server.listen());
    QSignalSpy finished(&server, &ReplayServer::replayFinished);
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), expected.size(), 10000);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(client.frames.at(i).opcode, expected.at(i).opcode);
        QCOMPARE(client.frames.at(i).data, expected.at(i).data);
    }
    // The connection stays open after the last frame, with nothing more sent.
    QTest::qWait(100);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(client.frames.size(), expected.size());
}

void TestReplayServer::everyClientGetsTheReplayFromTheStart()
{
    const QVector<RawFrame> expected = readFixture(QStringLiteral("v152-http1-curl.jsonl"));
    ReplayServer server;
    server.setRecording(expected);
    server.setFast(true);
    QVERIFY(server.listen());
    Collector a;
    QVERIFY(a.open(server.url()));
    QTRY_COMPARE(a.frames.size(), expected.size());
    Collector b;
    QVERIFY(b.open(server.url()));
    QTRY_COMPARE(b.frames.size(), expected.size());
    QCOMPARE(b.frames.first().data, expected.first().data);
    QCOMPARE(server.clientCount(), 2);
    a.socket.close();
    QTRY_COMPARE(server.clientCount(), 1);
}

void TestReplayServer::recordedTimingScaledBySpeed()
{
    // v152-http1-curl spans ~2 s to its first event and ~15 s to its last heartbeat.
    const QVector<RawFrame> expected = readFixture(QStringLiteral("v152-http1-curl.jsonl"));
    const double speed = 20.0;
    const qint64 spanMs = expected.last().arrivalNs / 1000000;
    QVERIFY(spanMs > 5000);
    ReplayServer server;
    server.setRecording(expected);
    server.setSpeed(speed);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), expected.size(), 10000);
    // Each frame arrives no earlier than its scaled recorded time (a little scheduling slack),
    // and the whole replay does not take much longer than the scaled span.
    for (int i = 0; i < expected.size(); ++i) {
        const qint64 dueMs = qint64(expected.at(i).arrivalNs / 1e6 / speed);
        QVERIFY2(client.arrivalMs.at(i) + 5 >= dueMs,
                 qPrintable(QStringLiteral("frame %1 at %2 ms, due %3 ms")
                                .arg(i)
                                .arg(client.arrivalMs.at(i))
                                .arg(dueMs)));
    }
    QVERIFY(client.arrivalMs.last() < spanMs / speed + 1500);
}

void TestReplayServer::invalidUtf8TextFramesSkipped()
{
    const QVector<RawFrame> all = readFixture(QStringLiteral("bad-input-a.jsonl"));
    QCOMPARE(all.size(), 16);
    QCOMPARE(all.at(10).opcode, RawFrame::Opcode::Text);
    ReplayServer server;
    const QStringList dropped = server.setRecording(all);
    QCOMPARE(dropped.size(), 1);
    QVERIFY2(dropped.first().startsWith(QLatin1String("frame 10:")), qPrintable(dropped.first()));
    QVERIFY(dropped.first().contains(QLatin1String("UTF-8")));
    QCOMPARE(server.recordingSize(), 15);
    server.setFast(true);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE(client.frames.size(), 15);
    for (int i = 0; i < 15; ++i)
        QCOMPARE(client.frames.at(i).data, all.at(i < 10 ? i : i + 1).data);
    // The client stays connected: nothing invalid was sent.
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestReplayServer::heartbeatOptionFollowsCachedLogs()
{
    const QVector<RawFrame> expected = readFixture(QStringLiteral("v25-composite.jsonl"));
    ReplayServer server;
    server.setRecording(expected);
    QCOMPARE(server.prologueSize(), 13); // 13 cached run logs (EXPECTED-eras.md)
    server.setFast(true);
    server.setHeartbeatInterval(150);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(client.frames.size() >= expected.size() + 3, 5000);
    for (int i = 0; i < 13; ++i)
        QCOMPARE(client.frames.at(i).data, expected.at(i).data);
    const event::LogEntry hb0 = parse(client.frames.at(13).data);
    QCOMPARE(hb0.payload_case(), event::LogEntry::kHeartbeatPayload);
    QCOMPARE(hb0.heartbeat_payload().count(), 0);
    QCOMPARE(hb0.heartbeat_payload().message(), std::string("heartbeat:0"));
    QVERIFY(qAbs(hb0.heartbeat_payload().timestamp() - QDateTime::currentSecsSinceEpoch()) < 5);
    QCOMPARE(client.frames.at(14).data, expected.at(13).data); // the recording goes on
    // Synthetic heartbeats count up per connection.
    qint64 lastCount = -1;
    for (const RawFrame &f : client.frames) {
        const event::LogEntry e = parse(f.data);
        if (e.payload_case() == event::LogEntry::kHeartbeatPayload &&
            QByteArray::fromStdString(e.heartbeat_payload().message()).startsWith("heartbeat:") &&
            qAbs(e.heartbeat_payload().timestamp() - QDateTime::currentSecsSinceEpoch()) < 5) {
            QCOMPARE(e.heartbeat_payload().count(), lastCount + 1);
            lastCount = e.heartbeat_payload().count();
        }
    }
    QVERIFY(lastCount >= 2);
}

void TestReplayServer::loopRepeatsAfterCachedLogs()
{
    const QVector<RawFrame> expected = readFixture(QStringLiteral("v152-http2-nghttp.jsonl"));
    ReplayServer server;
    server.setRecording(expected);
    const int prologue = server.prologueSize();
    QCOMPARE(prologue, 26);
    server.setLoop(true);
    server.setSpeed(1000.0);
    QSignalSpy finished(&server, &ReplayServer::replayFinished);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    const int loopLength = int(expected.size()) - prologue;
    QTRY_VERIFY_WITH_TIMEOUT(client.frames.size() >= expected.size() + 2 * loopLength, 10000);
    for (int i = 0; i < expected.size() + 2 * loopLength; ++i) {
        const int source =
            i < expected.size() ? i : prologue + (i - int(expected.size())) % loopLength;
        QCOMPARE(client.frames.at(i).data, expected.at(source).data);
    }
    QCOMPARE(finished.size(), 0);
}

void TestReplayServer::generateSendsDecodableEvents()
{
    ReplayServer server;
    server.setGenerate(400);
    server.setFast(true);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(client.frames.size() >= 400, 10000);
    int runLogs = 0, heartbeats = 0, events = 0;
    QSet<qint64> pids;
    QSet<QByteArray> paths;
    std::string lastRequestUuid;
    for (const RawFrame &f : client.frames) {
        QCOMPARE(f.opcode, RawFrame::Opcode::Binary);
        bool ok = false;
        const event::LogEntry e = parse(f.data, &ok);
        QVERIFY(ok);
        switch (e.payload_case()) {
        case event::LogEntry::kRunLog: {
            QCOMPARE(heartbeats + events, 0); // cached logs come first
            QCOMPARE(e.log_type(), event::LOG_TYPE_PROCESS_LOG);
            const QByteArray line = QByteArray::fromStdString(e.run_log());
            QVERIFY(line.endsWith('\n'));
            QVERIFY(QJsonDocument::fromJson(line).isObject());
            ++runLogs;
            break;
        }
        case event::LogEntry::kHeartbeatPayload:
            QCOMPARE(events, 0); // heartbeat:0 at once, before events
            QCOMPARE(e.heartbeat_payload().message(), std::string("heartbeat:0"));
            ++heartbeats;
            break;
        case event::LogEntry::kEventPayload: {
            const event::Event &ev = e.event_payload();
            QCOMPARE(e.log_type(), event::LOG_TYPE_EVENT);
            QCOMPARE(ev.length(), quint32(ev.payload().size()));
            QVERIFY(ev.timestamp() > 1'700'000'000'000'000'000LL); // Unix ns
            QVERIFY(ev.pid() > 0);
            pids.insert(ev.pid());
            const QByteArray payload = QByteArray::fromStdString(ev.payload());
            const QByteArray uuid = QByteArray::fromStdString(ev.uuid());
            // pid_tid_comm_fd_datatype_src:port-dst:port, tuple always client->server
            const QString tuple = QStringLiteral("%1:%2-%3:%4")
                                      .arg(QString::fromStdString(ev.src_ip()))
                                      .arg(ev.src_port())
                                      .arg(QString::fromStdString(ev.dst_ip()))
                                      .arg(ev.dst_port());
            QVERIFY2(uuid.startsWith(QByteArray::number(ev.pid()) + '_'), uuid.constData());
            QVERIFY2(uuid.endsWith('_' + tuple.toLatin1()), uuid.constData());
            if (events % 2 == 0) {
                QCOMPARE(ev.type(), 1u); // HTTP/1 request
                QVERIFY(uuid.contains("_1_"));
                QVERIFY(payload.contains(" HTTP/1.1\r\nHost: "));
                paths.insert(payload.split(' ').value(1));
                lastRequestUuid = ev.uuid();
            } else {
                QCOMPARE(ev.type(), 3u); // HTTP/1 response
                QVERIFY(payload.startsWith("HTTP/1.1 "));
                const QByteArray requestUuid = QByteArray::fromStdString(lastRequestUuid);
                QByteArray expectedUuid = requestUuid;
                expectedUuid.replace("_1_", "_0_"); // same connection, datatype read
                QCOMPARE(uuid, expectedUuid);
            }
            ++events;
            break;
        }
        default:
            QFAIL("frame without payload");
        }
    }
    QCOMPARE(runLogs, 16);
    QCOMPARE(heartbeats, 1);
    QCOMPARE(events, 400 - 0); // exactly N events
    QVERIFY(pids.size() > 10);
    QVERIFY(paths.size() > 20);
}

void TestReplayServer::generateV2TextEvents()
{
    ReplayServer server;
    server.setGenerate(300);
    server.setGenerateEra(SyntheticEventGenerator::Era::V2);
    server.setFast(true);
    QVERIFY(server.listen());
    Collector client;
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), 13 + 1 + 300, 10000);
    static const QRegularExpression connectRe(
        QStringLiteral("^PID:(\\d+), Comm:([^,]+), TID:\\d+, FD:(\\d+), Tuple: "
                       "\\[([0-9.]+)\\]:(\\d+)->\\[([0-9.]+)\\]:(\\d+)\n$"));
    static const QRegularExpression dataRe(
        QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] PID:(\\d+) "
                       "TID:\\d+ Comm:(\\S+) FD:(\\d+) "
                       "(WRITE|READ) \\((\\d+) bytes\\):\n"));
    int runLogs = 0, connects = 0, writes = 0, reads = 0, noise = 0;
    QSet<QString> open; // "pid/fd" with a connect seen
    for (const RawFrame &f : client.frames) {
        bool ok = false;
        const event::LogEntry e = parse(f.data, &ok);
        QVERIFY(ok);
        if (e.payload_case() == event::LogEntry::kRunLog) {
            ++runLogs;
            continue;
        }
        if (e.payload_case() == event::LogEntry::kHeartbeatPayload)
            continue;
        QCOMPARE(e.payload_case(), event::LogEntry::kEventPayload);
        const event::Event &ev = e.event_payload();
        // v2.1+: only payload and length are set.
        QCOMPARE(ev.timestamp(), 0);
        QVERIFY(ev.uuid().empty() && ev.pname().empty() && ev.src_ip().empty());
        QCOMPARE(ev.pid(), 0);
        QCOMPARE(ev.length(), quint32(ev.payload().size()));
        const QByteArray payload = QByteArray::fromStdString(ev.payload());
        const QString text = QString::fromLatin1(payload);
        if (payload == "PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n") {
            ++noise;
        } else if (const QRegularExpressionMatch m = connectRe.match(text); m.hasMatch()) {
            open.insert(m.captured(1) + QLatin1Char('/') + m.captured(3));
            ++connects;
        } else if (const QRegularExpressionMatch d = dataRe.match(text); d.hasMatch()) {
            QVERIFY2(open.contains(d.captured(1) + QLatin1Char('/') + d.captured(3)),
                     qPrintable(text.left(80)));
            const int n = d.captured(5).toInt();
            const QByteArray data = payload.mid(d.capturedLength(0));
            QVERIFY(data.size() == n || (data.size() == n + 1 && data.endsWith('\n')));
            if (d.captured(4) == QLatin1String("WRITE")) {
                QVERIFY(data.contains(" HTTP/1.1\r\nHost: "));
                ++writes;
            } else {
                QVERIFY(data.startsWith("HTTP/1.1 "));
                ++reads;
            }
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected payload: ") + text.left(80)));
        }
    }
    QCOMPARE(runLogs, 13);
    QCOMPARE(connects + writes + reads + noise, 300);
    QVERIFY(connects > 20 && noise > 5);
    QVERIFY(qAbs(writes - reads) <= 1);
}

void TestReplayServer::generateFastManyEvents()
{
    // Backpressure path: far more bytes than the high-water mark, all delivered in order.
    ReplayServer server;
    server.setGenerate(50000);
    server.setFast(true);
    QVERIFY(server.listen());
    QSignalSpy finished(&server, &ReplayServer::replayFinished);
    QWebSocket socket(QStringLiteral("http://localhost"));
    qint64 count = 0;
    qint64 bytes = 0;
    connect(&socket, &QWebSocket::binaryMessageReceived, [&](const QByteArray &b) {
        ++count;
        bytes += b.size();
    });
    socket.open(server.url());
    QTRY_COMPARE_WITH_TIMEOUT(count, qint64(50000 + 17), 15000);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(bytes > 10 * 1024 * 1024);
}

void TestReplayServer::rejectsHandshakeWithoutOrigin_data()
{
    QTest::addColumn<QByteArray>("originHeader");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("no Origin") << QByteArray() << QByteArray("403");
    QTest::newRow("Origin null") << QByteArray("Origin: null\r\n") << QByteArray("403");
    QTest::newRow("Origin http://localhost")
        << QByteArray("Origin: http://localhost\r\n") << QByteArray("101");
}

void TestReplayServer::rejectsHandshakeWithoutOrigin()
{
    QFETCH(QByteArray, originHeader);
    QFETCH(QByteArray, status);
    ReplayServer server;
    server.setRecording(readFixture(QStringLiteral("v25-composite.jsonl")));
    QVERIFY(server.listen());
    QTcpSocket tcp;
    tcp.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(tcp.waitForConnected(3000));
    tcp.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n" +
              originHeader + "\r\n");
    QTRY_VERIFY(tcp.canReadLine());
    const QByteArray statusLine = tcp.readLine();
    QVERIFY2(statusLine.startsWith("HTTP/1.1 " + status), statusLine.constData());
}

void TestReplayServer::programPrintsListeningLine()
{
    const QString program = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");
    if (!QFile::exists(program))
        QSKIP("ecapture-replay not built");
    QProcess process;
    process.start(program, {QStringLiteral("--fast"),
                            QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^listening on ws://127\\.0\\.0\\.1:(\\d+)/$"));
    const QRegularExpressionMatch m = re.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    const int port = m.captured(1).toInt();
    QVERIFY(port > 0);

    const QVector<RawFrame> expected = readFixture(QStringLiteral("v152-http1-curl.jsonl"));
    Collector client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), expected.size(), 10000);
    QCOMPARE(client.frames.last().data, expected.last().data);

    // --generate behaves the same way on the command line.
    QProcess gen;
    gen.start(program, {QStringLiteral("--generate"), QStringLiteral("10")});
    QVERIFY(gen.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(gen.canReadLine(), 5000);
    const QRegularExpressionMatch g = re.match(QString::fromUtf8(gen.readLine()).trimmed());
    QVERIFY(g.hasMatch());
    Collector genClient;
    QVERIFY(genClient.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(g.captured(1)))));
    QTRY_COMPARE_WITH_TIMEOUT(genClient.frames.size(), 16 + 1 + 10, 5000);

    process.kill();
    gen.kill();
    process.waitForFinished(3000);
    gen.waitForFinished(3000);
}

void TestReplayServer::programReplaysCaptureFileAndFrameLogs()
{
    const QString program = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");
    if (!QFile::exists(program))
        QSKIP("ecapture-replay not built");
    // A capture file (our format) holding a fixture's frames with absolute arrival times.
    const QVector<RawFrame> curl = readFixture(QStringLiteral("v152-http1-curl.jsonl"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString capture = dir.filePath(QStringLiteral("curl.ecvcap"));
    {
        CaptureFileWriter writer;
        CaptureFileInfo info;
        info.application = QStringLiteral("tst_replay_server");
        info.source = QStringLiteral("v152-http1-curl.jsonl");
        QString error;
        QVERIFY2(writer.create(capture, info, &error), qPrintable(error));
        for (RawFrame f : curl) {
            f.arrivalNs += 1'795'961'480'000'000'000LL;
            QVERIFY(writer.writeFrame(f) >= 0);
        }
        writer.close();
    }
    // Then a frame log with an invalid UTF-8 text frame (frame 10): skipped with a message.
    const QVector<RawFrame> bad = readFixture(QStringLiteral("bad-input-a.jsonl"));
    QProcess process;
    process.start(program, {QStringLiteral("--fast"), capture,
                            QStringLiteral(ECV_TEST_DATA "/bad-input-a.jsonl")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY(line.startsWith(QLatin1String("listening on ws://127.0.0.1:")));
    Collector client;
    QVERIFY(client.open(QUrl(line.mid(int(qstrlen("listening on "))))));
    const int expected = int(curl.size() + bad.size() - 1);
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), expected, 10000);
    for (int i = 0; i < curl.size(); ++i)
        QCOMPARE(client.frames.at(i).data, curl.at(i).data);
    QCOMPARE(client.frames.at(int(curl.size()) + 10).data, bad.at(11).data);
    process.kill();
    process.waitForFinished(3000);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(stderrText.contains(QLatin1String("bad-input-a.jsonl: frame 10 is a text frame")),
             qPrintable(stderrText));
    QVERIFY(stderrText.contains(QLatin1String("not valid UTF-8")));
}

void TestReplayServer::programRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString fixture = QStringLiteral(ECV_TEST_DATA "/v25-composite.jsonl");
    QTest::newRow("no file") << QStringList() << 2;
    QTest::newRow("speed and fast") << QStringList{"--speed", "2", "--fast", fixture} << 2;
    QTest::newRow("bad speed") << QStringList{"--speed", "0", fixture} << 2;
    QTest::newRow("bad port") << QStringList{"--port", "70000", fixture} << 2;
    QTest::newRow("bad heartbeat") << QStringList{"--heartbeat", "x", fixture} << 2;
    QTest::newRow("generate with file") << QStringList{"--generate", "5", fixture} << 2;
    QTest::newRow("missing file") << QStringList{"/nonexistent/file.jsonl"} << 1;
}

void TestReplayServer::programRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString program = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");
    if (!QFile::exists(program))
        QSKIP("ecapture-replay not built");
    QProcess process;
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_MAIN(TestReplayServer)
#include "tst_replay_server.moc"
