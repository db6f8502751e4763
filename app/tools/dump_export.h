// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/capture/capture_store.h"
#include "core/export/export_format.h"

/**
 * @file
 * @brief `ecapture-dump -w FILE [-F FORMAT]`: the export side of the command-line reader.
 *
 * -r: the events are exported once the capture is read (ExportJob). -i: a pcapng or pcap export
 * is written while events arrive (ecv::LiveExport), blocks flushed at least once a second, so
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

/**
 * @brief Export every event of @p store to @p path, or only the events @p selection names
 * (ascending; -Y). @return exit status (messages on stderr).
 */
int exportStore(CaptureStore &store, const QString &path, ExportFormat format,
                const QVector<int> *selection = nullptr);

} // namespace ecv::dump
