// SPDX-License-Identifier: Apache-2.0
// MainWindow: the display filter bar, the Apply/Prepare as Filter menus, colouring rules.
#include <QLineEdit>
#include <QMenu>
#include <QSet>

#include "core/filter/filter_apply.h"
#include "core/http/http_analysis_cache.h"
#include "ui/coloring_rules.h"
#include "ui/coloring_rules_dialog.h"
#include "ui/detail_pane.h"
#include "ui/display_filter_bar.h"
#include "ui/display_row_filter.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/filter_menu.h"
#include "ui/main_window.h"

namespace ecv {

namespace {
constexpr int ValuesScanned = 20000; // events read for "values seen" completion
constexpr int ValuesOffered = 40;
} // namespace

QWidget *MainWindow::createFilterBar(QWidget *parent)
{
    m_filterBar = new DisplayFilterBar(parent);
    m_filterEdit = m_filterBar->lineEdit();
    connect(m_filterBar, &DisplayFilterBar::applied, this, &MainWindow::applyFilter);
    // One HTTP analysis cache per capture for filter runs: the second HTTP filter is warm.
    m_filterHttp = std::make_shared<HttpAnalysisCache>();
    connect(&m_store, &CaptureStore::cleared, this,
            [this] { m_filterHttp = std::make_shared<HttpAnalysisCache>(); });
    // Values seen: the index fields of the first events shown (no payload is read).
    m_filterBar->setValuesProvider([this](const QString &name) {
        const FieldInfo *field = FieldRegistry::find(name);
        QStringList values;
        if (!field || field->source != FieldSource::Index)
            return values;
        QSet<QString> seen;
        const int rows = qMin(m_model->rowCount(), ValuesScanned);
        for (int row = 0; row < rows && values.size() < ValuesOffered; ++row) {
            const CapturedEvent e = m_store.indexedEvent(m_model->eventIndexAt(row));
            const EventFieldContext context(e);
            for (const FieldValue &v : FieldRegistry::values(*field, context)) {
                const QString text = FieldRegistry::text(*field, v);
                if (!text.isEmpty() && !seen.contains(text)) {
                    seen.insert(text);
                    values << text;
                }
            }
        }
        values.sort(Qt::CaseInsensitive);
        return values;
    });

    return m_filterBar;
}

void MainWindow::addFilterActions(QMenu *view)
{
    // After createWidgets(): the list and the detail pane exist.
    auto *menus = new FilterMenu(m_filterBar, &m_store, m_http, this);
    menus->attachToList(m_view, m_model);
    menus->attachToFields(m_detail->fieldsView(),
                          [this] { return m_model->eventIndexAt(m_view->currentIndex().row()); });

    m_colorizer = new RowColorizer(&m_store, m_http, this);
    m_colorizer->setRules(ColoringRules::load());
    m_model->setColorizer(m_colorizer);
    QAction *colorize = view->addAction(tr("Colori&ze Event List"));
    colorize->setCheckable(true);
    colorize->setChecked(true);
    connect(colorize, &QAction::toggled, m_colorizer, &RowColorizer::setEnabled);
    view->addAction(tr("&Coloring Rules…"), this, &MainWindow::showColoringRules);
}

void MainWindow::showColoringRules()
{
    ColoringRulesDialog dialog(m_colorizer->rules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ColoringRules::save(dialog.rules());
    m_colorizer->setRules(dialog.rules());
}

void MainWindow::setDisplayFilter(const QString &filter, bool apply)
{
    // The bar compiles it, keeps it in the history and emits applied() (→ applyFilter()).
    m_filterBar->setFilterText(filter, apply);
}

void MainWindow::applyFilter(const DisplayFilter &filter)
{
    // The model filters on a worker; the view keeps the selection when it still passes.
    if (filter.isEmpty()) {
        m_model->setRowFilter(nullptr);
        return;
    }
    const std::shared_ptr<HttpAnalysisCache> cache = m_filterHttp;
    FilterHttpSource http = [cache, source = FilterApply::dissect(cache.get())](
                                const CaptureReadHandle &capture, quint32 conversation) {
        return source(capture, conversation);
    };
    m_model->setRowFilter(std::make_shared<DisplayRowFilter>(filter, std::move(http)));
}

} // namespace ecv
