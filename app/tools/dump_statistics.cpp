// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_statistics.h"

#include <QJsonDocument>

#include "core/stats/http_statistics.h"
#include "core/stats/traffic_statistics.h"
#include "tools/terminal_text.h"

namespace ecv::dump {

namespace {

TrafficStatistics traffic(const CaptureStore &store)
{
    TrafficStatistics stats;
    for (int i = 0; i < store.eventCount(); ++i) {
        const EventIndexEntry &entry = store.eventAt(i);
        stats.add(store.indexedEvent(i), entry.dataLength, entry.conversationId);
    }
    return stats;
}

QByteArray output(const DumpCapture &capture, const QString &text, const QJsonObject &json)
{
    if (capture.json)
        return terminal::safeJson(QJsonDocument(json).toJson(QJsonDocument::Indented));
    // Process names and hosts come from the stream.
    return terminal::safeUtf8(text, terminal::Layout::Lines);
}

bool noArguments(const QStringList &args, const char *name, QString *error)
{
    if (args.isEmpty())
        return true;
    *error = QStringLiteral("expected %1 without arguments").arg(QLatin1String(name));
    return false;
}

} // namespace

QByteArray endpointsReport(const DumpCapture &capture, const QStringList &args, QString *error)
{
    // "endpoints,ip" as tshark spells it is accepted too.
    if (!(args.size() == 1 && args.first().trimmed() == QLatin1String("ip")) &&
        !noArguments(args, "endpoints or endpoints,ip", error))
        return {};
    const auto rows = traffic(capture.store).endpoints();
    return output(
        capture, TrafficStatistics::endpointsText(rows),
        QJsonObject{{QStringLiteral("endpoints"), TrafficStatistics::endpointsJson(rows)}});
}

QByteArray processesReport(const DumpCapture &capture, const QStringList &args, QString *error)
{
    if (!noArguments(args, "processes", error))
        return {};
    const auto rows = traffic(capture.store).processes();
    return output(
        capture, TrafficStatistics::processesText(rows),
        QJsonObject{{QStringLiteral("processes"), TrafficStatistics::processesJson(rows)}});
}

QByteArray httpStatReport(const DumpCapture &capture, const QStringList &args, QString *error)
{
    if (args.size() != 1 || args.first().trimmed() != QLatin1String("stat")) {
        *error = QStringLiteral("expected http,stat");
        return {};
    }
    HttpStatistics stats;
    for (quint32 id = 1; id <= quint32(capture.store.conversationCount()); ++id)
        if (const HttpAnalysis::EntryPtr entry = capture.http.entry(id))
            stats.add(entry->analysis);
    return output(capture, stats.text(), QJsonObject{{QStringLiteral("http"), stats.json()}});
}

} // namespace ecv::dump
