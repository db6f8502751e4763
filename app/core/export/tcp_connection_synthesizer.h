// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QByteArray>
#include <QtGlobal>

#include "core/export/tcp_ip_packet.h"

namespace ecv {

/**
 * @brief The TCP packets of one synthesized connection (RFC 9293): a three-way handshake, data
 * segments with per-direction sequence and acknowledgement numbers, and a FIN exchange.
 *
 * What Wireshark's TCP analysis needs to stay quiet (no `tcp.analysis.flags`): contiguous
 * sequence numbers per direction (wrapping modulo 2^32), every segment acknowledging all the
 * peer has sent, segments of at most TcpIpPacket::MaxPayload bytes, and the receiver's window
 * never overrun: both SYNs carry MSS 65495 and window scale 7 (a 8 MiB window), and the receiver
 * sends one pure ACK whenever more than half of that is unacknowledged.
 * Packets are built in one buffer per thread (valid during the callback only), so a connection
 * costs a few dozen bytes. Not thread-safe; one object per connection.
 */
class TcpConnectionSynthesizer
{
public:
    enum class Side : quint8
    {
        Client,
        Server,
    };

    enum class PacketKind : quint8
    {
        Handshake, ///< SYN, SYN-ACK, ACK
        Data,      ///< PSH|ACK with payload
        Ack,       ///< pure ACK keeping the window open
        Close,     ///< FIN|ACK, FIN|ACK, ACK
    };

    /** @brief Description of one emitted packet; the bytes are valid during the callback. */
    struct Emitted
    {
        Side from = Side::Client;
        PacketKind kind = PacketKind::Data;
        int segment = 0;  ///< Data: 0-based segment of this write
        int segments = 1; ///< Data: segments this write was split into
        const QByteArray *packet = nullptr;
    };
    using Sink = std::function<void(const Emitted &)>;

    /** @brief Window scale shift advertised in both SYNs (RFC 7323 §2). */
    static constexpr int WindowShift = 7;

    TcpConnectionSynthesizer(const TcpEndpoint &client, const TcpEndpoint &server,
                             quint32 clientIsn, quint32 serverIsn);

    /** @brief SYN, SYN-ACK, ACK. Call once, before data. */
    void handshake(const Sink &sink);
    /** @brief @p length bytes written by @p from, split into segments of at most MaxPayload. */
    void data(Side from, const char *bytes, qsizetype length, const Sink &sink);
    /** @brief FIN|ACK from @p from, FIN|ACK from the other side, final ACK. Once. */
    void close(Side from, const Sink &sink);

    bool isClosed() const { return m_closed; }
    const TcpEndpoint &client() const { return m_end[0]; }
    const TcpEndpoint &server() const { return m_end[1]; }
    /** @brief Next sequence number @p side will use. */
    quint32 nextSeq(Side side) const { return m_next[index(side)]; }

private:
    static int index(Side s) { return s == Side::Client ? 0 : 1; }
    void emitSegment(int from, quint8 flags, const char *payload, qsizetype length, PacketKind kind,
                     int segment, int segments, const Sink &sink);

    TcpEndpoint m_end[2];
    quint32 m_next[2];
    quint32 m_acked[2]; ///< per side: its bytes the peer has acknowledged (seq)
    bool m_closed = false;
};

} // namespace ecv
