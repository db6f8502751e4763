// SPDX-License-Identifier: Apache-2.0
// PacketExporter: events to synthesized TCP connections (roles, order, endpoints, framing,
// notes, FIN), with a recording sink and, for what only Wireshark can judge, tshark.
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "common/tshark.h"
#include "core/export/packet_exporter.h"
#include "core/wire/hex_dump_text.h"

using namespace ecv;

namespace {

struct Written
{
    PacketSink::Interface interface;
    qint64 timeNs;
    QByteArray bytes;
    QStringList comments;
    PcapngWriter::Direction direction;

    int ipHeader() const { return (quint8(bytes[0]) >> 4) == 6 ? 40 : 20; }
    QByteArray payload() const
    {
        const int tcp = ipHeader();
        return bytes.mid(tcp + (quint8(bytes[tcp + 12]) >> 4) * 4);
    }
    quint16 srcPort() const { return qFromBigEndian<quint16>(bytes.constData() + ipHeader()); }
    quint16 dstPort() const { return qFromBigEndian<quint16>(bytes.constData() + ipHeader() + 2); }
    QByteArray srcAddr() const
    {
        return bytes.mid(ipHeader() == 40 ? 8 : 12, ipHeader() == 40 ? 16 : 4);
    }
};

class RecordingSink : public PacketSink
{
public:
    explicit RecordingSink(bool notes = true)
        : m_notes(notes)
    {}
    bool begin(const PacketCaptureHeader &) override { return true; }
    bool writePacket(Interface i, qint64 t, const QByteArray &b, const QStringList &c,
                     PcapngWriter::Direction d) override
    {
        packets.append({i, t, b, c, d});
        return true;
    }
    bool keepsNotes() const override { return m_notes; }
    bool flush() override { return true; }
    qint64 bytesWritten() const override { return 0; }
    QString errorString() const override { return {}; }

    QVector<Written> packets;
    /** Payloads of data packets in order. */
    QList<QByteArray> payloads() const
    {
        QList<QByteArray> out;
        for (const Written &w : packets)
            if (w.interface == Interface::Ip && !w.payload().isEmpty())
                out << w.payload();
        return out;
    }

private:
    bool m_notes;
};

CapturedEvent dataEvent(Direction d, const QByteArray &data,
                        PayloadFormat format = PayloadFormat::Raw, qint64 type = -1,
                        bool tuple = true)
{
    static qint64 t = 1'790'000'000'000'000'000;
    CapturedEvent e;
    e.kind = EventKind::Data;
    e.direction = d;
    e.format = format;
    e.ecaptureType = type;
    e.pid = 4242;
    e.tid = 4242;
    e.fd = 5;
    e.processName = QStringLiteral("curl");
    e.timeNs = t += 1000;
    e.data = data;
    if (tuple) {
        const bool send = d == Direction::Send;
        e.srcIp = send ? QStringLiteral("192.168.1.23") : QStringLiteral("203.0.113.10");
        e.srcPort = send ? 50000 : 443;
        e.dstIp = send ? QStringLiteral("203.0.113.10") : QStringLiteral("192.168.1.23");
        e.dstPort = send ? 443 : 50000;
    }
    return e;
}

} // namespace

class TestPacketExporter final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void handshakeThenData()
    {
        RecordingSink sink;
        PacketExporter x(&sink, {});
        QVERIFY(x.add(dataEvent(Direction::Send, "GET / HTTP/1.1\r\nHost: a\r\n\r\n"), 0, 1));
        QVERIFY(x.add(dataEvent(Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"),
                      1, 1));
        QVERIFY(x.finish());
        QCOMPARE(sink.packets.size(), 5);
        QCOMPARE(quint8(sink.packets[0].bytes[33]), quint8(0x02)); // SYN from the client
        QCOMPARE(sink.packets[0].srcPort(), quint16(50000));
        QCOMPARE(sink.packets[3].direction, PcapngWriter::Direction::Outbound);
        QCOMPARE(sink.packets[4].direction, PcapngWriter::Direction::Inbound);
        QVERIFY(sink.packets[3].comments.value(0).contains(QLatin1String("comm=curl")));
        QVERIFY(sink.packets[3].comments.value(0).contains(QLatin1String("event=1 ")));
        QVERIFY(sink.packets[0].timeNs < sink.packets[3].timeNs);
        QCOMPARE(x.counts().connections, 1);
        QCOMPARE(x.counts().tcpEvents, 2);
    }

    void serverCapturedRolesFollowTheRequest()
    {
        // nginx captured: it reads the request (recv) and writes the response (send). The
        // client is the peer; eCapture's src/dst order does not matter, direction does.
        RecordingSink sink;
        PacketExporter x(&sink, {});
        CapturedEvent req = dataEvent(Direction::Recv, "GET / HTTP/1.1\r\n\r\n");
        req.srcIp = QStringLiteral("10.0.0.9");
        req.srcPort = 40001;
        req.dstIp = QStringLiteral("10.0.0.1");
        req.dstPort = 8443;
        x.add(req, 0, 7);
        x.finish();
        QCOMPARE(sink.packets[0].srcPort(), quint16(40001)); // SYN from the peer client
        QCOMPARE(sink.packets[0].direction, PcapngWriter::Direction::Inbound);
    }

    void responseBeforeRequestIsReordered()
    {
        // eCapture v1 flushes each direction on its own: the type-3 response can arrive first.
        RecordingSink sink;
        PacketExporter x(&sink, {});
        x.expect(1, {2, 1});
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        const QByteArray request = "GET /x HTTP/1.1\r\nHost: h\r\n\r\n";
        x.add(dataEvent(Direction::Recv, response, PayloadFormat::Http1Message, 3), 0, 1);
        QCOMPARE(sink.packets.size(), 0); // waits for its request
        x.add(dataEvent(Direction::Send, request, PayloadFormat::Http1Message, 1), 1, 1);
        x.finish();
        QCOMPARE(sink.payloads(), (QList<QByteArray>{request, response}));
        QCOMPARE(sink.packets[0].srcPort(), quint16(50000));           // the client still opens
        QVERIFY(sink.packets.last().timeNs >= sink.packets[3].timeNs); // never back in time
        QVERIFY(sink.packets.last()
                    .comments.join(QLatin1Char(' '))
                    .contains(QLatin1String("written later")));
    }

    void liveWaitIsBounded()
    {
        RecordingSink sink;
        PacketExporter::Options o;
        o.holdMs = 1000;
        PacketExporter x(&sink, o);
        x.add(dataEvent(Direction::Recv, "HTTP/1.1 204 No Content\r\n\r\n",
                        PayloadFormat::Http1Message, 3),
              0, 1, 5000);
        QVERIFY(x.releaseHeld(5500));
        QCOMPARE(sink.payloads().size(), 0);
        QVERIFY(x.releaseHeld(6000));
        QCOMPARE(sink.payloads().size(), 1);
    }

    void bodyContinuesInLaterEvents()
    {
        // A PUT whose body eCapture sent 2 s later as a hex.Dump event (v152-mixed): the
        // Content-Length stays because the next event carries the rest; hex.Dump is decoded.
        RecordingSink sink;
        PacketExporter x(&sink, {});
        x.expect(3, {3, 1});
        const QByteArray head = "PUT /a HTTP/1.1\r\nHost: h\r\nContent-Length: 12\r\n\r\n";
        x.add(dataEvent(Direction::Send, head + "\x89PNG", PayloadFormat::Http1Message, 1), 0, 3);
        QCOMPARE(sink.payloads().size(), 0);
        x.add(dataEvent(Direction::Send, HexDumpText::encode("\r\n\x1a\nIHDR"),
                        PayloadFormat::HexDumpText, 0),
              1, 3);
        x.add(dataEvent(Direction::Recv, "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n",
                        PayloadFormat::Http1Message, 3),
              2, 3);
        x.finish();
        const QList<QByteArray> p = sink.payloads();
        QCOMPARE(p.size(), 3);
        QCOMPARE(p[0], head + "\x89PNG");
        QCOMPARE(p[1], QByteArray("\r\n\x1a\nIHDR"));
        QCOMPARE(x.counts().reframed, 0);

        // The same message when nothing follows: the length is made to fit.
        RecordingSink cut;
        PacketExporter y(&cut, {});
        y.expect(3, {1, 1});
        y.add(dataEvent(Direction::Send, head + "\x89PNG", PayloadFormat::Http1Message, 1), 0, 3);
        y.finish();
        QVERIFY(cut.payloads().value(0).contains("Content-Length: 4\r\n"));
        QCOMPARE(y.counts().reframed, 1);
        QVERIFY(cut.packets.last()
                    .comments.join(QLatin1Char(' '))
                    .contains(QLatin1String("Original: Content-Length: 12")));
    }

    void placeholdersAreDistinct()
    {
        RecordingSink sink;
        PacketExporter x(&sink, {});
        for (quint32 id = 1; id <= 3; ++id) {
            CapturedEvent e =
                dataEvent(Direction::Send, "GET / HTTP/1.1\r\n\r\n", PayloadFormat::Raw, -1, false);
            e.fd = 7; // same pid and fd: only the conversation tells them apart
            x.add(e, int(id), id);
        }
        // A conversation whose real tuple another one already used.
        x.add(dataEvent(Direction::Send, "GET /a HTTP/1.1\r\n\r\n"), 10, 20);
        CapturedEvent other = dataEvent(Direction::Send, "GET /b HTTP/1.1\r\n\r\n");
        other.pid = 999;
        x.add(other, 11, 21);
        x.finish();
        QSet<QByteArray> tuples;
        for (const Written &w : sink.packets) {
            if (quint8(w.bytes[33]) != 0x02) // SYNs only
                continue;
            QVERIFY(w.srcPort() != 0 && w.dstPort() != 0);
            QVERIFY(w.srcAddr() != QByteArray(4, 0));
            tuples.insert(w.srcAddr() + QByteArray::number(w.srcPort()) + '>' +
                          QByteArray::number(w.dstPort()));
        }
        QCOMPARE(tuples.size(), 5);
        QCOMPARE(x.counts().placeholders, 3);
        QCOMPARE(sink.packets[0].dstPort(), quint16(80));
    }

    void notesAndLeftOut()
    {
        CapturedEvent shell;
        shell.kind = EventKind::Shell;
        shell.probe = Probe::Bash;
        shell.pid = 20811;
        shell.processName = QStringLiteral("bash");
        shell.data = "ls -la";
        CapturedEvent query = shell;
        query.kind = EventKind::Query;
        query.probe = Probe::MySql;
        query.data = "SELECT 1";

        RecordingSink pcapng(true);
        PacketExporter a(&pcapng, {});
        a.add(shell, 0, 0);
        a.add(query, 1, 0);
        a.finish();
        QCOMPARE(pcapng.packets.size(), 2);
        QCOMPARE(pcapng.packets[0].interface, PacketSink::Interface::Note);
        QVERIFY(pcapng.packets[0].bytes.endsWith("ls -la\n"));
        QVERIFY(pcapng.packets[0].bytes.contains("data-text-lines"));
        QVERIFY(pcapng.packets[0].comments.value(0).contains(QLatin1String("comm=bash")));
        QCOMPARE(a.counts().noteEvents, 2);

        RecordingSink pcap(false);
        PacketExporter b(&pcap, {});
        b.add(shell, 0, 0);
        b.add(query, 1, 0);
        b.add(shell, 2, 0);
        b.finish();
        QCOMPARE(pcap.packets.size(), 0);
        QCOMPARE(b.counts().leftOut.value(EventKind::Shell), 2);
        QCOMPARE(b.counts().leftOut.value(EventKind::Query), 1);
        QCOMPARE(b.counts().leftOutTotal(), 3);
    }

    void finOnReusedFd()
    {
        RecordingSink sink;
        PacketExporter x(&sink, {});
        x.add(dataEvent(Direction::Send, "GET / HTTP/1.1\r\n\r\n"), 0, 1);
        CapturedEvent connect;
        connect.kind = EventKind::Connect;
        connect.pid = 4242;
        connect.fd = 5; // the same process connects again on the same fd
        connect.tuple = QStringLiteral("[192.168.1.23]:50002->[203.0.113.10]:443");
        x.add(connect, 1, 0);
        x.finish();
        QCOMPARE(sink.packets.size(), 4 + 3 + 1); // handshake, data, FIN exchange, note
        QCOMPARE(quint8(sink.packets[4].bytes[33]), quint8(0x11)); // FIN|ACK from the process
        QCOMPARE(sink.packets[4].srcPort(), quint16(50000));
    }

    void largeResponseReassembledByTshark()
    {
        // 100,000 bytes in one event: split at 65,495 bytes; Wireshark reassembles it with no
        // TCP analysis warnings (edge-cases.md "Sequence numbers wrap; segments have a size").
        QVERIFY2(!test::wiresharkTool(QStringLiteral("tshark")).isEmpty(),
                 "tshark is not installed: run packaging/install-deps.sh");
        const QString path = m_dir.filePath(QStringLiteral("large.pcapng"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        PcapngPacketSink sink(&file);
        QVERIFY(sink.begin({QStringLiteral("test"), QStringLiteral("test"), {}}));
        PacketExporter x(&sink, {});
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Content-Length: ";
        const int bodyLength = 100000 - int(head.size()) - 9; // 5 digits + CRLFCRLF
        head += QByteArray::number(bodyLength) + "\r\n\r\n";
        const QByteArray response = head + QByteArray(bodyLength, 'b');
        QCOMPARE(response.size(), 100000);
        x.add(dataEvent(Direction::Send, "GET /big HTTP/1.1\r\nHost: h\r\n\r\n"), 0, 1);
        x.add(dataEvent(Direction::Recv, response), 1, 1);
        QVERIFY(x.finish());
        file.close();
        QByteArray errors;
        const QVector<QStringList> http = test::tsharkFields(
            path, {QStringLiteral("http.content_length"), QStringLiteral("http.response_in")},
            {QStringLiteral("-2"), QStringLiteral("-Y"), QStringLiteral("http")}, &errors);
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(http.size(), 2);
        QVERIFY(!http[0].value(1).isEmpty()); // the request is paired
        QCOMPARE(http[1].value(0), QString::number(bodyLength));
        const QVector<QStringList> flags = test::tsharkFields(
            path, {QStringLiteral("frame.number")},
            {QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-Y"),
             QStringLiteral("tcp.analysis.flags || tcp.checksum.status == 0")});
        QCOMPARE(flags.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPacketExporter)
#include "tst_packet_exporter.moc"
