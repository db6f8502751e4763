// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QAbstractTableModel>
#include <QCache>
#include <QElapsedTimer>
#include <QTimer>
#include <QVector>

#include "ui/row_filter.h"
#include "ui/worker_field_context.h"

namespace ecv {

class CaptureStore;
class EventMarks;
class HttpAnalysis;
class RowColorizer;
struct FieldInfo;
struct SortKeys;
struct VisibleRowsRequest;
struct VisibleRowsResult;

/**
 * @brief The event list: a table over CaptureStore's index with a flat vector of visible rows.
 *
 * The Wireshark PacketListModel pattern: each row is an event index into the store; text is
 * built lazily in data() from the field registry's column fields (`col.*`, the same words as
 * `ecapture-dump -T text`) over the in-memory index; the Info of a non-HTTP event (which needs
 * the payload) is read back from the capture file on demand and cached for a bounded number of
 * rows. With an HttpAnalysis, Host, Protocol and Info come from the conversation's HTTP
 * analysis once it is done (requested for the rows a view asks about; dataChanged follows). A
 * painted cell costs the same whatever its conversation's length (O(1) HTTP lookups).
 * New events are inserted with one beginInsertRows/endInsertRows per batch, at most once per
 * event-loop turn, however often the store signals.
 *
 * Filtering and sorting never run on the GUI thread (Wireshark's recreateVisibleRows): a job on
 * the thread pool gives each event a pass bit (RowFilter) and a sort key (SortKeys), and the
 * model only swaps in the rows it returns (one model reset for a new filter, one layout change
 * for a new sort, so the selection survives a sort). A new filter or sort cancels the running
 * job. While a filter or sort is set, arriving events are tested and keyed by a worker too, then
 * appended (unsorted) or merged into place (sorted, at most every 250 ms), so both hold for
 * live rows. Lives in the GUI thread.
 */
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)
public:
    enum Column
    {
        Number,
        Time,
        Process,
        Source,
        Destination,
        Host,
        Protocol,
        Length,
        Info,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        EventIndexRole = Qt::UserRole + 1, ///< int: the row's event index in the store
        SortValueRole,                     ///< typed value of the cell (qint64 / QString)
        MarkedRole,                        ///< bool: the event is marked (EventMarks)
    };

    /** @brief How the Time column is shown. */
    enum class TimeFormat
    {
        Absolute,
        Relative
    };

    /** @brief @p store is not owned and must outlive the model. */
    explicit EventListModel(CaptureStore *store, QObject *parent = nullptr);
    ~EventListModel() override;

    /** @brief Take Host/Protocol/Info from the HTTP analysis (not owned; may be null). */
    void setHttpAnalysis(HttpAnalysis *analysis);
    /** @brief Draw marked events distinctly (not owned; may be null). */
    void setMarks(EventMarks *marks);
    /** @brief Colour rows by the colouring rules (not owned; may be null: no colours). */
    void setColorizer(RowColorizer *colorizer);
    RowColorizer *colorizer() const { return m_colorizer; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** @brief Event index (into CaptureStore) shown at @p row, or -1. */
    int eventIndexAt(int row) const;
    /** @brief Row showing event @p eventIndex, or -1 when it is filtered out (O(log n)). */
    int rowForEvent(int eventIndex) const;
    /** @brief The event index of every row, in display order (implicitly shared). */
    QVector<int> visibleEvents() const { return m_rows; }
    /** @brief Number of events in the store the model has seen (displayed or not). */
    int totalCount() const { return m_known; }

    TimeFormat timeFormat() const { return m_timeFormat; }
    void setTimeFormat(TimeFormat format);

    /**
     * @brief Show only the events @p filter passes (null: every event). Runs a worker job and
     * returns at once; the rows change, with one reset, when it is done (filterApplied()).
     */
    void setRowFilter(RowFilterPtr filter);
    RowFilterPtr rowFilter() const { return m_filter; }

    /** @brief Sort by @p column (a worker job; the rows change with one layout change when it
     *  is done). No. ascending is the event order. Ties keep the event order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** @brief Sort column, or -1 for the event order. */
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** @brief A filter or sort job is running (the rows shown are the previous ones). */
    bool isBusy() const { return m_rebuild != nullptr; }
    /** @brief For worker jobs: what the HTTP analysis has cached now (GUI thread). */
    std::shared_ptr<const HttpSnapshot> httpSnapshot() const;
    HttpAnalysis *httpAnalysis() const { return m_http; }
    CaptureStore *store() const { return m_store; }
    /** @brief The capture start (Unix ns) the Time column counts from. */
    qint64 captureStartNs() const;

    /** @brief The row's cells joined by tabs (for copying rows as text). */
    QString rowText(int row) const;
    /** @brief Column headers joined by tabs. */
    QString headerText() const;
    /** @brief Text of one cell, as displayed. */
    QString cellText(int row, int column) const;

    /** @brief Index rows the store has that the model has not inserted yet (idempotent). */
    void catchUp();

    /** @brief The registry field a column shows (col.process, ip.src's col.source, …). */
    static const FieldInfo &columnField(int column);

signals:
    /** @brief Rows [first, last] were appended in one batch. */
    void rowsAppended(int first, int last);
    /** @brief A filter or sort job started (true) or ended (false). */
    void busyChanged(bool busy);
    /** @brief Progress of the running job, 0 … 1000. */
    void progressChanged(int permille);
    /** @brief The rows of a new filter are in: @p shown of @p tested events passed in @p ms. */
    void filterApplied(int shown, int tested, qint64 ms);
    /** @brief The rows are in their new order (@p ms for keys and sort). */
    void sortApplied(qint64 ms);

private:
    void scheduleFlush();
    void flush();
    void reset();
    void cancelJobs();
    void startRebuild(bool refilter);
    VisibleRowsRequest baseRequest() const;
    void startTail(int total);
    void applyRebuild(VisibleRowsResult result, bool reorderOnly);
    void applyTail(VisibleRowsResult result);
    void appendRows(const QVector<int> &added);
    void rebuildRowOf();
    void reportProgress();
    /** @p request: ask for the HTTP analysis when it is missing (views), or not (filtering). */
    QString cellTextForEvent(int eventIndex, int column, bool request = true) const;
    void onConversationReady(quint32 id);
    /** The payload's Info text of a non-HTTP event, cached (reading it needs the payload). */
    QString payloadSummary(int eventIndex) const;

    CaptureStore *m_store;
    HttpAnalysis *m_http = nullptr;
    EventMarks *m_marks = nullptr;
    RowColorizer *m_colorizer = nullptr;
    QVector<int> m_rows;  ///< visible event indexes, in display order (ascending unless sorted)
    QVector<int> m_rowOf; ///< sorted: row of each event (-1 hidden); unsorted: empty
    int m_known = 0;      ///< events of the store already examined
    bool m_flushQueued = false;
    TimeFormat m_timeFormat = TimeFormat::Absolute;
    RowFilterPtr m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<SortKeys> m_keys; ///< sorted: keys of events [0, m_known)
    quint64 m_generation = 0;         ///< bumped by every new filter or sort: late results dropped
    std::shared_ptr<RowJobControl> m_rebuild; ///< the running filter/sort job
    std::shared_ptr<RowJobControl> m_tail;    ///< the running live-tail job
    bool m_rebuildWanted = false; ///< a rebuild must run (one is pending or was cancelled)
    QTimer m_progressTimer;
    QTimer m_mergeTimer; ///< sorted: live rows are merged at most every MergeIntervalMs
    QElapsedTimer m_lastMerge;
    mutable QCache<int, QString> m_infoCache;
};

} // namespace ecv
