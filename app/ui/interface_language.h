// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ecv {

/** @brief A language the UI has a catalogue for (translations/ecapture-viewer_CODE.ts). */
struct UiLanguage
{
    QString code;       ///< catalogue suffix: "en", "zh_CN"
    QString nativeName; ///< the language's own name: "English", "简体中文"
};

/** @brief The catalogues embedded under :/i18n, English first. */
QList<UiLanguage> availableUiLanguages();

/** @brief The locale for the Preferences' language: "" = the system's (LANG, LC_MESSAGES…). */
QLocale uiLocale(const QString &language);

/**
 * @brief Install Qt's own catalogue (qtbase, from qt6-translations-l10n) and ours for
 * @p locale into @p app, which owns them. An explicitly chosen language also becomes the
 * default QLocale, so numbers and dates follow it. Call once, before any widget exists.
 */
void installUiTranslators(QCoreApplication *app, const QString &language);

} // namespace ecv
