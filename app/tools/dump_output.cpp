// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_output.h"

#include "core/fields/field_registry.h"
#include "core/fields/store_field_context.h"
#include "core/normalize/timestamp_unit.h"

#include "tools/terminal_text.h"
#include <QDateTime>

namespace ecv::dump {

namespace {

QString column(const char *name, const FieldContext &context)
{
    return FieldRegistry::firstText(FieldRegistry::field(name), context);
}

} // namespace

QJsonObject eventObject(const DumpCapture &capture, int index)
{
    return FieldRegistry::eventObject(StoreFieldContext(capture.store, index, &capture.http));
}

QString eventTextLine(const DumpCapture &capture, int index, qint64 firstTimeNs)
{
    const StoreFieldContext context(capture.store, index, &capture.http);
    const CapturedEvent &event = context.indexed();
    // In double: damaged times (INT64_MIN, year 2262) must not overflow the subtraction.
    const double seconds = (double(event.timeNs) - double(firstTimeNs)) / 1e9;
    const auto orUnknown = [](const QString &text, const QString &unknown) {
        return text.isEmpty() ? unknown : text;
    };
    const QString line =
        QStringLiteral("%1 %2 %3 %4 -> %5 %6 %7 %8 %9")
            .arg(event.frameNumber, 6)
            .arg(seconds, 12, 'f', 6)
            .arg(orUnknown(column("col.process", context), QStringLiteral("?")), -16)
            .arg(orUnknown(column("col.source", context), QStringLiteral("?")), 21)
            .arg(orUnknown(column("col.destination", context), QStringLiteral("?")), -21)
            .arg(column("col.protocol", context), -14)
            .arg(context.dataLength(), 6)
            .arg(orUnknown(column("col.host", context), QStringLiteral("-")), -20)
            .arg(column("col.info", context));
    // Process names and decoded HTTP text come from the stream too: no ESC sequence, BEL or CR
    // may reach the terminal (C0, DEL and C1 become '.').
    return terminal::safeText(line);
}

QString heartbeatTextLine(const HeartbeatRecord &h, qint64 firstTimeNs)
{
    const qint64 ns = TimestampUnit::heartbeatTimeNs(h);
    const double seconds = (double(ns) - double(firstTimeNs)) / 1e9;
    QString line = QStringLiteral("%1 %2 heartbeat #%3 at %4")
                       .arg(h.frameNumber, 6)
                       .arg(seconds, 12, 'f', 6)
                       .arg(h.count)
                       .arg(QDateTime::fromMSecsSinceEpoch(ns / 1000000)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!h.timestampValid)
        line += QStringLiteral(" (arrival; eCapture sent %1)").arg(h.timestamp);
    if (!h.message.isEmpty())
        line += QStringLiteral(" ") + h.message;
    return terminal::safeText(line);
}

QString runLogTextLine(const RunLogEntry &log, qint64 firstTimeNs)
{
    const qint64 ns = log.timeNs >= 0 ? log.timeNs : log.arrivalNs;
    QStringList fields;
    for (const auto &kv : log.fields)
        fields << kv.first + QLatin1Char('=') + kv.second;
    QString line = QStringLiteral("%1 %2 log %3 %4")
                       .arg(log.frameNumber, 6)
                       .arg((double(ns) - double(firstTimeNs)) / 1e9, 12, 'f', 6)
                       .arg(log.level.isEmpty() ? QStringLiteral("-") : log.level, log.message);
    if (!fields.isEmpty())
        line += QLatin1Char(' ') + fields.join(QLatin1Char(' '));
    return terminal::safeText(line);
}

QString undecodableTextLine(const UndecodableRecord &record, qint64 firstTimeNs)
{
    return terminal::safeText(
        QStringLiteral("%1 %2 undecodable: %3")
            .arg(record.frameNumber, 6)
            .arg((double(record.arrivalNs) - double(firstTimeNs)) / 1e9, 12, 'f', 6)
            .arg(record.reason));
}

QJsonObject heartbeatObject(const HeartbeatRecord &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("frame.number"), qint64(h.frameNumber));
    o.insert(QStringLiteral("frame.type"), QStringLiteral("heartbeat"));
    o.insert(QStringLiteral("frame.time"), TimestampUnit::heartbeatTimeNs(h));
    o.insert(QStringLiteral("heartbeat.count"), h.count);
    o.insert(QStringLiteral("heartbeat.timestamp"), h.timestamp);
    if (!h.message.isEmpty())
        o.insert(QStringLiteral("heartbeat.message"), h.message);
    return o;
}

QJsonObject runLogObject(const RunLogEntry &log)
{
    QJsonObject o;
    o.insert(QStringLiteral("frame.number"), qint64(log.frameNumber));
    o.insert(QStringLiteral("frame.type"), QStringLiteral("log"));
    o.insert(QStringLiteral("frame.time"), log.timeNs >= 0 ? log.timeNs : log.arrivalNs);
    if (!log.level.isEmpty())
        o.insert(QStringLiteral("log.level"), log.level);
    o.insert(QStringLiteral("log.message"), log.message);
    QJsonObject fields;
    for (const auto &kv : log.fields)
        fields.insert(kv.first, kv.second);
    if (!fields.isEmpty())
        o.insert(QStringLiteral("log.fields"), fields);
    return o;
}

QJsonObject undecodableObject(const UndecodableRecord &record)
{
    QJsonObject o;
    o.insert(QStringLiteral("frame.number"), qint64(record.frameNumber));
    o.insert(QStringLiteral("frame.type"), QStringLiteral("undecodable"));
    o.insert(QStringLiteral("frame.time"), record.arrivalNs);
    o.insert(QStringLiteral("undecodable.reason"), record.reason);
    return o;
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
