// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QVector>

namespace ecv {

class CaptureStore;
class EventMarks;
class HttpAnalysis;
struct FieldInfo;

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
 * event-loop turn, however often the store signals. Lives in the GUI thread.
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** @brief Event index (into CaptureStore) shown at @p row, or -1. */
    int eventIndexAt(int row) const;
    /** @brief Row showing event @p eventIndex, or -1 when it is filtered out (O(log n)). */
    int rowForEvent(int eventIndex) const;
    /** @brief Number of events in the store the model has seen (displayed or not). */
    int totalCount() const { return m_known; }

    TimeFormat timeFormat() const { return m_timeFormat; }
    void setTimeFormat(TimeFormat format);

    /**
     * @brief Show only rows whose text (any column, Info included) contains @p text,
     * case-insensitively; "conversation == N" shows conversation N only (what Follow stream's
     * filter button sets). Empty shows every row. Rebuilds the visible rows with one reset.
     */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

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

private:
    void scheduleFlush();
    void flush();
    void reset();
    bool matches(int eventIndex) const;
    /** @p request: ask for the HTTP analysis when it is missing (views), or not (filtering). */
    QString cellTextForEvent(int eventIndex, int column, bool request = true) const;
    void onConversationReady(quint32 id);
    /** The payload's Info text of a non-HTTP event, cached (reading it needs the payload). */
    QString payloadSummary(int eventIndex) const;

    CaptureStore *m_store;
    HttpAnalysis *m_http = nullptr;
    EventMarks *m_marks = nullptr;
    QVector<int> m_rows; ///< visible event indexes, ascending
    int m_known = 0;     ///< events of the store already examined
    bool m_flushQueued = false;
    TimeFormat m_timeFormat = TimeFormat::Absolute;
    QString m_filter;
    quint32 m_conversation = 0; ///< "conversation == N" filter, 0 = none
    mutable QCache<int, QString> m_infoCache;
};

} // namespace ecv
