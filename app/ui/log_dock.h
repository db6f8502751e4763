// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace ecv {

class LogFilterModel;
class LogModel;

/**
 * @brief Dock with the run log (eCapture's and the viewer's lines), filtered by minimum level
 * and text; follows new lines while scrolled to the bottom.
 */
class LogDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)
public:
    /** @brief @p model is not owned. */
    LogDock(LogModel *model, QWidget *parent = nullptr);
    ~LogDock() override;

    LogFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *levelCombo() const { return m_level; }
    QLineEdit *textFilter() const { return m_text; }

private:
    LogModel *m_model;
    LogFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_level;
    QLineEdit *m_text;
    bool m_atBottom = true;
};

} // namespace ecv
