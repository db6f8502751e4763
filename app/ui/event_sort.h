// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QString>
#include <QVector>

#include "ui/row_filter.h"
#include "ui/worker_field_context.h"

namespace ecv {

/**
 * @brief Sort keys of the event list's columns, one per event (index = event index), typed from
 * the field registry: numbers for frame.number, frame.time and frame.len; for text columns a
 * string that orders as the typed values do (process name then pid as a number; addresses as
 * 16 bytes, IPv4 mapped, then the port as a number; other columns case-folded text).
 *
 * Keys are computed by workers (any thread; a SortKeys under construction is one thread's or
 * split by ranges) and read by the GUI thread once done.
 */
struct SortKeys
{
    int column = -1;     ///< EventListModel::Column the keys are for
    bool numeric = true; ///< numbers used (else texts)
    QVector<qint64> numbers;
    QVector<QString> texts;

    int size() const { return int(numeric ? numbers.size() : texts.size()); }
    void resize(int n);
    /** @brief Append @p other's keys (same column). */
    void append(const SortKeys &other);
    /** @brief Key order of events @p a and @p b, ties broken by event index (a stable sort). */
    bool less(int a, int b, bool descending) const
    {
        if (numeric) {
            const qint64 x = numbers.at(a);
            const qint64 y = numbers.at(b);
            if (x != y)
                return descending ? y < x : x < y;
        } else {
            const int c = texts.at(a).compare(texts.at(b));
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return a < b;
    }
};

namespace EventSort {

/** @brief Whether @p column sorts by numbers (frame.number, frame.time, frame.len). */
bool isNumeric(int column);

/**
 * @brief Fill @p keys for events [@p first, @p last) on all cores, event i at element
 * i - @p base (@p keys already sized to cover it). @p http may be null (HTTP columns then use the
 * index only). @return false if cancelled.
 */
bool computeKeys(const CaptureReadHandle &capture, int first, int last, const HttpSnapshot *http,
                 qint64 captureStartNs, RowJobControl &control, SortKeys &keys, int base = 0);

/** @brief The key of one event for @p column (text columns only). */
QString textKey(const FieldContext &context, int column);

/** @brief Sort @p rows (event indexes) by @p keys. Stable (ties keep event order). */
void sortRows(QVector<int> &rows, const SortKeys &keys, bool descending);

} // namespace EventSort

} // namespace ecv
