// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include "ui/coloring_rules.h"

class QTableWidget;
class QLabel;

namespace ecv {

/**
 * @brief View > Coloring Rules: the rules in order (the first that passes an event colours
 * it), each with a check box, a name, a display filter (green/yellow/red as in the filter bar,
 * the error shown below) and its colours; add, copy, remove, move up and down, restore the
 * defaults. OK keeps the rules (ColoringRules::save) when every enabled filter is valid. GUI
 * thread.
 */
class ColoringRulesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColoringRulesDialog)
public:
    explicit ColoringRulesDialog(const QVector<ColoringRule> &rules, QWidget *parent = nullptr);
    ~ColoringRulesDialog() override;

    /** @brief The rules as edited. */
    QVector<ColoringRule> rules() const;
    QTableWidget *table() const { return m_table; }
    /** @brief Whether every enabled rule's filter compiles (OK is enabled then). */
    bool allValid() const;

private:
    enum Column
    {
        NameColumn,
        FilterColumn
    };
    void setRules(const QVector<ColoringRule> &rules);
    void addRow(const ColoringRule &rule, int at = -1);
    void moveCurrent(int delta);
    void pickColour(bool background);
    void check();

    QTableWidget *m_table;
    QLabel *m_status;
    class QPushButton *m_ok = nullptr;
    bool m_updating = false;
};

} // namespace ecv
