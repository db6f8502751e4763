// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "core/fields/field_registry.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"
#include "core/wire/v2_event_text.h"

using namespace ecv;

namespace {

constexpr qint64 kArrival = 1795962366LL * 1000000000LL; // 2026-11-29T14:26:06Z

/** A v2 event as FrameDecoder builds it from eCapture's text. */
CapturedEvent v2(const QByteArray &text, qint64 arrivalNs = kArrival)
{
    CapturedEvent event;
    event.era = Era::V2Text;
    event.arrivalNs = arrivalNs;
    if (!V2EventText::parse(text, event))
        qWarning() << "test text does not parse:" << text;
    return event;
}

QByteArray connectText(int pid, int fd, const char *tuple, const char *comm = "curl")
{
    return QStringLiteral("PID:%1, Comm:%2, TID:%1, FD:%3, Tuple: %4\n")
        .arg(pid)
        .arg(QLatin1String(comm))
        .arg(fd)
        .arg(QLatin1String(tuple))
        .toUtf8();
}

QByteArray dataText(int pid, int fd, const char *op, const QByteArray &bytes,
                    const char *comm = "curl")
{
    return QStringLiteral("[2026-11-29 14:26:06.063] PID:%1 TID:%1 Comm:%2 FD:%3 %4 (%5 bytes):\n")
               .arg(pid)
               .arg(QLatin1String(comm))
               .arg(fd)
               .arg(QLatin1String(op))
               .arg(bytes.size())
               .toUtf8() +
           bytes;
}

QString endpoints(const CapturedEvent &e)
{
    if (e.srcIp.isEmpty())
        return QStringLiteral("unknown");
    return QStringLiteral("%1:%2>%3:%4").arg(e.srcIp).arg(e.srcPort).arg(e.dstIp).arg(e.dstPort);
}

} // namespace

class TstEventNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void joinsMostRecentConnectBeforeData();
    void joinedTupleTextIsExact_data();
    void joinedTupleTextIsExact();
    void clientSideOrientation();
    void serverSideOrientation();
    void gotlsTupleIsAlreadySenderFirst();
    void v1TupleOrientation_data();
    void v1TupleOrientation();
    void timestamps_data();
    void timestamps();
    void printedLocalTimeOffset();
    void printedTimeCacheMatchesQDateTime();
    void monotonicTimestamps();
    void resetForgetsConnections();
};

void TstEventNormalizer::joinsMostRecentConnectBeforeData()
{
    EventNormalizer n;
    CapturedEvent early = v2(dataText(7, 5, "WRITE", "GET / HTTP/1.1\r\n\r\n"));
    n.normalize(early);
    QCOMPARE(endpoints(early), QStringLiteral("unknown")); // no connect yet: never borrow

    CapturedEvent c1 = v2(connectText(7, 5, "[10.0.0.2]:40000->[192.0.2.1]:443"));
    n.normalize(c1);
    CapturedEvent d1 = v2(dataText(7, 5, "WRITE", "GET / HTTP/1.1\r\n\r\n"));
    n.normalize(d1);
    QCOMPARE(endpoints(d1), QStringLiteral("10.0.0.2:40000>192.0.2.1:443"));
    QCOMPARE(d1.tuple, QStringLiteral("[10.0.0.2]:40000->[192.0.2.1]:443"));
    QVERIFY(d1.rolesInferred);

    // fd 5 reused for a new connection by the same pid: later data joins the new one.
    CapturedEvent c2 = v2(connectText(7, 5, "[10.0.0.2]:40002->[192.0.2.9]:8443"));
    n.normalize(c2);
    CapturedEvent d2 = v2(dataText(7, 5, "WRITE", "x"));
    n.normalize(d2);
    QCOMPARE(endpoints(d2), QStringLiteral("10.0.0.2:40002>192.0.2.9:8443"));

    // another pid with the same fd is a different key
    CapturedEvent other = v2(dataText(8, 5, "WRITE", "x"));
    n.normalize(other);
    QCOMPARE(endpoints(other), QStringLiteral("unknown"));

    // connect events keep eCapture's tuple order (client→server) and have no direction
    QCOMPARE(endpoints(c1), QStringLiteral("10.0.0.2:40000>192.0.2.1:443"));
    QVERIFY(!FieldRegistry::eventObject(EventFieldContext(c1)).contains("event.direction"));
}

void TstEventNormalizer::joinedTupleTextIsExact_data()
{
    // The normalizer keeps canonical tuples as endpoints (TupleKey): a joined data event must
    // still get the connect's tuple text byte for byte, canonical or not.
    QTest::addColumn<QString>("tuple");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << QStringLiteral("[10.0.0.2]:40000->[192.0.2.1]:443")
                          << QStringLiteral("10.0.0.2:40000>192.0.2.1:443");
    QTest::newRow("ipv6") << QStringLiteral("[2001:db8::2]:40000->[2001:db8::1]:443")
                          << QStringLiteral("2001:db8::2:40000>2001:db8::1:443");
    QTest::newRow("ipv6 upper case") << QStringLiteral("[2001:DB8::2]:40000->[2001:db8::1]:443")
                                     << QStringLiteral("2001:db8::2:40000>2001:db8::1:443");
    QTest::newRow("ipv6 zeros") << QStringLiteral("[2001:db8:0:0::2]:40000->[::1]:443")
                                << QStringLiteral("2001:db8::2:40000>::1:443");
}

void TstEventNormalizer::joinedTupleTextIsExact()
{
    QFETCH(QString, tuple);
    QFETCH(QString, expected);
    EventNormalizer n;
    CapturedEvent c = v2(connectText(7, 5, qPrintable(tuple)));
    n.normalize(c);
    CapturedEvent d = v2(dataText(7, 5, "WRITE", "GET / HTTP/1.1\r\n\r\n"));
    n.normalize(d);
    QCOMPARE(d.tuple, tuple);
    QCOMPARE(endpoints(d), expected);
    // The same tuple announced by a second pid: that pid accepted the connection.
    CapturedEvent c2 = v2(connectText(9, 6, qPrintable(tuple)));
    n.normalize(c2);
    CapturedEvent d2 = v2(dataText(9, 6, "WRITE", "x"));
    n.normalize(d2);
    QCOMPARE(d2.tuple, tuple);
    QCOMPARE(endpoints(d2).section(u'>', 1), expected.section(u'>', 0, 0));
}

void TstEventNormalizer::clientSideOrientation()
{
    EventNormalizer n;
    CapturedEvent c = v2(connectText(7, 5, "[127.0.0.1]:37714->[127.0.0.1]:18080"));
    n.normalize(c);
    CapturedEvent accept = v2(connectText(9, 4, "[127.0.0.1]:37714->[127.0.0.1]:18080", "python3"));
    n.normalize(accept);
    CapturedEvent read = v2(dataText(7, 5, "READ", "HTTP/1.1 200 OK\r\n\r\n"));
    n.normalize(read);
    QCOMPARE(endpoints(read), QStringLiteral("127.0.0.1:18080>127.0.0.1:37714"));
    // data that does not say who wrote it: the pid's role is remembered
    CapturedEvent body = v2(dataText(7, 5, "READ", "\x1f\x8b binary"));
    n.normalize(body);
    QCOMPARE(endpoints(body), QStringLiteral("127.0.0.1:18080>127.0.0.1:37714"));
    const QJsonObject json = FieldRegistry::eventObject(EventFieldContext(body));
    QCOMPARE(json.value("ip.src").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(json.value("tcp.srcport").toInt(), 18080);
    QCOMPARE(json.value("tcp.dstport").toInt(), 37714);
    QCOMPARE(json.value("event.direction").toString(), QStringLiteral("recv"));
}

void TstEventNormalizer::serverSideOrientation()
{
    EventNormalizer n;
    CapturedEvent c = v2(connectText(7, 5, "[10.0.0.2]:50000->[10.0.0.1]:443"));
    n.normalize(c);
    CapturedEvent accept = v2(connectText(30, 3, "[10.0.0.2]:50000->[10.0.0.1]:443", "nginx"));
    n.normalize(accept);
    // No bytes tell yet: the second pid announcing the tuple is the acceptor (server).
    CapturedEvent write = v2(dataText(30, 3, "WRITE", "\x17\x03 opaque", "nginx"));
    n.normalize(write);
    QCOMPARE(endpoints(write), QStringLiteral("10.0.0.1:443>10.0.0.2:50000"));
    // The server reads a request: the client is the sender.
    CapturedEvent read = v2(dataText(30, 3, "READ", "GET /a HTTP/1.1\r\n\r\n", "nginx"));
    n.normalize(read);
    QCOMPARE(endpoints(read), QStringLiteral("10.0.0.2:50000>10.0.0.1:443"));
    QVERIFY(read.rolesInferred);

    // A pid known as a server (from bytes) is a server on its next connection too, even when
    // its accept is the only announcement of the tuple.
    CapturedEvent accept2 = v2(connectText(30, 3, "[10.0.0.3]:50010->[10.0.0.1]:443", "nginx"));
    n.normalize(accept2);
    CapturedEvent write2 = v2(dataText(30, 3, "WRITE", "\x17\x03", "nginx"));
    n.normalize(write2);
    QCOMPARE(endpoints(write2), QStringLiteral("10.0.0.1:443>10.0.0.3:50010"));
}

void TstEventNormalizer::gotlsTupleIsAlreadySenderFirst()
{
    EventNormalizer n;
    CapturedEvent read =
        v2("PID:5, TID:6, Comm:agent, FD:6, Tuple:[127.0.0.1]:18081->[127.0.0.1]:37500, "
           "Type:READ, Len:2\nData:\nok\n");
    n.normalize(read);
    QCOMPARE(read.probe, Probe::GoTls);
    QCOMPARE(endpoints(read), QStringLiteral("127.0.0.1:18081>127.0.0.1:37500"));
    QVERIFY(!read.rolesInferred);
}

void TstEventNormalizer::v1TupleOrientation_data()
{
    QTest::addColumn<int>("datatype");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");
    const QString c2s = QStringLiteral("192.168.1.23:44592>203.0.113.10:443");
    const QString s2c = QStringLiteral("203.0.113.10:443>192.168.1.23:44592");
    QTest::newRow("client sends request") << 1 << 1 << QByteArray("GET / HTTP/1.1\r\n\r\n") << c2s;
    QTest::newRow("client reads response")
        << 0 << 3 << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << s2c;
    QTest::newRow("client sends h2") << 1 << 2 << QByteArray("\nFrame Type\t=>\tHEADERS") << c2s;
    QTest::newRow("server sends response")
        << 1 << 3 << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << s2c;
    QTest::newRow("server reads request") << 0 << 1 << QByteArray("GET / HTTP/1.1\r\n\r\n") << c2s;
    QTest::newRow("type 0 read") << 0 << 0 << QByteArray("00000000  89 50") << s2c;
}

void TstEventNormalizer::v1TupleOrientation()
{
    QFETCH(int, datatype);
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    // LogEntry{event_payload{uuid, pid=48213, type, length, payload}} by hand (v1.5.2 shape)
    const QByteArray uuid = "48213_48213_curl_5_" + QByteArray::number(datatype) +
                            "_192.168.1.23:44592-203.0.113.10:443";
    QByteArray event = "\x12" + QByteArray(1, char(uuid.size())) + uuid;
    event += QByteArray::fromHex("38d5f802"); // pid 48213
    if (type)
        event += "\x48" + QByteArray(1, char(type));                 // type
    event += "\x50" + QByteArray(1, char(payload.size()));           // length
    event += "\x5a" + QByteArray(1, char(payload.size())) + payload; // payload
    RawFrame frame;
    frame.arrivalNs = kArrival;
    frame.data = QByteArray::fromHex("0802") + "\x12" + QByteArray(1, char(event.size())) + event;
    DecodedFrame d = FrameDecoder().decode(frame, 1);
    QCOMPARE(d.kind, DecodedFrame::Kind::Event);
    QCOMPARE(d.event.pid, qint64(48213));
    EventNormalizer n;
    n.normalize(d.event);
    QCOMPARE(endpoints(d.event), expected);
    QCOMPARE(d.event.tuple, QStringLiteral("192.168.1.23:44592-203.0.113.10:443"));
}

void TstEventNormalizer::timestamps_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<qint64>("arrival");
    QTest::addColumn<qint64>("expectedNs");
    QTest::addColumn<int>("source");
    const int event = int(TimeSource::Event);
    QTest::newRow("ns (v1.5.2)") << qint64(1795962000034602556LL) << kArrival
                                 << qint64(1795962000034602556LL) << event;
    QTest::newRow("s (v1.4.0)") << qint64(1795962063) << kArrival << qint64(1795962063000000000LL)
                                << event;
    QTest::newRow("ms") << qint64(1795962063123LL) << kArrival << qint64(1795962063123000000LL)
                        << event;
    QTest::newRow("us") << qint64(1795962063123456LL) << kArrival << qint64(1795962063123456000LL)
                        << event;
    QTest::newRow("ns, arrival unknown")
        << qint64(1795962000034602556LL) << qint64(0) << qint64(1795962000034602556LL) << event;
    QTest::newRow("absent") << qint64(0) << kArrival << kArrival << int(TimeSource::Arrival);
    QTest::newRow("negative") << qint64(-1) << kArrival << kArrival << int(TimeSource::Arrival);
}

void TstEventNormalizer::timestamps()
{
    QFETCH(qint64, timestamp);
    QFETCH(qint64, arrival);
    QFETCH(qint64, expectedNs);
    QFETCH(int, source);
    CapturedEvent e;
    e.era = Era::V1Protobuf;
    e.kind = EventKind::Query;
    e.arrivalNs = arrival;
    e.eventTimestamp = timestamp;
    EventNormalizer n;
    n.normalize(e);
    QCOMPARE(e.timeNs, expectedNs);
    QCOMPARE(int(e.timeSource), source);
    QCOMPARE(FieldRegistry::eventObject(EventFieldContext(e)).value("frame.time").toInteger(),
             expectedNs);
}

void TstEventNormalizer::printedLocalTimeOffset()
{
    // Printed 14:26:06.063 local; arrival says 12:26:06.5 UTC → host at UTC+2.
    const qint64 arrival = kArrival - 2LL * 3600 * 1000000000LL + 500000000LL;
    EventNormalizer n;
    CapturedEvent e = v2(dataText(7, 5, "WRITE", "x"), arrival);
    n.normalize(e);
    QCOMPARE(e.timeSource, TimeSource::PrintedLocal);
    QCOMPARE(e.timeNs, kArrival - 2LL * 3600 * 1000000000LL + 63000000LL);
    // Same host, later event: same offset, ms precision kept.
    CapturedEvent later = v2(QByteArray(dataText(7, 5, "WRITE", "y")).replace("06.063", "07.001"),
                             arrival + 2000000000LL);
    n.normalize(later);
    QCOMPARE(later.timeNs - e.timeNs, qint64(938000000LL));
}

void TstEventNormalizer::printedTimeCacheMatchesQDateTime()
{
    // The normalizer converts each printed second once; every printed form, valid or not, in any
    // order, must still give what QDateTime::fromString gives for the whole text.
    const auto reference = [](const QString &printed, qint64 *ms) {
        QDateTime t = QDateTime::fromString(printed, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (!t.isValid())
            t = QDateTime::fromString(printed, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!t.isValid())
            return false;
        t.setTimeZone(QTimeZone::utc());
        *ms = t.toMSecsSinceEpoch();
        return true;
    };
    const QStringList printed = {
        QStringLiteral("2026-11-29 14:26:06.063"),
        QStringLiteral("2026-11-29 14:26:06.999"),
        QStringLiteral("2026-11-29 14:26:06"),
        QStringLiteral("2026-11-29 14:26:07.000"),
        QStringLiteral("2026-11-29 14:26:06.5"),
        QStringLiteral("2026-11-29 14:26:07.001"),
        QStringLiteral("2026-11-29 14:26:06.0630"),
        QStringLiteral("2026-11-29 14:26:07.06x"),
        QStringLiteral("2026-1-29 14:26:06.063"),
        QStringLiteral("2026-11-29 14:26:07.002"),
        QStringLiteral("2026-13-29 14:26:06.063"),
        QStringLiteral("2026-13-29 14:26:06.064"),
        QStringLiteral("2026-11-29 24:00:00.000"),
        QStringLiteral("2026-02-29 10:00:00.000"),
        QStringLiteral("2028-02-29 10:00:00.000"),
        QStringLiteral("2026-11-29 14:26:07"),
        QStringLiteral("not a time"),
        QStringLiteral("2026-11-29 14:26:07.003"),
        QStringLiteral("2026-12-31 23:59:59.999"),
        QStringLiteral("2027-01-01 00:00:00.000"),
    };
    EventNormalizer n;
    qint64 offsetNs = 0;
    bool haveOffset = false;
    for (const QString &text : printed) {
        CapturedEvent e;
        e.era = Era::V2Text;
        e.kind = EventKind::Data;
        e.arrivalNs = kArrival;
        e.printedTime = text;
        n.normalize(e);
        qint64 ms = 0;
        if (!reference(text, &ms)) {
            QVERIFY2(e.timeSource == TimeSource::Arrival, qPrintable(text));
            QCOMPARE(e.timeNs, kArrival);
            continue;
        }
        if (!haveOffset) {
            offsetNs = ms * 1000000LL - e.timeNs; // the first valid text sets the zone offset
            QCOMPARE(offsetNs, qint64(0));        // printed 14:26:06.063 ~ arrival 14:26:06 UTC
            haveOffset = true;
        }
        QVERIFY2(e.timeSource == TimeSource::PrintedLocal, qPrintable(text));
        QCOMPARE(e.timeNs, ms * 1000000LL - offsetNs);
    }
}

void TstEventNormalizer::monotonicTimestamps()
{
    EventNormalizer n;
    CapturedEvent a;
    a.kind = EventKind::Query;
    a.arrivalNs = kArrival;
    a.eventTimestamp = 5000000000000LL; // 5000 s since boot
    n.normalize(a);
    QCOMPARE(a.timeSource, TimeSource::Monotonic);
    QCOMPARE(a.timeNs, kArrival);
    CapturedEvent b = a;
    b.arrivalNs = kArrival + 9999;
    b.eventTimestamp = 5000250000000LL; // 250 ms later on the boot clock
    n.normalize(b);
    QCOMPARE(b.timeNs, kArrival + 250000000LL);
}

void TstEventNormalizer::resetForgetsConnections()
{
    EventNormalizer n;
    CapturedEvent c = v2(connectText(7, 5, "[10.0.0.2]:40000->[192.0.2.1]:443"));
    n.normalize(c);
    n.reset();
    CapturedEvent d = v2(dataText(7, 5, "WRITE", "GET / HTTP/1.1\r\n\r\n"));
    n.normalize(d);
    QCOMPARE(endpoints(d), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TstEventNormalizer)
#include "tst_event_normalizer.moc"
