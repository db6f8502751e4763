// SPDX-License-Identifier: Apache-2.0
// _data() tables for the small parsers under FrameDecoder: eCapture's v2 event text, v1 uuids,
// tuples, timestamp units and the ordered JSON member scanner.
#include <QTest>

#include "core/normalize/timestamp_unit.h"
#include "core/wire/ecapture_tuple.h"
#include "core/wire/ecapture_uuid.h"
#include "core/wire/json_members.h"
#include "core/wire/v2_event_text.h"

using namespace ecv;

/** Bytes of a string literal that may contain NULs. */
template <size_t N> static QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

class TstEventTextParsers : public QObject
{
    Q_OBJECT

private slots:
    void v2Text_data();
    void v2Text();
    void v2TextRejects_data();
    void v2TextRejects();
    void uuid_data();
    void uuid();
    void tuple_data();
    void tuple();
    void timestampUnit_data();
    void timestampUnit();
    void jsonMembers();
};

void TstEventTextParsers::v2Text_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("probe");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<qint64>("tid");
    QTest::addColumn<int>("fd");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("addresses"); // as printed, "src:port>dst:port"
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("warnings");

    const int send = int(Direction::Send), recv = int(Direction::Recv),
              none = int(Direction::Unknown);
    QTest::newRow("openssl WRITE")
        << QByteArray("[2026-11-29 14:26:06.063] PID:21507 TID:21507 Comm:curl FD:5 WRITE (5 "
                      "bytes):\nGET /\n")
        << int(Probe::OpenSsl) << int(EventKind::Data) << qint64(21507) << qint64(21507) << 5
        << "curl" << send << "" << QByteArray("GET /") << 0;
    QTest::newRow("openssl READ keeps a data newline")
        << QByteArray("[2026-11-29 14:26:06.063] PID:1 TID:2 Comm:a b FD:7 READ (3 bytes):\nx\n\n")
        << int(Probe::OpenSsl) << int(EventKind::Data) << qint64(1) << qint64(2) << 7 << "a b"
        << recv << "" << QByteArray("x\n\n") << 0;
    QTest::newRow("openssl binary with NUL and newline in data")
        << raw("[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c FD:3 READ (4 bytes):\n\x1f\x8b"
               "\n\0\n")
        << int(Probe::OpenSsl) << int(EventKind::Data) << qint64(1) << qint64(1) << 3 << "c" << recv
        << "" << QByteArray("\x1f\x8b\n\0", 4) << 0;
    QTest::newRow("openssl short payload")
        << QByteArray("[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c FD:3 READ (422 bytes):\nabc")
        << int(Probe::OpenSsl) << int(EventKind::Data) << qint64(1) << qint64(1) << 3 << "c" << recv
        << "" << QByteArray("abc") << 1;
    QTest::newRow("connect") << QByteArray("PID:21507, Comm:curl, TID:21507, FD:5, Tuple: "
                                           "[127.0.0.1]:37714->[127.0.0.1]:18080\n")
                             << int(Probe::OpenSsl) << int(EventKind::Connect) << qint64(21507)
                             << qint64(21507) << 5 << "curl" << none
                             << "127.0.0.1:37714>127.0.0.1:18080" << QByteArray() << 0;
    QTest::newRow("connect IPv6")
        << QByteArray("PID:21525, Comm:curl, TID:21525, FD:5, Tuple: [::1]:45560->[::1]:18081\n")
        << int(Probe::OpenSsl) << int(EventKind::Connect) << qint64(21525) << qint64(21525) << 5
        << "curl" << none << "::1:45560>::1:18081" << QByteArray() << 0;
    QTest::newRow("connect IPv6 not RFC 5952")
        << QByteArray("PID:2, Comm:c, TID:2, FD:5, Tuple: [2001:DB8:0:0:0:0:0:5]:1->[::1]:2")
        << int(Probe::OpenSsl) << int(EventKind::Connect) << qint64(2) << qint64(2) << 5 << "c"
        << none << "2001:db8::5:1>::1:2" << QByteArray() << 0;
    QTest::newRow("socket destroy")
        << QByteArray("PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n") << int(Probe::OpenSsl)
        << int(EventKind::SocketDestroy) << qint64(-1) << qint64(-1) << -1 << "" << none << ""
        << QByteArray() << 0;
    QTest::newRow("gotls WRITE")
        << QByteArray("PID:21536, TID:21536, Comm:buildagent, FD:6, "
                      "Tuple:[127.0.0.1]:37500->[127.0.0.1]:18081, Type:WRITE, Len:3\nData:\nGET\n")
        << int(Probe::GoTls) << int(EventKind::Data) << qint64(21536) << qint64(21536) << 6
        << "buildagent" << send << "127.0.0.1:37500>127.0.0.1:18081" << QByteArray("GET") << 0;
    QTest::newRow("gotls READ")
        << QByteArray("PID:21536, TID:21538, Comm:buildagent, FD:6, "
                      "Tuple:[127.0.0.1]:18081->[127.0.0.1]:37500, Type:READ, Len:2\nData:\nok")
        << int(Probe::GoTls) << int(EventKind::Data) << qint64(21536) << qint64(21538) << 6
        << "buildagent" << recv << "127.0.0.1:18081>127.0.0.1:37500" << QByteArray("ok") << 0;
    QTest::newRow("bash v2") << QByteArray(
                                    "PID:20811, UID:1000, Comm:bash, Retvalue:2, Line:\nls /x\n")
                             << int(Probe::Bash) << int(EventKind::Shell) << qint64(20811)
                             << qint64(-1) << -1 << "bash" << none << "" << QByteArray("ls /x")
                             << 0;
    QTest::newRow("bash multi-line")
        << QByteArray("PID:20811, UID:1000, Comm:bash, Retvalue:0, Line:\nfor f; do\n  wc\ndone\n")
        << int(Probe::Bash) << int(EventKind::Shell) << qint64(20811) << qint64(-1) << -1 << "bash"
        << none << "" << QByteArray("for f; do\n  wc\ndone") << 0;
    QTest::newRow("bash v1 raw (tabs, NUL-padded comm)")
        << raw("PID:20811, UID:1000, \tComm:bash\0\0\0\0\0\0\0\0\0\0\0\0, \tRetvalue:0, "
               "\tLine:\ncurl -s x")
        << int(Probe::Bash) << int(EventKind::Shell) << qint64(20811) << qint64(-1) << -1 << "bash"
        << none << "" << QByteArray("curl -s x") << 0;
    QTest::newRow("zsh") << QByteArray(
                                "PID:20877, UID:1000, \tComm:zsh, \tLine:\ngit log --oneline -3\n")
                         << int(Probe::Zsh) << int(EventKind::Shell) << qint64(20877) << qint64(-1)
                         << -1 << "zsh" << none << "" << QByteArray("git log --oneline -3") << 0;
    QTest::newRow("mysql")
        << QByteArray("MySQL Query[PID=1187, Comm=mysqld, Len=44/44, Status=SUCCESS]: SELECT 1\n")
        << int(Probe::MySql) << int(EventKind::Query) << qint64(1187) << qint64(-1) << -1
        << "mysqld" << none << "" << QByteArray("SELECT 1") << 0;
    QTest::newRow("mysql truncated")
        << QByteArray("MySQL Query[PID=1187, Comm=mysqld, Len=8/90, Status=SUCCESS]: SELECT 1")
        << int(Probe::MySql) << int(EventKind::Query) << qint64(1187) << qint64(-1) << -1
        << "mysqld" << none << "" << QByteArray("SELECT 1") << 1;
    QTest::newRow("postgres") << QByteArray("PID=1302 Comm=postgres Query=SELECT now();\n")
                              << int(Probe::Postgres) << int(EventKind::Query) << qint64(1302)
                              << qint64(-1) << -1 << "postgres" << none << ""
                              << QByteArray("SELECT now();") << 0;
    QTest::newRow("v1 connect-out worker")
        << QByteArray("PID:21507, Comm:curl, Src:127.0.0.1:37714, Dest:127.0.0.1:18080,\nGET / "
                      "HTTP/1.1\r\n\r\n")
        << int(Probe::Unknown) << int(EventKind::Data) << qint64(21507) << qint64(-1) << -1
        << "curl" << none << "127.0.0.1:37714>127.0.0.1:18080"
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << 0;
    QTest::newRow("nspr notice")
        << QByteArray("TLSDataEvent{Timestamp: 1, PID: 77, Direction: read, DataLen: 512}\n")
        << int(Probe::Nspr) << int(EventKind::DataNotice) << qint64(77) << qint64(-1) << -1 << ""
        << recv << ""
        << QByteArray("TLSDataEvent{Timestamp: 1, PID: 77, Direction: read, DataLen: 512}") << 0;
}

void TstEventTextParsers::v2Text()
{
    QFETCH(QByteArray, text);
    QFETCH(int, probe);
    QFETCH(int, kind);
    QFETCH(qint64, pid);
    QFETCH(qint64, tid);
    QFETCH(int, fd);
    QFETCH(QString, comm);
    QFETCH(int, direction);
    QFETCH(QString, addresses);
    QFETCH(QByteArray, data);
    QFETCH(int, warnings);
    CapturedEvent e;
    QVERIFY(V2EventText::parse(text, e));
    QCOMPARE(int(e.probe), probe);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.pid, pid);
    QCOMPARE(e.tid, tid);
    QCOMPARE(e.fd, fd);
    QCOMPARE(e.processName, comm);
    QCOMPARE(int(e.direction), direction);
    const QString got =
        e.srcIp.isEmpty()
            ? QString()
            : QStringLiteral("%1:%2>%3:%4").arg(e.srcIp).arg(e.srcPort).arg(e.dstIp).arg(e.dstPort);
    QCOMPARE(got, addresses);
    QCOMPARE(e.data, data);
    QCOMPARE(int(e.warnings.size()), warnings);
    if (text.startsWith('['))
        QCOMPARE(e.printedTime, QStringLiteral("2026-11-29 14:26:06.063"));
}

void TstEventTextParsers::v2TextRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("prose") << QByteArray("hello world\n");
    QTest::newRow("no newline after header")
        << QByteArray("[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c FD:3 READ (4 bytes):");
    QTest::newRow("bad op") << QByteArray("[t] PID:1 TID:1 Comm:c FD:3 SEND (4 bytes):\nabcd");
    QTest::newRow("PID without number") << QByteArray("PID:x, Comm:c, TID:1, FD:1, Tuple: a");
    QTest::newRow("connect without arrow") << QByteArray("PID:1, Comm:c, TID:1, FD:1, Tuple: a");
    QTest::newRow("gotls without Data") << QByteArray("PID:1, TID:1, Comm:c, FD:6, Tuple:[a]:1->"
                                                      "[b]:2, Type:READ, Len:2\nok");
    QTest::newRow("mysql cut") << QByteArray("MySQL Query[PID=1, Comm=m");
}

void TstEventTextParsers::v2TextRejects()
{
    QFETCH(QByteArray, text);
    CapturedEvent e;
    e.pid = 42;
    QVERIFY(!V2EventText::parse(text, e));
    QCOMPARE(e.pid, qint64(42)); // untouched
}

void TstEventTextParsers::uuid_data()
{
    QTest::addColumn<QByteArray>("uuid");
    QTest::addColumn<int>("shape");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<qint64>("tid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<int>("fd");
    QTest::addColumn<int>("datatype");
    QTest::addColumn<QString>("tuple");
    QTest::addColumn<bool>("noConnection");
    using S = EcaptureUuid::Shape;
    QTest::newRow("openssl send")
        << QByteArray("12345_12345_curl_5_1_192.168.1.100:54870-180.101.49.44:443")
        << int(S::Socket) << qint64(12345) << qint64(12345) << "curl" << 5 << 1
        << "192.168.1.100:54870-180.101.49.44:443" << false;
    QTest::newRow("openssl recv IPv6")
        << QByteArray("21525_21525_curl_5_0_[::1]:45560-[::1]:18081") << int(S::Socket)
        << qint64(21525) << qint64(21525) << "curl" << 5 << 0 << "[::1]:45560-[::1]:18081" << false;
    QTest::newRow("comm with underscore")
        << QByteArray("7_8_my_app_3_1_10.0.0.1:1-10.0.0.2:443") << int(S::Socket) << qint64(7)
        << qint64(8) << "my_app" << 3 << 1 << "10.0.0.1:1-10.0.0.2:443" << false;
    QTest::newRow("no connection (sock:)")
        << QByteArray("sock:21530_21530_curl_5_1_0.0.0.0:0-0.0.0.0:0_0") << int(S::Socket)
        << qint64(21530) << qint64(21530) << "curl" << 5 << 1 << "0.0.0.0:0-0.0.0.0:0" << true;
    QTest::newRow("gotls") << QByteArray("21536_21538_buildagent\0\0\0\0\0\0", 28)
                           << int(S::PidTidComm) << qint64(21536) << qint64(21538) << "buildagent"
                           << -1 << -1 << "" << false;
    QTest::newRow("gnutls/nspr") << QByteArray("1_2_curl\0\0\0\0\0\0\0\0\0\0\0\0_1", 22)
                                 << int(S::CommDatatype) << qint64(1) << qint64(2) << "curl" << -1
                                 << 1 << "" << false;
    QTest::newRow("mysql") << QByteArray("1187_mysqld\0\0\0\0\0\0\0\0\0\0", 21) << int(S::PidComm)
                           << qint64(1187) << qint64(-1) << "mysqld" << -1 << -1 << "" << false;
    QTest::newRow("postgres") << QByteArray("1302_postgres\0\0\0\0\0\0\0\0", 21) << int(S::PidComm)
                              << qint64(1302) << qint64(-1) << "postgres" << -1 << -1 << ""
                              << false;
    QTest::newRow("empty") << QByteArray() << int(S::Unknown) << qint64(-1) << qint64(-1) << ""
                           << -1 << -1 << "" << false;
    QTest::newRow("not a uuid") << QByteArray("hello") << int(S::Unknown) << qint64(-1)
                                << qint64(-1) << "" << -1 << -1 << "" << false;
}

void TstEventTextParsers::uuid()
{
    QFETCH(QByteArray, uuid);
    QFETCH(int, shape);
    QFETCH(qint64, pid);
    QFETCH(qint64, tid);
    QFETCH(QString, comm);
    QFETCH(int, fd);
    QFETCH(int, datatype);
    QFETCH(QString, tuple);
    QFETCH(bool, noConnection);
    const EcaptureUuid parsed = EcaptureUuid::parse(uuid);
    QCOMPARE(int(parsed.shape), shape);
    QCOMPARE(parsed.pid, pid);
    QCOMPARE(parsed.tid, tid);
    QCOMPARE(parsed.comm, comm);
    QCOMPARE(parsed.fd, fd);
    QCOMPARE(parsed.datatype, datatype);
    QCOMPARE(parsed.tuple, tuple);
    QCOMPARE(parsed.noConnection, noConnection);
}

void TstEventTextParsers::tuple_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("placeholder");
    QTest::newRow("v2 IPv4") << "[127.0.0.1]:37714->[127.0.0.1]:18080" << true
                             << "127.0.0.1 37714 127.0.0.1 18080" << false;
    QTest::newRow("v2 IPv6") << "[2001:db8:0::5]:443->[::1]:1" << true << "2001:db8::5 443 ::1 1"
                             << false;
    QTest::newRow("v1 uuid") << "192.168.1.23:44592-203.0.113.10:443" << true
                             << "192.168.1.23 44592 203.0.113.10 443" << false;
    QTest::newRow("v1 uuid IPv6") << "[::1]:45560-[::1]:18081" << true << "::1 45560 ::1 18081"
                                  << false;
    QTest::newRow("destroy noise") << "[::]:0->[::]:0" << true << ":: 0 :: 0" << true;
    QTest::newRow("v1 no connection")
        << "0.0.0.0:0-0.0.0.0:0" << true << "0.0.0.0 0 0.0.0.0 0" << true;
    QTest::newRow("port too big") << "[1.2.3.4]:70000->[1.2.3.4]:1" << false << "" << false;
    QTest::newRow("not an address") << "[host]:1->[1.2.3.4]:1" << false << "" << false;
    QTest::newRow("empty") << "" << false << "" << false;
}

void TstEventTextParsers::tuple()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QFETCH(bool, placeholder);
    EcaptureTuple t;
    QCOMPARE(EcaptureTuple::parse(text, t), ok);
    if (!ok)
        return;
    QCOMPARE(QStringLiteral("%1 %2 %3 %4").arg(t.srcIp).arg(t.srcPort).arg(t.dstIp).arg(t.dstPort),
             expected);
    QCOMPARE(t.isPlaceholder(), placeholder);
}

void TstEventTextParsers::timestampUnit_data()
{
    using U = TimestampUnit::Unit;
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("arrival");
    QTest::addColumn<int>("unit");
    const qint64 arrival = 1795962366LL * 1000000000LL;
    QTest::newRow("ecaptureQ sample ns")
        << qint64(1760495631914807673LL) << qint64(0) << int(U::Nanoseconds);
    QTest::newRow("ns") << qint64(1795962000034602556LL) << arrival << int(U::Nanoseconds);
    QTest::newRow("us") << qint64(1795962000034602LL) << arrival << int(U::Microseconds);
    QTest::newRow("ms") << qint64(1795962000034LL) << arrival << int(U::Milliseconds);
    QTest::newRow("s") << qint64(1795962000) << arrival << int(U::Seconds);
    QTest::newRow("s, no arrival") << qint64(1795962000) << qint64(0) << int(U::Seconds);
    QTest::newRow("boot ns") << qint64(123456789012LL) << arrival << int(U::Monotonic);
    // 20 days of uptime in ns looks like µs of 1970; the arrival time says it is not.
    QTest::newRow("boot ns, long uptime")
        << qint64(1728000000000000LL) << arrival << int(U::Monotonic);
    QTest::newRow("ms near arrival") << qint64(1795962366123LL) << arrival << int(U::Milliseconds);
    QTest::newRow("ms, no arrival: boot ns")
        << qint64(1795962366123LL) << qint64(0) << int(U::Monotonic);
    QTest::newRow("ns recorded years before arrival")
        << qint64(1700000000000000000LL) << arrival << int(U::Nanoseconds);
    QTest::newRow("zero") << qint64(0) << arrival << int(U::Invalid);
    QTest::newRow("negative") << qint64(-1) << arrival << int(U::Invalid);
}

void TstEventTextParsers::timestampUnit()
{
    QFETCH(qint64, value);
    QFETCH(qint64, arrival);
    QFETCH(int, unit);
    QCOMPARE(int(TimestampUnit::classify(value, arrival)), unit);
}

void TstEventTextParsers::jsonMembers()
{
    QList<QPair<QString, QByteArray>> members;
    QVERIFY(JsonMembers::split(R"( {"z":1, "a\"b" : "x,}", "n":{"k":[1,{"q":"]"}]},"t":true} )",
                               members));
    QCOMPARE(members.size(), 4);
    QCOMPARE(members.at(0).first, QStringLiteral("z"));
    QCOMPARE(members.at(1).first, QStringLiteral("a\"b"));
    QCOMPARE(members.at(1).second, QByteArray("\"x,}\""));
    QCOMPARE(members.at(2).second, QByteArray(R"({"k":[1,{"q":"]"}]})"));
    QCOMPARE(members.at(3).second, QByteArray("true"));
    QVERIFY(JsonMembers::split("{}", members));
    QVERIFY(members.isEmpty());
    QVERIFY(!JsonMembers::split("[1]", members));
    QVERIFY(!JsonMembers::split("{\"a\":", members));
    QCOMPARE(JsonMembers::rawValue(R"({"log_type":1,"payload":{"b":2,"a":1}})", "payload"),
             QByteArray(R"({"b":2,"a":1})"));
}

QTEST_GUILESS_MAIN(TstEventTextParsers)
#include "tst_event_text_parsers.moc"
