// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include "core/http/h2/http2_frame_parser.h"

namespace ecv {

/**
 * @brief Parses eCapture v1's text rendering of HTTP/2 (event types 2 and 4) back into frames.
 *
 * The rendering (`pkg/event_processor/http2_request.go`, `http2_response.go`) is one block per
 * frame: `\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t39\n`, then for
 * HEADERS one Go `hpack.HeaderField.String()` line per field (`header field ":method" = "GET"`,
 * Go-quoted), for DATA the data bytes printed raw (or `Partial entity body with gzip encoding
 * ... ` when gzip), and per gzip stream a `Merged Data Frame, StreamID\t=>\tN\nMerged Data Frame,
 * Final Length\t=>\tL\n\n<L gunzipped bytes>` block. Pure and thread-safe.
 */
class EcaptureHttp2TextParser
{
public:
    struct Result
    {
        QVector<Http2Event> events; ///< ranges refer to byte offsets in the text
        QStringList notes;
    };

    /** @brief Whether @p text looks like the rendering (starts with a Frame Type block). */
    static bool looksLikeRendering(const QByteArray &text);
    static Result parse(const QByteArray &text);
    /** @brief Undo Go's strconv.Quote (without the surrounding quotes). */
    static QByteArray goUnquote(const QByteArray &quoted);
};

} // namespace ecv
