// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>
#include <QVector>

#include "core/wire/decoded_frame.h"
#include "core/wire/raw_frame.h"

namespace ecv {

/**
 * @brief Turns one WebSocket frame into a heartbeat, run log, event or undecodable frame.
 *
 * Recognises every eCapture wire era (README "What it understands"; gojue/ecapture
 * pkg/ecaptureq/server.go and protobuf/proto/v1/ecaptureq.proto):
 * - binary frames: one protobuf `event.LogEntry`, dispatched on the oneof case (not log_type;
 *   heartbeats carry log_type 0, which proto3 leaves off the wire). Event payloads are the v1.x
 *   structured Event (uuid, tuple, type…) or the v2.1+ text-only Event (payload + length).
 *   Binary frames that are not protobuf are tried as the raw bash/zsh text v1.4.3–1.5.2 sent.
 * - text frames: v1.4.0–1.4.2 JSON `{"log_type":N,"payload":…}`, or connect-out mode's base64 of a
 *   zerolog line / v2 event text.
 *
 * The event it returns holds only what this frame says; joining with connect events, orienting
 * src/dst and normalizing the time is EventNormalizer's job.
 *
 * Stateless and thread-safe: one instance may be shared by any number of threads.
 */
class FrameDecoder
{
public:
    /**
     * @brief Decodes @p frame.
     * @param frameNumber 1-based position of the frame in the capture (copied into the event).
     * @return never throws; bad input gives Kind::Undecodable with a reason in words.
     */
    DecodedFrame decode(const RawFrame &frame, quint32 frameNumber) const;

    /**
     * @brief Offset in ns that puts a recording's arrival times on eCapture's clock.
     *
     * Frame logs store only seconds since the first frame, so a reader picks an arbitrary base;
     * v2 events carry the capture host's printed time, v1 events Unix ns. Adding the returned
     * offset to every frame's arrivalNs makes arrival and event times agree: it is taken from
     * the first heartbeat (Unix s, sent at connect) or else the first run log's "time" among
     * the first @p scanLimit frames, refined to the millisecond by the first v2 printed time
     * after it. Returns 0 when no frame tells.
     */
    static qint64 clockOffsetNs(const QVector<RawFrame> &frames, int scanLimit = 400);

private:
    /** The whole-second @p coarseNs plus the fraction v2 printed times in frames [from, to)
     *  reveal (unchanged when none does or the evidence is more than 1.1 s away). */
    static qint64 refineWholeSecondOffset(const QVector<RawFrame> &frames, int from, int to,
                                          qint64 coarseNs);
};

} // namespace ecv
