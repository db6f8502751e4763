// SPDX-License-Identifier: Apache-2.0
#include "core/fields/event_fields.h"

#include <QJsonValue>

namespace ecv {

QString EventFields::eraName(Era era)
{
    switch (era) {
    case Era::V140Json:
        return QStringLiteral("v1.4.0-json");
    case Era::V1Protobuf:
        return QStringLiteral("v1-protobuf");
    case Era::V1RawText:
        return QStringLiteral("v1-raw-text");
    case Era::V2Text:
        return QStringLiteral("v2-text");
    case Era::ConnectOut:
        return QStringLiteral("connect-out");
    case Era::Unknown:
        break;
    }
    return {};
}

QJsonObject EventFields::toJson(const CapturedEvent &e)
{
    QJsonObject o;
    o.insert(QLatin1String("frame.number"), qint64(e.frameNumber));
    o.insert(QLatin1String("frame.time"), e.timeNs);
    if (e.pid >= 0)
        o.insert(QLatin1String("process.pid"), e.pid);
    if (e.tid >= 0)
        o.insert(QLatin1String("process.tid"), e.tid);
    if (!e.processName.isEmpty())
        o.insert(QLatin1String("process.name"), e.processName);
    if (e.fd >= 0)
        o.insert(QLatin1String("event.fd"), e.fd);
    if (e.direction != Direction::Unknown)
        o.insert(QLatin1String("event.direction"), directionName(e.direction));
    if (!e.srcIp.isEmpty()) {
        o.insert(QLatin1String("ip.src"), e.srcIp);
        if (e.srcPort >= 0)
            o.insert(QLatin1String("tcp.srcport"), e.srcPort);
    }
    if (!e.dstIp.isEmpty()) {
        o.insert(QLatin1String("ip.dst"), e.dstIp);
        if (e.dstPort >= 0)
            o.insert(QLatin1String("tcp.dstport"), e.dstPort);
    }
    // proto3 leaves 0 off the wire, so eCapture's type 0 is indistinguishable from "no type".
    if (e.ecaptureType > 0)
        o.insert(QLatin1String("event.type"), e.ecaptureType);
    if (e.kind == EventKind::Data || e.kind == EventKind::Shell || e.kind == EventKind::Query ||
        e.kind == EventKind::Unknown)
        o.insert(QLatin1String("event.length"), qint64(e.data.size()));
    else if (e.kind == EventKind::DataNotice && e.declaredLength >= 0)
        o.insert(QLatin1String("event.length"), e.declaredLength); // NSPR's DataLen, no bytes
    if (!e.uuid.isEmpty())
        o.insert(QLatin1String("event.uuid"), e.uuid);
    if (!e.tuple.isEmpty())
        o.insert(QLatin1String("event.tuple"), e.tuple);
    const QString kind = eventKindName(e.kind);
    if (!kind.isEmpty())
        o.insert(QLatin1String("event.kind"), kind);
    const QString probe = probeName(e.probe);
    if (!probe.isEmpty())
        o.insert(QLatin1String("event.probe"), probe);
    const QString era = eraName(e.era);
    if (!era.isEmpty())
        o.insert(QLatin1String("event.era"), era);
    return o;
}

} // namespace ecv
