// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>
#include <QVector>

#include "core/capture/capture_read_handle.h"
#include "core/export/event_table_export.h"
#include "core/export/export_event_ref.h"
#include "core/export/export_format.h"
#include "core/export/packet_export.h"
#include "core/file/capture_file_format.h"

class QIODevice;

namespace ecv {

class CaptureStore;

/**
 * @brief One export of stored events to a file or to stdout ("-"), in any ExportFormat.
 *
 * A file is written through QSaveFile (the capture file format: a temporary file renamed over
 * the target): it appears only complete; a failure or a cancel leaves nothing, and an existing
 * file of that name stays as it was. Only regular files (new or existing) and stdout are
 * written: a directory, FIFO or device is refused before anything is read.
 *
 * Thread: run() may be called on any thread; it reads through the request's CaptureReadHandle,
 * so the capture stays readable even if the store closes it meanwhile. Build the Request with
 * forStore() on the store's owner thread.
 */
class ExportJob
{
public:
    struct Request
    {
        CaptureReadHandle capture; ///< what run() reads (CaptureStore::readHandle())
        ExportFormat format = ExportFormat::Pcapng;
        QString path; ///< file name, or "-" for stdout
        QVector<ExportEventRef> refs;
        PacketCaptureHeader header;                ///< pcapng/pcap
        QVector<EventTableExport::Column> columns; ///< csv/json
        // ecvcap
        QString captureFile;         ///< the store's capture file
        CaptureFileInfo captureInfo; ///< header of the new file
        QSet<quint32> frames;        ///< frames to copy (the events' and eCapture's run log)
        bool allFrames = false;      ///< every frame and note (the whole capture)
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        PacketExporter::Counts counts; ///< pcapng/pcap
        int harEntries = 0;            ///< har: exchanges written
        int harWithoutResponse = 0;    ///< … of them without a captured response
        qint64 items = 0;              ///< rows, entries, packets or frames written
        qint64 bytes = 0;              ///< bytes written
    };

    /**
     * @brief A request for @p eventIndexes (ascending) of @p store: refs, header, default
     * columns, and for ecvcap the frames (with @p all, the whole capture). Owner thread.
     */
    static Request forStore(CaptureStore &store, ExportFormat format, const QString &path,
                            const QVector<int> &eventIndexes, bool all);

    static Result run(const Request &request, const ExportProgress &progress = {});

    /** @brief Whether @p path may be written ("-", a new file, or an existing regular file). */
    static bool checkTarget(const QString &path, QString *error);

private:
    static Result writeTo(const Request &request, QIODevice *device,
                          const ExportProgress &progress);
};

} // namespace ecv
