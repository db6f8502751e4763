// SPDX-License-Identifier: Apache-2.0
// The ecapture-dump program (ECV_BIN_DIR) on every fixture, through -r and through a live
// WebSocket (-i), its output formats and errors, and a capture killed with SIGKILL mid-stream.
#include <QtTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"
#include "net/replay_server.h"

#include "common/fixture_files.h"
#include "common/program_run.h"

using namespace ecv;

namespace {

const QString kDump = QStringLiteral(ECV_BIN_DIR "/ecapture-dump");

using Run = test::ProgramRun;

Run runDump(const QStringList &args, int timeoutMs = 30000)
{
    return test::runProgram(kDump, args, timeoutMs);
}

QVector<RawFrame> fixtureFrames(const QString &path)
{
    FrameLogReader reader;
    reader.readFile(path, 0);
    return reader.takeFrames();
}

/** Compares the non-HTTP fields of the expected events; returns the mismatches. */
QStringList compareEvents(const QJsonArray &expected, const QVector<QJsonObject> &got)
{
    QStringList bad;
    if (expected.size() != got.size())
        bad << QStringLiteral("event count: want %1, got %2").arg(expected.size()).arg(got.size());
    for (int i = 0; i < expected.size() && i < got.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (it.key() == QLatin1String("n") || it.key().startsWith(QLatin1String("http")))
                continue;
            if (got.at(i).value(it.key()) != it.value())
                bad << QStringLiteral("event %1 %2: want %3, got %4")
                           .arg(i + 1)
                           .arg(it.key(),
                                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                      .toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(
                                    QJsonDocument(QJsonArray{got.at(i).value(it.key())})
                                        .toJson(QJsonDocument::Compact)));
        }
    }
    return bad;
}

} // namespace

class TestEcaptureDump final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void addFixtureRows()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : test::expectedFixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(kDump).isExecutable(), qPrintable(kDump));
    }

    void readFixture_data() { addFixtureRows(); }
    void readFixture()
    {
        QFETCH(QString, fixture);
        const QString input = test::fixturePath(fixture);
        const QJsonObject expected = test::readExpected(fixture);
        QVERIFY(!expected.isEmpty());

        const Run summary = runDump({QStringLiteral("-r"), input, QStringLiteral("-q"),
                                     QStringLiteral("-z"), QStringLiteral("summary")});
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject got = QJsonDocument::fromJson(summary.out).object();
        QCOMPARE(summary.out.count('\n'), 1); // -q: the summary is all there is
        const QJsonObject want = expected.value(QStringLiteral("summary")).toObject();
        for (const QString &key : want.keys())
            QCOMPARE(got.value(key).toInt(-1), want.value(key).toInt());
        QCOMPARE(got.value(QStringLiteral("frames")).toInt(), int(fixtureFrames(input).size()));

        const Run jsonl =
            runDump({QStringLiteral("-r"), input, QStringLiteral("-T"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.exitCode, 0);
        const QVector<QJsonObject> rows = test::parseJsonLines(jsonl.out);
        const QStringList bad =
            compareEvents(expected.value(QStringLiteral("events")).toArray(), rows);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 10).join(QLatin1Char('\n'))));
        // Frame order, frame numbers within the capture.
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i).value(QStringLiteral("frame.number")).toInt() >
                    rows.at(i - 1).value(QStringLiteral("frame.number")).toInt());

        // -T json: the same objects in an array; -T text: one line per event.
        const Run json =
            runDump({QStringLiteral("-r"), input, QStringLiteral("-T"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json.out, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(array.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(array.at(i).toObject(), rows.at(i));
        const Run text = runDump({QStringLiteral("-r"), input});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(int(text.out.count('\n')), int(rows.size()));

        // -w saves a capture file that reads back to the same events.
        const QString saved = m_dir.filePath(fixture + QStringLiteral(".ecvcap"));
        const Run write = runDump(
            {QStringLiteral("-r"), input, QStringLiteral("-q"), QStringLiteral("-w"), saved});
        QCOMPARE(write.exitCode, 0);
        QVERIFY(write.out.isEmpty());
        const Run reread =
            runDump({QStringLiteral("-r"), saved, QStringLiteral("-T"), QStringLiteral("jsonl")});
        QCOMPARE(reread.exitCode, 0);
        QCOMPARE(reread.out, jsonl.out);
    }

    void liveFixture_data() { addFixtureRows(); }
    void liveFixture()
    {
        // ecapture-replay's server in-process → ecapture-dump -i: the same counts and fields,
        // less any frame no WebSocket can carry.
        QFETCH(QString, fixture);
        const QString input = test::fixturePath(fixture);
        const QJsonObject expected = test::readExpected(fixture);
        const QVector<RawFrame> frames = fixtureFrames(input);
        ReplayServer server;
        const QStringList dropped = server.setRecording(frames);
        server.setFast(true);
        QVERIFY(server.listen());
        const int sendable = int(frames.size()) - int(dropped.size());
        const QString path = m_dir.filePath(fixture + QStringLiteral(".live.ecvcap"));

        QProcess p;
        p.start(kDump,
                {QStringLiteral("-i"), server.url().toString(), QStringLiteral("-c"),
                 QString::number(sendable), QStringLiteral("-T"), QStringLiteral("jsonl"),
                 QStringLiteral("-z"), QStringLiteral("summary"), QStringLiteral("-w"), path});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 0);
        QVector<QJsonObject> rows = test::parseJsonLines(p.readAllStandardOutput());
        QVERIFY(!rows.isEmpty());
        const QJsonObject summary = rows.takeLast();
        QCOMPARE(summary.value(QStringLiteral("frames")).toInt(), sendable);
        const QJsonObject want = expected.value(QStringLiteral("summary")).toObject();
        if (dropped.isEmpty()) {
            for (const QString &key : want.keys())
                QCOMPARE(summary.value(key).toInt(-1), want.value(key).toInt());
            const QStringList bad =
                compareEvents(expected.value(QStringLiteral("events")).toArray(), rows);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 10).join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(summary.value(QStringLiteral("events")).toInt(),
                     want.value(QStringLiteral("events")).toInt());
            QVERIFY(summary.value(QStringLiteral("undecodable")).toInt() <=
                    want.value(QStringLiteral("undecodable")).toInt());
        }
        // The saved live capture holds the frames as sent, and the source notes.
        CaptureStore store;
        QVERIFY(store.open(path));
        QCOMPARE(int(store.frameCount()), sendable);
        QVERIFY(store.runLogs().size() > store.ecaptureRunLogCount()); // "connected to …"
        QCOMPARE(store.fileInfo().source, server.url().toString());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString fixture = QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("-r"), QStringLiteral("/nonexistent/x.ecvcap")};
        QTest::newRow("not a capture")
            << QStringList{QStringLiteral("-r"), QStringLiteral(ECV_TEST_DATA "/README.md")};
        QTest::newRow("no input") << QStringList{QStringLiteral("-q")};
        QTest::newRow("two inputs") << QStringList{
            QStringLiteral("-r"), fixture, QStringLiteral("-i"), QStringLiteral("127.0.0.1:1")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("-r"), fixture,
                                                   QStringLiteral("-T"), QStringLiteral("xml")};
        QTest::newRow("unknown report") << QStringList{
            QStringLiteral("-r"), fixture, QStringLiteral("-z"), QStringLiteral("nope")};
        QTest::newRow("bad count")
            << QStringList{QStringLiteral("-i"), QStringLiteral("127.0.0.1:1"),
                           QStringLiteral("-c"), QStringLiteral("x")};
        QTest::newRow("bad autostop")
            << QStringList{QStringLiteral("-i"), QStringLiteral("127.0.0.1:1"),
                           QStringLiteral("-a"), QStringLiteral("files:3")};
        QTest::newRow("nonsense url")
            << QStringList{QStringLiteral("-i"), QStringLiteral("http://[::1")};
        QTest::newRow("refused") << QStringList{QStringLiteral("-i"),
                                                QStringLiteral("ws://127.0.0.1:1/")};
        QTest::newRow("-w onto the input")
            << QStringList{QStringLiteral("-r"), fixture, QStringLiteral("-w"), fixture};
        QTest::newRow("unwritable -w")
            << QStringList{QStringLiteral("-r"), fixture, QStringLiteral("-q"),
                           QStringLiteral("-w"), QStringLiteral("/nonexistent/dir/out.ecvcap")};
    }
    void errors()
    {
        QFETCH(QStringList, args);
        const Run r = runDump(args);
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(r.out.isEmpty() || args.contains(QStringLiteral("-w")), r.out.constData());
    }

    void autostopDuration()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(kDump,
                {QStringLiteral("-i"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                 QStringLiteral("-a"), QStringLiteral("duration:0.5"), QStringLiteral("-q"),
                 QStringLiteral("-z"), QStringLiteral("summary")});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QWebSocket *client = server.nextPendingConnection();
        // eCapture's server answers 403 without an Origin: the source must send one.
        QVERIFY(!client->origin().isEmpty());
        client->sendBinaryMessage(QByteArray::fromHex("1a0508011001")); // a heartbeat-ish frame
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 10000);
        QVERIFY(clock.elapsed() >= 500);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("frames")).toInt(), 1);
    }

    void sigtermEndsLiveCaptureCleanly()
    {
        // Like tshark: SIGTERM/Ctrl-C stops the capture, then the reports are printed.
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess p;
        p.start(kDump, {QStringLiteral("-i"), server.serverUrl().toString(), QStringLiteral("-q"),
                        QStringLiteral("-z"), QStringLiteral("summary")});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QWebSocket *client = server.nextPendingConnection();
        client->sendBinaryMessage(QByteArray("not protobuf"));
        client->sendBinaryMessage(QByteArray());
        client->flush();
        QTest::qWait(300);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("frames")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("undecodable")).toInt(), 2);
    }

    void readerGoingAwayEndsCleanly()
    {
        // `ecapture-dump -i … | head`: when stdout's reader exits, the dump stops and removes
        // its temporary capture file instead of dying of SIGPIPE.
        const QVector<RawFrame> pool =
            fixtureFrames(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl"));
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess dump, head;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        dump.setProcessEnvironment(env);
        dump.setStandardOutputProcess(&head);
        head.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("10")});
        dump.start(kDump, {QStringLiteral("-i"), server.serverUrl().toString(),
                           QStringLiteral("-T"), QStringLiteral("jsonl")});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QWebSocket *client = server.nextPendingConnection();
        QVERIFY(QDir(tmp.path()).entryList(QDir::Files).size() == 1); // the live capture
        for (int round = 0; round < 200 && dump.state() == QProcess::Running; ++round) {
            for (const RawFrame &f : pool) {
                if (f.opcode == RawFrame::Opcode::Text)
                    client->sendTextMessage(QString::fromUtf8(f.data));
                else
                    client->sendBinaryMessage(f.data);
            }
            client->flush();
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(dump.state() == QProcess::NotRunning, 10000);
        QCOMPARE(dump.exitStatus(), QProcess::NormalExit);
        QCOMPARE(dump.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(head.state() == QProcess::NotRunning, 5000);
        QCOMPARE(head.readAllStandardOutput().size(), 10);
        QVERIFY(QDir(tmp.path()).entryList(QDir::Files).isEmpty());
    }

    void killedCaptureReopens()
    {
        // A capture written by ecapture-dump -i -w and killed with SIGKILL mid-stream reopens
        // with every complete record, and loses at most about the last second.
        const QVector<RawFrame> pool =
            fixtureFrames(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl"));
        QVERIFY(!pool.isEmpty());
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString path = m_dir.filePath(QStringLiteral("killed.ecvcap"));
        QProcess p;
        p.start(kDump, {QStringLiteral("-i"), server.serverUrl().toString(), QStringLiteral("-q"),
                        QStringLiteral("-w"), path});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QWebSocket *client = server.nextPendingConnection();

        QVector<RawFrame> sent;
        QElapsedTimer clock;
        clock.start();
        QVector<qint64> sentAtMs;
        while (clock.elapsed() < 3000) {
            for (int i = 0; i < 40; ++i) {
                const RawFrame &f = pool.at(int(sent.size() % pool.size()));
                if (f.opcode == RawFrame::Opcode::Text)
                    client->sendTextMessage(QString::fromUtf8(f.data));
                else
                    client->sendBinaryMessage(f.data);
                sent.append(f);
                sentAtMs.append(clock.elapsed());
            }
            client->flush();
            QTest::qWait(20);
        }
        QVERIFY(p.state() == QProcess::Running);
        const qint64 killedAtMs = clock.elapsed();
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        CaptureStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const int kept = int(store.frameCount());
        QVERIFY(kept <= sent.size());
        for (int i = 0; i < kept; ++i)
            QCOMPARE(store.frameData(quint32(i + 1)), sent.at(i).data);
        // Everything sent more than ~1.5 s before the kill is on disk (1 s flush + margin).
        int old = 0;
        while (old < sentAtMs.size() && sentAtMs.at(old) < killedAtMs - 1500)
            ++old;
        QVERIFY2(kept >= old, qPrintable(QStringLiteral("kept %1 of %2 frames sent 1.5 s "
                                                        "before the kill")
                                             .arg(kept)
                                             .arg(old)));
        QVERIFY(old > 0);
        qInfo("sent %d frames in %lld ms, %d sent 1.5 s before the kill, %d on disk, %lld bytes "
              "of torn tail",
              int(sent.size()), killedAtMs, old, kept, store.droppedTailBytes());
        const qint64 size = QFileInfo(path).size();
        QVERIFY(store.droppedTailBytes() >= 0 && store.droppedTailBytes() < size);
    }
};

QTEST_GUILESS_MAIN(TestEcaptureDump)
#include "tst_ecapture_dump.moc"
