// SPDX-License-Identifier: Apache-2.0
#include "core/export/event_table_export.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/capture/capture_read_handle.h"
#include "core/export/export_http.h"
#include "core/fields/event_columns.h"
#include "core/fields/field_registry.h"

namespace ecv {

namespace {

constexpr int ProgressEvery = 1024;

struct ResolvedColumn
{
    const EventTableExport::Column *column;
    const FieldInfo *field;
};

bool resolve(const QVector<EventTableExport::Column> &columns, QVector<ResolvedColumn> &out,
             QString *error)
{
    for (const EventTableExport::Column &c : columns) {
        const FieldInfo *f = FieldRegistry::find(c.field);
        if (!f) {
            *error = QStringLiteral("%1: no such field").arg(c.field);
            return false;
        }
        out.append({&c, f});
    }
    return true;
}

/** Walks the refs, reading each event back with its context; @p row gets each. */
bool forEachRow(const CaptureReadHandle &capture, const QVector<ExportEventRef> &refs,
                const EventTableExport::Progress &progress, bool *cancelled,
                const std::function<bool(const FieldContext &)> &row)
{
    ExportHttp http(capture);
    const qint64 start = capture.eventCount() > 0 ? capture.indexedEvent(0).timeNs : 0;
    const qint64 total = refs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % ProgressEvery == 0 && !progress(i, total)) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
        const ExportEventRef &r = refs.at(i);
        const CapturedEvent event = capture.event(r.eventIndex);
        const HttpAnalysis::EntryPtr entry = http.entry(r.conversationId);
        const ExportFieldContext context(event, r.eventIndex, r.conversationId, entry, start);
        if (!row(context))
            return false;
    }
    if (progress)
        progress(total, total);
    return true;
}

QString cellText(const ResolvedColumn &c, const FieldContext &context)
{
    const qint64 t = context.indexed().timeNs;
    switch (c.column->time) {
    case EventTableExport::TimeText::Clock:
        return EventColumns::time(t, false, 0);
    case EventTableExport::TimeText::Relative:
        return EventColumns::time(t, true, context.captureStartNs());
    case EventTableExport::TimeText::Registry:
        break;
    }
    const FieldValues values = FieldRegistry::values(*c.field, context);
    QStringList texts;
    for (const FieldValue &v : values)
        texts << FieldRegistry::text(*c.field, v);
    return texts.join(QLatin1Char(','));
}

} // namespace

QVector<EventTableExport::Column> EventTableExport::defaultColumns()
{
    QVector<Column> out;
    for (const char *name :
         {"frame.number", "frame.time", "col.process", "col.source", "col.destination", "col.host",
          "col.protocol", "frame.len", "col.info"})
        out.append({QString::fromLatin1(name), QString::fromLatin1(name), TimeText::Registry});
    return out;
}

QString EventTableExport::csvCell(const QString &text)
{
    QString t = text;
    const QChar first = t.isEmpty() ? QChar() : t.front();
    const bool number =
        first == QLatin1Char('-') && t.size() > 1 && (t.at(1).isDigit() || t.at(1) == '.');
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r') ||
        (first == QLatin1Char('-') && !number))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) ||
        t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

bool EventTableExport::writeCsv(const CaptureReadHandle &capture,
                                const QVector<ExportEventRef> &refs, const QVector<Column> &columns,
                                QIODevice *device, const Progress &progress, QString *error,
                                bool *cancelled)
{
    QVector<ResolvedColumn> resolved;
    if (!resolve(columns, resolved, error))
        return false;
    QStringList header;
    for (const Column &c : columns)
        header << csvCell(c.title);
    if (!ExportIo::writeAll(device, header.join(QLatin1Char(',')).toUtf8() + "\r\n", error))
        return false;
    QByteArray buffer;
    const bool ok = forEachRow(capture, refs, progress, cancelled, [&](const FieldContext &ctx) {
        QStringList cells;
        for (const ResolvedColumn &c : resolved)
            cells << csvCell(cellText(c, ctx));
        buffer += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (buffer.size() < (1 << 20))
            return true;
        const bool written = ExportIo::writeAll(device, buffer, error);
        buffer.clear();
        return written;
    });
    return ok && ExportIo::writeAll(device, buffer, error);
}

bool EventTableExport::writeJson(const CaptureReadHandle &capture,
                                 const QVector<ExportEventRef> &refs,
                                 const QVector<Column> &columns, QIODevice *device,
                                 const Progress &progress, QString *error, bool *cancelled)
{
    QVector<ResolvedColumn> resolved;
    if (!resolve(columns, resolved, error))
        return false;
    QByteArray buffer = "[";
    bool first = true;
    const bool ok = forEachRow(capture, refs, progress, cancelled, [&](const FieldContext &ctx) {
        // QJsonObject sorts its keys: the object is written by hand to keep column order.
        QByteArray row = first ? "\n  {" : ",\n  {";
        first = false;
        bool firstCell = true;
        for (const ResolvedColumn &c : resolved) {
            const FieldValues values = FieldRegistry::values(*c.field, ctx);
            QJsonValue value;
            if (c.column->time != TimeText::Registry && !values.isEmpty())
                value = FieldRegistry::json(*c.field, values.first());
            else if (c.field->repeats()) {
                QJsonArray array;
                for (const FieldValue &v : values)
                    array.append(FieldRegistry::json(*c.field, v));
                value = array;
            } else if (!values.isEmpty()) {
                value = FieldRegistry::json(*c.field, values.first());
            }
            if (value.isUndefined() || value.isNull())
                continue;
            const QByteArray encoded =
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            row += (firstCell ? "" : ", ") +
                   QJsonDocument(QJsonArray{QJsonValue(c.field->name)})
                       .toJson(QJsonDocument::Compact)
                       .mid(1)
                       .chopped(1) +
                   ": " + encoded.mid(1).chopped(1);
            firstCell = false;
        }
        buffer += row + '}';
        if (buffer.size() < (1 << 20))
            return true;
        const bool written = ExportIo::writeAll(device, buffer, error);
        buffer.clear();
        return written;
    });
    return ok && ExportIo::writeAll(device, buffer + (first ? "]\n" : "\n]\n"), error);
}

} // namespace ecv
