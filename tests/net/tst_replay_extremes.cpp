// SPDX-License-Identifier: Apache-2.0
// ecapture-replay with timing that does not fit 64 bits: a recording spanning 1e9 s looped with
// --fast (the loop base passed INT64_MAX after nine passes), --speed 1e-300 (a due time of
// 1e308 ns: "Timers cannot have negative intervals" and no frame after the first), recorded
// arrival times of INT64_MIN and INT64_MAX. The replay goes on; nothing wraps.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QWebSocket>

#include "core/file/capture_file_writer.h"
#include "net/replay_server.h"

#include "common/wire_bytes.h"

using namespace ecv;
using namespace ecv::test;

namespace {

constexpr qint64 kSpan = 1'000'000'000LL * 1'000'000'000LL; // 1e9 s in ns

QVector<RawFrame> twoFrames(qint64 firstNs, qint64 secondNs)
{
    return {RawFrame{firstNs, RawFrame::Opcode::Binary, 0, heartbeatFrame(1795962366, 1)},
            RawFrame{secondNs, RawFrame::Opcode::Binary, 0, heartbeatFrame(1795962367, 2)}};
}

/** A client that counts the messages it gets. */
struct Counter
{
    QWebSocket socket{QStringLiteral("http://localhost")};
    int received = 0;
    Counter()
    {
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived,
                         [this](const QByteArray &) { ++received; });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
};

/** Collects Qt's warnings ("Timers cannot have negative intervals") while alive. */
struct WarningCatcher
{
    static inline QStringList warnings;
    QtMessageHandler previous;
    WarningCatcher()
    {
        warnings.clear();
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type != QtDebugMsg && type != QtInfoMsg)
                    warnings.append(message);
            });
    }
    ~WarningCatcher() { qInstallMessageHandler(previous); }
};

} // namespace

class TestReplayExtremes : public QObject
{
    Q_OBJECT
private slots:
    void fastLoopOverAHugeSpan()
    {
        // Each pass adds 1e18 ns to the loop base: past INT64_MAX after nine passes.
        WarningCatcher catcher;
        ReplayServer server;
        server.setRecording(twoFrames(0, kSpan));
        server.setFast(true);
        server.setLoop(true);
        QVERIFY(server.listen());
        Counter client;
        QVERIFY(client.open(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(client.received >= 200, 10000); // 100 passes
        QVERIFY2(catcher.warnings.isEmpty(), qPrintable(catcher.warnings.join(u'\n')));
    }

    void loopOverAHugeSpanStaysScheduled()
    {
        // Not --fast: after the first frame the next is 1e9 s away (a timer of at most ~12 days,
        // re-armed), never a negative interval; the server keeps serving new clients.
        WarningCatcher catcher;
        ReplayServer server;
        server.setRecording(twoFrames(0, kSpan));
        server.setLoop(true);
        QVERIFY(server.listen());
        Counter first;
        QVERIFY(first.open(server.url()));
        QTRY_COMPARE_WITH_TIMEOUT(first.received, 1, 5000);
        Counter second;
        QVERIFY(second.open(server.url()));
        QTRY_COMPARE_WITH_TIMEOUT(second.received, 1, 5000);
        QTest::qWait(200);
        QCOMPARE(first.received, 1);
        QVERIFY2(catcher.warnings.isEmpty(), qPrintable(catcher.warnings.join(u'\n')));
    }

    void tinySpeed()
    {
        // --speed 1e-300: the second frame is due at 1e308 ns, clamped to INT64_MAX.
        WarningCatcher catcher;
        ReplayServer server;
        server.setRecording(twoFrames(0, 1'000'000));
        server.setSpeed(1e-300);
        QVERIFY(server.listen());
        Counter client;
        QVERIFY(client.open(server.url()));
        QTRY_COMPARE_WITH_TIMEOUT(client.received, 1, 5000);
        QTest::qWait(200);
        QCOMPARE(client.received, 1);
        QVERIFY2(catcher.warnings.isEmpty(), qPrintable(catcher.warnings.join(u'\n')));
    }

    void programWithExtremeArrivalTimes()
    {
        // A capture file whose frames arrived at INT64_MIN and INT64_MAX (a damaged or crafted
        // file): ecapture-replay --fast --loop replays it pass after pass; --speed 1e-300 sends
        // the first frame and then waits, without a negative timer interval.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("extreme.ecvcap"));
        CaptureFileWriter writer;
        QVERIFY(writer.create(path, CaptureFileInfo{}));
        for (const RawFrame &frame :
             twoFrames(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
            QVERIFY(writer.writeFrame(frame) >= 0);
        writer.close();
        for (const QStringList &timing :
             {QStringList{QStringLiteral("--fast"), QStringLiteral("--loop")},
              QStringList{QStringLiteral("--speed"), QStringLiteral("1e-300")}}) {
            QProcess replay;
            replay.start(QStringLiteral(ECV_BIN_DIR "/ecapture-replay"),
                         timing + QStringList{path});
            QVERIFY(replay.waitForReadyRead(10000));
            const QByteArray line = replay.readLine().trimmed();
            QVERIFY2(line.startsWith("listening on "), line.constData());
            Counter client;
            QVERIFY(client.open(QUrl(QString::fromLatin1(line.mid(13)))));
            const int want = timing.contains(QStringLiteral("--loop")) ? 100 : 1;
            QTRY_VERIFY_WITH_TIMEOUT(client.received >= want, 10000);
            client.socket.close();
            replay.terminate();
            QVERIFY(replay.waitForFinished(5000));
            const QByteArray err = replay.readAllStandardError();
            QVERIFY2(!err.contains("negative"), err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestReplayExtremes)
#include "tst_replay_extremes.moc"
