// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace ecv {

/**
 * @brief One line of eCapture's run log, parsed from its zerolog JSON.
 *
 * eCapture sends each log line as the raw zerolog JSON text with a trailing '\n'
 * (cli/cmd/root.go MultiLevelWriter). Keys other than level/time/message are kept, in order,
 * as fields. A line that is not a JSON object is kept whole as the message with level "".
 */
struct RunLogEntry
{
    quint32 frameNumber = 0; ///< 1-based frame number in the capture (0 = viewer's own message)
    qint64 arrivalNs = 0;    ///< Unix ns the frame arrived
    qint64 timeNs = -1;      ///< the line's "time" as Unix ns, -1 if absent or unparsable
    QString level;           ///< "info", "warn", "error", "debug", … as written
    QString message;         ///< "message" value, or the whole line when not JSON
    QList<QPair<QString, QString>> fields; ///< other keys in order; values as JSON text
    QString raw;                           ///< the original line without its trailing newline

    /** @brief Parse one zerolog line. Never fails: non-JSON becomes a message-only entry. */
    static RunLogEntry parse(const QString &line);
    /** @brief eCapture version from a startup line's "Version" field, e.g. "v2.5.1"; else "". */
    QString ecaptureVersion() const;
};

/** @brief One heartbeat frame. Timestamp is Unix seconds as eCapture sends it. */
struct HeartbeatRecord
{
    quint32 frameNumber = 0;
    qint64 arrivalNs = 0;
    qint64 timestamp = 0;
    qint64 count = 0;
    QString message;
    bool timestampValid = true; ///< false for negative or absurd values (kept, flagged)
};

/** @brief A frame that could not be decoded; the bytes stay in the capture file. */
struct UndecodableRecord
{
    quint32 frameNumber = 0;
    qint64 arrivalNs = 0;
    QString reason;     ///< "truncated protobuf", "empty frame", …
    QByteArray preview; ///< first bytes of the frame (at most 64)
};

} // namespace ecv
