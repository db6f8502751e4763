// SPDX-License-Identifier: Apache-2.0
#include "core/export/endpoint_allocator.h"

namespace ecv {

namespace {
constexpr quint16 EphemeralFirst = 49152; // RFC 6335 §6 dynamic ports
constexpr quint32 EphemeralCount = 16384;
} // namespace

quint32 EndpointAllocator::stableHash(const QByteArray &text)
{
    quint32 h = 2166136261u;
    for (char c : text) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QByteArray EndpointAllocator::tupleKey(const TcpEndpoint &client, const TcpEndpoint &server)
{
    QByteArray key = client.address;
    key += char(client.port >> 8);
    key += char(client.port & 0xFF);
    key += server.address;
    key += char(server.port >> 8);
    key += char(server.port & 0xFF);
    return key;
}

bool EndpointAllocator::take(const TcpEndpoint &client, const TcpEndpoint &server)
{
    const QByteArray key = tupleKey(client, server);
    if (m_used.contains(key))
        return false;
    m_used.insert(key);
    return true;
}

EndpointAllocator::Choice EndpointAllocator::allocate(const TcpEndpoint &client,
                                                      const TcpEndpoint &server, quint32 hash)
{
    Choice c;
    const bool real = client.isValid() && server.isValid() && client.port != 0 &&
                      server.port != 0 && client.isIpv6() == server.isIpv6();
    if (real) {
        c.client = client;
        c.server = server;
        if (take(c.client, c.server))
            return c;
        c.remapped = true;
    } else {
        c.placeholder = true;
        c.client = TcpEndpoint::fromText(QStringLiteral("127.0.0.1"), 0);
        c.server = TcpEndpoint::fromText(QStringLiteral("127.0.0.2"), 80);
    }
    // Probe the dynamic range from the hash; if it is full for this pair of addresses, move the
    // client address on (127.0.0.3, …; for IPv6 the last byte).
    for (quint32 round = 0;; ++round) {
        for (quint32 k = 0; k < EphemeralCount; ++k) {
            c.client.port = quint16(EphemeralFirst + (hash + k) % EphemeralCount);
            if (take(c.client, c.server))
                return c;
        }
        QByteArray &a = c.client.address;
        a[a.size() - 1] = char(quint8(a[a.size() - 1]) + 1 + (round == 0 && c.placeholder ? 1 : 0));
    }
}

} // namespace ecv
