// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

#include "core/file/capture_file_format.h"

#include "core/export/export_io.h"

namespace ecv {

/**
 * @brief Our own capture file (proto/capture_file.proto) of a selection: the records of chosen
 * frames copied from a capture file, in order, byte for byte (so they decode exactly as they
 * did). Written to a temporary file next to the target and renamed over it when complete, so a
 * failure or cancel leaves no half file. Any thread (its own file handles; only flushed
 * records of a capture being appended to are read).
 */
class CaptureFileExport
{
public:
    using Progress = ExportProgress;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 frames = 0;
        qint64 bytes = 0;
    };

    /**
     * @brief Copy from @p source into @p target the frames whose 1-based numbers are in
     * @p frames (every frame and note when @p all). @p info becomes the new file's header.
     */
    static Result write(const QString &source, const QString &target, const CaptureFileInfo &info,
                        const QSet<quint32> &frames, bool all, const Progress &progress = {});
};

} // namespace ecv
