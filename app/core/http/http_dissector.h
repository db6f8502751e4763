// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include "core/http/body/content_decoder.h"
#include "core/http/body/decoded_body_budget.h"
#include "core/http/h2/hpack_decoder.h"
#include "core/http/http_message.h"
#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief Everything HTTP found in one conversation: messages, exchanges and per-item lookups.
 * A value type; safe to copy between threads.
 */
struct HttpCaptureAnalysis
{
    QVector<HttpMessage> messages;   ///< in order of appearance per direction (requests first)
    QVector<HttpExchange> exchanges; ///< request/response pairs (HTTP/1 FIFO, HTTP/2 stream id)
    QVector<QByteArray> itemBytes;   ///< per item: the bytes dissected (hex.Dump items decoded)
    bool http2 = false;              ///< the conversation is HTTP/2
    bool captureOpen = false;        ///< HttpDissector::Options::captureOpen of this analysis
    QStringList notes;               ///< conversation-level notes (undissected bytes, …)
    QVector<QVector<int>> messagesByItem;   ///< per item: messages with bytes in it, ascending
    QVector<QStringList> http2FramesByItem; ///< HTTP/2: per item, frames starting in it
                                            ///< ("Magic", "SETTINGS[0]", "HEADERS[13]",
                                            ///< "GOAWAY[0] (NO_ERROR, last stream 5)", …)
    /** @brief One HTTP/2 frame starting in an item, for the http2.* fields. */
    struct Http2Frame
    {
        QString type;             ///< "SETTINGS", "RST_STREAM", … (http2.type)
        quint32 streamId = 0;     ///< http2.streamid
        qint64 errorCode = -1;    ///< RST_STREAM, GOAWAY: http2.error_code
        qint64 lastStreamId = -1; ///< GOAWAY: http2.goaway.last_stream_id
    };
    QVector<QVector<Http2Frame>> http2FrameInfoByItem; ///< HTTP/2: per item, as http2FramesByItem
                                                       ///< without "Magic"

    /**
     * @brief Index of the message that begins in @p item (its header section starts there), the
     * first in byte order if several begin there; @p skipInterim skips 1xx responses. -1 if none.
     */
    int firstMessageStartingIn(int item, bool skipInterim = false) const;
    /** @brief Messages with any header or body byte in @p item, in order. */
    QVector<int> messagesTouching(int item) const;
    /** @brief The other message of @p message's exchange (request <-> final response), or -1. */
    int pairedMessage(int message) const;
};

/**
 * @brief HTTP dissection of one conversation (both directions of one connection).
 *
 * Pure and thread-safe: call from any thread (e.g. QtConcurrent), cache the result per
 * conversation. Independent of CaptureStore: the caller passes the conversation's events.
 *
 * Rules (README "What it understands"; eCapture's payload shapes: gojue/ecapture
 * pkg/event_processor/http_request.go, http_response.go, http2_request.go, iparser.go):
 * - Raw bytes (v2 data, v1 type 0 and gotls; hex.Dump text decoded first) are reassembled per
 *   direction: one event may hold several messages, one message may span several events.
 * - A v1 type 1/3 event (PayloadFormat::Http1Message) is one message eCapture framed: parsed on
 *   its own (a later event repeating its headers is its own message, never glued on). If its
 *   Content-Length says more body follows, the next raw bytes of that direction continue it.
 * - A v1 type 2/4 event (Http2Rendering) is parsed by EcaptureHttp2TextParser.
 * - Raw HTTP/2 (preface or frames) goes through Http2FrameParser and one HpackDecoder per
 *   direction, kept across events.
 * - HTTP/1 pairing is FIFO per connection (RFC 9112 §9.3.2); a 1xx belongs to the next final
 *   response's exchange. HTTP/2 pairs by stream id.
 */
class HttpDissector
{
public:
    /** @brief One event of the conversation, in frame order. */
    struct Item
    {
        int eventIndex = -1;     ///< caller's event index (opaque to the dissector)
        quint32 frameNumber = 0; ///< frame.number (1-based)
        qint64 timeNs = 0;       ///< CapturedEvent::timeNs
        Direction direction = Direction::Unknown;
        PayloadFormat format = PayloadFormat::Raw;
        qint64 ecaptureType = -1;
        QByteArray data; ///< CapturedEvent::data
    };

    struct Options
    {
        qint64 decodeCap = ContentDecoder::DefaultCap; ///< cap of each decoded body (bytes)
        /** Decoded bodies held per conversation (bytes); later ones are released and decoded
         *  again on demand (DecodedBodyBudget, HttpMessage::decodedBody()). */
        qint64 heldBodyLimit = DecodedBodyBudget::DefaultLimit;
        /** Cap of each decoded HTTP/2 header list (HpackDecoder::DefaultMaxHeaderListSize). */
        qint64 maxHeaderListSize = HpackDecoder::DefaultMaxHeaderListSize;
        /** The capture is still growing (live): a message cut short at the end of what was
         *  captured may continue, so what depends on its end is not known yet. */
        bool captureOpen = false;
    };

    /** @brief Item from a normalized event. */
    static Item itemFromEvent(const CapturedEvent &event, int eventIndex);

    static HttpCaptureAnalysis analyze(const QVector<Item> &items);
    static HttpCaptureAnalysis analyze(const QVector<Item> &items, const Options &options);
};

} // namespace ecv
