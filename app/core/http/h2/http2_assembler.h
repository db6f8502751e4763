// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QMap>
#include <QSet>
#include <QVector>

#include "core/http/h2/http2_frame_parser.h"
#include "core/http/http_message.h"

namespace ecv {

class DecodedBodyBudget;

/**
 * @brief Turns the HTTP/2 frames of one connection into request/response messages per stream.
 *
 * Input: Http2Events whose HEADERS fields are already decoded (HPACK or eCapture's text), fed per
 * direction in order. A stream's first HEADERS in a direction starts a message; a 1xx `:status`
 * makes an interim response and the next HEADERS the final one; HEADERS after DATA are trailers.
 * DATA without a captured HEADERS starts a message whose headers are marked unknown (the capture
 * began mid-stream). Messages are paired by stream id (RFC 9113 §8.1). Not thread-safe; one per
 * dissection.
 */
class Http2Assembler
{
public:
    /** Maps [begin, end) of the fed input to item byte ranges. */
    using RangeMapper = std::function<QVector<HttpByteRange>(qint64 begin, qint64 end)>;
    /** timeNs of an item index. */
    using ItemTime = std::function<qint64(int item)>;

    explicit Http2Assembler(ItemTime itemTime)
        : m_itemTime(std::move(itemTime))
    {}

    /** @brief Add one direction's events (in order); @p isClient: client-to-server bytes. */
    void addEvents(const QVector<Http2Event> &events, bool isClient, Direction direction,
                   const RangeMapper &map, bool fromText);

    /** @brief Finish: decode bodies; appends messages and exchanges (indexes offset). */
    /** @p budget (optional) keeps or releases each decoded body as it is decoded. */
    void finish(QVector<HttpMessage> &messages, QVector<HttpExchange> &exchanges, qint64 cap,
                DecodedBodyBudget *budget = nullptr);

private:
    struct StreamSide
    {
        QVector<int> messages; ///< indexes into m_messages (interim ones first, then final)
        bool sawData = false;
        QByteArray merged; ///< eCapture's merged (gunzipped) body, if any
        bool hasMerged = false;
    };

    int startMessage(quint32 streamId, bool isClient, Direction dir, bool fromText);
    void touch(HttpMessage &m, const QVector<HttpByteRange> &ranges);

    ItemTime m_itemTime;
    QVector<HttpMessage> m_messages;
    QMap<quint32, StreamSide> m_client;
    QMap<quint32, StreamSide> m_server;
    QVector<quint32> m_streamOrder; ///< stream ids in order of their first message
    QSet<quint32> m_streamsSeen;    ///< the same ids, for O(1) lookups
};

} // namespace ecv
