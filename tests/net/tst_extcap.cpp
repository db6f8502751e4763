// SPDX-License-Identifier: Apache-2.0
// ecapture-extcap as Wireshark runs it: the extcap handshake (interfaces, link types, config),
// `tshark -D` listing it from the personal extcap folder (Wireshark 4.0 reads
// $WIRESHARK_CONFIG_DIR/extcap), and a short `tshark -i ecapture` capture against
// ecapture-replay in which tshark dissects the fixture's HTTP requests, each packet commented
// with its process.
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/program_run.h"
#include "common/tshark.h"

using namespace ecv;

namespace {

const QString kExtcap = QStringLiteral(ECV_BIN_DIR "/ecapture-extcap");
const QString kReplay = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");

/** Runs tshark with @p configDir as its personal configuration (its extcap/ holds ours). */
test::ProgramRun tshark(const QString &configDir, const QStringList &args, int timeoutMs = 60000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), configDir);
    return test::runProgram(test::wiresharkTool(QStringLiteral("tshark")), args, timeoutMs, env);
}

} // namespace

class TestExtcap final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY(QDir(m_config.path()).mkdir(QStringLiteral("extcap")));
        QVERIFY(QFile::link(kExtcap, m_config.filePath(QStringLiteral("extcap/ecapture-extcap"))));
    }

    void handshake_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        const QString iface = QStringLiteral("--extcap-interface");
        QTest::newRow("interfaces")
            << QStringList{QStringLiteral("--extcap-interfaces"),
                           QStringLiteral("--extcap-version=4.0")}
            << 0 << QByteArray("interface {value=ecapture}{display=eCapture (WebSocket)}\n");
        QTest::newRow("dlts") << QStringList{QStringLiteral("--extcap-dlts"), iface,
                                             QStringLiteral("ecapture")}
                              << 0 << QByteArray("dlt {number=101}{name=RAW}");
        QTest::newRow("config") << QStringList{QStringLiteral("--extcap-config"), iface,
                                               QStringLiteral("ecapture")}
                                << 0
                                << QByteArray("arg {number=0}{call=--url}{display=eCapture "
                                              "server}{type=string}{required=true}");
        QTest::newRow("unknown interface")
            << QStringList{QStringLiteral("--extcap-dlts"), iface, QStringLiteral("eth0")} << 1
            << QByteArray("eth0: unknown interface");
        QTest::newRow("capture without fifo")
            << QStringList{QStringLiteral("--capture"), iface, QStringLiteral("ecapture")} << 1
            << QByteArray("--capture needs --fifo");
        QTest::newRow("capture filter")
            << QStringList{QStringLiteral("--capture"), iface,
                           QStringLiteral("ecapture"),  QStringLiteral("--fifo"),
                           QStringLiteral("/dev/null"), QStringLiteral("--extcap-capture-filter"),
                           QStringLiteral("port 80")}
            << 1 << QByteArray("capture filters are not supported");
        QTest::newRow("unreachable server")
            << QStringList{QStringLiteral("--capture"),
                           iface,
                           QStringLiteral("ecapture"),
                           QStringLiteral("--fifo"),
                           m_config.filePath(QStringLiteral("x.pcapng")),
                           QStringLiteral("--url"),
                           QStringLiteral("ws://127.0.0.1:1/")}
            << 1 << QByteArray("ws://127.0.0.1:1/");
    }

    void handshake()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        const test::ProgramRun r = test::runProgram(kExtcap, args);
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray text = exitCode == 0 ? r.out : r.err;
        QVERIFY2(text.contains(output), (r.out + r.err).constData());
        if (exitCode == 0)
            QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void tsharkListsTheInterface()
    {
        if (test::wiresharkTool(QStringLiteral("tshark")).isEmpty())
            QSKIP("tshark is not installed (packaging/install-deps.sh installs it)");
        const test::ProgramRun r = tshark(m_config.path(), {QStringLiteral("-D")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("ecapture (eCapture (WebSocket))"), r.out.constData());
    }

    void tsharkCapturesHttp()
    {
        if (test::wiresharkTool(QStringLiteral("tshark")).isEmpty())
            QSKIP("tshark is not installed (packaging/install-deps.sh installs it)");
        const QString fixture = QStringLiteral("v152-http1-curl");
        QProcess replay;
        replay.start(kReplay, {QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--fast"), test::fixturePath(fixture)});
        QVERIFY(replay.waitForReadyRead(10000));
        const QByteArray banner = replay.readLine().trimmed();
        const QByteArray url = banner.mid(banner.indexOf("ws://"));
        QVERIFY2(url.startsWith("ws://"), banner.constData());

        // Wireshark's preference for the extcap option --url of interface ecapture.
        const QString out = m_config.filePath(QStringLiteral("live.pcapng"));
        const test::ProgramRun capture =
            tshark(m_config.path(),
                   {QStringLiteral("-i"), QStringLiteral("ecapture"), QStringLiteral("-o"),
                    QStringLiteral("extcap.ecapture.url:") + QString::fromUtf8(url),
                    QStringLiteral("-a"), QStringLiteral("duration:4"), QStringLiteral("-w"), out},
                   60000);
        replay.kill();
        replay.waitForFinished();
        QVERIFY2(capture.exitCode == 0, (capture.out + capture.err).constData());

        int requests = 0;
        for (const QJsonValue &e :
             test::readExpected(fixture).value(QLatin1String("events")).toArray())
            requests += e.toObject().contains(QLatin1String("http.request.method"));
        QVERIFY(requests > 0);
        QByteArray errors;
        const QVector<QStringList> rows = test::tsharkFields(
            out,
            {QStringLiteral("http.request.method"), QStringLiteral("http.request.uri"),
             QStringLiteral("frame.comment")},
            {QStringLiteral("-Y"), QStringLiteral("http.request")}, &errors);
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(rows.size(), requests);
        for (const QStringList &row : rows) {
            QVERIFY2(!row.value(0).isEmpty(), qPrintable(row.join('|')));
            QVERIFY2(row.value(2).contains(QLatin1String("comm=curl")), qPrintable(row.join('|')));
        }
        // Responses are dissected too (tshark -2 pairs them).
        const QVector<QStringList> responses = test::tsharkFields(
            out, {QStringLiteral("http.response.code"), QStringLiteral("http.request_in")},
            {QStringLiteral("-2"), QStringLiteral("-Y"), QStringLiteral("http.response")}, &errors);
        QVERIFY(!responses.isEmpty());
        for (const QStringList &row : responses)
            QVERIFY2(!row.value(1).isEmpty(), qPrintable(row.join('|')));
    }
};

QTEST_GUILESS_MAIN(TestExtcap)
#include "tst_extcap.moc"
