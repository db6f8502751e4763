// SPDX-License-Identifier: Apache-2.0
// The demo's loop: each pass of a looped recording reads as new connections (pids + 1000·N,
// client ports + 7·N), so pass 2 of the nghttp HTTP/2 connection is its own conversation and
// dissects like pass 1; a plain loop (no live timestamps) still repeats frames byte for byte.
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"
#include "ecaptureq.pb.h"
#include "net/loop_pass_rewriter.h"
#include "net/replay_server.h"
#include "net/websocket_source.h"

using namespace ecv;

class TestDemoLoop : public QObject
{
    Q_OBJECT
private slots:
    void shiftPort_data();
    void shiftPort();
    void shiftPid_data();
    void shiftPid();
    void rewriteV2Text_data();
    void rewriteV2Text();
    void rewriteV1Event();
    void passesAreNewConnections();
    void plainLoopRepeatsAsRecorded();
};

void TestDemoLoop::shiftPort_data()
{
    QTest::addColumn<quint32>("port");
    QTest::addColumn<int>("pass");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("pass 0 as recorded") << 41058u << 0 << 41058u;
    QTest::newRow("pass 1") << 41058u << 1 << 41065u;
    QTest::newRow("pass 3") << 41058u << 3 << 41079u;
    QTest::newRow("wraps to 1024") << 65535u << 1 << 1030u;
    QTest::newRow("last port") << 65528u << 1 << 65535u;
    QTest::newRow("first after wrap") << 65529u << 1 << 1024u;
    QTest::newRow("port 0 stays") << 0u << 5 << 0u;
    QTest::newRow("well-known stays") << 443u << 5 << 443u;
}

void TestDemoLoop::shiftPort()
{
    QFETCH(quint32, port);
    QFETCH(int, pass);
    QFETCH(quint32, expected);
    QCOMPARE(LoopPassRewriter::shiftPort(port, pass), expected);
}

void TestDemoLoop::shiftPid_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<int>("pass");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("pass 0") << qint64(2231) << 0 << qint64(2231);
    QTest::newRow("pass 1") << qint64(2231) << 1 << qint64(3231);
    QTest::newRow("pass 2") << qint64(2231) << 2 << qint64(4231);
    QTest::newRow("pid 0 stays") << qint64(0) << 2 << qint64(0);
    QTest::newRow("wraps within pid_max") << qint64(4194000) << 1 << qint64(696);
}

void TestDemoLoop::shiftPid()
{
    QFETCH(qint64, pid);
    QFETCH(int, pass);
    QFETCH(qint64, expected);
    QCOMPARE(LoopPassRewriter::shiftPid(pid, pass), expected);
}

void TestDemoLoop::rewriteV2Text_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("pass");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("connect") << QByteArray("PID:21507, Comm:curl, TID:21507, FD:5, Tuple: "
                                           "[127.0.0.1]:37714->[127.0.0.1]:18080\n")
                             << 1
                             << QByteArray("PID:22507, Comm:curl, TID:22507, FD:5, Tuple: "
                                           "[127.0.0.1]:37721->[127.0.0.1]:18080\n");
    QTest::newRow("no connection stays")
        << QByteArray("PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n") << 2
        << QByteArray("PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n");
    // The data after the header line is untouched, "(89 bytes)" included; PID: inside the data
    // is data.
    QTest::newRow("openssl data, pid gains a digit")
        << QByteArray("[2026-11-29 14:26:06.063] PID:9507 TID:9507 Comm:curl FD:5 WRITE "
                      "(12 bytes):\nPID:1 :37714\r\n")
        << 1
        << QByteArray("[2026-11-29 14:26:06.063] PID:10507 TID:10507 Comm:curl FD:5 WRITE "
                      "(12 bytes):\nPID:1 :37714\r\n");
    QTest::newRow("gotls read, server first")
        << QByteArray("PID:21536, TID:21538, Comm:buildagent, FD:6, Tuple:[127.0.0.1]:18081->"
                      "[127.0.0.1]:37500, Type:READ, Len:4\nData:\nHTTP")
        << 2
        << QByteArray("PID:23536, TID:23538, Comm:buildagent, FD:6, Tuple:[127.0.0.1]:18081->"
                      "[127.0.0.1]:37514, Type:READ, Len:4\nData:\nHTTP");
    QTest::newRow("ipv6") << QByteArray("PID:21525, Comm:curl, TID:21525, FD:5, Tuple: "
                                        "[::1]:45560->[::1]:18081\n")
                          << 1
                          << QByteArray("PID:22525, Comm:curl, TID:22525, FD:5, Tuple: "
                                        "[::1]:45567->[::1]:18081\n");
}

void TestDemoLoop::rewriteV2Text()
{
    QFETCH(QByteArray, text);
    QFETCH(int, pass);
    QFETCH(QByteArray, expected);
    QCOMPARE(LoopPassRewriter::rewriteV2Text(text, pass), expected);

    // As an event: length follows the payload.
    event::Event ev;
    ev.set_payload(text.toStdString());
    ev.set_length(quint32(text.size()));
    QCOMPARE(LoopPassRewriter::rewriteEvent(&ev, pass), text != expected);
    QCOMPARE(QByteArray::fromStdString(ev.payload()), expected);
    QCOMPARE(ev.length(), quint32(expected.size()));
}

void TestDemoLoop::rewriteV1Event()
{
    event::Event ev;
    ev.set_uuid("2231_2231_nghttp_3_0_10.0.2.15:41058-203.0.113.80:443");
    ev.set_src_ip("10.0.2.15");
    ev.set_src_port(41058);
    ev.set_dst_ip("203.0.113.80");
    ev.set_dst_port(443);
    ev.set_pid(2231);
    ev.set_pname("nghttp");
    ev.set_payload("\nFrame Type\t=>\tSETTINGS\n");
    ev.set_length(24);
    QVERIFY(!LoopPassRewriter::rewriteEvent(&ev, 0));
    QVERIFY(LoopPassRewriter::rewriteEvent(&ev, 2));
    QCOMPARE(ev.uuid(), std::string("4231_4231_nghttp_3_0_10.0.2.15:41072-203.0.113.80:443"));
    QCOMPARE(ev.pid(), 4231);
    QCOMPARE(ev.src_port(), 41072u);
    QCOMPARE(ev.dst_port(), 443u);
    QCOMPARE(ev.pname(), std::string("nghttp"));
    QCOMPARE(ev.payload(), std::string("\nFrame Type\t=>\tSETTINGS\n"));
    QCOMPARE(ev.length(), 24u);

    event::Event sock;
    sock.set_uuid("sock:7340_7340_python3_3_0_0.0.0.0:0-0.0.0.0:0_0");
    sock.set_pid(7340);
    QVERIFY(LoopPassRewriter::rewriteEvent(&sock, 1));
    QCOMPARE(sock.uuid(), std::string("sock:8340_8340_python3_3_0_0.0.0.0:0-0.0.0.0:0_0"));

    event::Event mysql;
    mysql.set_uuid("1187_mysqld");
    mysql.set_pid(1187);
    QVERIFY(LoopPassRewriter::rewriteEvent(&mysql, 1));
    QCOMPARE(mysql.uuid(), std::string("2187_mysqld"));
}

namespace {

// Plays @p file looped (fast) to a WebSocketSource until @p events event frames arrived.
QVector<RawFrame> playLooped(const QString &file, bool live, int events)
{
    FrameLogReader reader;
    if (!reader.readFile(file, 0))
        return {};
    ReplayServer server;
    server.setRecording(reader.takeFrames());
    server.setLoop(true);
    server.setFast(true);
    server.setLiveTimestamps(live);
    if (!server.listen())
        return {};
    WebSocketSource client;
    QVector<RawFrame> got;
    int eventFrames = 0;
    QObject::connect(&client, &WebSocketSource::frameReceived, [&](const RawFrame &f) {
        if (eventFrames >= events)
            return;
        got.append(f);
        event::LogEntry e;
        if (e.ParseFromArray(f.data.constData(), int(f.data.size())) &&
            e.payload_case() == event::LogEntry::kEventPayload)
            ++eventFrames;
    });
    client.open(server.url());
    if (!QTest::qWaitFor([&] { return eventFrames >= events; }, 10000))
        qWarning("only %d event frames arrived", eventFrames);
    client.close();
    server.close();
    return got;
}

} // namespace

void TestDemoLoop::passesAreNewConnections()
{
    // v152-http2-nghttp: two nghttp connections (pid 2231 and 2262), 2 events each.
    constexpr int kPerPass = 4;
    constexpr int kPasses = 3;
    const QVector<RawFrame> frames = playLooped(
        QStringLiteral(ECV_TEST_DATA "/v152-http2-nghttp.jsonl"), true, kPerPass * kPasses);

    CaptureStore store;
    QString error;
    QVERIFY2(store.createTemporary(QStringLiteral("test"), &error), qPrintable(error));
    for (const RawFrame &f : frames)
        store.appendFrame(f);
    QCOMPARE(store.eventCount(), kPerPass * kPasses);
    // Every pass its own conversations: 2 per pass, none shared.
    QCOMPARE(store.conversationCount(), 2 * kPasses);

    QVector<QSet<QString>> keysByPass(kPasses);
    QVector<QStringList> infosByPass(kPasses);
    for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id) {
        const ConversationInfo conv = store.conversation(id);
        QCOMPARE(conv.eventIndexes.size(), 2);
        const int pass = conv.eventIndexes.first() / kPerPass;
        QCOMPARE(conv.eventIndexes.last() / kPerPass, pass);
        QCOMPARE(conv.keyKind, ConversationInfo::KeyKind::Tuple);
        keysByPass[pass].insert(QStringLiteral("%1 %2:%3 %4:%5")
                                    .arg(conv.pid)
                                    .arg(conv.localIp)
                                    .arg(conv.localPort)
                                    .arg(conv.peerIp)
                                    .arg(conv.peerPort));
        QCOMPARE(conv.processName, QStringLiteral("nghttp"));

        QVector<HttpDissector::Item> items;
        for (int i : conv.eventIndexes)
            items.append(HttpDissector::itemFromEvent(store.event(i), i));
        const HttpCaptureAnalysis analysis = HttpDissector::analyze(items);
        QVERIFY(analysis.http2);
        QString infos;
        for (const HttpEventFields &f : HttpFields::forAll(analysis, items))
            infos += f.info + QLatin1Char('|');
        infosByPass[pass].append(infos);
    }
    for (int pass = 0; pass < kPasses; ++pass) {
        QCOMPARE(keysByPass.at(pass).size(), 2);
        for (int other = 0; other < pass; ++other)
            QVERIFY(!keysByPass.at(pass).intersects(keysByPass.at(other)));
        QCOMPARE(infosByPass.at(pass).size(), 2);
        infosByPass[pass].sort();
        QVERIFY2(infosByPass.at(pass).first().startsWith(QStringLiteral("GET / HTTP/2")),
                 qPrintable(infosByPass.at(pass).join(QLatin1Char('\n'))));
        QCOMPARE(infosByPass.at(pass), infosByPass.at(0));
    }
    QVERIFY(keysByPass.at(0).contains(QStringLiteral("2231 10.0.2.15:41058 203.0.113.80:443")));
    QVERIFY(keysByPass.at(1).contains(QStringLiteral("3231 10.0.2.15:41065 203.0.113.80:443")));
}

void TestDemoLoop::plainLoopRepeatsAsRecorded()
{
    // ecapture-replay --loop: the recording goes out exactly as recorded, pass after pass.
    const QVector<RawFrame> frames =
        playLooped(QStringLiteral(ECV_TEST_DATA "/v152-http2-nghttp.jsonl"), false, 8);
    FrameLogReader reader;
    QVERIFY(reader.readFile(QStringLiteral(ECV_TEST_DATA "/v152-http2-nghttp.jsonl"), 0));
    QSet<QByteArray> recorded;
    for (const RawFrame &f : reader.frames())
        recorded.insert(f.data);
    int events = 0;
    for (const RawFrame &f : frames) {
        QVERIFY(recorded.contains(f.data));
        event::LogEntry e;
        QVERIFY(e.ParseFromArray(f.data.constData(), int(f.data.size())));
        events += e.payload_case() == event::LogEntry::kEventPayload ? 1 : 0;
    }
    QCOMPARE(events, 8);
}

QTEST_MAIN(TestDemoLoop)
#include "tst_demo_loop.moc"
