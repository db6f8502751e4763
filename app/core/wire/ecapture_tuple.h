// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace ecv {

/**
 * @brief A 4-tuple as eCapture prints it, split into addresses and ports.
 *
 * eCapture v2 prints `[ip]:port->[ip]:port` (brackets also for IPv4, event_connect.go:92-95);
 * v1 uuids end in `ip:port-ip:port` or `[ip6]:port-[ip6]:port` (user/event/event_openssl.go).
 * The order is eCapture's (client→server for v1 uuids and v2 connect/accept, local→remote for
 * a gotls WRITE); orienting it is EventNormalizer's job.
 */
struct EcaptureTuple
{
    QString srcIp; ///< RFC 5952 text for IPv6, dotted quad for IPv4, no brackets
    qint32 srcPort = -1;
    QString dstIp;
    qint32 dstPort = -1;

    /** @brief True when both ends are eCapture's "no connection" placeholders (0.0.0.0:0, [::]:0).
     */
    bool isPlaceholder() const;

    /** @brief Parses `A->B` (v2) or `A-B` (v1 uuid). Returns false when the text is not a tuple. */
    static bool parse(QStringView text, EcaptureTuple &tuple);
    /** @brief Parses one endpoint `ip:port` or `[ip]:port`. */
    static bool parseEndpoint(QStringView text, QString &ip, qint32 &port);
    /**
     * @brief Canonical text of an IP address: IPv6 in RFC 5952 form (inet_ntop), IPv4 as is.
     * Returns an empty string when @p text is not an address.
     */
    static QString normalizeIp(QStringView text);
};

} // namespace ecv
