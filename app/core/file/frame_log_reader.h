// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <QVector>

#include "core/wire/raw_frame.h"

class QIODevice;

namespace ecv {

/**
 * @brief Reads the shared fixtures' frame-log format ("ecaptureq-framelog" JSON Lines).
 *
 * Line 1 is a header object `{"format":"ecaptureq-framelog","version":1,"ecapture":…,
 * "description":…}`; every other non-empty line is one WebSocket frame as received:
 * `{"t": seconds since the first frame, "op": "binary"|"text", "data": base64 payload}`
 * (format documented in tests/data/README.md).
 *
 * Bad frame lines never stop reading: each one is skipped, counted and described with its
 * 1-based line number in errors(). A bad or missing header is a fatal error (ok() is false).
 * Not thread-safe; use one reader per thread.
 */
class FrameLogReader
{
public:
    /** @brief Reads a whole frame log from @p path. Returns false (see errorString()) when the
        file cannot be opened or its header is not a frame-log header. */
    bool readFile(const QString &path, qint64 baseNs = 0);
    /** @brief Reads from an open device until its end. */
    bool read(QIODevice &device, qint64 baseNs = 0);
    /** @brief Reads from bytes already in memory. */
    bool readBytes(const QByteArray &bytes, qint64 baseNs = 0);

    /** @brief Frames read, in file order. arrivalNs = baseNs + round(t * 1e9); connection 0. */
    const QVector<RawFrame> &frames() const { return m_frames; }
    /** @brief Moves the frames out (the reader keeps none). */
    QVector<RawFrame> takeFrames();

    /** @brief Header "ecapture" value (eCapture version or era the stream was recorded from). */
    QString ecapture() const { return m_ecapture; }
    /** @brief Header "description" value. */
    QString description() const { return m_description; }
    /** @brief Header "version" value (1 is the only version known). */
    int formatVersion() const { return m_version; }

    /** @brief False when the last read failed as a whole (unreadable file, bad header). */
    bool ok() const { return m_ok; }
    /** @brief Fatal error of the last read, empty when ok(). */
    QString errorString() const { return m_error; }
    /** @brief Number of frame lines skipped because they were malformed. */
    int skippedLines() const { return m_skipped; }
    /** @brief One message per skipped line, e.g. "line 7: \"op\" must be binary or text". */
    QStringList errors() const { return m_errors; }

    /**
     * @brief Cheap sniff: does @p head (the first bytes of a file) look like a frame log?
     *
     * True when the first non-blank byte opens a JSON object and the first line mentions
     * "ecaptureq-framelog". Does not validate the rest of the file.
     */
    static bool looksLikeFrameLog(const QByteArray &head);

    /**
     * @brief Parses one frame line. Returns false and sets @p error on a malformed line.
     * @param line one JSON Lines line (no trailing newline needed)
     */
    static bool parseFrameLine(const QByteArray &line, qint64 baseNs, RawFrame &frame,
                               QString &error);

private:
    void clear();
    bool parseHeader(const QByteArray &line);

    QVector<RawFrame> m_frames;
    QString m_ecapture;
    QString m_description;
    QString m_error;
    QStringList m_errors;
    int m_version = 0;
    int m_skipped = 0;
    bool m_ok = false;
};

} // namespace ecv
