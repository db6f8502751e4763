// SPDX-License-Identifier: Apache-2.0
#include "ui/visible_rows_job.h"

#include <algorithm>
#include <numeric>
#include <QElapsedTimer>

namespace ecv {

VisibleRowsResult runVisibleRows(const VisibleRowsRequest &request, RowJobControl &control)
{
    QElapsedTimer clock;
    clock.start();
    VisibleRowsResult result;
    result.first = request.first;
    result.last = request.last;
    const int n = request.last - request.first;
    const bool sorted = request.sortColumn >= 0;

    // Work units: one per event tested, one per event keyed.
    qint64 total = 0;
    if (!request.reuseRows && request.filter)
        total += n;
    int keyFrom = request.first;
    if (sorted && !request.tailOnly) {
        const int have = request.keys && request.keys->column == request.sortColumn
                             ? qMin(request.keys->size(), request.last)
                             : 0;
        keyFrom = have;
    }
    if (sorted)
        total += request.last - keyFrom;
    control.total.store(total);

    // 1. Which events pass.
    if (request.reuseRows) {
        result.rows = request.knownRows;
        std::sort(result.rows.begin(), result.rows.end());
    } else if (!request.filter) {
        result.rows.resize(n);
        std::iota(result.rows.begin(), result.rows.end(), request.first);
    } else {
        std::vector<char> pass(size_t(qMax(0, n)), 0);
        if (!request.filter->apply(request.capture, request.first, request.last, control, pass)) {
            result.cancelled = true;
            return result;
        }
        result.rows.reserve(qsizetype(std::count(pass.cbegin(), pass.cend(), 1)));
        for (int i = 0; i < n; ++i) {
            if (pass[size_t(i)])
                result.rows.append(request.first + i);
        }
    }
    if (!sorted) {
        result.elapsedMs = clock.elapsed();
        return result;
    }

    // 2. Keys for the sort column, reusing what was computed before.
    auto keys = std::make_shared<SortKeys>();
    keys->column = request.sortColumn;
    keys->numeric = EventSort::isNumeric(request.sortColumn);
    if (request.tailOnly) {
        // Keys of the new events only (element i - first); the model appends them to its own.
        keys->resize(n);
        if (!EventSort::computeKeys(request.capture, request.first, request.last,
                                    request.http.get(), request.captureStartNs, control, *keys,
                                    request.first)) {
            result.cancelled = true;
            return result;
        }
        // Order the new rows among themselves (the model merges them into its rows).
        const int base = request.first;
        std::sort(result.rows.begin(), result.rows.end(),
                  [&](int a, int b) { return keys->less(a - base, b - base, request.descending); });
        result.keys = std::move(keys);
        result.elapsedMs = clock.elapsed();
        return result;
    }
    if (request.keys && request.keys->column == request.sortColumn && keyFrom > 0) {
        *keys = *request.keys;
        keys->resize(keyFrom);
    }
    keys->resize(request.last);
    if (!EventSort::computeKeys(request.capture, keyFrom, request.last, request.http.get(),
                                request.captureStartNs, control, *keys)) {
        result.cancelled = true;
        return result;
    }
    if (control.cancelled()) {
        result.cancelled = true;
        return result;
    }
    EventSort::sortRows(result.rows, *keys, request.descending);
    result.keys = std::move(keys);
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace ecv
