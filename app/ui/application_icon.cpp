// SPDX-License-Identifier: Apache-2.0
#include "ui/application_icon.h"

namespace ecv {

QIcon applicationIcon()
{
    QIcon embedded;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        embedded.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/ecapture-viewer.png").arg(size),
                         QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("ecapture-viewer"), embedded);
}

} // namespace ecv
