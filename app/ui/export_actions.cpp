// SPDX-License-Identifier: Apache-2.0
#include "ui/export_actions.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>

#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/event_marks.h"
#include "ui/export_dialog.h"
#include "ui/http_objects_dialog.h"
#include "ui/log_model.h"
#include "ui/main_window.h"

namespace ecv {

ExportActions::ExportActions(MainWindow *window, QMenu *file, QMenu *edit)
    : QObject(window)
    , m_window(window)
    , m_marks(new EventMarks(window->store(), this))
{
    setObjectName(QStringLiteral("exportActions"));
    window->eventModel()->setMarks(m_marks);

    // Before the separator that precedes Quit.
    QAction *before = nullptr;
    const QList<QAction *> fileActions = file->actions();
    for (int i = int(fileActions.size()) - 1; i >= 0 && !before; --i) {
        if (fileActions.at(i)->isSeparator())
            before = fileActions.at(i);
    }
    auto *exportEvents = new QAction(tr("&Export Specified Events…"), file);
    exportEvents->setObjectName(QStringLiteral("exportSpecifiedEvents"));
    connect(exportEvents, &QAction::triggered, this, &ExportActions::showExportDialog);
    auto *objects = new QMenu(tr("Export &Objects"), file);
    QAction *http = objects->addAction(tr("&HTTP…"), this, &ExportActions::showObjectsDialog);
    http->setObjectName(QStringLiteral("exportObjectsHttp"));
    file->insertSeparator(before);
    file->insertAction(before, exportEvents);
    file->insertMenu(before, objects);

    edit->addSeparator();
    const struct
    {
        const char *name;
        QString text;
        QKeySequence key;
        void (ExportActions::*slot)();
    } marking[] = {
        {"markEvent", tr("&Mark/Unmark Event"), QKeySequence(Qt::CTRL | Qt::Key_M),
         &ExportActions::toggleMarks},
        {"markAllDisplayed", tr("Mark All &Displayed"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &ExportActions::markAllDisplayed},
        {"unmarkAll", tr("&Unmark All"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
         &ExportActions::unmarkAll},
    };
    for (const auto &m : marking) {
        QAction *a = edit->addAction(m.text, this, m.slot);
        a->setObjectName(QString::fromLatin1(m.name));
        a->setShortcut(m.key);
    }
    QAction *next = edit->addAction(tr("&Next Mark"), this, [this] { goToMark(true); });
    next->setObjectName(QStringLiteral("nextMark"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *previous = edit->addAction(tr("&Previous Mark"), this, [this] { goToMark(false); });
    previous->setObjectName(QStringLiteral("previousMark"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

QVector<int> ExportActions::selectedEvents() const
{
    QVector<int> out;
    const QItemSelectionModel *selection = m_window->eventView()->selectionModel();
    if (!selection)
        return out;
    for (const QModelIndex &index : selection->selectedRows())
        out.append(index.data(EventListModel::EventIndexRole).toInt());
    if (out.isEmpty() && currentEvent() >= 0)
        out.append(currentEvent());
    return out;
}

int ExportActions::currentEvent() const
{
    const QModelIndex current = m_window->eventView()->currentIndex();
    return current.isValid() ? current.data(EventListModel::EventIndexRole).toInt() : -1;
}

void ExportActions::toggleMarks()
{
    const QVector<int> events = selectedEvents();
    const bool allMarked =
        std::all_of(events.cbegin(), events.cend(), [this](int e) { return m_marks->isMarked(e); });
    for (int e : events)
        m_marks->setMarked(e, !allMarked);
}

void ExportActions::markAllDisplayed()
{
    const EventListModel *model = m_window->eventModel();
    QVector<int> displayed;
    displayed.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        displayed.append(model->eventIndexAt(row));
    m_marks->markAll(displayed);
}

void ExportActions::unmarkAll()
{
    m_marks->clear();
}

bool ExportActions::goToMark(bool forward)
{
    const EventListModel *model = m_window->eventModel();
    int event = currentEvent();
    if (event < 0)
        event = forward ? -1 : m_window->store()->eventCount();
    // Skip marked events the display filter hides, as Wireshark does.
    for (;;) {
        event = forward ? m_marks->next(event) : m_marks->previous(event);
        if (event < 0) {
            m_window->statusBar()->showMessage(forward ? tr("No marked event after this one")
                                                       : tr("No marked event before this one"),
                                               3000);
            return false;
        }
        const int row = model->rowForEvent(event);
        if (row >= 0) {
            // Select just that row: the shortcut's Shift must not extend the selection.
            EventListView *view = m_window->eventView();
            const QModelIndex index = view->model()->index(row, 0);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
}

void ExportActions::showExportDialog()
{
    ExportDialog::Context context;
    context.store = m_window->store();
    context.model = m_window->eventModel();
    context.view = m_window->eventView();
    context.marks = m_marks;
    auto *dialog = new ExportDialog(context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &summary) {
        m_window->logModel()->addViewerMessage(LogModel::Severity::Info, summary);
        m_window->statusBar()->showMessage(summary, 10000);
    });
    dialog->show();
}

void ExportActions::showObjectsDialog()
{
    auto *dialog = new HttpObjectsDialog(m_window->store(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->startListing();
}

} // namespace ecv
