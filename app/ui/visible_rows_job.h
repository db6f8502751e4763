// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QVector>

#include "ui/event_sort.h"
#include "ui/row_filter.h"

namespace ecv {

/**
 * @brief One worker job of the event list (Wireshark's recreateVisibleRows, off the GUI thread):
 * test events [first, last) with the filter, key them for the sort column and order the ones
 * that pass. Pure function of the request; runs on any thread.
 */
struct VisibleRowsRequest
{
    CaptureReadHandle capture;
    RowFilterPtr filter; ///< null: every event passes
    int first = 0;       ///< events [first, last) are examined
    int last = 0;
    bool reuseRows = false; ///< rows already known to pass (a sort only): no filter run
    QVector<int> knownRows; ///< with reuseRows: the passing events, any order
    int sortColumn = -1;    ///< -1: event order
    bool descending = false;
    /// Keys of sortColumn already computed, for [0, keys->size()); may be null or shorter.
    std::shared_ptr<const SortKeys> keys;
    std::shared_ptr<const HttpSnapshot> http;
    qint64 captureStartNs = 0;
    /// Live tail: keys only for [first, last), rows sorted among themselves.
    bool tailOnly = false;
};

struct VisibleRowsResult
{
    bool cancelled = false;
    int first = 0;
    int last = 0;
    QVector<int> rows;              ///< passing events of the range, in display order
    std::shared_ptr<SortKeys> keys; ///< rebuild: [0, last); tail: [first, last); null unsorted
    qint64 elapsedMs = 0;
};

/** @brief Run @p request; @p control is polled for cancel and counts progress. */
VisibleRowsResult runVisibleRows(const VisibleRowsRequest &request, RowJobControl &control);

} // namespace ecv
