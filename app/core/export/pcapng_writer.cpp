// SPDX-License-Identifier: Apache-2.0
#include "core/export/pcapng_writer.h"

#include <QCoreApplication>

#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace ecv {

namespace {

// Block types and option codes: draft-ietf-opsawg-pcapng §4.1, §4.2, §4.3, §3.5.
constexpr quint32 SectionHeaderBlock = 0x0A0D0D0A;
constexpr quint32 InterfaceDescriptionBlock = 0x00000001;
constexpr quint32 EnhancedPacketBlock = 0x00000006;
constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;
constexpr quint16 OptEndOfOpt = 0;
constexpr quint16 OptComment = 1;
constexpr quint16 ShbHardware = 2;
constexpr quint16 ShbOs = 3;
constexpr quint16 ShbUserAppl = 4;
constexpr quint16 IfName = 2;
constexpr quint16 IfDescription = 3;
constexpr quint16 IfTsResol = 9;
constexpr quint16 EpbFlags = 2;
constexpr qsizetype FlushThreshold = 1 << 20;

void put16(QByteArray &b, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &b, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&le), 4);
}

void pad4(QByteArray &b)
{
    while (b.size() % 4)
        b.append('\0');
}

void putOption(QByteArray &b, quint16 code, const char *value, qsizetype length)
{
    // An option value is at most 65535 bytes; a longer comment is cut (never a broken block).
    const quint16 n = quint16(qMin<qsizetype>(length, 0xFFFF));
    put16(b, code);
    put16(b, n);
    b.append(value, n);
    pad4(b);
}

void putOption(QByteArray &b, quint16 code, const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    putOption(b, code, utf8.constData(), utf8.size());
}

void putComments(QByteArray &b, const QStringList &comments)
{
    for (const QString &c : comments)
        putOption(b, OptComment, c);
}

/** Starts a block of @p type in @p b: type and a length placeholder. */
void beginBlock(QByteArray &b, quint32 type)
{
    b.clear();
    put32(b, type);
    put32(b, 0);
}

/** Ends the options (if any were written after @p optionsStart) and the block. */
void endBlock(QByteArray &b, qsizetype optionsStart)
{
    if (b.size() > optionsStart) {
        put16(b, OptEndOfOpt);
        put16(b, 0);
    }
    const quint32 total = quint32(b.size() + 4);
    put32(b, total);
    const quint32 le = qToLittleEndian(total);
    memcpy(b.data() + 4, &le, 4);
}

} // namespace

PcapngWriter::PcapngWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 70000);
}

PcapngWriter::~PcapngWriter() = default;

bool PcapngWriter::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

bool PcapngWriter::append(const QByteArray &block)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer.append(block);
    m_written += block.size();
    return m_buffer.size() < FlushThreshold || flush();
}

bool PcapngWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable())
        return fail(
            QCoreApplication::translate("ecv::Export", "the output is not open for writing"));
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0)
            return fail(m_device->errorString().isEmpty()
                            ? QCoreApplication::translate("ecv::Export", "write failed")
                            : m_device->errorString());
        done += n;
    }
    m_buffer.clear();
    return true;
}

bool PcapngWriter::writeSectionHeader(const Section &section)
{
    beginBlock(m_block, SectionHeaderBlock);
    put32(m_block, ByteOrderMagic);
    put16(m_block, 1);          // major version
    put16(m_block, 0);          // minor version
    put32(m_block, 0xFFFFFFFF); // section length: not specified (-1)
    put32(m_block, 0xFFFFFFFF);
    const qsizetype options = m_block.size();
    putComments(m_block, section.comments);
    putOption(m_block, ShbHardware, section.hardware);
    putOption(m_block, ShbOs, section.os);
    putOption(m_block, ShbUserAppl, section.application);
    endBlock(m_block, options);
    return append(m_block);
}

int PcapngWriter::addInterface(const Interface &interface)
{
    beginBlock(m_block, InterfaceDescriptionBlock);
    put16(m_block, interface.linkType);
    put16(m_block, 0); // reserved
    put32(m_block, interface.snapLength);
    const qsizetype options = m_block.size();
    putComments(m_block, interface.comments);
    putOption(m_block, IfName, interface.name);
    putOption(m_block, IfDescription, interface.description);
    const char nanoseconds = 9; // if_tsresol: 10^-9 s
    putOption(m_block, IfTsResol, &nanoseconds, 1);
    endBlock(m_block, options);
    if (!append(m_block))
        return -1;
    return m_interfaces++;
}

bool PcapngWriter::writePacket(const Packet &packet)
{
    if (packet.interfaceId < 0 || packet.interfaceId >= m_interfaces)
        return fail(QCoreApplication::translate("ecv::Export",
                                                "packet for interface %1, which was not described")
                        .arg(packet.interfaceId));
    const quint64 ts = packet.timeNs > 0 ? quint64(packet.timeNs) : 0;
    const qsizetype length = qMax<qsizetype>(packet.length, 0);
    beginBlock(m_block, EnhancedPacketBlock);
    put32(m_block, quint32(packet.interfaceId));
    put32(m_block, quint32(ts >> 32));
    put32(m_block, quint32(ts & 0xFFFFFFFFu));
    put32(m_block, quint32(length));
    put32(m_block,
          quint32(packet.originalLength >= 0 ? qMax(packet.originalLength, length) : length));
    if (length > 0)
        m_block.append(packet.data, length);
    pad4(m_block);
    const qsizetype options = m_block.size();
    putComments(m_block, packet.comments);
    if (packet.direction != Direction::Unknown) {
        const quint32 flags = qToLittleEndian(quint32(packet.direction));
        putOption(m_block, EpbFlags, reinterpret_cast<const char *>(&flags), 4);
    }
    endBlock(m_block, options);
    return append(m_block);
}

} // namespace ecv
