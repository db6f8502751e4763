// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace ecv {

/**
 * @brief Constants and header facts of the capture file (".ecvcap"), format version 1.
 *
 * Layout (proto/capture_file.proto has the record schema; all integers little-endian):
 * - file header: 8 bytes magic "ECVCAP1\n", u32 format version, u32 flags (0);
 * - records: u32 body length N, u32 CRC-32 (zlib, ISO-HDLC polynomial) of the body, N bytes body
 *   (one serialized ecv.CaptureRecord). The first record is the CaptureHeader.
 * A record whose length or CRC does not check out ends the readable part of the file: a crash
 * leaves at most one torn record at the end, which readers drop and report.
 */
namespace CaptureFileFormat {

inline constexpr char kMagic[] = "ECVCAP1\n"; ///< 8 bytes, no terminating NUL on disk
inline constexpr int kMagicSize = 8;
inline constexpr quint32 kVersion = 1;
inline constexpr int kFileHeaderSize = 16;  ///< magic + version + flags
inline constexpr int kRecordHeaderSize = 8; ///< body length + CRC-32
/// Largest record body accepted when reading (a WebSocket frame plus a few bytes). Anything
/// bigger is treated as corruption, so a damaged length never makes a reader allocate gigabytes.
inline constexpr quint32 kMaxRecordSize = 256u * 1024u * 1024u;

/** @brief The 16-byte file header this version writes. */
QByteArray fileHeader();
/** @brief True when @p head starts with the magic (or, if shorter, is a prefix of the header). */
bool looksLikeCaptureFile(const QByteArray &head);
/** @brief CRC-32 of @p size bytes at @p data (zlib crc32). */
quint32 crc32(const char *data, qsizetype size);

} // namespace CaptureFileFormat

/** @brief The CaptureHeader record's facts (first record of every capture file). */
struct CaptureFileInfo
{
    QString application;  ///< "ecapture-viewer 0.1.0"
    qint64 createdNs = 0; ///< Unix ns when the capture was started
    QString source;       ///< URL or file the frames came from, as the user gave it
    QString hostname;     ///< machine the viewer ran on
    QString comment;
};

} // namespace ecv
