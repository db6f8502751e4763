// SPDX-License-Identifier: Apache-2.0
#include "ui/event_list_view.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimerEvent>

#include "ui/event_list_model.h"

namespace ecv {

namespace {
constexpr int TailUpdateIntervalMs = 100; // as Wireshark's packet list
}

EventListView::EventListView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("eventList"));
    // One fixed row height: no per-row size queries, no per-row layout.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 2);
    verticalHeader()->hide();
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setFirstSectionMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSortIndicatorShown(true);

    // A change of the scroll value is either the user or our own scrollToBottom(); growth of
    // the range alone does not change the value, so "at the bottom" is the following state.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { setFollowing(value >= verticalScrollBar()->maximum()); });
}

EventListView::~EventListView() = default;

void EventListView::setEventModel(EventListModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &EventListModel::rowsAppended, this, [this] {
        m_rowsPending = true;
        if (m_follow && !m_tailTimer.isActive())
            m_tailTimer.start(TailUpdateIntervalMs, this);
    });
    // A new filter resets the model: the current and selected events stay current and
    // selected when they still pass (Wireshark keeps the selected packet).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptCurrent = m_model->eventIndexAt(currentIndex().row());
        m_keptSelection.clear();
        if (selectionModel()) {
            const QModelIndexList rows = selectionModel()->selectedRows();
            for (const QModelIndex &index : rows)
                m_keptSelection.append(m_model->eventIndexAt(index.row()));
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &EventListView::restoreSelection);
    // Click a header to sort (the model sorts on a worker); No. ascending is the event order.
    horizontalHeader()->setSortIndicator(EventListModel::Number, Qt::AscendingOrder);
    setSortingEnabled(true);
    applyDefaultColumnWidths();
}

void EventListView::restoreSelection()
{
    const int row = m_model->rowForEvent(m_keptCurrent);
    if (row < 0) {
        emit currentEventChanged(-1);
    } else {
        QItemSelection selection;
        for (int eventIndex : std::as_const(m_keptSelection)) {
            const int r = m_model->rowForEvent(eventIndex);
            if (r >= 0)
                selection.select(m_model->index(r, 0),
                                 m_model->index(r, EventListModel::ColumnCount - 1));
        }
        selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    m_keptCurrent = -1;
    m_keptSelection.clear();
    if (m_follow)
        m_tailTimer.start(TailUpdateIntervalMs, this);
}

void EventListView::resetSort()
{
    horizontalHeader()->setSortIndicator(EventListModel::Number, Qt::AscendingOrder);
}

void EventListView::applyDefaultColumnWidths()
{
    // Widths from representative strings, not from the contents (no ResizeToContents).
    const QFontMetrics fm(font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    auto w = [&](const char *sample) { return fm.horizontalAdvance(QLatin1String(sample)) + pad; };
    horizontalHeader()->resizeSection(EventListModel::Number, w("0000000"));
    horizontalHeader()->resizeSection(EventListModel::Time, w("00:00:00.000000"));
    horizontalHeader()->resizeSection(EventListModel::Process, w("processname (123456)"));
    horizontalHeader()->resizeSection(EventListModel::Source, w("255.255.255.255:65535"));
    horizontalHeader()->resizeSection(EventListModel::Destination, w("255.255.255.255:65535"));
    horizontalHeader()->resizeSection(EventListModel::Host, w("api.example.com:443"));
    horizontalHeader()->resizeSection(EventListModel::Protocol, w("TLS data (Go)"));
    horizontalHeader()->resizeSection(EventListModel::Length, w("0000000"));
}

QString EventListView::selectedRowsText() const
{
    if (!m_model || !selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines << m_model->headerText();
    for (const QModelIndex &index : rows)
        lines << m_model->rowText(index.row());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void EventListView::goToLive()
{
    setFollowing(true);
    if (m_model && m_model->rowCount() > 0) {
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        setCurrentIndex(last);
    }
    scrollToBottom();
}

void EventListView::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EventListView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_tailTimer.timerId())
        return QTableView::timerEvent(event);
    m_tailTimer.stop();
    if (m_follow && m_rowsPending) {
        m_rowsPending = false;
        scrollToBottom();
    }
}

void EventListView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedRows();
        return;
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::NoModifier) {
        goToLive();
        return;
    }
    QTableView::keyPressEvent(event);
}

void EventListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // Looking at an older row stops following (the row would scroll away); End resumes.
    if (current.isValid() && m_model && current.row() < m_model->rowCount() - 1)
        setFollowing(false);
    emit currentEventChanged(m_model && current.isValid() ? m_model->eventIndexAt(current.row())
                                                          : -1);
}

void EventListView::setFollowing(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow && m_rowsPending && !m_tailTimer.isActive())
        m_tailTimer.start(TailUpdateIntervalMs, this);
    emit followingChanged(follow);
}

} // namespace ecv
