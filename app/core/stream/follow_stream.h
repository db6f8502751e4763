// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "core/http/http_dissector.h"

namespace ecv {

/**
 * @brief "Follow stream" text of one conversation, as `tshark -q -z follow,tcp,MODE,N` prints it
 * (ui/cli/tap-follow.c): a header naming both nodes, then each event's bytes in order; node 0 is
 * the sender of the first event with data, node 1's chunks are marked with a leading tab.
 * Also gives the segments themselves so the window can colour client and server.
 * Bytes shown are the dissector's item bytes (hex.Dump text already turned back into bytes).
 * Pure and thread-safe.
 */
class FollowStream
{
public:
    enum class Mode
    {
        Ascii,
        Hex,
        Raw
    };

    struct Segment
    {
        int item = -1; ///< index into the items
        int node = 0;  ///< 0 = first sender, 1 = the other side
        quint32 frameNumber = 0;
        qint64 timeNs = 0;
        QByteArray bytes;
    };

    /** @brief Segments with data, in item order. @p itemBytes: HttpCaptureAnalysis::itemBytes
     *  (optional; the items' own data otherwise). */
    static QVector<Segment> segments(const QVector<HttpDissector::Item> &items,
                                     const QVector<QByteArray> &itemBytes = {});

    /**
     * @brief The tshark-style text. @p node0 / @p node1 name the endpoints ("ip:port", or a
     * description when the tuple is unknown); @p streamIndex goes into the Filter line.
     */
    static QString text(const QVector<Segment> &segments, Mode mode, const QString &node0,
                        const QString &node1, int streamIndex);

    /** @brief tshark's hex layout of @p data starting at @p offset; @p prefix per line. */
    static QString hexLines(const QByteArray &data, quint32 offset, const QString &prefix);
};

} // namespace ecv
