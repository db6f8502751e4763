// SPDX-License-Identifier: Apache-2.0
#include "tuple_key.h"

#include "ecapture_tuple.h"

namespace ecv {

namespace {

// A long capture may see many distinct addresses: deduplication only saves memory, so its
// table is simply restarted when it gets this big.
constexpr qsizetype kMaxAddresses = 100000;

void appendEndpoint(QString &out, const QString &ip, qint32 port, bool brackets)
{
    if (brackets) {
        out += u'[';
        out += ip;
        out += u']';
    } else {
        out += ip;
    }
    out += u':';
    out += QString::number(port);
}

QString format(TupleKey::Form form, const QString &srcIp, qint32 srcPort, const QString &dstIp,
               qint32 dstPort)
{
    QString out;
    out.reserve(srcIp.size() + dstIp.size() + 20);
    if (form == TupleKey::Form::V2Printed) {
        appendEndpoint(out, srcIp, srcPort, true);
        out += QLatin1String("->");
        appendEndpoint(out, dstIp, dstPort, true);
    } else {
        appendEndpoint(out, srcIp, srcPort, srcIp.contains(u':'));
        out += u'-';
        appendEndpoint(out, dstIp, dstPort, dstIp.contains(u':'));
    }
    return out;
}

bool validPort(qint32 port)
{
    return port >= 0 && port <= 65535;
}

} // namespace

QString TupleKey::toString() const
{
    return form == Form::Text ? text : format(form, srcIp, srcPort, dstIp, dstPort);
}

size_t qHash(const TupleKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, quint8(key.form), key.srcIp, key.dstIp, key.srcPort, key.dstPort,
                      key.text);
}

QString TupleKeys::shared(const QString &ip)
{
    const auto it = m_addresses.constFind(ip);
    if (it != m_addresses.constEnd())
        return it.key();
    if (m_addresses.size() >= kMaxAddresses)
        m_addresses.clear();
    return m_addresses.insert(ip, EcaptureTuple::normalizeIp(ip) == ip).key();
}

bool TupleKeys::isNormalized(const QString &ip, QString *sharedIp)
{
    auto it = m_addresses.constFind(ip);
    if (it == m_addresses.constEnd()) {
        if (m_addresses.size() >= kMaxAddresses)
            m_addresses.clear();
        it = m_addresses.insert(ip, EcaptureTuple::normalizeIp(ip) == ip);
    }
    *sharedIp = it.key();
    return it.value();
}

bool TupleKeys::canonicalKey(const QString &text, const QString &srcIp, qint32 srcPort,
                             const QString &dstIp, qint32 dstPort, TupleKey &key)
{
    // Canonical = normalized addresses and valid ports that print back as exactly the text.
    // EcaptureTuple::parse() of such a text gives back these very endpoints, so the key depends
    // on the text alone, whichever way it was found.
    if (srcIp.isEmpty() || dstIp.isEmpty() || !validPort(srcPort) || !validPort(dstPort))
        return false;
    const TupleKey::Form form = text.startsWith(u'[') && text.contains(QLatin1String("->"))
                                    ? TupleKey::Form::V2Printed
                                    : TupleKey::Form::V1Uuid;
    if (format(form, srcIp, srcPort, dstIp, dstPort) != text)
        return false;
    QString src;
    QString dst;
    if (!isNormalized(srcIp, &src) || !isNormalized(dstIp, &dst))
        return false;
    key.form = form;
    key.srcIp = src;
    key.srcPort = srcPort;
    key.dstIp = dst;
    key.dstPort = dstPort;
    return true;
}

TupleKey TupleKeys::keyOf(const QString &text, const QString &srcIp, qint32 srcPort,
                          const QString &dstIp, qint32 dstPort)
{
    TupleKey key;
    if (canonicalKey(text, srcIp, srcPort, dstIp, dstPort, key))
        return key;
    // The event's endpoints did not come from this text (or it is not canonical): parse it.
    EcaptureTuple parsed;
    if (!text.isEmpty() && EcaptureTuple::parse(text, parsed) &&
        canonicalKey(text, parsed.srcIp, parsed.srcPort, parsed.dstIp, parsed.dstPort, key))
        return key;
    key.text = text;
    return key;
}

} // namespace ecv
