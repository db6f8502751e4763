// SPDX-License-Identifier: Apache-2.0
// IPv4/IPv6 + TCP packets of the pcap export: checksums (edge-cases.md "Checksums must be
// right"), sequence numbers that wrap, segments split at 65,495 bytes, the window kept open.
#include <QtEndian>
#include <QtTest>

#include "core/export/tcp_connection_synthesizer.h"
#include "core/export/tcp_ip_packet.h"

using namespace ecv;

namespace {

// RFC 1071 written out byte by byte (independent of TcpIpPacket::sum16's word loop).
quint16 referenceChecksum(const QByteArray &bytes)
{
    quint32 sum = 0;
    for (int i = 0; i < bytes.size(); i += 2) {
        const quint32 hi = quint8(bytes[i]);
        const quint32 lo = i + 1 < bytes.size() ? quint8(bytes[i + 1]) : 0;
        sum += (hi << 8) | lo;
    }
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return quint16(~sum);
}

quint16 be16(const QByteArray &b, int at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}

quint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

struct Captured
{
    QVector<QByteArray> packets;
    QVector<TcpConnectionSynthesizer::Emitted> emitted;
    TcpConnectionSynthesizer::Sink sink()
    {
        return [this](const TcpConnectionSynthesizer::Emitted &e) {
            packets.append(*e.packet);
            emitted.append(e);
        };
    }
};

} // namespace

class TestTcpIpPacket final : public QObject
{
    Q_OBJECT
private slots:
    void checksumsOfTheEdgeCase()
    {
        // 10.0.0.1:40000 -> 10.0.0.2:443, IP id 0, TTL 64, seq 1, ack 1, PSH|ACK, window
        // 65535, payload "hello": IPv4 checksum 0x66c9, TCP checksum 0xb9f5.
        const TcpEndpoint a = TcpEndpoint::fromText(QStringLiteral("10.0.0.1"), 40000);
        const TcpEndpoint b = TcpEndpoint::fromText(QStringLiteral("10.0.0.2"), 443);
        TcpIpPacket::Segment s;
        s.source = &a;
        s.destination = &b;
        s.seq = 1;
        s.ack = 1;
        s.flags = TcpIpPacket::Psh | TcpIpPacket::Ack;
        s.payload = "hello";
        s.payloadLength = 5;
        const QByteArray p = TcpIpPacket::build(s);
        QCOMPARE(p.size(), 45);
        QCOMPARE(be16(p, 10), quint16(0x66c9));
        QCOMPARE(be16(p, 36), quint16(0xb9f5));
        QCOMPARE(p.toHex(), QByteArray("4500002d000000004006"
                                       "66c9"
                                       "0a0000010a000002"
                                       "9c4001bb00000001000000015018ffff"
                                       "b9f5"
                                       "0000"
                                       "68656c6c6f"));
    }

    void checksumsVerify_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("dst");
        QTest::addColumn<int>("length");
        for (int n : {0, 1, 2, 3, 7, 1000, 65495}) {
            QTest::addRow("v4 %d", n) << "192.0.2.1"
                                      << "198.51.100.7" << n;
            QTest::addRow("v6 %d", n) << "2001:db8::5"
                                      << "::1" << n;
        }
    }
    void checksumsVerify()
    {
        QFETCH(QString, src);
        QFETCH(QString, dst);
        QFETCH(int, length);
        const TcpEndpoint a = TcpEndpoint::fromText(src, 50123);
        const TcpEndpoint b = TcpEndpoint::fromText(dst, 443);
        QVERIFY(a.isValid() && b.isValid());
        QByteArray payload(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            payload[i] = char((i * 131 + 7) & 0xFF);
        TcpIpPacket::Segment s;
        s.source = &a;
        s.destination = &b;
        s.seq = 0xDEADBEEF;
        s.ack = 0x01020304;
        s.flags = TcpIpPacket::Psh | TcpIpPacket::Ack;
        s.payload = payload.constData();
        s.payloadLength = length;
        const QByteArray p = TcpIpPacket::build(s);
        const bool v6 = a.isIpv6();
        const int ipLen = v6 ? 40 : 20;
        const QByteArray tcp = p.mid(ipLen);
        QCOMPARE(tcp.size(), 20 + length);
        QByteArray pseudo;
        if (v6) {
            QCOMPARE(be16(p, 4), quint16(tcp.size())); // payload length
            pseudo = a.address + b.address +
                     QByteArray::fromHex("00000000000000"
                                         "06");
            qToBigEndian(quint32(tcp.size()), pseudo.data() + 32);
        } else {
            QCOMPARE(be16(p, 2), quint16(p.size()));             // total length
            QCOMPARE(referenceChecksum(p.left(20)), quint16(0)); // header sums to 0xffff
            pseudo = a.address + b.address + QByteArray::fromHex("0006") + QByteArray(2, 0);
            qToBigEndian(quint16(tcp.size()), pseudo.data() + 10);
        }
        // A correct checksum makes the covered bytes sum to 0xffff (RFC 1071 §1).
        QCOMPARE(referenceChecksum(pseudo + tcp), quint16(0));
        QCOMPARE(tcp.mid(20), payload);
    }

    void sequenceNumbersWrap()
    {
        // The first data byte at 0xFFFFFFF0 (the SYN takes 0xFFFFFFEF): after 100 bytes the next
        // segment's seq is 0x00000054.
        const TcpEndpoint c = TcpEndpoint::fromText(QStringLiteral("10.0.0.1"), 40000);
        const TcpEndpoint s = TcpEndpoint::fromText(QStringLiteral("10.0.0.2"), 443);
        TcpConnectionSynthesizer tcp(c, s, 0xFFFFFFEF, 0x7FFFFFFF);
        Captured out;
        tcp.handshake(out.sink());
        QCOMPARE(out.packets.size(), 3);
        QCOMPARE(be32(out.packets[0], 24), 0xFFFFFFEFu); // SYN seq
        QCOMPARE(be32(out.packets[1], 28), 0xFFFFFFF0u); // SYN-ACK acks it
        tcp.data(TcpConnectionSynthesizer::Side::Client, QByteArray(100, 'x').constData(), 100,
                 out.sink());
        QCOMPARE(out.packets.size(), 4);
        QCOMPARE(be32(out.packets[3], 24), 0xFFFFFFF0u);
        QCOMPARE(tcp.nextSeq(TcpConnectionSynthesizer::Side::Client), 0x00000054u);
        tcp.data(TcpConnectionSynthesizer::Side::Server, "ok", 2, out.sink());
        QCOMPARE(be32(out.packets[4], 28), 0x00000054u); // the server acks across the wrap
        tcp.data(TcpConnectionSynthesizer::Side::Client, "more", 4, out.sink());
        QCOMPARE(be32(out.packets[5], 24), 0x00000054u);
    }

    void largeWritesSplit_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::newRow("IPv4") << "192.0.2.1"
                              << "203.0.113.10";
        QTest::newRow("IPv6") << "2001:db8::1"
                              << "2001:db8::2";
    }
    void largeWritesSplit()
    {
        // A 100,000-byte event: segments of at most 65,495 bytes with contiguous seq.
        QFETCH(QString, client);
        QFETCH(QString, server);
        TcpConnectionSynthesizer tcp(TcpEndpoint::fromText(client, 40000),
                                     TcpEndpoint::fromText(server, 443), 1000, 5000);
        Captured out;
        tcp.handshake(out.sink());
        const QByteArray data(100000, 'd');
        tcp.data(TcpConnectionSynthesizer::Side::Server, data.constData(), data.size(), out.sink());
        QCOMPARE(out.packets.size(), 5);
        const int ip = client.contains(QLatin1Char(':')) ? 40 : 20;
        QCOMPARE(out.packets[3].size() - ip - 20, 65495);
        QCOMPARE(out.packets[4].size() - ip - 20, 100000 - 65495);
        QVERIFY(out.packets[3].size() <= 65535 + (ip == 40 ? 40 : 0));
        QCOMPARE(be32(out.packets[3], ip + 4), 5001u);
        QCOMPARE(be32(out.packets[4], ip + 4), 5001u + 65495u);
        QCOMPARE(out.emitted[3].segment, 0);
        QCOMPARE(out.emitted[4].segment, 1);
        QCOMPARE(out.emitted[4].segments, 2);
        QCOMPARE(tcp.nextSeq(TcpConnectionSynthesizer::Side::Server), 5001u + 100000u);
    }

    void windowStaysOpen()
    {
        // 9 MiB from one side without a reply: the receiver acknowledges before half of the
        // scaled 8 MiB window is in flight.
        TcpConnectionSynthesizer tcp(TcpEndpoint::fromText(QStringLiteral("10.1.1.1"), 1025),
                                     TcpEndpoint::fromText(QStringLiteral("10.1.1.2"), 80), 0, 0);
        Captured out;
        tcp.handshake(out.sink());
        const QByteArray chunk(16384, 'z');
        quint32 inFlightMax = 0;
        quint32 acked = 1;
        for (int i = 0; i < 9 * 64; ++i) {
            tcp.data(TcpConnectionSynthesizer::Side::Server, chunk.constData(), chunk.size(),
                     out.sink());
            const TcpConnectionSynthesizer::Emitted &last = out.emitted.last();
            if (last.kind == TcpConnectionSynthesizer::PacketKind::Ack)
                acked = be32(out.packets.last(), 28);
            inFlightMax =
                qMax(inFlightMax, tcp.nextSeq(TcpConnectionSynthesizer::Side::Server) - acked);
        }
        QVERIFY(acked > 1);
        QVERIFY2(inFlightMax <= (65535u << TcpConnectionSynthesizer::WindowShift) / 2 + 16384,
                 qPrintable(QString::number(inFlightMax)));
    }

    void closeExchange()
    {
        TcpConnectionSynthesizer tcp(TcpEndpoint::fromText(QStringLiteral("10.1.1.1"), 1025),
                                     TcpEndpoint::fromText(QStringLiteral("10.1.1.2"), 80), 10, 20);
        Captured out;
        tcp.handshake(out.sink());
        tcp.close(TcpConnectionSynthesizer::Side::Client, out.sink());
        QCOMPARE(out.packets.size(), 6);
        QCOMPARE(quint8(out.packets[3][33]), quint8(TcpIpPacket::Fin | TcpIpPacket::Ack));
        QCOMPARE(quint8(out.packets[4][33]), quint8(TcpIpPacket::Fin | TcpIpPacket::Ack));
        QCOMPARE(be32(out.packets[4], 28), 12u); // acks the client's FIN
        QCOMPARE(be32(out.packets[5], 28), 22u); // acks the server's FIN
        QVERIFY(tcp.isClosed());
    }

    void endpointsParse()
    {
        QCOMPARE(TcpEndpoint::fromText(QStringLiteral("[2001:db8::1]"), 443).toString(),
                 QStringLiteral("[2001:db8::1]:443"));
        QCOMPARE(TcpEndpoint::fromText(QStringLiteral("192.0.2.9"), 80).toString(),
                 QStringLiteral("192.0.2.9:80"));
        QVERIFY(!TcpEndpoint::fromText(QStringLiteral("not an address"), 80).isValid());
        QVERIFY(!TcpEndpoint::fromText(QString(), 80).isValid());
    }
};

QTEST_APPLESS_MAIN(TestTcpIpPacket)
#include "tst_tcp_ip_packet.moc"
