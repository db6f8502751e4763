// SPDX-License-Identifier: Apache-2.0
// MainWindow: the Statistics menu and what its dialog asks of the window.
#include <QLineEdit>
#include <QMenuBar>

#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/main_window.h"
#include "ui/statistics_dialog.h"

namespace ecv {

void MainWindow::createStatisticsMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Statistics"));
    const std::pair<const char *, StatisticsDialog::Page> pages[] = {
        {QT_TR_NOOP("&I/O Graph"), StatisticsDialog::Page::IoGraph},
        {QT_TR_NOOP("&Conversations"), StatisticsDialog::Page::Conversations},
        {QT_TR_NOOP("&Endpoints"), StatisticsDialog::Page::Endpoints},
        {QT_TR_NOOP("&Processes"), StatisticsDialog::Page::Processes},
        {QT_TR_NOOP("&HTTP Requests"), StatisticsDialog::Page::Http},
    };
    for (const auto &[title, page] : pages)
        menu->addAction(tr(title), this, [this, page = page] { showStatistics(page); });
}

StatisticsDialog *MainWindow::showStatistics(StatisticsDialog::Page page)
{
    if (!m_statistics) {
        m_statistics = new StatisticsDialog(&m_store, m_http, this);
        connect(m_statistics, &StatisticsDialog::filterRequested, this,
                &MainWindow::setDisplayFilter);
        connect(m_statistics, &StatisticsDialog::timeRequested, this, &MainWindow::goToTime);
    }
    m_statistics->showPage(page);
    m_statistics->show();
    m_statistics->raise();
    m_statistics->refresh();
    return m_statistics;
}

void MainWindow::goToTime(qint64 timeNs)
{
    // The first displayed event at or after timeNs (events are mostly in time order, but
    // eCapture may stamp them out of order: scan rather than bisect).
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int event = m_model->eventIndexAt(row);
        if (event >= 0 && m_store.eventAt(event).timeNs >= timeNs) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

} // namespace ecv
