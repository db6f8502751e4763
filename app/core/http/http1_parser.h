// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QVector>

#include "core/http/body/content_decoder.h"
#include "core/http/http_message.h"

namespace ecv {

/**
 * @brief Lenient HTTP/1.x message parser (RFC 9112) for captured, possibly damaged bytes.
 *
 * It never rejects a message it can recognise: a truncated header section, a body shorter than
 * Content-Length, a missing last chunk, or headers that no longer describe the body (eCapture v1
 * re-serializes messages with the body already de-chunked and gunzipped) all yield a message with
 * notes. The input is everything captured for one direction; a message is never waited for.
 * Pure and thread-safe.
 */
class Http1Parser
{
public:
    struct Options
    {
        /** The bytes are one eCapture v1 type 1/3 message: the body is the rest of the input. */
        bool ecaptureFramed = false;
        /** Method of the request this response answers ("HEAD" means no body, RFC 9110 §9.3.2). */
        QByteArray requestMethod;
        /**
         * Offsets (into the input) where a new captured event starts. A body that would run
         * across such a boundary into bytes that start a new HTTP message stops there instead
         * (eCapture lost the rest of the body: 16 KiB cut, truncateSize, dropped events).
         */
        QVector<qint64> eventBoundaries;
        qint64 decodeCap = ContentDecoder::DefaultCap;
    };

    enum class Status
    {
        Complete,  ///< whole message present
        Truncated, ///< message cut short (header section or body incomplete); still returned
        NotHttp,   ///< no HTTP/1 start line at the offset
    };

    struct Result
    {
        Status status = Status::NotHttp;
        HttpMessage message;
        qint64 begin = 0;     ///< first byte of the start line (leading empty lines skipped)
        qint64 headerEnd = 0; ///< one past the empty line ending the header section
        qint64 bodyEnd = 0;   ///< one past the last body byte (chunk framing included)
        /**
         * Body bytes still expected by Content-Length when the input ended (eCapture v1 may send
         * them as a later raw event); 0 when none; -1 when unknown.
         */
        qint64 bodyRemaining = 0;
    };

    /** @brief Parse one message starting at @p offset (empty lines before it are skipped). */
    static Result parse(const QByteArray &input, qint64 offset, const Options &options);

    /** @brief Whether an HTTP/1 request line or status line starts at @p offset (strict form). */
    static bool startsMessage(const QByteArray &input, qint64 offset);

    /** @brief Fill @p message.body from wireBody by its Content-Encoding (sniffing magic). */
    static void decodeBody(HttpMessage &message, qint64 cap = ContentDecoder::DefaultCap);

    /** @brief Parse "Name: value" lines (obs-fold joined, CR stripped, order kept). */
    static HttpHeaderList parseHeaderLines(const QByteArray &block, QStringList *notes = nullptr);
};

} // namespace ecv
