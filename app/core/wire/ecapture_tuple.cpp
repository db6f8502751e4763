// SPDX-License-Identifier: Apache-2.0
#include "core/wire/ecapture_tuple.h"

#include <arpa/inet.h>

namespace ecv {

namespace {

bool parsePort(QStringView text, qint32 &port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = qint32(value);
    return true;
}

bool isUnspecified(const QString &ip)
{
    return ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}

} // namespace

QString EcaptureTuple::normalizeIp(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    if (latin.isEmpty() || latin.size() > 64)
        return {};
    unsigned char buffer[16];
    char out[INET6_ADDRSTRLEN];
    if (inet_pton(AF_INET, latin.constData(), buffer) == 1)
        return QString::fromLatin1(latin);
    if (inet_pton(AF_INET6, latin.constData(), buffer) == 1 &&
        inet_ntop(AF_INET6, buffer, out, sizeof out) != nullptr)
        return QString::fromLatin1(out);
    return {};
}

bool EcaptureTuple::parseEndpoint(QStringView text, QString &ip, qint32 &port)
{
    text = text.trimmed();
    QStringView host;
    QStringView portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u':')
            return false;
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0)
            return false;
        host = text.first(colon);
        portText = text.mid(colon + 1);
    }
    const QString normalized = normalizeIp(host);
    if (normalized.isEmpty() || !parsePort(portText, port))
        return false;
    ip = normalized;
    return true;
}

bool EcaptureTuple::parse(QStringView text, EcaptureTuple &tuple)
{
    text = text.trimmed();
    qsizetype split = text.indexOf(QLatin1String("->"));
    qsizetype second = split + 2;
    if (split < 0) {
        // v1 uuid form: the separator is the first '-' after the first endpoint's port.
        qsizetype from = 0;
        if (text.startsWith(u'[')) {
            from = text.indexOf(u']');
            if (from < 0)
                return false;
        }
        split = text.indexOf(u'-', from);
        second = split + 1;
    }
    if (split <= 0)
        return false;
    EcaptureTuple parsed;
    if (!parseEndpoint(text.first(split), parsed.srcIp, parsed.srcPort) ||
        !parseEndpoint(text.mid(second), parsed.dstIp, parsed.dstPort))
        return false;
    tuple = parsed;
    return true;
}

bool EcaptureTuple::isPlaceholder() const
{
    return isUnspecified(srcIp) && srcPort == 0 && isUnspecified(dstIp) && dstPort == 0;
}

} // namespace ecv
