// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <memory>
#include <QString>

#include "core/export/export_format.h"
#include "core/export/packet_exporter.h"

class QFile;
class QSaveFile;

namespace ecv {

class CaptureStore;

/**
 * @brief A pcapng or pcap export written while a live capture runs, so a reader (Wireshark
 * reading a pipe, `ecapture-dump -w -`, the extcap FIFO) sees the traffic as it arrives.
 *
 * Call update() for newly indexed events (and from a timer: events wait at most a second for
 * their request or the rest of their body, PacketExporter::Options::holdMs), then finish().
 * Blocks are flushed at least every 250 ms. The target is stdout ("-"), a FIFO (Wireshark's
 * extcap `--fifo`, written as it is), or a regular file written through QSaveFile (complete or
 * not at all). Messages (a write error, the summary of finish()) go to the message handler.
 * Owner thread of the store.
 */
class LiveExport
{
public:
    using MessageHandler = std::function<void(const QString &message)>;

    LiveExport(const CaptureStore &store, const QString &path, ExportFormat format);
    ~LiveExport();
    Q_DISABLE_COPY_MOVE(LiveExport)

    void setMessageHandler(MessageHandler handler) { m_message = std::move(handler); }
    /** @brief Open the output and write the file header. */
    bool open(QString *error);
    /** @brief Export events not exported yet; flushes when 250 ms have passed. */
    bool update();
    /** @brief Write what waits, flush, commit the file; reports the summary. */
    bool finish();
    /** @brief The reader of the pipe went away (EPIPE): stop writing. */
    bool outputClosed() const { return m_closed; }
    /** @brief Whether the target is a stream (stdout or a FIFO), not a file. */
    bool isStream() const { return !m_file; }
    /** @brief Which events update() exports (empty: all), e.g. `ecapture-dump -Y`'s. */
    std::function<bool(int eventIndex)> passes;

    /** @brief One line: what a packet export wrote and what it left out, and why. */
    static QString summary(const PacketExporter::Counts &counts, ExportFormat format);

private:
    void report(const QString &message) const;

    const CaptureStore &m_store;
    QString m_path;
    ExportFormat m_format;
    MessageHandler m_message;
    std::unique_ptr<QFile> m_stream;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<PacketSink> m_sink;
    std::unique_ptr<PacketExporter> m_exporter;
    int m_next = 0;
    qint64 m_lastFlushMs = 0;
    bool m_closed = false;
};

} // namespace ecv
