// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QByteArray>
#include <QString>

class QIODevice;

namespace ecv {

/**
 * @brief Progress of an export: called now and then with (items done, total; -1 when unknown)
 * on the exporting thread. Return false to cancel.
 */
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/** @brief Writing helpers the file exporters share. */
class ExportIo
{
public:
    /** @brief Write all of @p bytes to @p device; false with the device's error otherwise. */
    static bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error);
};

} // namespace ecv
