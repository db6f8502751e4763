// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ecv {

/**
 * @brief Find bar (Ctrl+F): find text in the event list (every column, Info included) and in
 * the selected event's payload. Enter finds the next row, Shift+Enter the next match in the
 * payload, Escape closes. Only widgets; the window does the searching.
 */
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    QString text() const;
    void setResult(const QString &message, bool found);
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void activate();

signals:
    void findInList(const QString &text);
    void findInPayload(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_result;
};

} // namespace ecv
