// SPDX-License-Identifier: Apache-2.0
#include "core/normalize/tuple_key.h"

#include "core/wire/ecapture_tuple.h"

namespace ecv {

namespace {

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

size_t qHash(const TupleKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, quint8(key.form), key.src, key.dst, key.text, key.srcPort, key.dstPort);
}

TupleKeys::TupleKeys()
{
    clear();
}

void TupleKeys::clear()
{
    m_texts = {QString()};
    m_normalized = {false};
    m_ids.clear();
    m_lastId = 0;
}

quint32 TupleKeys::idOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (m_texts.at(m_lastId) == text)
        return m_lastId;
    auto it = m_ids.constFind(text);
    if (it == m_ids.constEnd()) {
        it = m_ids.insert(text, quint32(m_texts.size()));
        m_texts.append(text);
        m_normalized.append(EcaptureTuple::normalizeIp(text) == text);
    }
    m_lastId = *it;
    return m_lastId;
}

const QString &TupleKeys::at(quint32 id) const
{
    return id < quint32(m_texts.size()) ? m_texts.at(id) : m_texts.at(0);
}

QString TupleKeys::toString(const TupleKey &key) const
{
    if (key.form == TupleKey::Form::Text)
        return at(key.text);
    return format(key.form, at(key.src), key.srcPort, at(key.dst), key.dstPort);
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
    const quint32 src = idOf(srcIp);
    const quint32 dst = idOf(dstIp);
    if (!m_normalized.at(src) || !m_normalized.at(dst))
        return false;
    key.form = form;
    key.src = src;
    key.srcPort = quint16(srcPort);
    key.dst = dst;
    key.dstPort = quint16(dstPort);
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
    key.text = idOf(text);
    return key;
}

} // namespace ecv
