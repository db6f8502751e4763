// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QString>

#include "core/capture/capture_store.h"
#include "core/export/export_format.h"
#include "core/export/packet_exporter.h"

class QFile;
class QSaveFile;
class QIODevice;

/**
 * @file
 * @brief `ecapture-dump -w FILE [-F FORMAT]`: the export side of the command-line reader.
 *
 * -r: the events are exported once the capture is read (ExportJob). -i: a pcapng or pcap export
 * is written while events arrive (LiveExport), blocks flushed at least once a second, so
 * `ecapture-dump -i URL -w - | wireshark -k -i -` shows the traffic live; HAR, CSV and JSON are
 * written when the capture ends; ecvcap is the live capture file itself.
 */
namespace ecv::dump {

/**
 * @brief The format for `-w @p path` given `-F @p formatName` (may be empty): -F wins, else the
 * extension, else pcapng for "-". False with @p error when neither says.
 */
bool writeFormatOf(const QString &path, const QString &formatName, ExportFormat *format,
                   QString *error);

/** @brief One line for stderr: what a packet export wrote and what it left out, and why. */
QString exportSummary(const PacketExporter::Counts &counts, ExportFormat format);

/** @brief Export every event of @p store to @p path. @return exit status (messages on stderr). */
int exportStore(CaptureStore &store, const QString &path, ExportFormat format);

/**
 * @brief A pcapng/pcap export written while a live capture runs: call eventsAppended() for
 * newly indexed events (owner thread of the store), then finish(). Events wait at most
 * a second for their request or the rest of their body (PacketExporter::Options::holdMs).
 */
class LiveExport
{
public:
    LiveExport(const CaptureStore &store, const QString &path, ExportFormat format);
    ~LiveExport();
    /** @brief Open the output and write the file header. */
    bool open(QString *error);
    /** @brief Export events not exported yet; flushes when a second has passed. */
    bool update();
    /** @brief Write what waits, flush, commit the file. @return false with a message on stderr. */
    bool finish();
    /** @brief The reader of stdout went away (EPIPE): stop writing. */
    bool outputClosed() const { return m_closed; }

private:
    const CaptureStore &m_store;
    QString m_path;
    ExportFormat m_format;
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<PacketSink> m_sink;
    std::unique_ptr<PacketExporter> m_exporter;
    int m_next = 0;
    qint64 m_lastFlushMs = 0;
    bool m_closed = false;
};

} // namespace ecv::dump
