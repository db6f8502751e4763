// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief What one WebSocket frame turned out to be (FrameDecoder's output).
 *
 * Exactly one of the kinds. For events, `event` holds the era's fields as the frame carried them
 * (not yet joined with connect events: that is EventNormalizer's job, which needs earlier frames).
 */
struct DecodedFrame
{
    enum class Kind : quint8
    {
        Heartbeat,
        RunLog,
        Event,
        Undecodable
    };

    Kind kind = Kind::Undecodable;

    // Heartbeat
    qint64 heartbeatTimestamp = 0; ///< as sent: Unix seconds in every era seen so far
    qint64 heartbeatCount = 0;
    QString heartbeatMessage;
    bool heartbeatTimestampValid = true; ///< false for a negative or absurd timestamp (kept)

    // RunLog: eCapture's raw zerolog line (trailing '\n' removed)
    QString runLog;

    // Event: fields filled from the frame alone (frameNumber/arrivalNs copied from the frame)
    CapturedEvent event;

    // Undecodable
    QString reason; ///< e.g. "truncated protobuf", "empty frame", "invalid UTF-8 text"

    /// Non-fatal problems found while decoding (e.g. invalid heartbeat timestamp)
    QStringList warnings;
};

} // namespace ecv
