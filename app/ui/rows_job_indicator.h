// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ecv {

class EventListModel;

/**
 * @brief Status-bar progress of the event list's filter and sort jobs: hidden when idle, a bar
 * (0 … 100 %) while a job runs, then for a few seconds what it found ("1,234 of 1,000,000 events
 * · 0.21 s"). GUI thread.
 */
class RowsJobIndicator : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowsJobIndicator)
public:
    explicit RowsJobIndicator(EventListModel *model, QWidget *parent = nullptr);
    ~RowsJobIndicator() override;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace ecv
