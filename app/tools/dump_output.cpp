// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_output.h"

#include "core/fields/event_fields.h"
#include "tools/dump_http.h"
#include "tools/terminal_text.h"

namespace ecv::dump {

namespace {

/// First line of @p data with control bytes replaced, at most @p max characters.
QString infoText(const QByteArray &data, int max)
{
    QString out;
    out.reserve(max);
    for (qsizetype i = 0; i < data.size() && out.size() < max; ++i) {
        const char c = data.at(i);
        if (c == '\r' || c == '\n') {
            if (!out.isEmpty())
                break;
            continue;
        }
        out.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.'));
    }
    return out;
}

QString endpointText(const QString &ip, qint32 port)
{
    if (ip.isEmpty() && port < 0)
        return QStringLiteral("?");
    const QString host = ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']')
                                                       : (ip.isEmpty() ? QStringLiteral("?") : ip);
    return port >= 0 ? host + QLatin1Char(':') + QString::number(port) : host;
}

} // namespace

const QVector<EventFieldProvider> &eventFieldProviders()
{
    // Add extra per-event fields here (e.g. the HTTP dissector's http.* fields).
    static const QVector<EventFieldProvider> providers = {
        [](const CaptureStore &store, int index, const CapturedEvent &, QJsonObject &object) {
            const quint32 conversation = store.eventAt(index).conversationId;
            if (conversation != 0)
                object.insert(QStringLiteral("event.conversation"), qint64(conversation));
        },
        addHttpFields, // http.* on the event where an HTTP message begins (dump_http.h)
    };
    return providers;
}

QJsonObject eventObject(const CaptureStore &store, int index, const CapturedEvent &event)
{
    QJsonObject object = EventFields::toJson(event);
    for (const EventFieldProvider &provider : eventFieldProviders())
        provider(store, index, event, object);
    return object;
}

QString eventTextLine(const CaptureStore &store, int index, const CapturedEvent &event,
                      qint64 firstTimeNs)
{
    // In double: damaged times (INT64_MIN, year 2262) must not overflow the subtraction.
    const double seconds = (double(event.timeNs) - double(firstTimeNs)) / 1e9;
    QString process = event.processName.isEmpty() ? QStringLiteral("?") : event.processName;
    if (event.pid >= 0)
        process += QLatin1Char('[') + QString::number(event.pid) + QLatin1Char(']');
    QString protocol = probeName(event.probe);
    if (protocol.isEmpty())
        protocol = EventFields::eraName(event.era);
    const QString kind = eventKindName(event.kind);
    if (!kind.isEmpty())
        protocol += QLatin1Char('/') + kind;
    // Decoded HTTP where there is some: "HTTP" / "GET /path HTTP/1.1", and the request's host.
    const HttpEventFields http = httpFields(store, index);
    if (!http.protocol.isEmpty())
        protocol = http.protocol;
    QString info = http.info.isEmpty() ? infoText(event.data, 80) : http.info;
    if (info.isEmpty())
        info = event.tuple; // connect and socket-destroy notices: what they announce
    if (!event.warnings.isEmpty())
        info += QStringLiteral(" [") + event.warnings.first() + QLatin1Char(']');
    const QString line =
        QStringLiteral("%1 %2 %3 %4 -> %5 %6 %7 %8 %9")
            .arg(event.frameNumber, 6)
            .arg(seconds, 12, 'f', 6)
            .arg(process, -16)
            .arg(endpointText(event.srcIp, event.srcPort), 21)
            .arg(endpointText(event.dstIp, event.dstPort), -21)
            .arg(protocol, -14)
            .arg(event.data.size(), 6)
            .arg(http.hostColumn.isEmpty() ? QStringLiteral("-") : http.hostColumn, -20)
            .arg(info);
    // Process names and decoded HTTP text come from the stream too: no ESC sequence, BEL or CR
    // may reach the terminal (C0, DEL and C1 become '.', as in infoText()).
    return terminal::safeText(line);
}

QJsonObject summaryObject(const CaptureStore &store)
{
    QJsonObject summary;
    summary.insert(QStringLiteral("frames"), qint64(store.frameCount()));
    summary.insert(QStringLiteral("run_logs"), store.ecaptureRunLogCount());
    summary.insert(QStringLiteral("heartbeats"), int(store.heartbeats().size()));
    summary.insert(QStringLiteral("events"), store.eventCount());
    summary.insert(QStringLiteral("undecodable"), int(store.undecodable().size()));
    return summary;
}

} // namespace ecv::dump
