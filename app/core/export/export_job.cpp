// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_job.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <unistd.h>

#include "core/export/pcap_packet_sink.h"

namespace ecv {

bool ExportJob::checkTarget(const QString &path, QString *error)
{
    if (path == QLatin1String("-"))
        return true;
    if (path.isEmpty()) {
        *error = QStringLiteral("no file name");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("%1: not a regular file (a directory, FIFO or device); exports "
                                "go to regular files or to stdout (-)")
                     .arg(path);
        return false;
    }
    return true;
}

ExportJob::Result ExportJob::writePackets(const CaptureStore &store, const Request &request,
                                          QIODevice *device, const PacketExport::Progress &progress)
{
    std::unique_ptr<PacketSink> sink;
    if (request.format == ExportFormat::Pcap)
        sink = std::make_unique<PcapPacketSink>(device);
    else
        sink = std::make_unique<PcapngPacketSink>(device);
    const PacketExport::Result r =
        PacketExport::write(store, request.refs, *sink, request.header, progress);
    Result out;
    out.ok = r.ok;
    out.cancelled = r.cancelled;
    out.error = r.error;
    out.counts = r.counts;
    if (r.ok && !sink->flush()) {
        out.ok = false;
        out.error = sink->errorString();
    }
    out.bytes = sink->bytesWritten();
    return out;
}

ExportJob::Result ExportJob::run(const CaptureStore &store, const Request &request,
                                 const PacketExport::Progress &progress)
{
    Result result;
    if (!checkTarget(request.path, &result.error))
        return result;
    if (!ExportFormats::isPacketCapture(request.format)) {
        result.error = QStringLiteral("%1: this exporter writes pcapng and pcap only")
                           .arg(ExportFormats::name(request.format));
        return result;
    }
    if (request.path == QLatin1String("-")) {
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            result.error = QStringLiteral("stdout: %1").arg(out.errorString());
            return result;
        }
        return writePackets(store, request, &out, progress);
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(request.path, file.errorString());
        return result;
    }
    result = writePackets(store, request, &file, progress);
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
