// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBasicTimer>
#include <QTableView>

namespace ecv {

class EventListModel;

/**
 * @brief The event list view: a QTableView with a fixed row height (QHeaderView::Fixed; a
 * QTreeView relayouts every row on each insert, O(n) per batch), columns sized from font
 * metrics (never ResizeToContents), movable columns, and a 100 ms tail timer that follows new rows
 * while the view is scrolled to the bottom (Wireshark's PacketList). Scrolling up stops following;
 * reaching the bottom again, or End / goToLive(), resumes it. Ctrl+C copies selected rows as
 * tab-separated text. A header click sorts (EventListModel::sort, on a worker); a new filter
 * keeps the current and selected events when they still pass. GUI thread.
 */
class EventListView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListView)
public:
    explicit EventListView(QWidget *parent = nullptr);
    ~EventListView() override;

    void setEventModel(EventListModel *model);
    EventListModel *eventModel() const { return m_model; }

    /** @brief Whether new rows are followed (the view sits at the bottom). */
    bool isFollowing() const { return m_follow; }
    /** @brief Initial column widths from font metrics (used when nothing was saved). */
    void applyDefaultColumnWidths();

    /** @brief Back to the event order (No. ascending), e.g. after restoring a saved header. */
    void resetSort();

    /** @brief Selected rows (sorted) as text: a header line, then one line per row. */
    QString selectedRowsText() const;

public slots:
    /** @brief Scroll to the last row and follow new rows again. */
    void goToLive();
    void copySelectedRows();

signals:
    void followingChanged(bool following);
    /** @brief The current event changed (-1: none). */
    void currentEventChanged(int eventIndex);

protected:
    void timerEvent(QTimerEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void setFollowing(bool follow);
    void restoreSelection();

    EventListModel *m_model = nullptr;
    QBasicTimer m_tailTimer;
    bool m_follow = true;
    bool m_rowsPending = false;
    int m_keptCurrent = -1;       ///< current event across a model reset
    QVector<int> m_keptSelection; ///< selected events across a model reset
};

} // namespace ecv
