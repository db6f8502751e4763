// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include "ui/preferences.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ecv {

/**
 * @brief Edit > Preferences: defaults for the server URL and reconnecting, the folder of live
 * captures, the time format, fonts, language and theme. preferences()
 * gives what the user chose; the caller saves and applies it. GUI thread.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    /** @brief The values shown now (clamped to their ranges). */
    Preferences preferences() const;

private:
    void chooseFont(QPushButton *button, QString *value, bool monospace);
    void showFont(QPushButton *button, const QString &value, bool monospace);

    QLineEdit *m_url = nullptr;
    QCheckBox *m_reconnect = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_relativeTime = nullptr;
    QPushButton *m_appFont = nullptr;
    QPushButton *m_monoFont = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QString m_appFontValue;
    QString m_monoFontValue;
    int m_maxFrameMiB;
};

} // namespace ecv
