// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QWidget>

#include "core/filter/display_filter.h"

class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace ecv {

/**
 * @brief The display filter bar, as Wireshark's: the filter text is compiled as it is typed and
 * the field turns green (valid), yellow (valid, but probably not what was meant: see the
 * warning) or red (invalid: the message names the column, and a caret marks it in the tooltip);
 * Enter or Apply applies a valid filter. Completion of field names and, after an operator, of
 * values seen in the capture; a drop-down of recent filters and saved filter buttons, both kept
 * in QSettings. GUI thread.
 */
class DisplayFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayFilterBar)
public:
    /** @brief Values seen in the capture for a field (for completion), at most a few dozen. */
    using ValuesProvider = std::function<QStringList(const QString &fieldName)>;

    explicit DisplayFilterBar(QWidget *parent = nullptr);
    ~DisplayFilterBar() override;

    QLineEdit *lineEdit() const { return m_edit; }
    /** @brief The filter compiled from the text in the field now. */
    const DisplayFilter &current() const { return m_current; }
    /** @brief The text of the filter applied last. */
    QString appliedText() const { return m_applied; }
    /** @brief Put @p text in the field; with @p apply, apply it too (when valid). */
    void setFilterText(const QString &text, bool apply);
    void setValuesProvider(ValuesProvider provider) { m_values = std::move(provider); }

    /** @brief Recent filters, newest first (QSettings displayFilter/recent). */
    QStringList history() const { return m_history; }
    /** @brief Saved filter buttons: (label, filter) pairs (QSettings displayFilter/buttons). */
    QVector<QPair<QString, QString>> buttons() const { return m_buttons; }
    /** @brief Add a saved filter button (saved at once). */
    void addButton(const QString &label, const QString &filter);
    void removeButton(int index);

    /** @brief The colour state of the field: "valid", "warning", "invalid" or "" (empty). */
    QString state() const;
    /** @brief The message shown next to the field (error or warning), "" when none. */
    QString message() const;

public slots:
    /** @brief Apply the text in the field if it compiles. @return whether it was applied. */
    bool apply();
    void focusFilter();

signals:
    /** @brief @p filter (valid, maybe empty) was applied. */
    void applied(const ecv::DisplayFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void compileText();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void addToHistory(const QString &text);
    void rebuildHistoryMenu();
    void rebuildButtons();
    void saveSettings() const;
    void saveCurrentAsButton();

    QLineEdit *m_edit;
    QLabel *m_message;
    QToolButton *m_bookmarks;
    QToolButton *m_recent;
    QToolButton *m_applyButton;
    QHBoxLayout *m_buttonRow;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    DisplayFilter m_current;
    QString m_applied;
    QStringList m_history;
    QVector<QPair<QString, QString>> m_buttons;
    ValuesProvider m_values;
    int m_completionStart = 0; ///< position in the text where the completed word begins
};

} // namespace ecv
