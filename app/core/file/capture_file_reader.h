// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include "core/file/capture_file_format.h"
#include "core/wire/raw_frame.h"

namespace ecv {

/**
 * @brief Reads a capture file (format: capture_file_format.h): a sequential scan that stops at
 * the first torn or damaged record, and random access by record offset.
 *
 * The two modes use separate buffers, so a scan and readAt() calls may interleave. Reading a file
 * another object is still appending to is fine as long as only flushed bytes are asked for.
 * Not thread-safe.
 */
class CaptureFileReader
{
    Q_DISABLE_COPY_MOVE(CaptureFileReader)
public:
    /** @brief One record of the file. Only the members of its kind are set. */
    struct Record
    {
        /// Unknown: a valid record of a kind a later format version added (skip it).
        enum class Kind : quint8
        {
            Header,
            Frame,
            Note,
            Unknown
        };
        Kind kind = Kind::Frame;
        qint64 offset = 0;          ///< byte offset of the record (its length field)
        qint64 size = 0;            ///< bytes of the record including its 8-byte framing
        RawFrame frame;             ///< Kind::Frame
        CaptureFileInfo header;     ///< Kind::Header
        qint64 noteNs = 0;          ///< Kind::Note: Unix ns
        quint32 noteConnection = 0; ///< Kind::Note
        QString noteText;           ///< Kind::Note
    };

    CaptureFileReader() = default;
    ~CaptureFileReader() = default;

    /**
     * @brief Open @p path and check the file header.
     * A file shorter than the header whose bytes are a prefix of it (a crash right after
     * creation) opens as an empty capture; anything else that lacks the magic is an error.
     */
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    /** @brief Format version from the file header (1), 0 when the header was torn. */
    quint32 formatVersion() const { return m_version; }

    /**
     * @brief Read the next record of the sequential scan.
     * @return false at the end of the readable part; then atEnd() is true and
     * droppedTailBytes()/tailProblem() describe what followed the last complete record.
     */
    bool next(Record &record);
    /** @brief Offset where the next sequential record starts (= readable size once at end). */
    qint64 scanOffset() const { return m_scanOffset; }
    /** @brief Bytes after the last complete record (torn tail), valid once next() returned false.
     */
    qint64 droppedTailBytes() const { return m_dropped; }
    /** @brief Why the tail was dropped ("truncated record", "CRC mismatch", …), "" if none. */
    QString tailProblem() const { return m_tailProblem; }

    /** @brief Read the record at @p offset (from a scan or the writer). False if unreadable. */
    bool readAt(qint64 offset, Record &record, QString *error = nullptr);

    /** @brief Parse one record body. False when it is not a CaptureRecord at all. */
    static bool parseBody(const char *data, qsizetype size, Record &record);

private:
    bool fill(qsizetype needed);
    void stopScan(qint64 dropped, const QString &problem);

    QFile m_file;
    quint32 m_version = 0;
    // Sequential scan: a window of the file in memory, refilled in large chunks.
    QByteArray m_window;
    qsizetype m_windowPos = 0; ///< read position inside m_window
    qint64 m_windowStart = 0;  ///< file offset of m_window[0]
    qint64 m_scanOffset = 0;
    qint64 m_knownSize = 0; ///< file size when last asked
    qint64 m_dropped = 0;
    QString m_tailProblem;
    bool m_scanDone = false;
};

} // namespace ecv
