// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/capture/capture_store.h"

/**
 * @file
 * @brief What `ecapture-dump` prints: per-event objects and lines, and the `-z` reports.
 *
 * Extension points (the HTTP issue adds `http.*` fields and `-z conv`, `-z follow,N`):
 * - per-event fields: add a function to eventFieldProviders() in dump_output.cpp;
 * - reports: add a row to the table in dumpReports() in dump_reports.cpp.
 */
namespace ecv::dump {

/** @brief Adds fields to an event's JSON object (the event is already read back). */
using EventFieldProvider = std::function<void(const CaptureStore &store, int index,
                                              const CapturedEvent &event, QJsonObject &object)>;

/** @brief The providers applied after EventFields::toJson, in order. */
const QVector<EventFieldProvider> &eventFieldProviders();

/**
 * @brief The flat object `-T jsonl`/`-T json` print for event @p index: EventFields::toJson
 * plus every eventFieldProviders() entry. Reads the event back from the capture file.
 */
QJsonObject eventObject(const CaptureStore &store, int index, const CapturedEvent &event);

/**
 * @brief One `-T text` line like tshark's: No. (frame number), time in s relative to
 * @p firstTimeNs, process[pid], src -> dst, protocol (HTTP/HTTP2 where decoded, else
 * probe/kind), data length, host (the request's, "-" if none), info (the decoded HTTP summary,
 * else the first line of the data, printable characters only). No trailing newline.
 */
QString eventTextLine(const CaptureStore &store, int index, const CapturedEvent &event,
                      qint64 firstTimeNs);

/** @brief A `-z NAME[,ARGS]` report: text to print once the capture is complete. */
struct Report
{
    QString name;        ///< "summary"
    QString description; ///< one line for --help
    /// Produces the report; @p args are the comma-separated parts after the name.
    std::function<QByteArray(const CaptureStore &store, const QStringList &args, QString *error)>
        run;
};

/** @brief All `-z` reports, by name. */
const QVector<Report> &dumpReports();
/** @brief The report named by @p spec ("follow,3" → "follow"), nullptr if none. */
const Report *findReport(const QString &spec, QStringList *args = nullptr);

/** @brief `-z summary`: {"frames","run_logs","heartbeats","events","undecodable"}. */
QJsonObject summaryObject(const CaptureStore &store);

} // namespace ecv::dump
