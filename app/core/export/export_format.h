// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace ecv {

/** @brief The file formats events can be exported to. */
enum class ExportFormat
{
    Pcapng, ///< synthesized TCP/IP, comments per packet (the default)
    Pcap,   ///< the same packets through libpcap, no comments
    Har,    ///< HAR 1.2 of the HTTP exchanges
    Csv,    ///< the event list as displayed
    Json,   ///< the event list as displayed
    Ecvcap, ///< our own capture file (proto/capture_file.proto)
};

/** @brief Names, file extensions and lookups of ExportFormat. Pure. */
class ExportFormats
{
public:
    /** @brief Short name used by `ecapture-dump -F`: "pcapng", "pcap", "har", … */
    static QString name(ExportFormat format);
    /** @brief File extension without the dot. */
    static QString extension(ExportFormat format);
    /** @brief Format named @p name (case-insensitive); false if none. */
    static bool fromName(const QString &name, ExportFormat *format);
    /** @brief Format of a file name by its extension; false if the extension names none. */
    static bool fromFileName(const QString &fileName, ExportFormat *format);
    /** @brief Every format name, in menu order. */
    static QStringList names();
    /** @brief Every format, in menu order. */
    static QList<ExportFormat> all();
    /** @brief Whether the format is a packet capture (pcapng, pcap). */
    static bool isPacketCapture(ExportFormat format);
};

} // namespace ecv
