// SPDX-License-Identifier: Apache-2.0
#include "ui/preferences_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/interface_language.h"

namespace ecv {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_appFontValue(current.applicationFont)
    , m_monoFontValue(current.monospaceFont)
    , m_maxFrameMiB(current.maxFrameMiB)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;

    m_url = new QLineEdit(current.serverUrl);
    m_url->setPlaceholderText(Preferences::defaultServerUrl());
    form->addRow(tr("Default server URL:"), m_url);
    m_reconnect = new QCheckBox(tr("Reconnect with backoff when the connection is lost"));
    m_reconnect->setChecked(current.reconnect);
    form->addRow(QString(), m_reconnect);

    m_folder = new QLineEdit(current.captureFolder);
    m_folder->setPlaceholderText(tr("the system's temporary folder"));
    auto *browse = new QToolButton;
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for live captures"),
                                                              m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Live captures folder:"), folderRow);

    m_relativeTime = new QCheckBox(tr("Time as seconds since the first event"));
    m_relativeTime->setChecked(current.relativeTime);
    form->addRow(tr("Time column:"), m_relativeTime);

    m_appFont = new QPushButton;
    m_monoFont = new QPushButton;
    showFont(m_appFont, m_appFontValue, false);
    showFont(m_monoFont, m_monoFontValue, true);
    connect(m_appFont, &QPushButton::clicked, this,
            [this] { chooseFont(m_appFont, &m_appFontValue, false); });
    connect(m_monoFont, &QPushButton::clicked, this,
            [this] { chooseFont(m_monoFont, &m_monoFontValue, true); });
    auto *resetFonts = new QPushButton(tr("Desktop fonts"));
    connect(resetFonts, &QPushButton::clicked, this, [this] {
        m_appFontValue.clear();
        m_monoFontValue.clear();
        showFont(m_appFont, m_appFontValue, false);
        showFont(m_monoFont, m_monoFontValue, true);
    });
    form->addRow(tr("Window font:"), m_appFont);
    form->addRow(tr("Bytes and text font:"), m_monoFont);
    form->addRow(QString(), resetFonts);

    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    for (const UiLanguage &l : availableUiLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    form->addRow(tr("Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect on the next start."));
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    m_theme = new QComboBox;
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(current.theme))));
    form->addRow(tr("Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.serverUrl = m_url->text().trimmed();
    if (p.serverUrl.isEmpty())
        p.serverUrl = Preferences::defaultServerUrl();
    p.reconnect = m_reconnect->isChecked();
    p.captureFolder = m_folder->text().trimmed();
    p.maxFrameMiB = m_maxFrameMiB; // not edited here: kept as it was
    p.relativeTime = m_relativeTime->isChecked();
    p.applicationFont = m_appFontValue;
    p.monospaceFont = m_monoFontValue;
    p.language = m_language->currentData().toString();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    return p;
}

void PreferencesDialog::showFont(QPushButton *button, const QString &value, bool monospace)
{
    Preferences p;
    p.applicationFont = value;
    p.monospaceFont = value;
    const QFont font = monospace ? p.monospace() : p.application(QApplication::font());
    button->setText(value.isEmpty()
                        ? tr("Desktop default (%1 %2 pt)").arg(font.family()).arg(font.pointSizeF())
                        : QStringLiteral("%1 %2 pt").arg(font.family()).arg(font.pointSizeF()));
    button->setFont(font);
}

void PreferencesDialog::chooseFont(QPushButton *button, QString *value, bool monospace)
{
    bool ok = false;
    const QFont chosen = QFontDialog::getFont(
        &ok, button->font(), this, monospace ? tr("Font of bytes and text") : tr("Window font"),
        monospace ? QFontDialog::MonospacedFonts : QFontDialog::FontDialogOptions());
    if (!ok)
        return;
    *value = chosen.toString();
    showFont(button, *value, monospace);
}

} // namespace ecv
