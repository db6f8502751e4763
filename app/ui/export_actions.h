// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QMenu;

namespace ecv {

class EventMarks;
class MainWindow;

/**
 * @brief The window's export and marking commands, kept out of MainWindow: File > Export
 * Specified Events… (ExportDialog), File > Export Objects > HTTP… (HttpObjectsDialog), and
 * Edit > Mark/Unmark Event (Ctrl+M), Mark All Displayed (Ctrl+Shift+M), Unmark All
 * (Ctrl+Alt+M), Next Mark (Ctrl+Shift+N), Previous Mark (Ctrl+Shift+B), as in Wireshark.
 * Owns the window's EventMarks and hands them to the event list model. GUI thread.
 */
class ExportActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)
public:
    /** @brief Add the commands to @p file and @p edit of @p window (parent of this object). */
    ExportActions(MainWindow *window, QMenu *file, QMenu *edit);

    EventMarks *marks() const { return m_marks; }

    /** @brief Ctrl+M: mark the selected events, or unmark them when all are marked already. */
    void toggleMarks();
    void markAllDisplayed();
    void unmarkAll();
    /** @brief Go to the next (previous) marked event that is displayed; false if none. */
    bool goToMark(bool forward);

    /** @brief Open the dialogs (non-modal, deleted on close). */
    void showExportDialog();
    void showObjectsDialog();

private:
    QVector<int> selectedEvents() const;
    int currentEvent() const;

    MainWindow *m_window;
    EventMarks *m_marks;
};

} // namespace ecv
