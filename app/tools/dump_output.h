// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"

/**
 * @file
 * @brief What `ecapture-dump` prints: per-event objects and lines, and the `-z` reports. The
 * words come from the field registry (core/fields/field_registry.h) and the HTTP facts from the
 * one HTTP analysis, as in the window.
 *
 * Add a report: a row in the table of dumpReports() (dump_reports.cpp).
 */
namespace ecv::dump {

/**
 * @brief The capture being printed and its HTTP analysis (synchronous: every answer covers the
 * events the conversation has when it is asked, as tshark's one pass does). HTTP is dissected
 * only when an output needs it: `-q -z summary` never dissects.
 */
struct DumpCapture
{
    const CaptureStore &store;
    HttpAnalysis &http;
    bool json = false;     ///< -T json: reports that have a JSON form print it
    int passedEvents = -1; ///< -Y: events that pass the display filter (-1: no filter)
};

/**
 * @brief The flat object `-T jsonl`/`-T json` print for event @p index:
 * FieldRegistry::eventObject() (reads the event back from the capture file).
 */
QJsonObject eventObject(const DumpCapture &capture, int index);

/**
 * @brief One `-T text` line like tshark's: No. (frame number), time in s relative to
 * @p firstTimeNs, then the event list's columns from the field registry: process, source ->
 * destination ("?" when unknown), protocol, data length, host ("-" if none), info. Control
 * characters (C0, DEL, C1) print as '.'. No trailing newline.
 */
QString eventTextLine(const DumpCapture &capture, int index, qint64 firstTimeNs);

/**
 * @brief A `-T text --all-frames` line for a heartbeat: frame number, time relative to @p
 * firstTimeNs (as events), then "heartbeat #COUNT at YYYY-MM-DD HH:MM:SS" in local time, normalized
 * from eCapture's Unix seconds (TimestampUnit; the arrival time when the value is unusable).
 */
QString heartbeatTextLine(const HeartbeatRecord &heartbeat, qint64 firstTimeNs);
/** @brief `--all-frames` text line of a run log: "log LEVEL message key=value …". */
QString runLogTextLine(const RunLogEntry &log, qint64 firstTimeNs);
/** @brief `--all-frames` text line of an undecodable frame: "undecodable: reason". */
QString undecodableTextLine(const UndecodableRecord &record, qint64 firstTimeNs);

/**
 * @brief `--all-frames` objects of the frames that are not events, with `frame.number`,
 * `frame.type` ("heartbeat", "log", "undecodable") and `frame.time` (Unix ns):
 * heartbeat.count, heartbeat.timestamp (as sent), heartbeat.message; log.level, log.message,
 * log.fields; undecodable.reason.
 */
QJsonObject heartbeatObject(const HeartbeatRecord &heartbeat);
QJsonObject runLogObject(const RunLogEntry &log);
QJsonObject undecodableObject(const UndecodableRecord &record);

/** @brief A `-z NAME[,ARGS]` report: text to print once the capture is complete. */
struct Report
{
    QString name;        ///< "summary"
    QString description; ///< one line for --help
    /// Produces the report; @p args are the comma-separated parts after the name.
    std::function<QByteArray(const DumpCapture &capture, const QStringList &args, QString *error)>
        run;
};

/** @brief All `-z` reports, by name. */
const QVector<Report> &dumpReports();
/** @brief The report named by @p spec ("follow,3" → "follow"), nullptr if none. */
const Report *findReport(const QString &spec, QStringList *args = nullptr);

/** @brief `-z summary`: {"frames","run_logs","heartbeats","events","undecodable"}. */
QJsonObject summaryObject(const CaptureStore &store);

} // namespace ecv::dump
