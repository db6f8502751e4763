// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

namespace ecv {

/**
 * @brief Makes the framing headers of an HTTP/1 message that eCapture v1 re-serialized (event
 * types 1 and 3, PayloadFormat::Http1Message) describe the bytes that follow them, so Wireshark
 * frames and dissects it.
 *
 * eCapture builds such a message with Go's httputil.DumpRequest/DumpResponse after de-chunking
 * and gunzipping the body, but keeps `Transfer-Encoding: chunked`, `Content-Encoding: gzip` and
 * the old `Content-Length` (`pkg/event_processor/http_request.go`, `http_response.go`). Wireshark
 * then waits for a chunk that never comes, fails to gunzip, or cuts the body. The rules:
 * - `Transfer-Encoding: chunked` over a body without chunk framing: the line is replaced with
 *   `Content-Length: N`;
 * - a `Content-Encoding` whose outermost coding is gzip or zstd without its magic bytes: that
 *   coding is removed (the line dropped when nothing is left);
 * - `Content-Length` that differs from the body: set to the body length; a response without
 *   any length gets one (so a keep-alive connection's next response is not read as body).
 * Responses that never have a body (1xx, 204, 304) are left alone. Other header lines, the start
 * line and the body are kept byte for byte. Pure and thread-safe.
 */
class Http1Reframer
{
public:
    struct Result
    {
        bool isHttp = false; ///< a request or status line was found at the start
        bool isRequest = false;
        qsizetype headerEnd = 0;    ///< where the body starts in the input
        qint64 declaredLength = -1; ///< Content-Length as eCapture wrote it, -1 if none
        qint64 bodyInInput = 0;     ///< body bytes after headerEnd in the input
        bool chunkFramed = false;   ///< the body still has chunk framing (left as it is)
        bool changed = false;       ///< headerSection differs from the input's
        QByteArray headerSection;   ///< start line + header lines + empty line, as to write
        QStringList originalLines;  ///< header lines replaced or removed, as they were
        QStringList newLines;       ///< header lines written instead
    };

    /**
     * @brief Reframe @p message (one eCapture type 1/3 payload).
     * @param bodyLength body bytes that follow the header section in the capture: this event's
     *        rest plus any continuation in later events (-1 = this event's rest only).
     */
    static Result reframe(const QByteArray &message, qint64 bodyLength = -1);
};

} // namespace ecv
