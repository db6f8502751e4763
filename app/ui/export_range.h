// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace ecv {

class CaptureStore;
class EventMarks;

/**
 * @brief Which events an export takes, as Wireshark's packet range: every captured event, the
 * displayed ones, the selected ones, the marked ones, from the first to the last marked, or a
 * range of numbers such as `1-10,15` (the No. column, i.e. frame numbers).
 *
 * Range text (Wireshark's range_convert_str): items separated by commas or spaces; an item is
 * `N`, `A-B`, `-B` (from the first) or `A-` (to the last); numbers are 1-based and positive.
 * GUI thread (reads the store's index and the marks).
 */
class ExportRange
{
    Q_DECLARE_TR_FUNCTIONS(ExportRange)
public:
    enum class Kind
    {
        AllCaptured,
        Displayed,
        Selected,
        Marked,
        FirstToLastMarked,
        Numbers,
    };

    /** @brief One item of a range: numbers first..last, both included. */
    struct Interval
    {
        quint32 first = 1;
        quint32 last = 0xFFFFFFFFu;
        bool operator==(const Interval &o) const { return first == o.first && last == o.last; }
    };

    /** @brief Parse @p text; false with a translated @p error (an empty range is an error). */
    static bool parse(const QString &text, QVector<Interval> *intervals, QString *error);
    /** @brief Whether @p number is in any of @p intervals. */
    static bool contains(const QVector<Interval> &intervals, quint32 number);

    /** @brief What the choices are made of. Displayed and selected: event indexes, any order. */
    struct Inputs
    {
        const CaptureStore *store = nullptr;
        const EventMarks *marks = nullptr;
        QVector<int> displayed;
        int displayedCount = -1; ///< when displayed is not filled in (counts only)
        QVector<int> selected;
        QVector<Interval> numbers;
    };

    /** @brief The events of @p kind, ascending event indexes. */
    static QVector<int> events(Kind kind, const Inputs &inputs);
    /** @brief How many events events() would give (cheaper: no vectors for most kinds). */
    static qint64 count(Kind kind, const Inputs &inputs);
};

} // namespace ecv
