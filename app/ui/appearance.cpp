// SPDX-License-Identifier: Apache-2.0
#include "ui/appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ecv::appearance {

namespace {

const char *const MonospaceProperty = "ecvMonospace";

QFont &currentMonospace()
{
    static QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return font;
}

/** The palette the platform gave before we changed anything (for "System"). */
const QPalette &platformPalette()
{
    static const QPalette p = QApplication::palette();
    return p;
}

const QFont &platformFont()
{
    static const QFont f = QApplication::font();
    return f;
}

QString &platformStyle()
{
    static QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

QPalette darkPalette()
{
    // Colours as in Qt's own Fusion dark examples: readable contrast for tables and hex.
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), mid(80, 80, 84);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Link, QColor(100, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(130, 130, 130));
    return p;
}

} // namespace

bool systemPrefersDark()
{
    const QString gtk = qEnvironmentVariable("GTK_THEME");
    if (gtk.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    return platformPalette().color(QPalette::Window).lightness() < 128;
}

QPalette palette(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Dark:
        return darkPalette();
    case Preferences::Theme::Light:
        return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    case Preferences::Theme::System:
        break;
    }
    return systemPrefersDark() && platformPalette().color(QPalette::Window).lightness() >= 128
               ? darkPalette()
               : platformPalette();
}

void apply(const Preferences &preferences)
{
    (void)platformPalette(); // remember the platform's look before the first change
    (void)platformStyle();
    (void)platformFont();
    if (preferences.theme == Preferences::Theme::System) {
        if (!platformStyle().isEmpty())
            QApplication::setStyle(platformStyle());
    } else {
        // Fusion draws every palette colour; platform styles may ignore a dark one.
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
    QApplication::setPalette(palette(preferences.theme));
    QApplication::setFont(preferences.application(platformFont()));

    currentMonospace() = preferences.monospace();
    for (QWidget *w : QApplication::allWidgets())
        if (w->property(MonospaceProperty).toBool())
            w->setFont(currentMonospace());
}

QFont monospaceFont()
{
    return currentMonospace();
}

void markMonospace(QWidget *widget)
{
    widget->setProperty(MonospaceProperty, true);
    widget->setFont(currentMonospace());
}

} // namespace ecv::appearance
