// SPDX-License-Identifier: Apache-2.0
#include "dump_output.h"

namespace ecv::dump {

const QVector<Report> &dumpReports()
{
    // One row per -z report; the HTTP issue adds "conv" and "follow" here.
    static const QVector<Report> reports = {
        {QStringLiteral("summary"),
         QStringLiteral("counts of frames, run logs, heartbeats, events, undecodable frames "
                        "(one JSON object)"),
         [](const CaptureStore &store, const QStringList &, QString *) {
             // Keys in the documented order (QJsonObject would sort them).
             const QJsonObject summary = summaryObject(store);
             QByteArray text = "{";
             for (const char *key : {"frames", "run_logs", "heartbeats", "events", "undecodable"}) {
                 if (text.size() > 1)
                     text += ',';
                 text += '"' + QByteArray(key) +
                         "\":" + QByteArray::number(summary.value(QLatin1String(key)).toInteger());
             }
             return text + "}\n";
         }},
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
