// SPDX-License-Identifier: Apache-2.0
#include "core/export/packet_export.h"

#include <QHash>
#include <QSet>

#include "core/capture/capture_store.h"

namespace ecv {

namespace {

constexpr int ProgressEvery = 4096;

bool isData(const ExportEventRef &r)
{
    return EventKind(r.kind) == EventKind::Data && r.dataLength > 0;
}

bool isRaw(const ExportEventRef &r)
{
    const PayloadFormat f = PayloadFormat(r.format);
    return f == PayloadFormat::Raw || f == PayloadFormat::HexDumpText;
}

} // namespace

PacketCaptureHeader PacketExport::headerFor(const CaptureStore &store)
{
    PacketCaptureHeader h;
    h.application = QStringLiteral("eCapture Viewer %1").arg(QStringLiteral(ECV_VERSION));
    const CaptureFileInfo info = store.fileInfo();
    h.source = info.source.isEmpty() ? store.filePath() : info.source;
    QString origin = QStringLiteral("eCapture events exported by eCapture Viewer");
    if (!h.source.isEmpty())
        origin += QStringLiteral(" from %1").arg(h.source);
    if (!store.ecaptureVersion().isEmpty())
        origin += QStringLiteral(" (eCapture %1)").arg(store.ecaptureVersion());
    h.comments << origin +
                      QStringLiteral(". TCP/IP headers, handshakes and ACKs are synthesized; "
                                     "each packet's comment names the process and eCapture event.");
    return h;
}

PacketExport::Result PacketExport::write(const CaptureReadHandle &capture,
                                         const QVector<ExportEventRef> &refs, PacketSink &sink,
                                         const PacketCaptureHeader &header,
                                         const Progress &progress)
{
    Result result;
    PacketExporter exporter(&sink, PacketExporter::Options());

    // Plan: what each conversation will bring, and its first data event.
    QHash<quint32, PacketExporter::Expectation> plans;
    QHash<quint32, int> firstData;
    for (const ExportEventRef &r : refs) {
        if (!isData(r))
            continue;
        PacketExporter::Expectation &x = plans[r.conversationId];
        if (x.events < 0)
            x = {0, 0};
        ++x.events;
        const PayloadFormat f = PayloadFormat(r.format);
        if ((f == PayloadFormat::Http1Message || f == PayloadFormat::Http2Rendering) &&
            (r.ecaptureType == 1 || r.ecaptureType == 2))
            ++x.framedRequests;
        if (!firstData.contains(r.conversationId))
            firstData.insert(r.conversationId, isRaw(r) ? r.eventIndex : -1);
    }
    for (auto it = plans.cbegin(); it != plans.cend(); ++it)
        if (it.key() != 0) // id 0: the exporter's per-process connections, not planned
            exporter.expect(it.key(), it.value());

    // Raw HTTP/2 on a port Wireshark does not try it on: say how to decode it.
    QList<int> http2Ports;
    for (auto it = firstData.cbegin(); it != firstData.cend(); ++it) {
        if (it.value() < 0)
            continue;
        const int port = PacketExporter::http2HintPort(capture.event(it.value()));
        if (port > 0 && !http2Ports.contains(port))
            http2Ports << port;
    }
    std::sort(http2Ports.begin(), http2Ports.end());
    PacketCaptureHeader h = header;
    if (!http2Ports.isEmpty())
        h.comments << PacketExporter::http2HintComment(http2Ports);
    if (!sink.begin(h)) {
        result.error = sink.errorString();
        return result;
    }

    const qint64 total = refs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % ProgressEvery == 0 && !progress(i, total)) {
            result.cancelled = true;
            result.counts = exporter.counts();
            return result;
        }
        const ExportEventRef &r = refs.at(i);
        if (!exporter.add(capture.event(r.eventIndex), r.eventIndex, r.conversationId)) {
            result.error = exporter.errorString();
            result.counts = exporter.counts();
            return result;
        }
    }
    result.ok = exporter.finish();
    if (!result.ok)
        result.error = exporter.errorString();
    result.counts = exporter.counts();
    if (progress && result.ok)
        progress(total, total);
    return result;
}

} // namespace ecv
