// SPDX-License-Identifier: Apache-2.0
#include "core/normalize/endpoint_text.h"

namespace ecv {

QString endpointText(const QString &address, qint32 port)
{
    const bool hasPort = port >= 0;
    if (address.isEmpty())
        return hasPort ? QLatin1Char(':') + QString::number(port) : QString();
    if (!hasPort)
        return address;
    if (address.contains(QLatin1Char(':')))
        return QLatin1Char('[') + address + QStringLiteral("]:") + QString::number(port);
    return address + QLatin1Char(':') + QString::number(port);
}

} // namespace ecv
