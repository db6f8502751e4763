// SPDX-License-Identifier: Apache-2.0
#include "ui/export_range.h"

#include <algorithm>
#include <numeric>
#include <QRegularExpression>

#include "core/capture/capture_store.h"
#include "ui/event_marks.h"

namespace ecv {

namespace {

bool number(const QString &text, quint32 *out)
{
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok);
    if (!ok || v == 0 || v > 0xFFFFFFFFull)
        return false;
    *out = quint32(v);
    return true;
}

QVector<int> sorted(QVector<int> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

} // namespace

bool ExportRange::parse(const QString &text, QVector<Interval> *intervals, QString *error)
{
    intervals->clear();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList items = text.split(separators, Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        *error = tr("Enter numbers such as 1-10,15");
        return false;
    }
    for (const QString &item : items) {
        Interval interval;
        const qsizetype dash = item.indexOf(QLatin1Char('-'));
        bool ok = true;
        if (dash < 0) {
            ok = number(item, &interval.first);
            interval.last = interval.first;
        } else {
            const QString from = item.left(dash).trimmed();
            const QString to = item.mid(dash + 1).trimmed();
            if (from.isEmpty() && to.isEmpty())
                ok = false;
            if (ok && !from.isEmpty())
                ok = number(from, &interval.first);
            if (ok && !to.isEmpty())
                ok = number(to, &interval.last);
        }
        if (!ok) {
            *error = tr("\"%1\" is not a number or a range of numbers (1-10, 15, 20-)").arg(item);
            intervals->clear();
            return false;
        }
        if (interval.first > interval.last) {
            *error = tr("\"%1\": the range ends before it starts").arg(item);
            intervals->clear();
            return false;
        }
        intervals->append(interval);
    }
    return true;
}

bool ExportRange::contains(const QVector<Interval> &intervals, quint32 number)
{
    return std::any_of(intervals.cbegin(), intervals.cend(), [number](const Interval &i) {
        return number >= i.first && number <= i.last;
    });
}

QVector<int> ExportRange::events(Kind kind, const Inputs &in)
{
    QVector<int> out;
    const int total = in.store ? in.store->eventCount() : 0;
    switch (kind) {
    case Kind::AllCaptured:
        out.resize(total);
        std::iota(out.begin(), out.end(), 0);
        return out;
    case Kind::Displayed:
        return sorted(in.displayed);
    case Kind::Selected:
        return sorted(in.selected);
    case Kind::Marked:
        return in.marks ? in.marks->marked() : out;
    case Kind::FirstToLastMarked: {
        const int first = in.marks ? in.marks->first() : -1;
        const int last = in.marks ? in.marks->last() : -1;
        if (first < 0)
            return out;
        out.resize(last - first + 1);
        std::iota(out.begin(), out.end(), first);
        return out;
    }
    case Kind::Numbers:
        if (in.numbers.isEmpty())
            return out;
        for (int i = 0; i < total; ++i) {
            if (contains(in.numbers, in.store->eventAt(i).frameNumber))
                out.append(i);
        }
        return out;
    }
    return out;
}

qint64 ExportRange::count(Kind kind, const Inputs &in)
{
    switch (kind) {
    case Kind::AllCaptured:
        return in.store ? in.store->eventCount() : 0;
    case Kind::Displayed:
        return in.displayedCount >= 0 ? in.displayedCount : in.displayed.size();
    case Kind::Selected:
        return sorted(in.selected).size();
    case Kind::Marked:
        return in.marks ? in.marks->count() : 0;
    case Kind::FirstToLastMarked: {
        const int first = in.marks ? in.marks->first() : -1;
        return first < 0 ? 0 : in.marks->last() - first + 1;
    }
    case Kind::Numbers:
        return events(kind, in).size();
    }
    return 0;
}

} // namespace ecv
