// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>

namespace ecv {

/**
 * @brief The viewer's icon: "ecapture-viewer" from the installed icon theme (the .deb puts it
 * under /usr/share/icons/hicolor), else the PNGs embedded at :/icons/hicolor/NxN/apps/, which
 * are rendered at build time from resources/icons/ecapture-viewer.svg. GUI thread.
 */
QIcon applicationIcon();

} // namespace ecv
