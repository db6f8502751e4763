// SPDX-License-Identifier: Apache-2.0
// Every text ecapture-dump and ecapture-replay print is safe for a terminal: process names in
// -z conv and -z follow's Node lines, JSON output, a server's close reason on stderr, file
// names on ecapture-replay's stderr. ESC, BEL, lone CR, DEL and C1 (U+009B is CSI) arrive as
// '.' in text, as \u escapes in JSON (so the values read back unchanged), never raw.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/program_run.h"
#include "common/wire_bytes.h"

using namespace ecv;
using namespace ecv::test;

namespace {

// "ba<ESC>[31m<CSI>sh<BEL>": ESC sequence, C1 CSI in UTF-8, BEL.
const QByteArray kHostileComm = "ba\x1b[31m\xc2\x9bsh\x07";

/** Bytes that a terminal would act on, allowing what @p allowed lists; "" when none. */
QString firstControl(const QByteArray &out, const QByteArray &allowed)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        const uchar c = uchar(out.at(i));
        const bool c1 = c == 0xc2 && i + 1 < out.size() && uchar(out.at(i + 1)) >= 0x80 &&
                        uchar(out.at(i + 1)) < 0xa0;
        if (c == '\r' && allowed.contains('\r') && i + 1 < out.size() && out.at(i + 1) == '\n')
            continue;
        if (c1 || c == 0x7f || (c < 0x20 && (c == '\r' || !allowed.contains(char(c)))))
            return QStringLiteral("byte 0x%1 at %2 in: %3")
                .arg(int(c), 2, 16, QLatin1Char('0'))
                .arg(i)
                .arg(QString::fromLatin1(out.toPercentEncoding(" /:[]=|<>-.,()")));
    }
    return {};
}

/** A v2 capture of one process with a hostile name, writing on fd 5 with no connect event
 *  (so the conversation's endpoints are named by process). */
QByteArray hostileLog()
{
    return kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
           frameLine(0.001,
                     v2EventFrame("[2026-11-29 14:26:06.063] PID:7 TID:7 Comm:" + kHostileComm +
                                  " FD:5 WRITE (30 bytes):\n"
                                  "GET / HTTP/1.1\r\nX: a\rb\x1b[2J\r\n\r\n")) +
           frameLine(0.002, v2EventFrame("[2026-11-29 14:26:06.064] PID:7 TID:7 Comm:" +
                                         kHostileComm + " FD:5 READ (4 bytes):\nok\x9b\n"));
}

} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT
private slots:
    void reportsAndFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("allowed"); // controls the output may keep
        QTest::addColumn<QByteArray>("mustContain");
        QTest::newRow("-T text") << QStringList{} << QByteArray("\n")
                                 << QByteArray("ba.[31m.sh. (7)");
        QTest::newRow("-z conv") << QStringList{QStringLiteral("-q"), QStringLiteral("-z"),
                                                QStringLiteral("conv")}
                                 << QByteArray("\n") << QByteArray("ba.[31m.sh. pid 7 fd 5");
        QTest::newRow("-z follow ascii")
            << QStringList{QStringLiteral("-q"), QStringLiteral("-z"), QStringLiteral("follow,1")}
            << QByteArray("\n\t\r") << QByteArray("Node 0: ba.[31m.sh. pid 7 fd 5\n");
        QTest::newRow("-z follow hex")
            << QStringList{QStringLiteral("-q"), QStringLiteral("-z"),
                           QStringLiteral("follow,tcp,hex,1")}
            << QByteArray("\n\t") << QByteArray("Node 0: ba.[31m.sh. pid 7 fd 5\n");
        QTest::newRow("-T jsonl") << QStringList{QStringLiteral("-T"), QStringLiteral("jsonl")}
                                  << QByteArray("\n") << QByteArray("\\u001b[31m\\u009bsh\\u0007");
        QTest::newRow("-T json") << QStringList{QStringLiteral("-T"), QStringLiteral("json")}
                                 << QByteArray("\n") << QByteArray("\\u001b[31m\\u009bsh\\u0007");
    }
    void reportsAndFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, allowed);
        QFETCH(QByteArray, mustContain);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("hostile.jsonl"), hostileLog());
        QVERIFY(!path.isEmpty());
        const ProgramRun run = runDump(QStringList{QStringLiteral("-r"), path} + args);
        QCOMPARE(run.exitCode, 0);
        const QString bad = firstControl(run.out, allowed);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY2(run.out.contains(mustContain), run.out.constData());
    }

    void jsonValuesReadBackUnchanged()
    {
        // The escapes are JSON's own: a JSON reader gets the name exactly as eCapture sent it.
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("hostile.jsonl"), hostileLog());
        const ProgramRun run =
            runDump({QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("jsonl")});
        QCOMPARE(run.exitCode, 0);
        const QVector<QJsonObject> rows = parseJsonLines(run.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(QStringLiteral("process.name")).toString(),
                 QString::fromUtf8(kHostileComm));
    }

    void closeReasonOnStderr()
    {
        QWebSocketServer server(QStringLiteral("hostile"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess dump;
        dump.start(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"),
                   {QStringLiteral("-i"), server.serverUrl().toString(), QStringLiteral("-q")});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
        QWebSocket *client = server.nextPendingConnection();
        client->sendBinaryMessage(heartbeatFrame(1795962366, 0));
        client->flush();
        client->close(QWebSocketProtocol::CloseCodeNormal,
                      QString::fromUtf8("bye\x1b]0;owned\x07\r\xc2\x9b"
                                        "2J"));
        QVERIFY(dump.waitForFinished(10000));
        const QByteArray err = dump.readAllStandardError();
        const QString bad = firstControl(err, "\n");
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY2(err.contains("bye.]0;owned...2J"), err.constData());
        delete client;
    }

    void replayStderr()
    {
        // A file name is the user's, but a frame log's error messages quote its lines.
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("bad\x1b[2J.jsonl"),
                      QByteArray(kFrameLogHeader) + "{\"t\":0,\"op\":\"x\x1b[2J\"}\n" +
                          frameLine(0, heartbeatFrame(1, 0)));
        QVERIFY(!path.isEmpty());
        QProcess replay;
        replay.start(QStringLiteral(ECV_BIN_DIR "/ecapture-replay"), {path});
        QVERIFY(replay.waitForReadyRead(10000)); // "listening on …": errors were printed before
        replay.kill();
        replay.waitForFinished();
        const QByteArray err = replay.readAllStandardError();
        QVERIFY2(!err.isEmpty(), "the bad line was not reported");
        const QString bad = firstControl(err, "\n");
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY2(err.contains("bad.[2J.jsonl"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminal_output.moc"
