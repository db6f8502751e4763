// SPDX-License-Identifier: Apache-2.0
// MainWindow: Edit > Preferences and applying the user's defaults.
#include <QAction>
#include <QMenu>

#include "ui/appearance.h"
#include "ui/main_window.h"
#include "ui/preferences_dialog.h"

namespace ecv {

void MainWindow::addPreferencesAction(QMenu *edit)
{
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(Preferences::load(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Preferences chosen = dialog.preferences();
        chosen.save();
        applyPreferences(chosen);
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_source.setReconnectEnabled(preferences.reconnect);
    CaptureStore::setTemporaryFolder(preferences.captureFolder);
    m_relativeTime->setChecked(preferences.relativeTime);
    appearance::apply(preferences);
}

} // namespace ecv
