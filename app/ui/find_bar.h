// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "ui/event_find.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace ecv {

/**
 * @brief Find bar (Ctrl+F), as Wireshark's Find Packet: find text in the event list's text, in
 * the payload bytes (as text or as a hex string) or in decoded HTTP bodies; Enter or Next finds
 * the next match, Shift+Enter or Previous the one before, Escape closes. Only widgets: the
 * window runs the search (EventFinder, off the GUI thread) and reports with setResult().
 */
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    QString text() const;
    FindScope scope() const;
    void setScope(FindScope scope);
    /** @brief Show the outcome (@p found false: in the error colour). */
    void setResult(const QString &message, bool found);
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void activate();

signals:
    /** @brief Find @p text in @p scope: the next match, or the previous one (@p backward). */
    void findRequested(const QString &text, ecv::FindScope scope, bool backward);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QComboBox *m_scope;
    QLineEdit *m_edit;
    QLabel *m_result;
};

} // namespace ecv
