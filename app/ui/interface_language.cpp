// SPDX-License-Identifier: Apache-2.0
#include "ui/interface_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace ecv {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("ecapture-viewer");
} // namespace

QList<UiLanguage> availableUiLanguages()
{
    QList<UiLanguage> languages;
    const QStringList files =
        QDir(kCatalogueDir)
            .entryList({kCatalogueName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kCatalogueName.size() + 1).chopped(3);
        const QLocale locale(code);
        // "en" alone would read "American English"; the catalogue is plain English.
        QString name = locale.language() == QLocale::English ? QStringLiteral("English")
                                                             : locale.nativeLanguageName();
        if (name.isEmpty())
            name = code;
        UiLanguage language{code, name};
        if (locale.language() == QLocale::English)
            languages.prepend(language);
        else
            languages.append(language);
    }
    return languages;
}

QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void installUiTranslators(QCoreApplication *app, const QString &language)
{
    const QLocale locale = uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(app);
    if (ours->load(locale, kCatalogueName, QStringLiteral("_"), kCatalogueDir))
        QCoreApplication::installTranslator(ours);
}

} // namespace ecv
