// SPDX-License-Identifier: Apache-2.0
// ecapture-dump's export options end to end: the live pipe `ecapture-replay` →
// `ecapture-dump -i URL -w -` → `tshark -r -`, pcapng blocks flushed while the capture runs,
// -w/-F format choice and refusals, and the Decode As hint for raw HTTP/2 on port 443.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/stat.h>

#include "common/fixture_files.h"
#include "common/tshark.h"
#include "common/wire_bytes.h"
#include "core/file/frame_log_reader.h"

using namespace ecv;

namespace {

const QString kDump = QStringLiteral(ECV_BIN_DIR "/ecapture-dump");
const QString kReplay = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");

QByteArray rawBytes(const QString &name)
{
    QFile f(QStringLiteral(ECV_TEST_DATA "/raw/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A v2.5-style frame log: nghttp's raw HTTP/2 (h2c prior knowledge) on port 443. */
QByteArray rawHttp2FrameLog()
{
    const QByteArray c2s = rawBytes(QStringLiteral("v152-http2-nghttp-conn1-c2s.bin"));
    const QByteArray s2c = rawBytes(QStringLiteral("v152-http2-nghttp-conn1-s2c.bin"));
    QByteArray log = test::kFrameLogHeader;
    log += test::frameLine(0.0, test::v2EventFrame("PID:2231, Comm:nghttp, TID:2231, FD:3, Tuple: "
                                                   "[10.0.2.15]:41058->[203.0.113.80]:443\n"));
    log += test::frameLine(0.1,
                           test::v2EventFrame("[2026-11-29 14:11:56.100] PID:2231 TID:2231 "
                                              "Comm:nghttp FD:3 WRITE (" +
                                              QByteArray::number(c2s.size()) + " bytes):\n" + c2s));
    log += test::frameLine(0.2,
                           test::v2EventFrame("[2026-11-29 14:11:56.200] PID:2231 TID:2231 "
                                              "Comm:nghttp FD:3 READ (" +
                                              QByteArray::number(s2c.size()) + " bytes):\n" + s2c));
    return log;
}

} // namespace

class TestExportLive final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::wiresharkTool(QStringLiteral("tshark")).isEmpty(),
                 "tshark is not installed: run packaging/install-deps.sh");
    }

    void livePipeToTshark()
    {
        // ecapture-replay → ecapture-dump -i URL -w - → tshark -r -: HTTP dissected and paired
        // (one pass, as tshark reads a pipe: the response names its request).
        QProcess replay;
        replay.start(kReplay,
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fast"),
                      test::fixturePath(QStringLiteral("v152-http1-curl"))});
        QVERIFY(replay.waitForReadyRead(10000));
        const QByteArray banner = replay.readLine().trimmed();
        const QByteArray url = banner.mid(banner.indexOf("ws://"));
        QVERIFY2(url.startsWith("ws://"), banner.constData());

        QProcess dump;
        QProcess tshark;
        dump.setStandardOutputProcess(&tshark);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QTemporaryDir config;
        env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), config.path());
        tshark.setProcessEnvironment(env);
        tshark.start(test::wiresharkTool(QStringLiteral("tshark")),
                     {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("-"),
                      QStringLiteral("-Y"), QStringLiteral("http"), QStringLiteral("-T"),
                      QStringLiteral("fields"), QStringLiteral("-e"),
                      QStringLiteral("http.request.method"), QStringLiteral("-e"),
                      QStringLiteral("http.response.code"), QStringLiteral("-e"),
                      QStringLiteral("http.request_in")});
        dump.start(kDump, {QStringLiteral("-i"), QString::fromLatin1(url), QStringLiteral("-c"),
                           QStringLiteral("42"), QStringLiteral("-w"), QStringLiteral("-")});
        QVERIFY(dump.waitForFinished(30000));
        QCOMPARE(dump.exitCode(), 0);
        QVERIFY2(dump.readAllStandardError().contains("pcapng: "), "no export summary");
        QVERIFY(tshark.waitForFinished(30000));
        QVERIFY2(tshark.exitCode() == 0, tshark.readAllStandardError().constData());
        replay.kill();
        replay.waitForFinished();
        const QList<QByteArray> rows = tshark.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(rows.size(), 14); // 7 requests, 7 responses (v152-http1-curl.expected.json)
        int paired = 0;
        for (const QByteArray &row : rows) {
            const QList<QByteArray> f = row.split('\t');
            if (!f.value(1).isEmpty() && !f.value(2).isEmpty())
                ++paired;
        }
        QCOMPARE(paired, 7);
    }

    void blocksFlushedWhileRunning()
    {
        // The first events reach the pipe within about a second, while the connection is open.
        FrameLogReader reader;
        reader.readFile(test::fixturePath(QStringLiteral("v152-http1-curl")), 0);
        const QVector<RawFrame> frames = reader.takeFrames();
        QVERIFY(frames.size() > 30);
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess dump;
        dump.start(kDump, {QStringLiteral("-i"), server.serverUrl().toString(),
                           QStringLiteral("-w"), QStringLiteral("-")});
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QWebSocket *client = server.nextPendingConnection();
        for (int i = 0; i < 30; ++i) // run logs, a heartbeat, the first exchanges
            client->sendBinaryMessage(frames.at(i).data);
        client->flush();
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (clock.elapsed() < 3000 && !out.contains("GET /index.html")) {
            dump.waitForReadyRead(100);
            out += dump.readAllStandardOutput();
        }
        const qint64 latency = clock.elapsed();
        QVERIFY2(out.contains("GET /index.html"),
                 qPrintable(QStringLiteral("no packet reached the pipe in 3 s (%1 bytes): %2")
                                .arg(out.size())
                                .arg(QString::fromLocal8Bit(dump.readAllStandardError()))));
        QVERIFY2(latency < 1500, qPrintable(QStringLiteral("%1 ms").arg(latency)));
        QCOMPARE(dump.state(), QProcess::Running);
        QVERIFY(out.startsWith(QByteArray::fromHex("0a0d0d0a"))); // a pcapng section header
        client->close();
        QVERIFY(dump.waitForFinished(10000));
        out += dump.readAllStandardOutput();
        qInfo("first HTTP request on the pipe after %lld ms", latency);
        const QString path = test::writeTemp(m_dir, QStringLiteral("flushed.pcapng"), out);
        const QVector<QStringList> http = test::tsharkFields(
            path, {QStringLiteral("http.request.uri")},
            {QStringLiteral("-2"), QStringLiteral("-Y"), QStringLiteral("http.request")});
        QVERIFY(http.size() >= 1);
        QCOMPARE(http.first().value(0), QStringLiteral("/index.html"));
    }

    void formatFromExtensionOrOption()
    {
        const QString input = test::fixturePath(QStringLiteral("v25-composite"));
        const QString pcap = m_dir.filePath(QStringLiteral("by-option.bin"));
        test::ProgramRun r =
            test::runDump({QStringLiteral("-r"), input, QStringLiteral("-q"), QStringLiteral("-F"),
                           QStringLiteral("pcap"), QStringLiteral("-w"), pcap});
        QCOMPARE(r.exitCode, 0);
        QFile f(pcap);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray::fromHex("4d3cb2a1")); // nanosecond pcap, little-endian
        f.close();
        r = test::runDump({QStringLiteral("-r"), input, QStringLiteral("-w"), QStringLiteral("-"),
                           QStringLiteral("-z"), QStringLiteral("summary")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QByteArray::fromHex("0a0d0d0a"))); // pcapng on stdout
        QVERIFY(r.err.contains("\"events\":47"));                   // the report on stderr
        r = test::runDump({QStringLiteral("-r"), input, QStringLiteral("-F"),
                           QStringLiteral("pcap"), QStringLiteral("-w"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QByteArray::fromHex("4d3cb2a1")));
        // HAR, CSV and JSON by extension or -F, to a file or stdout.
        const QString har = m_dir.filePath(QStringLiteral("out.har"));
        r = test::runDump(
            {QStringLiteral("-r"), input, QStringLiteral("-q"), QStringLiteral("-w"), har});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("har: 6 entries"), r.err.constData());
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(harFile.readAll())["log"]["entries"].toArray().size(), 6);
        r = test::runDump({QStringLiteral("-r"), input, QStringLiteral("-F"), QStringLiteral("csv"),
                           QStringLiteral("-w"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("\r\n"), 47 + 1); // a header and one row per event
        r = test::runDump({QStringLiteral("-r"), input, QStringLiteral("-F"),
                           QStringLiteral("json"), QStringLiteral("-w"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 47);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("status"); // 2: the command line makes no sense; 1: it failed
        const QString input = test::fixturePath(QStringLiteral("v25-composite"));
        QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("-r"), input, QStringLiteral("-w"),
                           m_dir.filePath(QStringLiteral("out.unknown"))}
            << QByteArray("cannot tell the format") << 2;
        QTest::newRow("unknown -F")
            << QStringList{QStringLiteral("-r"), input,
                           QStringLiteral("-F"), QStringLiteral("xml"),
                           QStringLiteral("-w"), m_dir.filePath(QStringLiteral("out.xml"))}
            << QByteArray("unknown format") << 2;
        QTest::newRow("directory") << QStringList{QStringLiteral("-r"), input,
                                                  QStringLiteral("-F"), QStringLiteral("pcapng"),
                                                  QStringLiteral("-w"), m_dir.path()}
                                   << QByteArray("not a regular file") << 1;
        QTest::newRow("FIFO") << QStringList{QStringLiteral("-r"), input, QStringLiteral("-w"),
                                             m_dir.filePath(QStringLiteral("fifo.pcapng"))}
                              << QByteArray("not a regular file") << 1;
        QTest::newRow("missing directory")
            << QStringList{QStringLiteral("-r"), input, QStringLiteral("-w"),
                           QStringLiteral("/nonexistent/dir/out.pcapng")}
            << QByteArray("/nonexistent/dir/out.pcapng") << 1;
        QTest::newRow("-F without -w") << QStringList{QStringLiteral("-r"), input,
                                                      QStringLiteral("-F"), QStringLiteral("pcap")}
                                       << QByteArray("-F needs -w") << 2;
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QFETCH(int, status);
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo.pcapng")));
        if (!QFile::exists(QString::fromLocal8Bit(fifo)))
            QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const test::ProgramRun r = test::runDump(args);
        QCOMPARE(r.exitCode, status);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.unknown"))));
    }

    void rawHttp2GetsADecodeAsHint()
    {
        // Raw HTTP/2 on 443 is read as TLS by Wireshark: the section comment says which
        // -d option decodes it, and with it tshark finds the requests' pseudo-headers.
        const QString log = test::writeTemp(m_dir, QStringLiteral("h2.jsonl"), rawHttp2FrameLog());
        QVERIFY(!log.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("h2.pcapng"));
        const test::ProgramRun r = test::runDump(
            {QStringLiteral("-r"), log, QStringLiteral("-q"), QStringLiteral("-w"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const test::ProgramRun info =
            test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-k"), out});
        QVERIFY2(info.out.contains("-d tcp.port==443,http2"), info.out.constData());
        const QStringList fields = {QStringLiteral("http2.streamid"),
                                    QStringLiteral("http2.header.value")};
        const QStringList h2 = {QStringLiteral("-Y"), QStringLiteral("http2.type == 1")};
        QCOMPARE(test::tsharkFields(out, fields, h2).size(), 0); // not without the hint
        const QVector<QStringList> headers = test::tsharkFields(
            out, fields,
            QStringList{QStringLiteral("-d"), QStringLiteral("tcp.port==443,http2")} + h2);
        QStringList paths;
        for (const QStringList &row : headers)
            paths << row.value(1).split(QLatin1Char('\x1f'));
        for (const char *path : {"/", "/css/board.css", "/js/board.js", "/img/ok.svg"})
            QVERIFY2(paths.contains(QLatin1String(path)), qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY(paths.contains(QStringLiteral("cdn.example.net")));
    }
};

QTEST_GUILESS_MAIN(TestExportLive)
#include "tst_export_live.moc"
