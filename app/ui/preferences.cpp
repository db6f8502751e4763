// SPDX-License-Identifier: Apache-2.0
#include "ui/preferences.h"

#include <QFontDatabase>
#include <QSettings>

namespace ecv {

namespace {
const char *const KeyServerUrl = "preferences/serverUrl";
const char *const KeyReconnect = "preferences/reconnect";
const char *const KeyCaptureFolder = "preferences/captureFolder";
const char *const KeyMaxFrameMiB = "preferences/maxFrameMiB";
// Shared with the View menu's toggle (main_window_file.cpp), which is the same choice.
const char *const KeyRelativeTime = "eventList/relativeTime";
const char *const KeyApplicationFont = "preferences/applicationFont";
const char *const KeyMonospaceFont = "preferences/monospaceFont";
const char *const KeyLanguage = "preferences/language";
const char *const KeyTheme = "preferences/theme";

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Preferences::Theme::Light;
    if (name == QLatin1String("dark"))
        return Preferences::Theme::Dark;
    return Preferences::Theme::System;
}
} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.serverUrl = s.value(KeyServerUrl, p.serverUrl).toString().trimmed();
    if (p.serverUrl.isEmpty())
        p.serverUrl = defaultServerUrl();
    p.reconnect = s.value(KeyReconnect, p.reconnect).toBool();
    p.captureFolder = s.value(KeyCaptureFolder).toString();
    p.maxFrameMiB =
        qBound(kMinFrameMiB, s.value(KeyMaxFrameMiB, p.maxFrameMiB).toInt(), kMaxFrameMiB);
    p.relativeTime = s.value(KeyRelativeTime, p.relativeTime).toBool();
    p.applicationFont = s.value(KeyApplicationFont).toString();
    p.monospaceFont = s.value(KeyMonospaceFont).toString();
    p.language = s.value(KeyLanguage).toString();
    p.theme = themeFromName(s.value(KeyTheme).toString());
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(KeyServerUrl, serverUrl);
    s.setValue(KeyReconnect, reconnect);
    s.setValue(KeyCaptureFolder, captureFolder);
    s.setValue(KeyMaxFrameMiB, maxFrameMiB);
    s.setValue(KeyRelativeTime, relativeTime);
    s.setValue(KeyApplicationFont, applicationFont);
    s.setValue(KeyMonospaceFont, monospaceFont);
    s.setValue(KeyLanguage, language);
    s.setValue(KeyTheme, themeName(theme));
}

QFont Preferences::monospace() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!monospaceFont.isEmpty()) {
        QFont chosen;
        if (chosen.fromString(monospaceFont))
            font = chosen;
    }
    return font;
}

QFont Preferences::application(const QFont &fallback) const
{
    QFont chosen;
    if (!applicationFont.isEmpty() && chosen.fromString(applicationFont))
        return chosen;
    return fallback;
}

} // namespace ecv
