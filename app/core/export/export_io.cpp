// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_io.h"

#include <QCoreApplication>

#include <QIODevice>

namespace ecv {

bool ExportIo::writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    *error = device->errorString().isEmpty()
                 ? QCoreApplication::translate("ecv::Export", "write failed")
                 : device->errorString();
    return false;
}

} // namespace ecv
