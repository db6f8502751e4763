// SPDX-License-Identifier: Apache-2.0
// Conversation keys: 4-tuple, (pid, fd), eCapture v1 uuid; which events belong to none.
#include <QtTest>

#include "core/capture/conversation_tracker.h"
#include "core/capture/event_index.h"

using namespace ecv;

namespace {

CapturedEvent dataEvent(qint64 pid, qint32 fd, Direction dir, const QString &src, qint32 sport,
                        const QString &dst, qint32 dport, const QString &uuid = {},
                        Probe probe = Probe::OpenSsl, qint64 tid = -1)
{
    CapturedEvent e;
    e.kind = EventKind::Data;
    e.pid = pid;
    e.tid = tid < 0 ? pid : tid;
    e.fd = fd;
    e.direction = dir;
    e.srcIp = src;
    e.srcPort = sport;
    e.dstIp = dst;
    e.dstPort = dport;
    e.uuid = uuid;
    e.probe = probe;
    e.processName = QStringLiteral("curl");
    return e;
}

/** Index @p e in @p index; its conversation id. */
quint32 conversationOf(EventIndex &index, const CapturedEvent &e)
{
    return index.at(index.append(e, e)).conversationId;
}

} // namespace

class TestConversationTracker final : public QObject
{
    Q_OBJECT
private slots:
    void keys_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<int>("fd");
        QTest::addColumn<QString>("src");
        QTest::addColumn<int>("sport");
        QTest::addColumn<QString>("dst");
        QTest::addColumn<int>("dport");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<int>("probe");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("keyKind");

        const int data = int(EventKind::Data);
        const int tuple = int(ConversationInfo::KeyKind::Tuple);
        const int pidFd = int(ConversationInfo::KeyKind::PidFd);
        const int uuid = int(ConversationInfo::KeyKind::Uuid);
        const int openssl = int(Probe::OpenSsl);
        QTest::newRow("ipv4 tuple, client sends")
            << data << qint64(7389) << 5 << "192.168.50.12" << 35016 << "203.0.113.10" << 443 << ""
            << openssl << "192.168.50.12:35016 <-> 203.0.113.10:443, pid 7389" << tuple;
        QTest::newRow("ipv4 tuple, other direction gives the same key")
            << data << qint64(7389) << 5 << "203.0.113.10" << 443 << "192.168.50.12" << 35016 << ""
            << openssl << "192.168.50.12:35016 <-> 203.0.113.10:443, pid 7389" << tuple;
        QTest::newRow("ipv6 tuple bracketed")
            << data << qint64(21525) << 5 << "::1" << 45560 << "::1" << 18081 << "" << openssl
            << "[::1]:18081 <-> [::1]:45560, pid 21525" << tuple;
        QTest::newRow("tuple without pid")
            << data << qint64(-1) << -1 << "10.0.0.1" << 1 << "10.0.0.2" << 2 << "" << openssl
            << "10.0.0.1:1 <-> 10.0.0.2:2" << tuple;
        QTest::newRow("v1 sock: uuid, tuple 0.0.0.0:0 -> pid fd")
            << data << qint64(7340) << 3 << "0.0.0.0" << 0 << "0.0.0.0" << 0
            << "sock:7340_7340_python3_3_0_0.0.0.0:0-0.0.0.0:0_0" << openssl << "pid 7340 fd 3"
            << pidFd;
        QTest::newRow("v2 data before its connect: pid fd")
            << data << qint64(21507) << 5 << "" << -1 << "" << -1 << "" << openssl
            << "pid 21507 fd 5" << pidFd;
        QTest::newRow("gotls 127.0.0.1:0 -> uuid without tid")
            << data << qint64(21536) << -1 << "127.0.0.1" << 0 << "127.0.0.1" << 0
            << "21536_21538_buildagent" << int(Probe::GoTls) << "uuid 21536_buildagent" << uuid;
        QTest::newRow("gnutls uuid without tid and datatype")
            << data << qint64(1) << -1 << "127.0.0.1" << 0 << "127.0.0.1" << 0 << "1_2_curl_1"
            << int(Probe::GnuTls) << "uuid 1_curl" << uuid;
        QTest::newRow("gotls comm ending in _1 keeps it")
            << data << qint64(9) << -1 << "" << -1 << "" << -1 << "9_10_worker_1"
            << int(Probe::GoTls) << "uuid 9_worker_1" << uuid;
        QTest::newRow("openssl uuid, fd unknown: datatype dropped")
            << data << qint64(-1) << -1 << "" << -1 << "" << -1
            << "12_13_curl_5_1_1.2.3.4:1-5.6.7.8:443" << openssl
            << "uuid 12_curl_5_1.2.3.4:1-5.6.7.8:443" << uuid;
        QTest::newRow("nothing known")
            << data << qint64(-1) << -1 << "" << -1 << "" << -1 << "" << openssl << "" << tuple;
        QTest::newRow("connect gets none")
            << int(EventKind::Connect) << qint64(1) << 5 << "10.0.0.1" << 1 << "10.0.0.2" << 2 << ""
            << openssl << "" << tuple;
        QTest::newRow("socket destroy gets none")
            << int(EventKind::SocketDestroy) << qint64(0) << 0 << "::" << 0 << "::" << 0 << ""
            << openssl << "" << tuple;
        QTest::newRow("shell gets none")
            << int(EventKind::Shell) << qint64(5) << -1 << "" << -1 << "" << -1 << "5_5_bash"
            << int(Probe::Bash) << "" << tuple;
        QTest::newRow("query gets none")
            << int(EventKind::Query) << qint64(1187) << -1 << "127.0.0.1" << 0 << "127.0.0.1" << 0
            << "1187_mysqld" << int(Probe::MySql) << "" << tuple;
    }
    void keys()
    {
        QFETCH(int, kind);
        QFETCH(qint64, pid);
        QFETCH(int, fd);
        QFETCH(QString, src);
        QFETCH(int, sport);
        QFETCH(QString, dst);
        QFETCH(int, dport);
        QFETCH(QString, uuid);
        QFETCH(int, probe);
        QFETCH(QString, key);
        QFETCH(int, keyKind);
        CapturedEvent e =
            dataEvent(pid, fd, Direction::Send, src, sport, dst, dport, uuid, Probe(probe));
        e.kind = EventKind(kind);
        ConversationInfo::KeyKind got = ConversationInfo::KeyKind::Tuple;
        QCOMPARE(ConversationTracker::keyFor(e, &got), key);
        if (!key.isEmpty())
            QCOMPARE(int(got), keyKind);
    }

    void bothDirectionsOneConversation()
    {
        EventIndex t;
        const QString a = QStringLiteral("192.168.50.12"), b = QStringLiteral("203.0.113.10");
        CapturedEvent req = dataEvent(7389, 5, Direction::Send, a, 35016, b, 443);
        req.data = QByteArray(113, 'q');
        req.timeNs = 10;
        CapturedEvent resp = dataEvent(7389, 5, Direction::Recv, b, 443, a, 35016);
        resp.data = QByteArray(885, 'r');
        resp.timeNs = 20;
        QCOMPARE(conversationOf(t, req), 1u);
        QCOMPARE(conversationOf(t, resp), 1u);
        QCOMPARE(t.conversationCount(), 1);
        const ConversationInfo c = t.conversation(1);
        QCOMPARE(c.id, 1u);
        QCOMPARE(c.keyKind, ConversationInfo::KeyKind::Tuple);
        QCOMPARE(c.key, QStringLiteral("192.168.50.12:35016 <-> 203.0.113.10:443, pid 7389"));
        QCOMPARE(c.localIp, a);
        QCOMPARE(c.localPort, 35016);
        QCOMPARE(c.peerIp, b);
        QCOMPARE(c.peerPort, 443);
        QCOMPARE(c.pid, qint64(7389));
        QCOMPARE(c.fd, 5);
        QCOMPARE(c.processName, QStringLiteral("curl"));
        QCOMPARE(c.bytesSent, quint64(113));
        QCOMPARE(c.bytesReceived, quint64(885));
        QCOMPARE(c.firstTimeNs, qint64(10));
        QCOMPARE(c.lastTimeNs, qint64(20));
        QCOMPARE(c.eventIndexes, (QVector<int>{0, 1}));
        QCOMPARE(t.conversationEventIndexes(1), (QVector<int>{0, 1}));
        // The first event received sets local = its destination.
        EventIndex t2;
        QCOMPARE(conversationOf(t2, resp), 1u);
        QCOMPARE(t2.conversation(1).localIp, a);
        QCOMPARE(t2.conversation(1).peerPort, 443);
        QCOMPARE(t2.conversation(1).key, c.key);
        QVERIFY(t.conversation(0).key.isEmpty());
        QVERIFY(t.conversation(2).key.isEmpty());
        QVERIFY(t.conversationEventIndexes(2).isEmpty());
    }

    void interleavedConversationsKeepTheirEvents()
    {
        EventIndex t;
        const QString lo = QStringLiteral("127.0.0.1");
        QVector<quint32> ids;
        for (int i = 0; i < 30; ++i) {
            CapturedEvent e = dataEvent(100 + i % 3, 5, i % 2 ? Direction::Recv : Direction::Send,
                                        lo, 40000 + i % 3, lo, 443);
            if (i % 2)
                std::swap(e.srcPort, e.dstPort);
            ids << conversationOf(t, e);
        }
        QCOMPARE(t.conversationCount(), 3);
        for (quint32 id = 1; id <= 3; ++id) {
            QVector<int> want;
            for (int i = 0; i < ids.size(); ++i)
                if (ids.at(i) == id)
                    want << i;
            QCOMPARE(want.size(), 10);
            QCOMPARE(t.conversation(id).eventIndexes, want);
        }
    }

    void twoEndsOfALoopbackConnectionStayApart()
    {
        EventIndex t;
        const QString lo = QStringLiteral("127.0.0.1");
        QCOMPARE(conversationOf(t, dataEvent(100, 5, Direction::Send, lo, 40000, lo, 443)), 1u);
        QCOMPARE(conversationOf(t, dataEvent(200, 9, Direction::Recv, lo, 40000, lo, 443)), 2u);
        QCOMPARE(conversationOf(t, dataEvent(100, 5, Direction::Recv, lo, 443, lo, 40000)), 1u);
    }

    void connectRetiresReusedKeys()
    {
        EventIndex t;
        // v2: data before any connect is keyed (pid, fd) ...
        QCOMPARE(conversationOf(t, dataEvent(1, 5, Direction::Send, {}, -1, {}, -1)), 1u);
        QCOMPARE(conversationOf(t, dataEvent(1, 5, Direction::Recv, {}, -1, {}, -1)), 1u);
        QCOMPARE(t.conversation(1).keyKind, ConversationInfo::KeyKind::PidFd);
        QCOMPARE(t.conversation(1).key, QStringLiteral("pid 1 fd 5"));
        // ... a connect on the same fd means the fd was reused: a new conversation follows.
        CapturedEvent connect = dataEvent(1, 5, Direction::Unknown, QStringLiteral("10.0.0.1"),
                                          1000, QStringLiteral("10.0.0.2"), 80);
        connect.kind = EventKind::Connect;
        QCOMPARE(conversationOf(t, connect), 0u);
        QCOMPARE(conversationOf(t, dataEvent(1, 5, Direction::Send, {}, -1, {}, -1)), 2u);
        const QString a = QStringLiteral("10.0.0.1"), b = QStringLiteral("10.0.0.2");
        QCOMPARE(conversationOf(t, dataEvent(1, 5, Direction::Send, a, 1000, b, 80)), 3u);
        QCOMPARE(conversationOf(t, connect), 0u); // same 4-tuple connected again (port reuse)
        QCOMPARE(conversationOf(t, dataEvent(1, 5, Direction::Send, a, 1000, b, 80)), 4u);
        QCOMPARE(t.conversationCount(), 4);
        QCOMPARE(t.conversation(4).eventIndexes, QVector<int>{6});
    }

    void gotlsTidsShareAConversation()
    {
        EventIndex t;
        const QString lo = QStringLiteral("127.0.0.1");
        CapturedEvent w = dataEvent(21536, -1, Direction::Send, lo, 0, lo, 0,
                                    QStringLiteral("21536_21536_buildagent"), Probe::GoTls);
        CapturedEvent r = dataEvent(21536, -1, Direction::Recv, lo, 0, lo, 0,
                                    QStringLiteral("21536_21538_buildagent"), Probe::GoTls, 21538);
        QCOMPARE(conversationOf(t, w), 1u);
        QCOMPARE(conversationOf(t, r), 1u);
        QCOMPARE(t.conversation(1).keyKind, ConversationInfo::KeyKind::Uuid);
        QCOMPARE(t.conversation(1).key, QStringLiteral("uuid 21536_buildagent"));
        QVERIFY(t.conversation(1).localIp.isEmpty());
        t.clear();
        QCOMPARE(t.conversationCount(), 0);
        QCOMPARE(conversationOf(t, r), 1u);
    }

    void compactPerConversation()
    {
        // Many short connections (the realistic case): memory per conversation stays small.
        EventIndex t;
        const QString a = QStringLiteral("10.0.0.1"), b = QStringLiteral("10.0.0.2");
        for (int i = 0; i < 20000; ++i)
            conversationOf(t, dataEvent(7, 5, Direction::Send, a, 1024 + i, b, 443));
        QCOMPARE(t.conversationCount(), 20000);
        QVERIFY2(t.memoryBytes() / 20000 < 64 + 8 + 150,
                 qPrintable(QString::number(t.memoryBytes() / 20000)));
    }
};

QTEST_APPLESS_MAIN(TestConversationTracker)
#include "tst_conversation_tracker.moc"
