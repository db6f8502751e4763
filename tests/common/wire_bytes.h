// SPDX-License-Identifier: Apache-2.0
// Hand-built eCapture frames and frame logs for tests that feed damaged input (there is no
// protobuf runtime for Python here, so the bytes are written out by hand).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "common/program_run.h"

namespace ecv::test {

constexpr qint64 kArrival = 1795962366LL * 1000000000LL; // 2026-11-29T14:26:06Z

inline const char kFrameLogHeader[] =
    R"({"format": "ecaptureq-framelog", "version": 1, "ecapture": "x", "description": "d"})"
    "\n";

/** @brief One frame-log line carrying @p data. */
inline QByteArray frameLine(double t, const QByteArray &data, const char *op = "binary")
{
    return "{\"t\":" + QByteArray::number(t, 'g', 17) + ",\"op\":\"" + op + "\",\"data\":\"" +
           data.toBase64() + "\"}\n";
}

/** @brief Protobuf base-128 varint. */
inline QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char byte = char(v & 0x7f);
        v >>= 7;
        if (v)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (v);
    return out;
}

/** @brief Protobuf length-delimited field @p field holding @p bytes. */
inline QByteArray lengthDelimited(int field, const QByteArray &bytes)
{
    return varint(quint64(field) << 3 | 2) + varint(quint64(bytes.size())) + bytes;
}

/** @brief LogEntry{log_type: EVENT, event_payload{length, payload}} as eCapture v2 sends it. */
inline QByteArray v2EventFrame(const QByteArray &text)
{
    const QByteArray event =
        varint(10 << 3) + varint(quint64(text.size())) + lengthDelimited(11, text);
    return varint(1 << 3) + varint(2) + lengthDelimited(2, event);
}

/** @brief LogEntry{heartbeat_payload{timestamp, count}}. */
inline QByteArray heartbeatFrame(qint64 unixSeconds, qint64 count)
{
    const QByteArray hb =
        varint(1 << 3) + varint(quint64(unixSeconds)) + varint(2 << 3) + varint(quint64(count));
    return lengthDelimited(3, hb);
}

/** @brief Writes @p bytes to @p name in @p dir; the path, or "" when writing failed. */
inline QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/** @brief Runs the built ecapture-dump with @p args (60 s at most). */
inline ProgramRun runDump(const QStringList &args)
{
    return runProgram(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"), args, 60000);
}

} // namespace ecv::test
