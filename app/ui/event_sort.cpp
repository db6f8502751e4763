// SPDX-License-Identifier: Apache-2.0
#include "ui/event_sort.h"

#include <algorithm>
#include <QFuture>
#include <QHostAddress>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#include "core/fields/field_registry.h"
#include "ui/event_list_model.h"

namespace ecv {

void SortKeys::resize(int n)
{
    if (numeric)
        numbers.resize(n);
    else
        texts.resize(n);
}

void SortKeys::append(const SortKeys &other)
{
    if (numeric)
        numbers.append(other.numbers);
    else
        texts.append(other.texts);
}

namespace EventSort {

namespace {

/** A fixed-width decimal so that text order is number order (negative "unknown" first). */
QString paddedNumber(qint64 n)
{
    if (n < 0)
        return QStringLiteral("-");
    return QStringLiteral("%1").arg(n, 20, 10, QLatin1Char('0'));
}

QString addressKey(const FieldContext &context, const char *addressField, const char *portField)
{
    const FieldValues address = FieldRegistry::values(FieldRegistry::field(addressField), context);
    const FieldValues port = FieldRegistry::values(FieldRegistry::field(portField), context);
    QString key;
    if (!address.isEmpty()) {
        // IPv4 as its mapped IPv6 form, so both families order by their bytes.
        const QHostAddress parsed(address.first().text);
        if (parsed.isNull()) {
            key = QLatin1Char('~') + address.first().text; // not an address: after them
        } else {
            const Q_IPV6ADDR bytes = parsed.toIPv6Address();
            key = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(bytes.c), 16).toHex());
        }
    }
    key += QLatin1Char(' ');
    key += port.isEmpty() ? QString() : paddedNumber(port.first().number);
    return key;
}

} // namespace

bool isNumeric(int column)
{
    return column == EventListModel::Number || column == EventListModel::Time ||
           column == EventListModel::Length;
}

QString textKey(const FieldContext &context, int column)
{
    switch (column) {
    case EventListModel::Process: {
        const FieldValues name =
            FieldRegistry::values(FieldRegistry::field("process.name"), context);
        const FieldValues pid = FieldRegistry::values(FieldRegistry::field("process.pid"), context);
        return (name.isEmpty() ? QString() : name.first().text.toCaseFolded()) + QLatin1Char('\0') +
               (pid.isEmpty() ? QString() : paddedNumber(pid.first().number));
    }
    case EventListModel::Source:
        return addressKey(context, "ip.src", "tcp.srcport");
    case EventListModel::Destination:
        return addressKey(context, "ip.dst", "tcp.dstport");
    default:
        return FieldRegistry::firstText(EventListModel::columnField(column), context)
            .toCaseFolded();
    }
}

bool computeKeys(const CaptureReadHandle &capture, int first, int last, const HttpSnapshot *http,
                 qint64 captureStartNs, RowJobControl &control, SortKeys &keys, int base)
{
    const int column = keys.column;
    // Raw pointers: the chunks write disjoint elements, and a container's operator[] would check
    // its sharing from every thread.
    qint64 *numbers = keys.numeric ? keys.numbers.data() : nullptr;
    QString *texts = keys.numeric ? nullptr : keys.texts.data();
    return forEachChunk(first, last, control, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            if (keys.numeric) {
                // Index fields: no field context, no string copies.
                const EventIndexEntry e = capture.entry(i);
                numbers[i - base] = column == EventListModel::Time     ? e.timeNs
                                    : column == EventListModel::Length ? qint64(e.dataLength)
                                                                       : qint64(e.frameNumber);
            } else {
                const WorkerFieldContext context(capture, i, http, captureStartNs);
                texts[i - base] = textKey(context, column);
            }
        }
        control.done.fetch_add(end - begin, std::memory_order_relaxed);
    });
}

void sortRows(QVector<int> &rows, const SortKeys &keys, bool descending)
{
    if (!keys.numeric) {
        std::sort(rows.begin(), rows.end(),
                  [&](int a, int b) { return keys.less(a, b, descending); });
        return;
    }
    // Numbers: sort (key, event) pairs in place of indexes (no indirect loads in the compare),
    // one part per core, then merge the parts.
    using Pair = std::pair<qint64, int>;
    std::vector<Pair> pairs(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        pairs[size_t(i)] = {descending ? -keys.numbers.at(rows.at(i)) : keys.numbers.at(rows.at(i)),
                            rows.at(i)};
    const int parts = qBound(1, QThread::idealThreadCount(), 8);
    const size_t n = pairs.size();
    std::vector<size_t> bounds;
    for (int p = 0; p <= parts; ++p)
        bounds.push_back(n * size_t(p) / size_t(parts));
    QVector<QFuture<void>> running;
    for (int p = 1; p < parts; ++p)
        running.append(QtConcurrent::run([&pairs, &bounds, p] {
            std::sort(pairs.begin() + qsizetype(bounds[size_t(p)]),
                      pairs.begin() + qsizetype(bounds[size_t(p) + 1]));
        }));
    std::sort(pairs.begin(), pairs.begin() + qsizetype(bounds[1]));
    for (QFuture<void> &f : running)
        f.waitForFinished();
    for (int p = 1; p < parts; ++p)
        std::inplace_merge(pairs.begin(), pairs.begin() + qsizetype(bounds[size_t(p)]),
                           pairs.begin() + qsizetype(bounds[size_t(p) + 1]));
    for (size_t i = 0; i < n; ++i)
        rows[qsizetype(i)] = pairs[i].second;
}

} // namespace EventSort

} // namespace ecv
