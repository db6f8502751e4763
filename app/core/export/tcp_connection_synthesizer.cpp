// SPDX-License-Identifier: Apache-2.0
#include "core/export/tcp_connection_synthesizer.h"

namespace ecv {

namespace {

constexpr quint16 Window = 65535;
constexpr quint32 AckThreshold = (quint32(Window) << TcpConnectionSynthesizer::WindowShift) / 2;

/** SYN options: MSS 65495 (RFC 9293 §3.7.1), NOP, window scale (RFC 7323 §2.2). */
QByteArray synOptions()
{
    const char options[8] = {2, 4, char(0xFF), char(0xD7),
                             1, 3, 3,          char(TcpConnectionSynthesizer::WindowShift)};
    return QByteArray(options, 8);
}

} // namespace

TcpConnectionSynthesizer::TcpConnectionSynthesizer(const TcpEndpoint &client,
                                                   const TcpEndpoint &server, quint32 clientIsn,
                                                   quint32 serverIsn)
    : m_end{client, server}
    , m_next{clientIsn, serverIsn}
    , m_acked{clientIsn, serverIsn}
{}

void TcpConnectionSynthesizer::emitSegment(int from, quint8 flags, const char *payload,
                                           qsizetype length, PacketKind kind, int segment,
                                           int segments, const Sink &sink)
{
    const int to = 1 - from;
    TcpIpPacket::Segment s;
    s.source = &m_end[from];
    s.destination = &m_end[to];
    s.seq = m_next[from];
    s.flags = flags;
    s.window = Window;
    if (flags & TcpIpPacket::Ack) {
        s.ack = m_next[to];
        m_acked[to] = m_next[to];
    }
    if (flags & TcpIpPacket::Syn)
        s.options = synOptions();
    s.payload = payload;
    s.payloadLength = length;
    // One buffer per thread for all connections: a connection must not keep 64 KiB.
    thread_local QByteArray packet;
    packet.clear();
    TcpIpPacket::append(packet, s);
    // SYN and FIN take one sequence number each (RFC 9293 §3.4).
    m_next[from] += quint32(length) + ((flags & (TcpIpPacket::Syn | TcpIpPacket::Fin)) ? 1 : 0);
    Emitted e;
    e.from = from == 0 ? Side::Client : Side::Server;
    e.kind = kind;
    e.segment = segment;
    e.segments = segments;
    e.packet = &packet;
    sink(e);
}

void TcpConnectionSynthesizer::handshake(const Sink &sink)
{
    emitSegment(0, TcpIpPacket::Syn, nullptr, 0, PacketKind::Handshake, 0, 1, sink);
    emitSegment(1, TcpIpPacket::Syn | TcpIpPacket::Ack, nullptr, 0, PacketKind::Handshake, 0, 1,
                sink);
    emitSegment(0, TcpIpPacket::Ack, nullptr, 0, PacketKind::Handshake, 0, 1, sink);
}

void TcpConnectionSynthesizer::data(Side side, const char *bytes, qsizetype length,
                                    const Sink &sink)
{
    if (length <= 0 || m_closed)
        return;
    const int from = index(side);
    const int segments = int((length + TcpIpPacket::MaxPayload - 1) / TcpIpPacket::MaxPayload);
    for (int k = 0; k < segments; ++k) {
        const qsizetype offset = qsizetype(k) * TcpIpPacket::MaxPayload;
        const qsizetype n = qMin(TcpIpPacket::MaxPayload, length - offset);
        emitSegment(from, TcpIpPacket::Psh | TcpIpPacket::Ack, bytes + offset, n, PacketKind::Data,
                    k, segments, sink);
        // Unsigned difference: right across a sequence number wrap.
        if (m_next[from] - m_acked[from] > AckThreshold)
            emitSegment(1 - from, TcpIpPacket::Ack, nullptr, 0, PacketKind::Ack, 0, 1, sink);
    }
}

void TcpConnectionSynthesizer::close(Side side, const Sink &sink)
{
    if (m_closed)
        return;
    const int from = index(side);
    emitSegment(from, TcpIpPacket::Fin | TcpIpPacket::Ack, nullptr, 0, PacketKind::Close, 0, 1,
                sink);
    emitSegment(1 - from, TcpIpPacket::Fin | TcpIpPacket::Ack, nullptr, 0, PacketKind::Close, 0, 1,
                sink);
    emitSegment(from, TcpIpPacket::Ack, nullptr, 0, PacketKind::Close, 0, 1, sink);
    m_closed = true;
}

} // namespace ecv
