// SPDX-License-Identifier: Apache-2.0
#include "ui/coloring_rules_dialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ecv {

namespace {
constexpr int ForegroundRole = Qt::UserRole + 1;
constexpr int BackgroundRole = Qt::UserRole + 2;
} // namespace

ColoringRulesDialog::ColoringRulesDialog(const QVector<ColoringRule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("coloringRulesDialog"));
    setWindowTitle(tr("Coloring Rules"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Rows are coloured by the first enabled rule whose display filter they pass."), this);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("coloringRulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Filter")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NameColumn, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("Add"), "coloringAdd");
    QPushButton *copy = button(tr("Copy"), "coloringCopy");
    QPushButton *remove = button(tr("Remove"), "coloringRemove");
    QPushButton *up = button(tr("Up"), "coloringUp");
    QPushButton *down = button(tr("Down"), "coloringDown");
    QPushButton *fg = button(tr("Foreground…"), "coloringForeground");
    QPushButton *bg = button(tr("Background…"), "coloringBackground");
    buttons->addStretch(1);
    QPushButton *defaults = button(tr("Restore Defaults"), "coloringDefaults");
    layout->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("coloringStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({tr("New rule"), QStringLiteral("frame.len > 1000"), QColor(0x12, 0x12, 0x12),
                QColor(0xff, 0xf3, 0xd6), true});
        m_table->setCurrentCell(m_table->rowCount() - 1, FilterColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        addRow(this->rules().at(row), row + 1);
        m_table->setCurrentCell(row + 1, NameColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        check();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(fg, &QPushButton::clicked, this, [this] { pickColour(false); });
    connect(bg, &QPushButton::clicked, this, [this] { pickColour(true); });
    connect(defaults, &QPushButton::clicked, this, [this] { setRules(ColoringRules::defaults()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { check(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { check(); });
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setRules(rules);
}

ColoringRulesDialog::~ColoringRulesDialog() = default;

void ColoringRulesDialog::setRules(const QVector<ColoringRule> &rules)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const ColoringRule &rule : rules)
        addRow(rule);
    m_updating = false;
    check();
}

void ColoringRulesDialog::addRow(const ColoringRule &rule, int at)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = at < 0 ? m_table->rowCount() : at;
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(rule.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    name->setData(ForegroundRole, rule.foreground);
    name->setData(BackgroundRole, rule.background);
    // The name cell previews the rule's colours.
    name->setForeground(rule.foreground);
    name->setBackground(rule.background);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, FilterColumn, new QTableWidgetItem(rule.filter));
    m_updating = wasUpdating;
    check();
}

QVector<ColoringRule> ColoringRulesDialog::rules() const
{
    QVector<ColoringRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *filter = m_table->item(row, FilterColumn);
        if (!name || !filter)
            continue;
        out.append({name->text(), filter->text(), name->data(ForegroundRole).value<QColor>(),
                    name->data(BackgroundRole).value<QColor>(), name->checkState() == Qt::Checked});
    }
    return out;
}

bool ColoringRulesDialog::allValid() const
{
    for (const ColoringRule &rule : rules()) {
        if (rule.enabled && !DisplayFilter::compile(rule.filter).isValid())
            return false;
    }
    return true;
}

void ColoringRulesDialog::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const ColoringRule rule = rules().at(row);
    m_updating = true;
    m_table->removeRow(row);
    addRow(rule, to);
    m_updating = false;
    m_table->setCurrentCell(to, NameColumn);
    check();
}

void ColoringRulesDialog::pickColour(bool background)
{
    QTableWidgetItem *name = m_table->item(m_table->currentRow(), NameColumn);
    if (!name)
        return;
    const int role = background ? BackgroundRole : ForegroundRole;
    const QColor colour =
        QColorDialog::getColor(name->data(role).value<QColor>(), this,
                               background ? tr("Background of “%1”").arg(name->text())
                                          : tr("Foreground of “%1”").arg(name->text()));
    if (!colour.isValid())
        return;
    name->setData(role, colour);
    if (background)
        name->setBackground(colour);
    else
        name->setForeground(colour);
}

void ColoringRulesDialog::check()
{
    if (m_updating)
        return;
    m_updating = true;
    QString problem;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *filterItem = m_table->item(row, FilterColumn);
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        if (!filterItem || !name)
            continue;
        const DisplayFilter filter = DisplayFilter::compile(filterItem->text());
        QColor colour(0xaf, 0xff, 0xaf); // the filter bar's colours
        if (!filter.isValid())
            colour = QColor(0xff, 0xaf, 0xaf);
        else if (filter.severity() == DisplayFilter::Severity::Warning)
            colour = QColor(0xff, 0xff, 0xaf);
        filterItem->setBackground(colour);
        filterItem->setForeground(QColor(Qt::black));
        filterItem->setToolTip(filter.isValid() ? filter.warnings().join(QLatin1Char('\n'))
                                                : filter.errorMessage());
        if (problem.isEmpty() && !filter.isValid() && name->checkState() == Qt::Checked)
            problem = tr("“%1”: %2").arg(name->text(), filter.errorMessage());
    }
    m_status->setText(problem);
    m_status->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c01c28;"));
    if (m_ok)
        m_ok->setEnabled(problem.isEmpty());
    m_updating = false;
}

} // namespace ecv
