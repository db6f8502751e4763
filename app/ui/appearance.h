// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QPalette>

#include "ui/preferences.h"

class QWidget;

namespace ecv {

/**
 * @brief The look the Preferences choose: theme (light, dark, or the system's), the window font
 * and the monospace font of packet bytes, text, bodies and streams. GUI thread.
 */
namespace appearance {

/** @brief Whether the desktop prefers a dark look: GTK_THEME ending in ":dark", or a platform
 *  palette whose window colour is dark. */
bool systemPrefersDark();
/** @brief The palette of @p theme (System: dark or light as the desktop prefers). */
QPalette palette(Preferences::Theme theme);
/** @brief Apply theme and fonts of @p preferences to the application and every monospace
 *  widget (markMonospace()). Call after the QApplication exists; again after a change. */
void apply(const Preferences &preferences);
/** @brief The monospace font apply() set (the system's fixed font before). */
QFont monospaceFont();
/** @brief Give @p widget the monospace font now and whenever apply() changes it. */
void markMonospace(QWidget *widget);

} // namespace appearance
} // namespace ecv
