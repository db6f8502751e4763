// SPDX-License-Identifier: Apache-2.0
#include "core/capture/event_index.h"

#include <algorithm>
#include <limits>

namespace ecv {

namespace {

bool fitsInt32(qint64 v)
{
    return v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max();
}

/// eCapture v2's printed tuple: "[a]:p->[b]:q", brackets for IPv4 too (event_connect.go).
QString printedTuple(const QString &a, qint32 p, const QString &b, qint32 q)
{
    return QLatin1Char('[') + a + QStringLiteral("]:") + QString::number(p) +
           QStringLiteral("->[") + b + QStringLiteral("]:") + QString::number(q);
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    // Usually the very same shared buffer: skip the memcmp then.
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

/// Every field except the pooled strings of StringOverrides and the data bytes.
bool sameScalars(const CapturedEvent &a, const CapturedEvent &b)
{
    return a.frameNumber == b.frameNumber && a.arrivalNs == b.arrivalNs && a.timeNs == b.timeNs &&
           a.timeSource == b.timeSource && a.era == b.era && a.probe == b.probe &&
           a.kind == b.kind && a.direction == b.direction && a.format == b.format &&
           a.pid == b.pid && a.tid == b.tid && a.uid == b.uid && a.fd == b.fd &&
           a.processName == b.processName && a.srcIp == b.srcIp && a.srcPort == b.srcPort &&
           a.dstIp == b.dstIp && a.dstPort == b.dstPort && a.rolesInferred == b.rolesInferred &&
           a.ecaptureType == b.ecaptureType && a.declaredLength == b.declaredLength &&
           a.returnValue == b.returnValue;
}

} // namespace

int EventIndex::append(const CapturedEvent &normalized, const CapturedEvent &decoded)
{
    const int index = int(m_entries.size());
    EventIndexEntry e;
    e.timeNs = normalized.timeNs;
    e.frameNumber = normalized.frameNumber;
    e.dataLength = quint32(normalized.data.size());
    e.pid = fitsInt32(normalized.pid) ? qint32(normalized.pid) : -1;
    e.tid = fitsInt32(normalized.tid) ? qint32(normalized.tid) : -1;
    e.fd = normalized.fd;
    e.processNameId = m_strings.intern(normalized.processName);
    e.srcAddrId = m_strings.intern(normalized.srcIp);
    e.dstAddrId = m_strings.intern(normalized.dstIp);
    quint32 flags = 0;
    if (normalized.srcPort >= 0 && normalized.srcPort <= 0xffff) {
        e.srcPort = quint16(normalized.srcPort);
        flags |= EventIndexEntry::HasSrcPort;
    }
    if (normalized.dstPort >= 0 && normalized.dstPort <= 0xffff) {
        e.dstPort = quint16(normalized.dstPort);
        flags |= EventIndexEntry::HasDstPort;
    }
    if (normalized.ecaptureType >= 0 && normalized.ecaptureType <= 0xffffffffLL) {
        e.ecaptureType = quint32(normalized.ecaptureType);
        flags |= EventIndexEntry::HasEcaptureType;
    }
    if (normalized.rolesInferred)
        flags |= EventIndexEntry::RolesInferred;
    if (!normalized.warnings.isEmpty())
        flags |= EventIndexEntry::HasWarning;
    e.era = quint32(normalized.era) & 0xf;
    e.probe = quint32(normalized.probe) & 0xf;
    e.kind = quint32(normalized.kind) & 0xf;
    e.direction = quint32(normalized.direction) & 0x3;
    e.format = quint32(normalized.format) & 0xf;
    e.timeSource = quint32(normalized.timeSource) & 0x3;

    e.flags = flags & 0xfff;
    e.conversationId = m_conversations.assign(normalized, e, index, m_strings);

    // What would restore() give? Keep aside whatever it would get wrong.
    CapturedEvent rebuilt = decoded;
    overlay(e, rebuilt);
    bool stringsDiffer = rebuilt.tuple != normalized.tuple || rebuilt.uuid != normalized.uuid ||
                         rebuilt.status != normalized.status ||
                         rebuilt.warnings != normalized.warnings;
    // A warning with a line break would not survive the '\n' join: keep such an event whole.
    const bool awkwardWarnings =
        stringsDiffer &&
        std::any_of(normalized.warnings.cbegin(), normalized.warnings.cend(),
                    [](const QString &w) { return w.contains(QLatin1Char('\n')); });
    const bool scalarsDiffer = awkwardWarnings || !sameScalars(rebuilt, normalized);
    const bool dataDiffers = !sameBytes(rebuilt.data, normalized.data);
    // A v2 data event's tuple is joined from its connect. Mostly it is just the event's own
    // endpoints as eCapture prints them (client first): rebuild it then. Else it is the same
    // text for every event of the conversation: keep it once there, not per event.
    if (stringsDiffer && !scalarsDiffer && rebuilt.tuple.isEmpty() &&
        rebuilt.uuid == normalized.uuid && rebuilt.status == normalized.status &&
        rebuilt.warnings == normalized.warnings) {
        if (rebuilt.srcPort >= 0 && rebuilt.dstPort >= 0 &&
            normalized.tuple ==
                printedTuple(rebuilt.srcIp, rebuilt.srcPort, rebuilt.dstIp, rebuilt.dstPort)) {
            e.flags = e.flags | EventIndexEntry::TupleSrcToDst;
            stringsDiffer = false;
        } else if (rebuilt.srcPort >= 0 && rebuilt.dstPort >= 0 &&
                   normalized.tuple == printedTuple(rebuilt.dstIp, rebuilt.dstPort, rebuilt.srcIp,
                                                    rebuilt.srcPort)) {
            e.flags = e.flags | EventIndexEntry::TupleDstToSrc;
            stringsDiffer = false;
        } else if (e.conversationId != 0) {
            const quint32 tupleId = m_strings.intern(normalized.tuple);
            if (m_conversations.adoptTuple(e.conversationId, tupleId) == tupleId) {
                e.flags = e.flags | EventIndexEntry::TupleFromConversation;
                stringsDiffer = false;
            }
        }
    }
    if (stringsDiffer || scalarsDiffer || dataDiffers)
        e.flags = e.flags | EventIndexEntry::HasOverrides;
    if (stringsDiffer) {
        Side side;
        side.index = index;
        side.strings.tupleId = m_strings.intern(normalized.tuple);
        side.strings.uuidId = m_strings.intern(normalized.uuid);
        side.strings.statusId = m_strings.intern(normalized.status);
        side.strings.warningsId = m_strings.intern(normalized.warnings.join(QLatin1Char('\n')));
        m_side.append(side);
    }
    if (scalarsDiffer) {
        CapturedEvent copy = normalized;
        copy.data.clear();
        m_verbatim.insert(index, copy);
    }
    if (dataDiffers)
        m_verbatimData.insert(index, normalized.data);
    m_entries.append(e);
    return index;
}

ConversationInfo EventIndex::conversation(quint32 id) const
{
    ConversationInfo info;
    if (id == 0 || id > quint32(m_conversations.count()))
        return info;
    const ConversationTracker::Record &record = m_conversations.record(id);
    const EventIndexEntry &first = m_entries.at(record.firstEvent);
    info.id = id;
    info.keyKind = ConversationInfo::KeyKind(record.keyKind);
    info.pid = first.pid;
    info.fd = first.fd;
    info.processName = m_strings.at(first.processNameId);
    const QString &src = m_strings.at(first.srcAddrId);
    const QString &dst = m_strings.at(first.dstAddrId);
    const qint32 srcPort = (first.flags & EventIndexEntry::HasSrcPort) ? first.srcPort : -1;
    const qint32 dstPort = (first.flags & EventIndexEntry::HasDstPort) ? first.dstPort : -1;
    if (info.keyKind == ConversationInfo::KeyKind::Tuple) {
        const bool received = Direction(first.direction) == Direction::Recv;
        info.localIp = received ? dst : src;
        info.localPort = received ? dstPort : srcPort;
        info.peerIp = received ? src : dst;
        info.peerPort = received ? srcPort : dstPort;
    }
    info.key = ConversationTracker::describeKey(info.keyKind, info.pid, info.fd, src, srcPort, dst,
                                                dstPort, m_strings.at(record.uuidKeyId));
    info.firstTimeNs = first.timeNs;
    info.lastTimeNs = m_entries.at(record.lastEvent).timeNs;
    info.eventIndexes.reserve(qsizetype(record.eventCount));
    for (qint32 i = record.firstEvent; i >= 0; i = m_conversations.nextEvent(i)) {
        const EventIndexEntry &e = m_entries.at(i);
        if (Direction(e.direction) == Direction::Send)
            info.bytesSent += e.dataLength;
        else if (Direction(e.direction) == Direction::Recv)
            info.bytesReceived += e.dataLength;
        info.eventIndexes.append(i);
    }
    return info;
}

QVector<int> EventIndex::conversationEventIndexes(quint32 id) const
{
    QVector<int> indexes;
    if (id == 0 || id > quint32(m_conversations.count()))
        return indexes;
    const ConversationTracker::Record &record = m_conversations.record(id);
    indexes.reserve(qsizetype(record.eventCount));
    for (qint32 i = record.firstEvent; i >= 0; i = m_conversations.nextEvent(i))
        indexes.append(i);
    return indexes;
}

int EventIndex::conversationEventCount(quint32 id) const
{
    if (id == 0 || id > quint32(m_conversations.count()))
        return 0;
    return int(m_conversations.record(id).eventCount);
}

CapturedEvent EventIndex::indexed(int index) const
{
    CapturedEvent event;
    restore(index, event);
    event.data.clear(); // an event whose bytes the normalizer changed keeps them aside
    return event;
}

void EventIndex::overlay(const EventIndexEntry &e, CapturedEvent &event) const
{
    event.frameNumber = e.frameNumber;
    event.timeNs = e.timeNs;
    event.timeSource = TimeSource(e.timeSource);
    event.era = Era(e.era);
    event.probe = Probe(e.probe);
    event.kind = EventKind(e.kind);
    event.direction = Direction(e.direction);
    event.format = PayloadFormat(e.format);
    event.pid = e.pid;
    event.tid = e.tid;
    event.fd = e.fd;
    event.processName = m_strings.at(e.processNameId);
    event.srcIp = m_strings.at(e.srcAddrId);
    event.dstIp = m_strings.at(e.dstAddrId);
    event.srcPort = (e.flags & EventIndexEntry::HasSrcPort) ? qint32(e.srcPort) : -1;
    event.dstPort = (e.flags & EventIndexEntry::HasDstPort) ? qint32(e.dstPort) : -1;
    event.ecaptureType = (e.flags & EventIndexEntry::HasEcaptureType) ? qint64(e.ecaptureType) : -1;
    event.rolesInferred = (e.flags & EventIndexEntry::RolesInferred) != 0;
}

const EventIndex::Side *EventIndex::sideOf(int index) const
{
    auto it = std::lower_bound(m_side.cbegin(), m_side.cend(), index,
                               [](const Side &s, int i) { return s.index < i; });
    return it != m_side.cend() && it->index == index ? &*it : nullptr;
}

void EventIndex::restore(int index, CapturedEvent &event) const
{
    const EventIndexEntry &e = m_entries.at(index);
    overlay(e, event);
    if (e.flags & EventIndexEntry::TupleSrcToDst)
        event.tuple = printedTuple(event.srcIp, event.srcPort, event.dstIp, event.dstPort);
    else if (e.flags & EventIndexEntry::TupleDstToSrc)
        event.tuple = printedTuple(event.dstIp, event.dstPort, event.srcIp, event.srcPort);
    else if (e.flags & EventIndexEntry::TupleFromConversation)
        event.tuple = m_strings.at(m_conversations.record(e.conversationId).tupleId);
    if (!(e.flags & EventIndexEntry::HasOverrides))
        return;
    if (const Side *side = sideOf(index)) {
        event.tuple = m_strings.at(side->strings.tupleId);
        event.uuid = m_strings.at(side->strings.uuidId);
        event.status = m_strings.at(side->strings.statusId);
        const QString &warnings = m_strings.at(side->strings.warningsId);
        event.warnings = warnings.isEmpty() ? QStringList() : warnings.split(QLatin1Char('\n'));
    }
    auto verbatim = m_verbatim.constFind(index);
    if (verbatim != m_verbatim.constEnd()) {
        QByteArray data = event.data;
        event = verbatim.value();
        event.data = data;
    }
    auto data = m_verbatimData.constFind(index);
    if (data != m_verbatimData.constEnd())
        event.data = data.value();
}

qint64 EventIndex::memoryBytes() const
{
    qint64 bytes = m_entries.memoryBytes();
    bytes += qint64(m_side.capacity()) * qint64(sizeof(Side));
    bytes += qint64(m_verbatim.size()) * 400;
    for (const QByteArray &d : m_verbatimData)
        bytes += d.capacity() + 64;
    return bytes + m_strings.memoryBytes() + m_conversations.memoryBytes();
}

void EventIndex::clear()
{
    m_entries.clear();
    m_strings.clear();
    m_conversations.clear();
    m_side.clear();
    m_verbatim.clear();
    m_verbatimData.clear();
}

} // namespace ecv
