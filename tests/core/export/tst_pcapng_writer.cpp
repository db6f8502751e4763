// SPDX-License-Identifier: Apache-2.0
// The pcapng writer's blocks, checked byte by byte and read back by tshark/capinfos.
#include <QBuffer>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "common/tshark.h"
#include "core/export/pcapng_writer.h"
#include "core/export/tcp_ip_packet.h"

using namespace ecv;

namespace {

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

struct Block
{
    quint32 type = 0;
    QByteArray body; ///< between the length fields
};

/** Splits @p file into blocks; checks both length fields and 4-byte alignment. */
QVector<Block> blocksOf(const QByteArray &file, QString *error)
{
    QVector<Block> out;
    qsizetype at = 0;
    while (at < file.size()) {
        if (file.size() - at < 12) {
            *error = QStringLiteral("torn block at %1").arg(at);
            return out;
        }
        const quint32 length = le32(file, at + 4);
        if (length % 4 || length < 12 || at + length > file.size() ||
            le32(file, at + length - 4) != length) {
            *error = QStringLiteral("bad block length %1 at %2").arg(length).arg(at);
            return out;
        }
        out.append({le32(file, at), file.mid(at + 8, length - 12)});
        at += length;
    }
    return out;
}

QByteArray hello()
{
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
    return TcpIpPacket::build(s);
}

} // namespace

class TestPcapngWriter final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray sample()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PcapngWriter w(&buffer);
        PcapngWriter::Section section;
        section.application = QStringLiteral("eCapture Viewer test");
        section.comments = {QStringLiteral("section comment ü")};
        w.writeSectionHeader(section);
        PcapngWriter::Interface iface;
        iface.name = QStringLiteral("ecapture");
        iface.description = QStringLiteral("synthesized");
        const int id = w.addInterface(iface);
        const QByteArray packet = hello();
        PcapngWriter::Packet p;
        p.interfaceId = id;
        p.timeNs = 1795961480123456789LL;
        p.data = packet.constData();
        p.length = packet.size();
        p.comments = {QStringLiteral("pid=48213 comm=curl"), QStringLiteral("second")};
        p.direction = PcapngWriter::Direction::Outbound;
        w.writePacket(p);
        p.timeNs += 1;
        p.comments.clear();
        p.direction = PcapngWriter::Direction::Inbound;
        w.writePacket(p);
        w.flush();
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::wiresharkTool(QStringLiteral("tshark")).isEmpty(),
                 "tshark is not installed: run packaging/install-deps.sh");
    }

    void blockLayout()
    {
        const QByteArray file = sample();
        QString error;
        const QVector<Block> blocks = blocksOf(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0].type, 0x0A0D0D0Au);
        QCOMPARE(le32(blocks[0].body, 0), 0x1A2B3C4Du);
        QCOMPARE(blocks[1].type, 1u);
        QCOMPARE(qFromLittleEndian<quint16>(blocks[1].body.constData()), quint16(101));
        QVERIFY(blocks[1].body.contains(QByteArray::fromHex("09000100"
                                                            "09000000"))); // tsresol
        QCOMPARE(blocks[2].type, 6u);
        const quint64 ts = (quint64(le32(blocks[2].body, 4)) << 32) | le32(blocks[2].body, 8);
        QCOMPARE(ts, quint64(1795961480123456789LL));
        QCOMPARE(le32(blocks[2].body, 12), 45u); // captured
        QCOMPARE(le32(blocks[2].body, 16), 45u); // original
        QCOMPARE(blocks[2].body.mid(20, 45), hello());
        // epb_flags: code 2, length 4, outbound (2)
        QVERIFY(blocks[2].body.contains(QByteArray::fromHex("0200040002000000")));
        QVERIFY(blocks[3].body.contains(QByteArray::fromHex("0200040001000000")));
    }

    void tsharkReadsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.pcapng"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample());
        f.close();
        const test::ProgramRun info =
            test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-M"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("Raw IP"));
        QVERIFY(info.out.contains("nanoseconds"));
        QVERIFY(info.out.contains("section comment \xc3\xbc"));
        QVERIFY(info.out.contains("eCapture Viewer test"));
        QByteArray errors;
        const QVector<QStringList> rows = test::tsharkFields(
            path,
            {QStringLiteral("frame.time_epoch"), QStringLiteral("frame.comment"),
             QStringLiteral("frame.interface_name"), QStringLiteral("frame.packet_flags_direction"),
             QStringLiteral("ip.checksum.status"), QStringLiteral("tcp.checksum.status"),
             QStringLiteral("tcp.payload")},
            {QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-o"),
             QStringLiteral("tcp.check_checksum:TRUE")},
            &errors);
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].value(0), QStringLiteral("1795961480.123456789"));
        QCOMPARE(rows[0].value(1), QStringLiteral("pid=48213 comm=curl\x1fsecond"));
        QCOMPARE(rows[0].value(2), QStringLiteral("ecapture"));
        QCOMPARE(rows[0].value(3).toUInt(nullptr, 16), 2u); // outbound
        QCOMPARE(rows[1].value(3).toUInt(nullptr, 16), 1u); // inbound
        QCOMPARE(rows[0].value(4), QStringLiteral("1"));    // PROTO_CHECKSUM_E_GOOD
        QCOMPARE(rows[0].value(5), QStringLiteral("1"));
        QCOMPARE(rows[0].value(6), QStringLiteral("68656c6c6f"));
    }

    void longCommentIsCut()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PcapngWriter w(&buffer);
        w.writeSectionHeader({});
        w.addInterface({});
        PcapngWriter::Packet p;
        p.comments = {QString(70000, QLatin1Char('c'))};
        QVERIFY(w.writePacket(p));
        QVERIFY(w.flush());
        QString error;
        const QVector<Block> blocks = blocksOf(buffer.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(blocks.size(), 3);
    }

    void errors()
    {
        QBuffer closed;
        PcapngWriter w(&closed);
        QVERIFY(w.writeSectionHeader({})); // buffered
        QVERIFY(!w.flush());
        QVERIFY(!w.errorString().isEmpty());
        PcapngWriter::Packet p;
        p.interfaceId = 3;
        QBuffer open;
        open.open(QIODevice::WriteOnly);
        PcapngWriter w2(&open);
        QVERIFY(!w2.writePacket(p)); // no such interface
        QVERIFY(w2.errorString().contains(QLatin1String("interface 3")));
    }
};

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapng_writer.moc"
