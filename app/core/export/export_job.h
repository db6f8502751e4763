// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include "core/export/export_event_ref.h"
#include "core/export/export_format.h"
#include "core/export/packet_export.h"

class QIODevice;

namespace ecv {

class CaptureStore;

/**
 * @brief One export of stored events to a file or to stdout ("-"), in any ExportFormat.
 *
 * A file is written through QSaveFile: it appears only complete; a failure or a cancel leaves
 * nothing (an existing file of that name stays as it was). Only regular files (new or existing)
 * and stdout are written: a directory, FIFO or device is refused before anything is read.
 *
 * Thread: run() may be called on a worker thread; it reads the store through its any-thread
 * functions. Build the Request (refs, header) on the store's owner thread.
 */
class ExportJob
{
public:
    struct Request
    {
        ExportFormat format = ExportFormat::Pcapng;
        QString path; ///< file name, or "-" for stdout
        QVector<ExportEventRef> refs;
        PacketCaptureHeader header; ///< PacketExport::headerFor(store)
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        PacketExporter::Counts counts; ///< packet formats
        qint64 bytes = 0;              ///< bytes written
    };

    static Result run(const CaptureStore &store, const Request &request,
                      const PacketExport::Progress &progress = {});

    /** @brief Whether @p path may be written ("-", a new file, or an existing regular file). */
    static bool checkTarget(const QString &path, QString *error);
    /** @brief Write one packet export into @p device (already open). */
    static Result writePackets(const CaptureStore &store, const Request &request, QIODevice *device,
                               const PacketExport::Progress &progress);
};

} // namespace ecv
