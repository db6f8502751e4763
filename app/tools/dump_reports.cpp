// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_conversations.h"
#include "tools/dump_output.h"
#include "tools/dump_statistics.h"

#include <QJsonDocument>

namespace ecv::dump {

const QVector<Report> &dumpReports()
{
    // One row per -z report.
    static const QVector<Report> reports = {
        {QStringLiteral("summary"),
         QStringLiteral("counts of frames, run logs, heartbeats, events, undecodable frames "
                        "(one JSON object)"),
         [](const DumpCapture &capture, const QStringList &, QString *) {
             // Keys in the documented order (QJsonObject would sort them).
             QJsonObject summary = summaryObject(capture.store);
             // -Y: only the events that pass; the other frames are no events and keep counting.
             if (capture.passedEvents >= 0)
                 summary.insert(QStringLiteral("events"), capture.passedEvents);
             QByteArray text = "{";
             for (const char *key : {"frames", "run_logs", "heartbeats", "events", "undecodable"}) {
                 if (text.size() > 1)
                     text += ',';
                 text += '"' + QByteArray(key) +
                         "\":" + QByteArray::number(summary.value(QLatin1String(key)).toInteger());
             }
             return text + "}\n";
         }},
        {QStringLiteral("index"),
         QStringLiteral("memory held by the capture's in-memory index (one JSON object)"),
         [](const DumpCapture &capture, const QStringList &, QString *) {
             const CaptureStore &store = capture.store;
             QJsonObject o;
             const qint64 bytes = store.indexMemoryBytes();
             o.insert(QStringLiteral("events"), store.eventCount());
             o.insert(QStringLiteral("frames"), qint64(store.frameCount()));
             o.insert(QStringLiteral("conversations"), store.conversationCount());
             o.insert(QStringLiteral("index_bytes"), bytes);
             o.insert(QStringLiteral("index_bytes_per_event"),
                      store.eventCount() > 0 ? double(bytes) / store.eventCount() : 0.0);
             return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
         }},
        {QStringLiteral("conv"),
         QStringLiteral("conversations (like tshark -z conv,tcp); the first column is N for "
                        "-z follow,N"),
         conversationsReport},
        {QStringLiteral("follow"),
         QStringLiteral("follow,N or follow,tcp,ascii|hex|raw,N: conversation N's bytes (like "
                        "tshark -z follow,tcp,ascii,N)"),
         followReport},
        {QStringLiteral("endpoints"),
         QStringLiteral("addresses with events and bytes each way (like tshark -z endpoints,ip)"),
         endpointsReport},
        {QStringLiteral("processes"),
         QStringLiteral("processes with events, bytes sent and received, conversations"),
         processesReport},
        {QStringLiteral("http"),
         QStringLiteral("http,stat: requests by host and path, status codes, methods, latency "
                        "min/p50/p90/p99/max"),
         httpStatReport},
    };
    return reports;
}

const Report *findReport(const QString &spec, QStringList *args)
{
    QStringList parts = spec.split(QLatin1Char(','));
    const QString name = parts.takeFirst().trimmed();
    for (const Report &report : dumpReports()) {
        if (report.name == name) {
            if (args)
                *args = parts;
            return &report;
        }
    }
    return nullptr;
}

} // namespace ecv::dump
