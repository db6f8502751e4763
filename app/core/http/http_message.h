// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <QVector>

#include "core/wire/captured_event.h"

namespace ecv {

/** @brief One header field as it appeared (name case kept; duplicates and order kept). */
struct HttpHeaderField
{
    QByteArray name;
    QByteArray value;
    bool operator==(const HttpHeaderField &o) const { return name == o.name && value == o.value; }
};

using HttpHeaderList = QVector<HttpHeaderField>;

/** @brief First value of header @p name (case-insensitive), or a null QByteArray. */
QByteArray httpHeaderValue(const HttpHeaderList &headers, const QByteArray &name);
/** @brief All values of header @p name joined with ", " (RFC 9110 §5.3). */
QByteArray httpHeaderValues(const HttpHeaderList &headers, const QByteArray &name);
/** @brief Media type of a Content-Type value: lower case, parameters removed. */
QByteArray httpMediaType(const QByteArray &contentType);

/**
 * @brief Bytes [begin, end) of the data of one dissector input item (HttpDissector::Item).
 * For hex.Dump items the offsets refer to the decoded bytes, not the dump text.
 */
struct HttpByteRange
{
    int item = -1;    ///< index into the item vector given to HttpDissector::analyze
    qint64 begin = 0; ///< first byte
    qint64 end = 0;   ///< one past the last byte
    bool operator==(const HttpByteRange &o) const
    {
        return item == o.item && begin == o.begin && end == o.end;
    }
};

/**
 * @brief One HTTP/1.x or HTTP/2 message (request or response) as dissected.
 *
 * Body fields: @c wireBody is the message body after transfer framing was removed (chunked) but
 * before content codings; @c body is after content codings (what a user wants to read).
 */
struct HttpMessage
{
    /** @brief Why an HTTP/2 header section is missing or incomplete (headersUnknown). */
    enum class HeaderLoss : quint8
    {
        None,
        NotCaptured,     ///< no HEADERS frame of the stream was captured (DATA only)
        StateMissing,    ///< HPACK state missing: the connection's start was not captured
                         ///< (or eCapture decoded the event without the connection's state)
        CompressionError ///< a real HPACK error in a connection captured from its preface
    };

    bool isRequest = true;
    int httpMajor = 1;                        ///< 1 for HTTP/1.x, 2 for HTTP/2
    quint32 streamId = 0;                     ///< HTTP/2 stream id (0 for HTTP/1)
    Direction direction = Direction::Unknown; ///< direction of the items it came from

    // Start line (HTTP/2: from pseudo-header fields)
    QByteArray method;    ///< request: "GET"
    QByteArray target;    ///< request: "/path?q" (HTTP/2 :path)
    QByteArray version;   ///< "HTTP/1.1", "HTTP/2"
    int statusCode = -1;  ///< response: 200
    QByteArray reason;    ///< response: "OK" (HTTP/1 only)
    QByteArray startLine; ///< HTTP/1 start line as it was (without CRLF)

    HttpHeaderList headers;      ///< in order, duplicates kept (HTTP/2: incl. pseudo-headers)
    HttpHeaderList trailers;     ///< chunked trailer fields / HTTP/2 trailing HEADERS
    bool headersComplete = true; ///< false: header section cut short
    bool headersUnknown = false; ///< HTTP/2: HPACK context lost, fields missing or unknown
    HeaderLoss headerLoss = HeaderLoss::None; ///< why headersUnknown
    QString headerError; ///< CompressionError: nghttp2's error text (nghttp2_strerror)

    QByteArray wireBody;        ///< after transfer decoding, before content decoding
    QByteArray body;            ///< after content decoding (== wireBody when none)
    qint64 wireBodyLength = 0;  ///< body bytes as carried (chunk framing included)
    qint64 declaredLength = -1; ///< Content-Length value, -1 if none
    bool bodyTruncated = false; ///< fewer bytes than declared / last chunk missing
    /** The body is cut short where the captured bytes of its direction end: a later event may
     *  still bring the rest (live), so its whole length is not known yet. */
    bool bodyMayContinue = false;
    bool noBodyByRule = false;   ///< HEAD response, 1xx, 204, 304
    QString decodeError;         ///< content decoding failed (body holds partial/raw bytes)
    bool truncatedByCap = false; ///< decoded size reached the cap
    /**
     * The decoded body is not held in memory: the conversation's decoded bodies passed their
     * limit (DecodedBodyBudget). @c body is empty then; decodedBody() decodes it again from
     * @c wireBody and bodySize() still gives its size. A note says so.
     */
    bool bodyReleased = false;
    qint64 releasedBodySize = 0; ///< bytes of the released decoded body
    QStringList codingsApplied;  ///< content codings removed, in order
    QStringList notes;           ///< human-readable notes (mismatches, truncation, repeats)

    bool interim = false;        ///< 1xx response (belongs to the next final response)
    bool ecaptureFramed = false; ///< from an eCapture v1 type 1–4 event (re-serialized)
    bool fromHttp2Text = false;  ///< from eCapture's HTTP/2 text rendering

    QVector<HttpByteRange> headerRanges; ///< where the start line + header section came from
    QVector<HttpByteRange> bodyRanges;   ///< where the body bytes came from
    int firstItem = -1;                  ///< item where the message begins
    int lastItem = -1;                   ///< last item holding bytes of it
    qint64 firstTimeNs = 0;              ///< timeNs of firstItem
    qint64 lastTimeNs = 0;               ///< timeNs of lastItem

    int exchange = -1; ///< index into HttpCaptureAnalysis::exchanges, -1 if unpaired

    /** @brief Bytes of the decoded body, held or released. */
    qint64 bodySize() const { return bodyReleased ? releasedBodySize : body.size(); }
    /**
     * @brief The decoded body: @c body, or when released, @c wireBody decoded again by its
     * Content-Encoding (the same bytes as the first time; costs a decode). Any thread.
     */
    QByteArray decodedBody() const;
    /** @brief "N bytes encoded → M decoded" (or "M bytes" when nothing was decoded). */
    QString bodySizeText() const;
    /** @brief Media type of Content-Type (lower case, no parameters), or empty. */
    QByteArray mediaType() const;
    /** @brief Host header, or :authority for HTTP/2. */
    QByteArray host() const;
    /**
     * @brief HTTP/2 `cookie` crumbs (RFC 9113 §8.2.3) joined with "; " into one Cookie line, as
     * HTTP/1 and the HAR carry them; null when the message has fewer than two cookie fields.
     */
    QByteArray joinedCookie() const;
    /** @brief Why the header fields are unknown, in words ("" when they are known). */
    QString headerLossText() const;
};

/** @brief A request and its response (plus interim 1xx responses), by message index. */
struct HttpExchange
{
    int request = -1;     ///< index into messages, -1 if the request was not captured
    int response = -1;    ///< final response, -1 if not captured
    QVector<int> interim; ///< 1xx responses before the final one
    quint32 streamId = 0; ///< HTTP/2 stream id
    /** @brief ns from the request's first event to the response's first event; -1 if unknown. */
    qint64 timeNs = -1;
};

} // namespace ecv
