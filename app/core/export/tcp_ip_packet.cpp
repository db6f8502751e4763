// SPDX-License-Identifier: Apache-2.0
#include "core/export/tcp_ip_packet.h"

#include <QtEndian>

#include <arpa/inet.h>
#include <cstring>

namespace ecv {

namespace {

constexpr quint8 ProtocolTcp = 6;
constexpr quint8 DefaultTtl = 64;

void put16(char *p, quint16 v)
{
    qToBigEndian(v, p);
}

void put32(char *p, quint32 v)
{
    qToBigEndian(v, p);
}

} // namespace

QString TcpEndpoint::toString() const
{
    char text[INET6_ADDRSTRLEN] = {};
    if (!isValid() ||
        !inet_ntop(isIpv6() ? AF_INET6 : AF_INET, address.constData(), text, sizeof text))
        return QStringLiteral("?:%1").arg(port);
    return isIpv6() ? QStringLiteral("[%1]:%2").arg(QLatin1String(text)).arg(port)
                    : QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(port);
}

TcpEndpoint TcpEndpoint::fromText(const QString &ip, quint16 port)
{
    TcpEndpoint e;
    e.port = port;
    QByteArray text = ip.trimmed().toLatin1();
    if (text.startsWith('[') && text.endsWith(']'))
        text = text.mid(1, text.size() - 2);
    unsigned char buffer[16];
    if (inet_pton(AF_INET, text.constData(), buffer) == 1)
        e.address = QByteArray(reinterpret_cast<const char *>(buffer), 4);
    else if (inet_pton(AF_INET6, text.constData(), buffer) == 1)
        e.address = QByteArray(reinterpret_cast<const char *>(buffer), 16);
    return e;
}

quint32 TcpIpPacket::sum16(const char *data, qsizetype length, quint32 initial)
{
    // Sum native-order 32-bit words into 64 bits, fold, then swap into network order: one's
    // complement addition does not depend on byte order (RFC 1071 §2(B)).
    quint64 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= length; i += 4) {
        quint32 w;
        memcpy(&w, data + i, 4);
        sum += w;
    }
    if (i + 2 <= length) {
        quint16 w;
        memcpy(&w, data + i, 2);
        sum += w;
        i += 2;
    }
    if (i < length) {
        const quint16 last = quint16(quint8(data[i]))
                             << (QSysInfo::ByteOrder == QSysInfo::LittleEndian ? 0 : 8);
        sum += last;
    }
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    const quint16 folded = quint16(sum);
    const quint32 network = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? qbswap(folded) : folded;
    quint64 total = quint64(network) + initial;
    while (total >> 16)
        total = (total & 0xFFFF) + (total >> 16);
    return quint32(total);
}

quint16 TcpIpPacket::finish(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return quint16(~sum & 0xFFFF);
}

void TcpIpPacket::append(QByteArray &out, const Segment &s)
{
    const bool v6 = s.source->isIpv6();
    const qsizetype ipHeader = v6 ? 40 : 20;
    const qsizetype tcpHeader = 20 + s.options.size();
    const qsizetype tcpLength = tcpHeader + s.payloadLength;
    const qsizetype start = out.size();
    out.resize(start + ipHeader + tcpLength);
    char *ip = out.data() + start;
    char *tcp = ip + ipHeader;
    memset(ip, 0, size_t(ipHeader + tcpHeader));

    quint32 pseudo = 0;
    if (v6) {
        ip[0] = 0x60; // version 6, traffic class and flow label 0
        put16(ip + 4, quint16(tcpLength));
        ip[6] = char(ProtocolTcp);
        ip[7] = char(DefaultTtl);
        memcpy(ip + 8, s.source->address.constData(), 16);
        memcpy(ip + 24, s.destination->address.constData(), 16);
        // RFC 8200 §8.1 pseudo-header: addresses, upper-layer length (32 bits), next header.
        char p[8] = {};
        put32(p, quint32(tcpLength));
        p[7] = char(ProtocolTcp);
        pseudo = sum16(ip + 8, 32, sum16(p, 8));
    } else {
        ip[0] = 0x45; // version 4, 5 words of header
        put16(ip + 2, quint16(ipHeader + tcpLength));
        ip[8] = char(DefaultTtl);
        ip[9] = char(ProtocolTcp);
        memcpy(ip + 12, s.source->address.constData(), 4);
        memcpy(ip + 16, s.destination->address.constData(), 4);
        put16(ip + 10, finish(sum16(ip, 20)));
        // RFC 9293 §3.1 pseudo-header: addresses, zero, protocol, TCP length.
        char p[4] = {};
        p[1] = char(ProtocolTcp);
        put16(p + 2, quint16(tcpLength));
        pseudo = sum16(ip + 12, 8, sum16(p, 4));
    }
    put16(tcp, s.source->port);
    put16(tcp + 2, s.destination->port);
    put32(tcp + 4, s.seq);
    put32(tcp + 8, s.ack);
    tcp[12] = char((tcpHeader / 4) << 4);
    tcp[13] = char(s.flags);
    put16(tcp + 14, s.window);
    if (!s.options.isEmpty())
        memcpy(tcp + 20, s.options.constData(), size_t(s.options.size()));
    if (s.payloadLength > 0)
        memcpy(tcp + tcpHeader, s.payload, size_t(s.payloadLength));
    put16(tcp + 16, finish(sum16(tcp, tcpLength, pseudo)));
}

QByteArray TcpIpPacket::build(const Segment &segment)
{
    QByteArray out;
    append(out, segment);
    return out;
}

} // namespace ecv
