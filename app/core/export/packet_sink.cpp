// SPDX-License-Identifier: Apache-2.0
#include "core/export/packet_sink.h"

namespace ecv {

namespace {
constexpr quint16 LinkTypeUpperPdu = 252; // LINKTYPE_WIRESHARK_UPPER_PDU
}

PcapngPacketSink::PcapngPacketSink(QIODevice *device)
    : m_writer(device)
{}

bool PcapngPacketSink::begin(const PacketCaptureHeader &header)
{
    m_source = header.source;
    PcapngWriter::Section section;
    section.application = header.application;
    section.comments = header.comments;
    if (!m_writer.writeSectionHeader(section))
        return false;
    PcapngWriter::Interface ip;
    ip.linkType = PcapngWriter::LinkTypeRaw;
    ip.name = QStringLiteral("ecapture");
    ip.description = QStringLiteral("eCapture events from %1 as synthesized TCP/IP").arg(m_source);
    m_ipInterface = m_writer.addInterface(ip);
    return m_ipInterface >= 0;
}

bool PcapngPacketSink::writePacket(Interface interface, qint64 timeNs, const QByteArray &bytes,
                                   const QStringList &comments, PcapngWriter::Direction direction)
{
    int id = m_ipInterface;
    if (interface == Interface::Note) {
        if (m_noteInterface < 0) {
            PcapngWriter::Interface note;
            note.linkType = LinkTypeUpperPdu;
            note.name = QStringLiteral("ecapture-notes");
            note.description =
                QStringLiteral("eCapture events from %1 that are not TCP data").arg(m_source);
            m_noteInterface = m_writer.addInterface(note);
            if (m_noteInterface < 0)
                return false;
        }
        id = m_noteInterface;
    }
    PcapngWriter::Packet p;
    p.interfaceId = id;
    p.timeNs = timeNs;
    p.data = bytes.constData();
    p.length = bytes.size();
    p.comments = comments;
    p.direction = direction;
    return m_writer.writePacket(p);
}

} // namespace ecv
