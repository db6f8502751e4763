// SPDX-License-Identifier: Apache-2.0
#include "dump_output.h"

#include <QJsonDocument>

namespace ecv::dump {

const QVector<Report> &dumpReports()
{
    // One row per -z report; the HTTP issue adds "conv" and "follow" here.
    static const QVector<Report> reports = {
        {QStringLiteral("summary"),
         QStringLiteral("counts of frames, run logs, heartbeats, events, undecodable frames "
                        "(one JSON object)"),
         [](const CaptureStore &store, const QStringList &, QString *) {
             return QJsonDocument(summaryObject(store)).toJson(QJsonDocument::Compact) + '\n';
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
