// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

#include "core/export/tcp_ip_packet.h"

namespace ecv {

/**
 * @brief Chooses the client and server endpoints of each synthesized TCP connection of one
 * export, so that no two connections share a 4-tuple (Wireshark would merge them into one
 * stream, or flag "TCP port numbers reused").
 *
 * A connection keeps its real endpoints when the events carry them and no earlier connection
 * of the export used the same 4-tuple; the second connection on a tuple (both ends of a loopback
 * connection captured, a reused port) keeps the server end and gets another client port. Without
 * real endpoints it gets placeholders: client 127.0.0.1, server 127.0.0.2 port 80 (Wireshark
 * tries HTTP there, and HTTP/2 after a connection preface), client port 49152 + (@p hash mod
 * 16384), the next free one on a clash. Never 0.0.0.0 or port 0. Deterministic for the same
 * sequence of calls. Not thread-safe.
 */
class EndpointAllocator
{
public:
    struct Choice
    {
        TcpEndpoint client;
        TcpEndpoint server;
        bool placeholder = false; ///< the events gave no endpoints
        bool remapped = false;    ///< real endpoints, client port changed to keep tuples apart
    };

    /**
     * @param client, server the real endpoints, or invalid ones when unknown
     * @param hash a stable number for the connection (e.g. of its pid and fd), spreads ports
     */
    Choice allocate(const TcpEndpoint &client, const TcpEndpoint &server, quint32 hash);

    /** @brief FNV-1a of @p text: the stable hash callers use. */
    static quint32 stableHash(const QByteArray &text);

private:
    static QByteArray tupleKey(const TcpEndpoint &client, const TcpEndpoint &server);
    bool take(const TcpEndpoint &client, const TcpEndpoint &server);

    QSet<QByteArray> m_used;
};

} // namespace ecv
