// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_job.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <unistd.h>

#include "core/capture/capture_store.h"
#include "core/export/capture_file_export.h"
#include "core/export/har_export.h"
#include "core/export/pcap_packet_sink.h"

namespace ecv {

bool ExportJob::checkTarget(const QString &path, QString *error)
{
    if (path == QLatin1String("-"))
        return true;
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("ecv::Export", "no file name");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = QCoreApplication::translate("ecv::Export",
                                             "%1: not a regular file (a directory, FIFO or "
                                             "device); exports go to regular files or to stdout "
                                             "(-)")
                     .arg(path);
        return false;
    }
    return true;
}

ExportJob::Request ExportJob::forStore(CaptureStore &store, ExportFormat format,
                                       const QString &path, const QVector<int> &eventIndexes,
                                       bool all)
{
    Request r;
    r.capture = store.readHandle();
    r.format = format;
    r.path = path;
    r.refs = ExportEventRef::fromStore(store, eventIndexes);
    r.header = PacketExport::headerFor(store);
    r.columns = EventTableExport::defaultColumns();
    if (format == ExportFormat::Ecvcap) {
        // The store writes its file as it goes: what the copy reads must be on disk.
        store.flush();
        r.captureFile = store.filePath();
        r.captureInfo = store.fileInfo();
        r.allFrames = all;
        for (const ExportEventRef &ref : r.refs)
            r.frames.insert(store.eventAt(ref.eventIndex).frameNumber);
        // eCapture's run log says which version and probes the events came from.
        for (const RunLogEntry &log : store.runLogs())
            if (log.frameNumber > 0)
                r.frames.insert(log.frameNumber);
    }
    return r;
}

ExportJob::Result ExportJob::writeTo(const Request &request, QIODevice *device,
                                     const ExportProgress &progress)
{
    Result out;
    switch (request.format) {
    case ExportFormat::Pcapng:
    case ExportFormat::Pcap: {
        std::unique_ptr<PacketSink> sink;
        if (request.format == ExportFormat::Pcap)
            sink = std::make_unique<PcapPacketSink>(device);
        else
            sink = std::make_unique<PcapngPacketSink>(device);
        const PacketExport::Result r =
            PacketExport::write(request.capture, request.refs, *sink, request.header, progress);
        out.ok = r.ok && sink->flush();
        out.cancelled = r.cancelled;
        out.error = r.ok ? sink->errorString() : r.error;
        out.counts = r.counts;
        out.items = r.counts.packets;
        out.bytes = sink->bytesWritten();
        return out;
    }
    case ExportFormat::Har: {
        const HarExport::Result r =
            HarExport::write(request.capture, request.refs, device, progress);
        out.ok = r.ok;
        out.cancelled = r.cancelled;
        out.error = r.error;
        out.harEntries = r.entries;
        out.harWithoutResponse = r.withoutResponse;
        out.items = r.entries;
        break;
    }
    case ExportFormat::Csv:
    case ExportFormat::Json: {
        const bool csv = request.format == ExportFormat::Csv;
        out.ok = csv ? EventTableExport::writeCsv(request.capture, request.refs, request.columns,
                                                  device, progress, &out.error, &out.cancelled)
                     : EventTableExport::writeJson(request.capture, request.refs, request.columns,
                                                   device, progress, &out.error, &out.cancelled);
        out.items = out.ok ? request.refs.size() : 0;
        break;
    }
    case ExportFormat::Ecvcap:
        out.error = QCoreApplication::translate(
            "ecv::Export", "the capture file format is written to a file, not a stream");
        return out;
    }
    out.bytes = device->pos();
    return out;
}

ExportJob::Result ExportJob::run(const Request &request, const ExportProgress &progress)
{
    Result result;
    if (!checkTarget(request.path, &result.error))
        return result;
    if (request.format == ExportFormat::Ecvcap) {
        if (request.path == QLatin1String("-")) {
            result.error = QStringLiteral("-: the capture file format needs a file name");
            return result;
        }
        const CaptureFileExport::Result r =
            CaptureFileExport::write(request.captureFile, request.path, request.captureInfo,
                                     request.frames, request.allFrames, progress);
        result.ok = r.ok;
        result.cancelled = r.cancelled;
        result.error = r.error;
        result.items = r.frames;
        result.bytes = r.bytes;
        return result;
    }
    if (request.path == QLatin1String("-")) {
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            result.error =
                QCoreApplication::translate("ecv::Export", "stdout: %1").arg(out.errorString());
            return result;
        }
        return writeTo(request, &out, progress);
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(request.path, file.errorString());
        return result;
    }
    result = writeTo(request, &file, progress);
    if (!result.ok) {
        file.cancelWriting();
        if (result.error.isEmpty() && !result.cancelled)
            result.error = file.errorString();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = QStringLiteral("%1: %2").arg(request.path, file.errorString());
    }
    return result;
}

} // namespace ecv
