// SPDX-License-Identifier: Apache-2.0
#include "core/capture/conversation_tracker.h"

#include "core/capture/event_index_entry.h"
#include "core/capture/string_pool.h"

namespace ecv {

namespace {

QString endpoint(const QString &ip, qint32 port)
{
    if (ip.contains(QLatin1Char(':')))
        return QLatin1Char('[') + ip + QStringLiteral("]:") + QString::number(port);
    return ip + QLatin1Char(':') + QString::number(port);
}

bool isUnspecified(const QString &ip)
{
    return ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}

bool belongsToConversation(EventKind kind)
{
    switch (kind) {
    case EventKind::Connect:
    case EventKind::SocketDestroy:
    case EventKind::Shell:
    case EventKind::Query:
        return false;
    case EventKind::Data:
    case EventKind::DataNotice:
    case EventKind::Unknown:
        break;
    }
    return true;
}

/** Tuple key of @p entry's pid and endpoints; both directions give the same key (ordered ends). */
ConversationTracker::Key orderedTupleKey(const EventIndexEntry &entry)
{
    ConversationTracker::Key key;
    key.kind = quint8(ConversationInfo::KeyKind::Tuple);
    key.pid = entry.pid;
    const quint64 src = (quint64(entry.srcAddrId) << 16) | entry.srcPort;
    const quint64 dst = (quint64(entry.dstAddrId) << 16) | entry.dstPort;
    const bool srcFirst = src <= dst;
    key.a = srcFirst ? entry.srcAddrId : entry.dstAddrId;
    key.portA = srcFirst ? entry.srcPort : entry.dstPort;
    key.b = srcFirst ? entry.dstAddrId : entry.srcAddrId;
    key.portB = srcFirst ? entry.dstPort : entry.srcPort;
    return key;
}

bool isNumber(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString tupleKey(const CapturedEvent &event)
{
    // Order the two endpoints so both directions give the same key.
    QString a = endpoint(event.srcIp, event.srcPort);
    QString b = endpoint(event.dstIp, event.dstPort);
    if (b < a)
        std::swap(a, b);
    QString key = a + QStringLiteral(" <-> ") + b;
    if (event.pid >= 0)
        key += QStringLiteral(", pid ") + QString::number(event.pid);
    return key;
}

QString pidFdKey(qint64 pid, qint32 fd)
{
    return QStringLiteral("pid %1 fd %2").arg(pid).arg(fd);
}

} // namespace

bool ConversationTracker::hasTuple(const CapturedEvent &event)
{
    return !event.srcIp.isEmpty() && !event.dstIp.isEmpty() && event.srcPort > 0 &&
           event.srcPort <= 65535 && event.dstPort > 0 && event.dstPort <= 65535 &&
           !isUnspecified(event.srcIp) && !isUnspecified(event.dstIp);
}

QString ConversationTracker::uuidConnectionKey(const QString &uuid, Probe probe)
{
    QString text = uuid;
    if (text.startsWith(QLatin1String("sock:")))
        text.remove(0, 5);
    QStringList parts = text.split(QLatin1Char('_'));
    if (parts.size() < 2)
        return text;
    // pid_tid_…: drop the tid (mysql/postgres uuids are pid_comm and have none).
    if (parts.size() >= 3 && isNumber(parts.at(1)))
        parts.removeAt(1);
    // openssl: pid_comm_fd_datatype_tuple[_…]: the datatype precedes the tuple.
    for (int i = 2; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p.contains(QLatin1Char(':')) && p.contains(QLatin1Char('-'))) {
            if (parts.at(i - 1) == QLatin1String("0") || parts.at(i - 1) == QLatin1String("1"))
                parts.removeAt(i - 1);
            return parts.join(QLatin1Char('_'));
        }
    }
    // gnutls/nspr: pid_comm_datatype. gotls (pid_tid_comm) has no direction part.
    if ((probe == Probe::GnuTls || probe == Probe::Nspr || probe == Probe::Unknown) &&
        parts.size() >= 3 &&
        (parts.last() == QLatin1String("0") || parts.last() == QLatin1String("1")))
        parts.removeLast();
    return parts.join(QLatin1Char('_'));
}

QString ConversationTracker::keyFor(const CapturedEvent &event, ConversationInfo::KeyKind *kind)
{
    if (!belongsToConversation(event.kind))
        return {};
    if (hasTuple(event)) {
        if (kind)
            *kind = ConversationInfo::KeyKind::Tuple;
        return tupleKey(event);
    }
    if (event.pid >= 0 && event.fd >= 0) {
        if (kind)
            *kind = ConversationInfo::KeyKind::PidFd;
        return pidFdKey(event.pid, event.fd);
    }
    if (!event.uuid.isEmpty()) {
        if (kind)
            *kind = ConversationInfo::KeyKind::Uuid;
        return QStringLiteral("uuid ") + uuidConnectionKey(event.uuid, event.probe);
    }
    return {};
}

QString ConversationTracker::describeKey(ConversationInfo::KeyKind kind, qint64 pid, qint32 fd,
                                         const QString &ipA, qint32 portA, const QString &ipB,
                                         qint32 portB, const QString &uuidKey)
{
    switch (kind) {
    case ConversationInfo::KeyKind::Tuple: {
        CapturedEvent e;
        e.pid = pid;
        e.srcIp = ipA;
        e.srcPort = portA;
        e.dstIp = ipB;
        e.dstPort = portB;
        return tupleKey(e);
    }
    case ConversationInfo::KeyKind::PidFd:
        return pidFdKey(pid, fd);
    case ConversationInfo::KeyKind::Uuid:
        break;
    }
    return QStringLiteral("uuid ") + uuidKey;
}

bool ConversationTracker::makeKey(const CapturedEvent &event, const EventIndexEntry &entry,
                                  StringPool &pool, Key &key) const
{
    if (!belongsToConversation(event.kind))
        return false;
    if (hasTuple(event)) {
        key = orderedTupleKey(entry);
        return true;
    }
    if (event.pid >= 0 && event.fd >= 0) {
        key.kind = quint8(ConversationInfo::KeyKind::PidFd);
        key.pid = entry.pid;
        key.fd = event.fd;
        return true;
    }
    if (!event.uuid.isEmpty()) {
        key.kind = quint8(ConversationInfo::KeyKind::Uuid);
        key.a = pool.intern(uuidConnectionKey(event.uuid, event.probe));
        return true;
    }
    return false;
}

void ConversationTracker::retireKeys(const EventIndexEntry &connect)
{
    if (connect.pid >= 0 && connect.fd >= 0) {
        Key key;
        key.kind = quint8(ConversationInfo::KeyKind::PidFd);
        key.pid = connect.pid;
        key.fd = connect.fd;
        m_byKey.remove(key);
    }
    if ((connect.flags & EventIndexEntry::HasSrcPort) &&
        (connect.flags & EventIndexEntry::HasDstPort)) {
        m_byKey.remove(orderedTupleKey(connect));
    }
}

quint32 ConversationTracker::assign(const CapturedEvent &event, const EventIndexEntry &entry,
                                    int eventIndex, StringPool &pool)
{
    while (m_next.size() <= eventIndex)
        m_next.append(-1);
    if (event.kind == EventKind::Connect) {
        retireKeys(entry);
        return 0;
    }
    Key key;
    if (!makeKey(event, entry, pool, key))
        return 0;
    quint32 &slot = m_byKey[key];
    if (slot == 0) {
        Record record;
        record.firstEvent = eventIndex;
        record.keyKind = key.kind;
        if (key.kind == quint8(ConversationInfo::KeyKind::Uuid))
            record.uuidKeyId = key.a;
        m_records.append(record);
        slot = quint32(m_records.size());
    } else {
        m_next[m_records.at(qsizetype(slot) - 1).lastEvent] = eventIndex;
    }
    Record &record = m_records[qsizetype(slot) - 1];
    record.lastEvent = eventIndex;
    ++record.eventCount;
    return slot;
}

quint32 ConversationTracker::adoptTuple(quint32 id, quint32 tupleId)
{
    Record &record = m_records[qsizetype(id) - 1];
    if (record.tupleId == 0)
        record.tupleId = tupleId;
    return record.tupleId;
}

qint64 ConversationTracker::memoryBytes() const
{
    // QHash: entries in spans, at most half the buckets used (about 2 entries' worth each).
    const qint64 hashBytes = qint64(m_byKey.capacity()) * qint64(sizeof(Key) + 8) +
                             qint64(m_byKey.capacity()) / 128 * 160;
    return hashBytes + m_records.memoryBytes() + m_next.memoryBytes();
}

void ConversationTracker::clear()
{
    m_byKey.clear();
    m_records.clear();
    m_next.clear();
}

size_t qHash(const ConversationTracker::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.pid, key.fd, key.a, key.b, key.portA, key.portB, key.kind);
}

} // namespace ecv
