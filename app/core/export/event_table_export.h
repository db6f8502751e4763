// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include "core/export/export_event_ref.h"

class QIODevice;

#include "core/export/export_io.h"

namespace ecv {

class CaptureReadHandle;

/**
 * @brief The event list as a table file: CSV (RFC 4180) or JSON, one row per exported event,
 * the columns in the order given (the window passes its visible columns as shown).
 *
 * Cells are the field registry's words: `col.*` fields give the event list's column texts (the
 * same function the window paints with), other fields their registry text. A Time column shows
 * what the event list shows (clock time or seconds since the first event). JSON is an array of
 * objects keyed by field name in column order, values typed as `ecapture-dump -T jsonl` types
 * them (FieldRegistry::json; a repeating field as an array).
 *
 * CSV cells that a spreadsheet would run as a formula (starting with =, +, @, tab or CR, or a
 * '-' that does not start a number) get a leading apostrophe: payloads come from arbitrary
 * programs. Any thread (the store's any-thread reads; HTTP facts from ExportHttp).
 */
class EventTableExport
{
public:
    enum class TimeText
    {
        Registry, ///< the field's own text (frame.time: "2026-11-29 14:00:00.123456789")
        Clock,    ///< as the event list's absolute Time column: "14:00:00.123"
        Relative, ///< as its relative Time column: seconds since the first event
    };

    struct Column
    {
        QString title; ///< CSV header
        QString field; ///< registry name ("frame.number", "col.info", …)
        TimeText time = TimeText::Registry;
    };

    using Progress = ExportProgress;

    /** @brief The event list's columns in their default order, titled by field name. */
    static QVector<Column> defaultColumns();

    /** @brief Write the table. @return false with @p error (a bad field name, a write error). */
    static bool writeCsv(const CaptureReadHandle &capture, const QVector<ExportEventRef> &refs,
                         const QVector<Column> &columns, QIODevice *device,
                         const Progress &progress, QString *error, bool *cancelled = nullptr);
    static bool writeJson(const CaptureReadHandle &capture, const QVector<ExportEventRef> &refs,
                          const QVector<Column> &columns, QIODevice *device,
                          const Progress &progress, QString *error, bool *cancelled = nullptr);

    /** @brief One CSV cell: quoted when needed, formula starts defused. */
    static QString csvCell(const QString &text);
};

} // namespace ecv
