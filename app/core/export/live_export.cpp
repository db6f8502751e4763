// SPDX-License-Identifier: Apache-2.0
#include "core/export/live_export.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

#include "core/capture/capture_store.h"
#include "core/export/export_comments.h"
#include "core/export/export_job.h"
#include "core/export/pcap_packet_sink.h"

namespace ecv {

namespace {

constexpr qint64 FlushIntervalMs = 250;
constexpr qint64 HoldMs = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isFifo(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

QString LiveExport::summary(const PacketExporter::Counts &c, ExportFormat format)
{
    QString line = QStringLiteral("%1: %2 packets, %3 events as TCP data in %4 connections")
                       .arg(ExportFormats::name(format))
                       .arg(c.packets)
                       .arg(c.tcpEvents)
                       .arg(c.connections);
    if (c.noteEvents > 0)
        line += QStringLiteral(", %1 other events as note records").arg(c.noteEvents);
    if (c.reframed > 0)
        line += QStringLiteral(", %1 HTTP/1 messages reframed").arg(c.reframed);
    if (c.http2Renderings > 0)
        line += QStringLiteral(", %1 eCapture HTTP/2 text renderings as plain TCP data")
                    .arg(c.http2Renderings);
    if (c.leftOutTotal() > 0) {
        QStringList parts;
        for (auto it = c.leftOut.cbegin(); it != c.leftOut.cend(); ++it) {
            CapturedEvent e;
            e.kind = it.key();
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(ExportComments::leftOutReason(e));
        }
        line += QStringLiteral("; left out (not TCP data, and %1 has no place for them): %2")
                    .arg(ExportFormats::name(format), parts.join(QStringLiteral(", ")));
    }
    return line;
}

LiveExport::LiveExport(const CaptureStore &store, const QString &path, ExportFormat format)
    : m_store(store)
    , m_path(path)
    , m_format(format)
{}

LiveExport::~LiveExport()
{
    m_exporter.reset();
    m_sink.reset();
    if (m_file)
        m_file->cancelWriting();
}

void LiveExport::report(const QString &message) const
{
    if (m_message)
        m_message(message);
}

bool LiveExport::open(QString *error)
{
    QIODevice *device = nullptr;
    if (m_path == QLatin1String("-") || isFifo(m_path)) {
        m_stream = std::make_unique<QFile>(m_path);
        const bool opened =
            m_path == QLatin1String("-")
                ? m_stream->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)
                : m_stream->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        if (!opened) {
            *error = QStringLiteral("%1: %2").arg(m_path, m_stream->errorString());
            return false;
        }
        device = m_stream.get();
    } else {
        if (!ExportJob::checkTarget(m_path, error))
            return false;
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("%1: %2").arg(m_path, m_file->errorString());
            return false;
        }
        device = m_file.get();
    }
    if (m_format == ExportFormat::Pcap)
        m_sink = std::make_unique<PcapPacketSink>(device);
    else
        m_sink = std::make_unique<PcapngPacketSink>(device);
    PacketExporter::Options options;
    options.holdMs = HoldMs;
    m_exporter = std::make_unique<PacketExporter>(m_sink.get(), options);
    if (!m_sink->begin(PacketExport::headerFor(m_store)) || !m_sink->flush()) {
        *error = QStringLiteral("%1: %2").arg(m_path, m_sink->errorString());
        return false;
    }
    m_lastFlushMs = nowMs();
    return true;
}

bool LiveExport::update()
{
    if (!m_exporter || m_closed)
        return false;
    const qint64 now = nowMs();
    const int count = m_store.eventCount();
    bool ok = true;
    for (; m_next < count && ok; ++m_next)
        if (!passes || passes(m_next))
            ok = m_exporter->add(m_store.event(m_next), m_next,
                                 m_store.eventAt(m_next).conversationId, now);
    ok = ok && m_exporter->releaseHeld(now);
    if (ok && now - m_lastFlushMs >= FlushIntervalMs) {
        ok = m_sink->flush();
        m_lastFlushMs = now;
    }
    if (!ok) {
        // On a stream, most likely the reader went away (EPIPE): stop quietly, like tshark.
        m_closed = true;
        if (!isStream())
            report(QStringLiteral("%1: %2").arg(m_path, m_exporter->errorString()));
    }
    return ok;
}

bool LiveExport::finish()
{
    if (!m_exporter)
        return false;
    if (!m_closed)
        update();
    if (m_closed)
        return isStream();
    if (!m_exporter->finish()) {
        report(QStringLiteral("%1: %2").arg(m_path, m_exporter->errorString()));
        return false;
    }
    const PacketExporter::Counts counts = m_exporter->counts();
    m_exporter.reset();
    m_sink.reset(); // libpcap's stream is closed (flushed) here
    if (m_file && !m_file->commit()) {
        report(QStringLiteral("%1: %2").arg(m_path, m_file->errorString()));
        m_file.reset();
        return false;
    }
    m_file.reset();
    report(summary(counts, m_format));
    return true;
}

} // namespace ecv
