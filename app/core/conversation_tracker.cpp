// SPDX-License-Identifier: Apache-2.0
#include "conversation_tracker.h"

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

void ConversationTracker::retireKeys(const CapturedEvent &connect)
{
    if (connect.pid >= 0 && connect.fd >= 0)
        m_byKey.remove(pidFdKey(connect.pid, connect.fd));
    if (hasTuple(connect))
        m_byKey.remove(tupleKey(connect));
}

quint32 ConversationTracker::assign(const CapturedEvent &event, int eventIndex)
{
    if (event.kind == EventKind::Connect) {
        retireKeys(event);
        return 0;
    }
    ConversationInfo::KeyKind kind = ConversationInfo::KeyKind::Tuple;
    const QString key = keyFor(event, &kind);
    if (key.isEmpty())
        return 0;
    quint32 id = m_byKey.value(key, 0);
    if (id == 0) {
        ConversationInfo info;
        info.id = quint32(m_conversations.size() + 1);
        info.keyKind = kind;
        info.key = key;
        info.pid = event.pid;
        info.fd = event.fd;
        info.processName = event.processName;
        if (kind == ConversationInfo::KeyKind::Tuple) {
            const bool received = event.direction == Direction::Recv;
            info.localIp = received ? event.dstIp : event.srcIp;
            info.localPort = received ? event.dstPort : event.srcPort;
            info.peerIp = received ? event.srcIp : event.dstIp;
            info.peerPort = received ? event.srcPort : event.dstPort;
        }
        info.firstTimeNs = event.timeNs;
        m_conversations.append(info);
        id = info.id;
        m_byKey.insert(key, id);
    }
    ConversationInfo &info = m_conversations[int(id - 1)];
    info.lastTimeNs = event.timeNs;
    if (info.fd < 0)
        info.fd = event.fd;
    if (event.direction == Direction::Send)
        info.bytesSent += quint64(event.data.size());
    else if (event.direction == Direction::Recv)
        info.bytesReceived += quint64(event.data.size());
    info.eventIndexes.append(eventIndex);
    return id;
}

const ConversationInfo &ConversationTracker::conversation(quint32 id) const
{
    static const ConversationInfo empty;
    if (id == 0 || id > quint32(m_conversations.size()))
        return empty;
    return m_conversations.at(int(id - 1));
}

qint64 ConversationTracker::memoryBytes() const
{
    qint64 bytes = qint64(m_conversations.capacity()) * qint64(sizeof(ConversationInfo));
    for (const ConversationInfo &c : m_conversations)
        bytes += qint64(c.eventIndexes.capacity()) * 4 + 4 * (c.key.capacity() + 32);
    return bytes;
}

void ConversationTracker::clear()
{
    m_conversations.clear();
    m_byKey.clear();
}

} // namespace ecv
