// SPDX-License-Identifier: Apache-2.0
// MainWindow: Find (Ctrl+F), run by an EventFinder off the GUI thread.
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/find_bar.h"
#include "ui/main_window.h"

namespace ecv {

void MainWindow::findNext(const QString &text, FindScope scope, bool backward)
{
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    QString error;
    if (!m_finder->find(text, scope, start, backward, m_relativeTime->isChecked(), &error)) {
        m_findBar->setResult(error, false);
        return;
    }
    m_findBar->setResult(tr("searching…"), true);
}

void MainWindow::onFound(const FindResult &result)
{
    const int row = m_model->rowForEvent(result.eventIndex);
    if (result.row < 0 || row < 0) {
        m_findBar->setResult(tr("not found"), false);
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    // Mark the match in the detail pane's Bytes and Text tabs.
    const FindScope scope = m_findBar->scope();
    if (scope == FindScope::PayloadHex) {
        QByteArray bytes;
        if (EventFind::parseHex(m_findBar->text(), &bytes, nullptr))
            m_detail->findBytes(bytes);
    } else {
        m_detail->find(m_findBar->text());
    }
    m_findBar->setResult(
        result.wrapped
            ? tr("No. %1 (wrapped around)").arg(m_store.eventAt(result.eventIndex).frameNumber)
            : tr("No. %1").arg(m_store.eventAt(result.eventIndex).frameNumber),
        true);
}

} // namespace ecv
