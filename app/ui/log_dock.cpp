// SPDX-License-Identifier: Apache-2.0
#include "ui/log_dock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/log_model.h"

namespace ecv {

LogDock::LogDock(LogModel *model, QWidget *parent)
    : QDockWidget(tr("Log"), parent)
    , m_model(model)
    , m_filter(new LogFilterModel(this))
    , m_view(new QTreeView(this))
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Level:"), body);
    levelLabel->setBuddy(m_level);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItem(tr("All"), int(LogModel::Severity::Trace));
    m_level->addItem(tr("Debug and above"), int(LogModel::Severity::Debug));
    m_level->addItem(tr("Info and above"), int(LogModel::Severity::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogModel::Severity::Warn));
    m_level->addItem(tr("Errors only"), int(LogModel::Severity::Error));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setPlaceholderText(tr("Filter log text…"));
    m_text->setClearButtonEnabled(true);
    row->addWidget(levelLabel);
    row->addWidget(m_level);
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    layout->addWidget(m_view);
    setWidget(body);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QFontMetrics fm(font());
    m_view->header()->resizeSection(LogModel::Time,
                                    fm.horizontalAdvance(QStringLiteral("00:00:00.0000")) + 12);
    m_view->header()->resizeSection(LogModel::Origin,
                                    fm.horizontalAdvance(QStringLiteral("eCapture__")) + 12);
    m_view->header()->resizeSection(LogModel::Level,
                                    fm.horizontalAdvance(QStringLiteral("warning")) + 12);
    m_view->header()->resizeSection(LogModel::Message, fm.horizontalAdvance(QLatin1Char('M')) * 40);
    m_view->header()->setStretchLastSection(true);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(LogModel::Severity(m_level->currentData().toInt()));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &LogFilterModel::setText);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int v) { m_atBottom = v >= m_view->verticalScrollBar()->maximum(); });
    // Rows laid out after the insertion grow the range without moving the value: keep the
    // bottom in view while following.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_atBottom)
            m_view->verticalScrollBar()->setValue(max);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom)
            QTimer::singleShot(0, m_view, &QTreeView::scrollToBottom);
    });
}

LogDock::~LogDock() = default;

} // namespace ecv
