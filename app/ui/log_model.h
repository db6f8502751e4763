// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <deque>
#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include "core/wire/run_log_entry.h"

namespace ecv {

/**
 * @brief The log dock's rows: eCapture's run log and the viewer's own messages, bounded.
 *
 * A ring buffer of at most capacity() lines (qBittorrent's LogModel pattern): when full, the
 * oldest rows are removed *before* the new ones are inserted, so views never see ghost rows.
 * After a reconnect eCapture's server re-sends its cached startup lines
 * (pkg/ecaptureq/hub.go sendLogBuff); between beginReconnect() and the first line not seen
 * before (or endReconnect()), lines identical to ones already shown are dropped and counted.
 * GUI thread only.
 */
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
public:
    enum Column
    {
        Time,
        Origin,
        Level,
        Message,
        Fields,
        ColumnCount
    };
    Q_ENUM(Column)

    /** @brief Severity, ordered; filters show a level and everything above it. */
    enum class Severity
    {
        Trace,
        Debug,
        Info,
        Warn,
        Error,
        Fatal
    };
    Q_ENUM(Severity)

    enum Role
    {
        SeverityRole = Qt::UserRole + 1, ///< int(Severity)
        FromViewerRole,                  ///< bool: not an eCapture run-log line (Line::fromViewer)
        FrameNumberRole,                 ///< quint32: frame in the capture (0 = none)
    };

    struct Line
    {
        qint64 timeNs = 0;
        Severity severity = Severity::Info;
        QString level; ///< as written by eCapture ("info", "warn", …) or the viewer's
        QString message;
        QString fields;          ///< "key=value key=value"
        bool fromViewer = false; ///< not an eCapture run-log line: the viewer's own message or
                                 ///< a heartbeat it reports (@c heartbeat)
        bool heartbeat = false;  ///< a heartbeat frame (shown as from eCapture)
        quint32 frameNumber = 0;
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    /** @brief At most @p lines rows are kept (oldest dropped first); at least 1. */
    void setCapacity(int lines);

    /**
     * @brief Add eCapture run-log lines (frameNumber 0 = the viewer's note recorded in the
     * capture). @return how many were added (the rest were cached repeats after a reconnect).
     */
    int addRunLogs(const QList<RunLogEntry> &entries);
    /** @brief Add one message of the viewer itself. */
    void addViewerMessage(Severity severity, const QString &message, quint32 frameNumber = 0);

    /**
     * @brief Add a heartbeat: its time (eCapture's Unix seconds normalized to ns, the arrival
     * time when unusable), "heartbeat #COUNT", level "heartbeat" at Debug severity.
     */
    void addHeartbeat(const HeartbeatRecord &heartbeat);
    /** @brief A new connection to the same server starts: drop its cached repeats. */
    void beginReconnect();
    /** @brief Stop dropping repeats (the first heartbeat follows the cached lines). */
    void endReconnect();
    /** @brief Lines dropped as cached repeats since the last clear(). */
    int suppressedRepeats() const { return m_suppressed; }

    const Line &line(int row) const { return m_lines.at(size_t(row)); }
    void clear();

    static Severity severityFromLevel(const QString &level);
    static QString severityName(Severity severity);

private:
    void append(std::vector<Line> &&lines);

    std::deque<Line> m_lines;
    int m_capacity = 20000;
    QSet<QString> m_seenRaw; ///< eCapture lines seen (bounded), for dropping cached repeats
    bool m_dedupe = false;
    int m_suppressed = 0;
};

/**
 * @brief Filters the log by minimum severity and by text (message, fields, level), case
 * insensitive. The source is bounded, so a QSortFilterProxyModel is cheap enough here.
 */
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)
public:
    explicit LogFilterModel(QObject *parent = nullptr);
    ~LogFilterModel() override;

    void setMinimumSeverity(LogModel::Severity severity);
    LogModel::Severity minimumSeverity() const { return m_minimum; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogModel::Severity m_minimum = LogModel::Severity::Trace;
    QString m_text;
};

} // namespace ecv
