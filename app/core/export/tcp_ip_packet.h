// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace ecv {

/** @brief One end of a TCP connection: an IPv4 (4 bytes) or IPv6 (16 bytes) address and port. */
struct TcpEndpoint
{
    QByteArray address; ///< network byte order; 4 or 16 bytes
    quint16 port = 0;

    bool isIpv6() const { return address.size() == 16; }
    bool isValid() const { return address.size() == 4 || address.size() == 16; }
    /** @brief "192.0.2.1:443" or "[2001:db8::1]:443". */
    QString toString() const;
    /** @brief Parse an address text (IPv4 dotted or IPv6, no brackets); invalid on error. */
    static TcpEndpoint fromText(const QString &ip, quint16 port);
    friend bool operator==(const TcpEndpoint &a, const TcpEndpoint &b) = default;
};

/**
 * @brief Builds IPv4 (RFC 791) or IPv6 (RFC 8200) packets carrying one TCP segment (RFC 9293),
 * as LINKTYPE_RAW wants them: no link-layer header, IP and TCP checksums filled in (RFC 1071;
 * the TCP checksum covers the pseudo-header of RFC 9293 §3.1 / RFC 8200 §8.1).
 *
 * IPv4: no options, identification 0, no fragment flags, TTL 64. IPv6: traffic class and flow
 * label 0, hop limit 64. Pure functions; thread-safe.
 */
class TcpIpPacket
{
public:
    enum Flag : quint8
    {
        Fin = 0x01,
        Syn = 0x02,
        Rst = 0x04,
        Psh = 0x08,
        Ack = 0x10,
    };

    struct Segment
    {
        const TcpEndpoint *source = nullptr;
        const TcpEndpoint *destination = nullptr; ///< same IP version as source
        quint32 seq = 0;
        quint32 ack = 0;
        quint8 flags = 0;
        quint16 window = 65535;
        QByteArray options; ///< TCP options, a multiple of 4 bytes (at most 40)
        const char *payload = nullptr;
        qsizetype payloadLength = 0;
    };

    /** @brief Largest payload of one segment: an IPv4 total length of 65,535 bytes. */
    static constexpr qsizetype MaxPayload = 65495;

    /** @brief Append the packet for @p segment to @p out. */
    static void append(QByteArray &out, const Segment &segment);
    /** @brief The packet for @p segment. */
    static QByteArray build(const Segment &segment);
    /** @brief RFC 1071 one's-complement sum of @p data folded to 16 bits (not inverted). */
    static quint32 sum16(const char *data, qsizetype length, quint32 initial = 0);
    /** @brief Fold @p sum and invert it: the value a checksum field holds. */
    static quint16 finish(quint32 sum);
};

} // namespace ecv
