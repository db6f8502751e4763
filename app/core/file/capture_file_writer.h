// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QByteArray>
#include <QFile>
#include <QString>

#include "core/file/capture_file_format.h"
#include "core/wire/raw_frame.h"

namespace ecv {

/**
 * @brief Appends records to a capture file (format: capture_file_format.h).
 *
 * Records are framed (length + CRC-32) and collected in a memory buffer that goes to the file
 * when it passes 1 MiB or when flush() is called; CaptureStore calls flush() at least once a
 * second, so a `kill -9` loses at most the records of the last second (the kernel keeps what
 * was written; no fsync is needed for a process crash). Not thread-safe.
 */
class CaptureFileWriter
{
    Q_DISABLE_COPY_MOVE(CaptureFileWriter)
public:
    CaptureFileWriter();
    ~CaptureFileWriter();

    /**
     * @brief Create (truncate) @p path, write the file header and the CaptureHeader record and
     * flush them at once. @return false with a message in @p error when the file cannot be written.
     */
    bool create(const QString &path, const CaptureFileInfo &info, QString *error = nullptr);
    /** @brief Flush and close. Safe to call when not open. */
    void close();
    bool isOpen() const;
    QString path() const;

    /** @brief Append one CaptureRecord{frame}. @return the record's offset, or -1 on error. */
    qint64 writeFrame(const RawFrame &frame);
    /** @brief Append one CaptureRecord{note}. @return the record's offset, or -1 on error. */
    qint64 writeNote(qint64 unixNs, quint32 connection, const QString &text);

    /** @brief Hand buffered records to the OS. @return false on a write error. */
    bool flush();
    /** @brief Size of the file including records still in the buffer (bytes). */
    qint64 size() const { return m_flushed + m_buffer.size(); }
    /** @brief Bytes already handed to the OS (readable by another file handle). */
    qint64 flushedSize() const { return m_flushed; }
    /** @brief True while records wait in the buffer. */
    bool hasPending() const { return !m_buffer.isEmpty(); }
    /** @brief Last write error in words ("" when none). */
    QString errorString() const { return m_error; }

private:
    qint64 appendBody(qsizetype bodySize);
    void finishRecord(qint64 offset, qsizetype bodySize);

    struct Proto;
    std::unique_ptr<Proto> m_proto; ///< reused protobuf messages (no allocation per frame)
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_flushed = 0;
    QString m_error;
};

} // namespace ecv
