// SPDX-License-Identifier: Apache-2.0
#include "ui/rows_job_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

#include "ui/event_list_model.h"

namespace ecv {

namespace {
constexpr int ResultShownMs = 6000;
}

RowsJobIndicator::RowsJobIndicator(EventListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("rowsJobIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(fontMetrics().height());
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
    auto *hideLater = new QTimer(this);
    hideLater->setSingleShot(true);
    connect(hideLater, &QTimer::timeout, this, &QWidget::hide);
    connect(model, &EventListModel::busyChanged, this, [this, model, hideLater](bool busy) {
        m_bar->setVisible(busy);
        if (busy) {
            hideLater->stop();
            m_bar->setValue(0);
            m_label->setText(model->rowFilter() && model->rowFilter()->needsHttp()
                                 ? tr("Filtering (dissecting HTTP)…")
                                 : tr("Filtering and sorting…"));
            show();
        } else {
            hideLater->start(ResultShownMs);
        }
    });
    connect(model, &EventListModel::progressChanged, m_bar, &QProgressBar::setValue);
    connect(model, &EventListModel::filterApplied, this, [this](int shown, int tested, qint64 ms) {
        const QLocale locale;
        m_label->setText(tr("Filter: %1 of %2 events · %3 s")
                             .arg(locale.toString(shown), locale.toString(tested),
                                  locale.toString(ms / 1000.0, 'f', 2)));
    });
    connect(model, &EventListModel::sortApplied, this, [this](qint64 ms) {
        m_label->setText(tr("Sorted · %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2)));
    });
}

RowsJobIndicator::~RowsJobIndicator() = default;

} // namespace ecv
