// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_export.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <numeric>
#include <unistd.h>

#include "core/export/export_comments.h"
#include "core/export/export_job.h"
#include "core/export/pcap_packet_sink.h"

namespace ecv::dump {

namespace {

constexpr qint64 FlushIntervalMs = 250;
constexpr qint64 HoldMs = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int fail(const QString &message)
{
    fprintf(stderr, "ecapture-dump: %s\n", qPrintable(message));
    return 1;
}

} // namespace

bool writeFormatOf(const QString &path, const QString &formatName, ExportFormat *format,
                   QString *error)
{
    if (!formatName.isEmpty()) {
        if (ExportFormats::fromName(formatName, format))
            return true;
        *error = QStringLiteral("-F %1: unknown format (%2)")
                     .arg(formatName, ExportFormats::names().join(QStringLiteral(", ")));
        return false;
    }
    if (path == QLatin1String("-")) {
        *format = ExportFormat::Pcapng;
        return true;
    }
    if (ExportFormats::fromFileName(path, format))
        return true;
    *error = QStringLiteral("-w %1: cannot tell the format from the extension; add -F (%2)")
                 .arg(path, ExportFormats::names().join(QStringLiteral(", ")));
    return false;
}

QString exportSummary(const PacketExporter::Counts &c, ExportFormat format)
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

int exportStore(CaptureStore &store, const QString &path, ExportFormat format)
{
    QVector<int> all(store.eventCount());
    std::iota(all.begin(), all.end(), 0);
    const ExportJob::Request request = ExportJob::forStore(store, format, path, all, true);
    const ExportJob::Result r = ExportJob::run(request);
    if (!r.ok)
        return fail(QStringLiteral("-w %1: %2").arg(path, r.error));
    if (ExportFormats::isPacketCapture(format))
        fprintf(stderr, "ecapture-dump: %s\n", qPrintable(exportSummary(r.counts, format)));
    else if (format == ExportFormat::Har)
        fprintf(stderr, "ecapture-dump: har: %d entries (%d without a captured response)\n",
                r.harEntries, r.harWithoutResponse);
    return 0;
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

bool LiveExport::open(QString *error)
{
    if (!ExportJob::checkTarget(m_path, error))
        return false;
    QIODevice *device = nullptr;
    if (m_path == QLatin1String("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = QStringLiteral("stdout: %1").arg(m_stdout->errorString());
            return false;
        }
        device = m_stdout.get();
    } else {
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
        ok = m_exporter->add(m_store.event(m_next), m_next, m_store.eventAt(m_next).conversationId,
                             now);
    ok = ok && m_exporter->releaseHeld(now);
    if (ok && now - m_lastFlushMs >= FlushIntervalMs) {
        ok = m_sink->flush();
        m_lastFlushMs = now;
    }
    if (!ok) {
        // Most likely the reader of the pipe went away (EPIPE): stop quietly, like tshark.
        m_closed = true;
        if (m_path != QLatin1String("-"))
            fail(QStringLiteral("-w %1: %2").arg(m_path, m_exporter->errorString()));
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
        return m_path == QLatin1String("-");
    if (!m_exporter->finish()) {
        fail(QStringLiteral("-w %1: %2").arg(m_path, m_exporter->errorString()));
        return false;
    }
    const PacketExporter::Counts counts = m_exporter->counts();
    m_exporter.reset();
    m_sink.reset(); // libpcap's stream is closed (flushed) here
    if (m_file && !m_file->commit()) {
        fail(QStringLiteral("-w %1: %2").arg(m_path, m_file->errorString()));
        m_file.reset();
        return false;
    }
    m_file.reset();
    fprintf(stderr, "ecapture-dump: %s\n", qPrintable(exportSummary(counts, m_format)));
    return true;
}

} // namespace ecv::dump
