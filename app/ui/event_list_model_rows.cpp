// SPDX-License-Identifier: Apache-2.0
// EventListModel's worker jobs: filter and sort rebuilds, the live tail.
#include <algorithm>
#include <numeric>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "core/capture/capture_store.h"
#include "ui/event_list_model.h"
#include "ui/visible_rows_job.h"

namespace ecv {

void EventListModel::setRowFilter(RowFilterPtr filter)
{
    m_filter = std::move(filter);
    if (!m_filter && m_sortColumn < 0) {
        // Every event in event order: nothing to compute, so no job (and no wait).
        cancelJobs();
        m_rebuildWanted = false;
        VisibleRowsResult all;
        all.last = m_store->eventCount();
        all.rows.resize(all.last);
        std::iota(all.rows.begin(), all.rows.end(), 0);
        applyRebuild(std::move(all), false);
        return;
    }
    startRebuild(true);
}

void EventListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Number;
    // No. ascending is the event order itself: no keys needed.
    const int sortColumn = column == Number && order == Qt::AscendingOrder ? -1 : column;
    if (sortColumn == m_sortColumn && (sortColumn < 0 || order == m_sortOrder))
        return;
    const bool sameColumn = sortColumn == m_sortColumn;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (!sameColumn && !(m_keys && m_keys->column == sortColumn))
        m_keys.reset();
    startRebuild(false);
}

std::shared_ptr<const HttpSnapshot> EventListModel::httpSnapshot() const
{
    return takeHttpSnapshot(m_http, m_store->conversationCount());
}

qint64 EventListModel::captureStartNs() const
{
    return m_store->eventCount() > 0 ? m_store->eventAt(0).timeNs : 0;
}

void EventListModel::cancelJobs()
{
    ++m_generation;
    for (const auto &job : {m_rebuild, m_tail}) {
        if (job)
            job->cancel.store(true);
    }
    const bool wasBusy = m_rebuild != nullptr;
    m_rebuild.reset();
    m_tail.reset();
    m_progressTimer.stop();
    if (wasBusy)
        emit busyChanged(false);
}

VisibleRowsRequest EventListModel::baseRequest() const
{
    VisibleRowsRequest request;
    request.capture = m_store->readHandle();
    request.filter = m_filter;
    request.sortColumn = m_sortColumn;
    request.descending = m_sortOrder == Qt::DescendingOrder;
    request.captureStartNs = captureStartNs();
    // Host, Protocol and Info are keyed from the HTTP analyses cached now.
    if (m_sortColumn == Host || m_sortColumn == Protocol || m_sortColumn == Info)
        request.http = httpSnapshot();
    return request;
}

void EventListModel::startRebuild(bool refilter)
{
    // A sort alone reorders the rows already shown (a layout change; events that arrived
    // meanwhile follow as a tail); a new filter tests the whole index again. A cancelled
    // rebuild leaves the rows stale, so the next one re-filters.
    const bool reorderOnly = !refilter && !m_rebuildWanted && !m_rebuild;
    const bool wasBusy = m_rebuild != nullptr;
    cancelJobs();
    m_rebuildWanted = !reorderOnly;
    VisibleRowsRequest request = baseRequest();
    request.first = 0;
    request.last = reorderOnly ? m_known : m_store->eventCount();
    request.reuseRows = reorderOnly;
    if (reorderOnly)
        request.knownRows = m_rows;
    request.keys = m_keys;
    auto control = std::make_shared<RowJobControl>();
    m_rebuild = control;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<VisibleRowsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, reorderOnly] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // replaced by a newer filter or sort
        VisibleRowsResult result = watcher->result();
        if (result.cancelled)
            return;
        applyRebuild(std::move(result), reorderOnly);
    });
    watcher->setFuture(QtConcurrent::run(
        [request = std::move(request), control] { return runVisibleRows(request, *control); }));
    m_progressTimer.start();
    if (!wasBusy)
        emit busyChanged(true);
    emit progressChanged(0);
}

void EventListModel::applyRebuild(VisibleRowsResult result, bool reorderOnly)
{
    m_rebuild.reset();
    m_rebuildWanted = false;
    m_progressTimer.stop();
    if (reorderOnly) {
        // Same rows, new order: persistent indexes (selection, current) follow their events.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<int> events;
        events.reserve(before.size());
        for (const QModelIndex &index : before)
            events.append(m_rows.at(index.row()));
        m_rows = std::move(result.rows);
        m_keys = std::move(result.keys);
        rebuildRowOf();
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after.append(index(rowForEvent(events.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        emit busyChanged(false);
        emit sortApplied(result.elapsedMs);
    } else {
        beginResetModel();
        m_rows = std::move(result.rows);
        m_keys = std::move(result.keys);
        m_known = result.last;
        rebuildRowOf();
        endResetModel();
        emit busyChanged(false);
        emit filterApplied(int(m_rows.size()), m_known, result.elapsedMs);
        if (m_sortColumn >= 0)
            emit sortApplied(result.elapsedMs);
    }
    m_lastMerge.restart();
    scheduleFlush(); // events that arrived meanwhile
}

void EventListModel::rebuildRowOf()
{
    if (m_sortColumn < 0) {
        m_rowOf = QVector<int>();
        return;
    }
    m_rowOf.fill(-1, m_known);
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows.at(row)] = row;
}

void EventListModel::reportProgress()
{
    if (!m_rebuild)
        return;
    const qint64 total = m_rebuild->total.load();
    const qint64 done = m_rebuild->done.load();
    emit progressChanged(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0);
}

void EventListModel::startTail(int total)
{
    VisibleRowsRequest request = baseRequest();
    request.first = m_known;
    request.last = total;
    request.tailOnly = true;
    auto control = std::make_shared<RowJobControl>();
    m_tail = control;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<VisibleRowsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_tail.reset();
        VisibleRowsResult result = watcher->result();
        if (!result.cancelled)
            applyTail(std::move(result));
        scheduleFlush();
    });
    watcher->setFuture(QtConcurrent::run(
        [request = std::move(request), control] { return runVisibleRows(request, *control); }));
}

void EventListModel::applyTail(VisibleRowsResult result)
{
    if (result.first != m_known)
        return;
    m_known = result.last;
    if (m_sortColumn < 0) {
        appendRows(result.rows);
        return;
    }
    // Keys first (copy on write: a cancelled job may still read the old ones).
    if (!m_keys || m_keys.use_count() > 1)
        m_keys = std::make_shared<SortKeys>(m_keys ? *m_keys : SortKeys());
    m_keys->column = m_sortColumn;
    m_keys->numeric = result.keys->numeric;
    m_keys->append(*result.keys);
    m_rowOf.resize(m_known, -1);
    m_lastMerge.restart();
    if (result.rows.isEmpty())
        return;
    // Append, then merge into place with one layout change: the rows before and after are
    // the same set, and the selection follows its events.
    const int first = int(m_rows.size());
    const int last = first + int(result.rows.size()) - 1;
    beginInsertRows(QModelIndex(), first, last);
    m_rows.append(result.rows);
    for (int row = first; row <= last; ++row)
        m_rowOf[m_rows.at(row)] = row;
    endInsertRows();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> events;
    events.reserve(before.size());
    for (const QModelIndex &index : before)
        events.append(m_rows.at(index.row()));
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const SortKeys &keys = *m_keys;
    std::inplace_merge(m_rows.begin(), m_rows.begin() + first, m_rows.end(),
                       [&](int a, int b) { return keys.less(a, b, descending); });
    rebuildRowOf();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowForEvent(events.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit rowsAppended(first, last);
}

} // namespace ecv
