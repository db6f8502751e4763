// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ecv {

/**
 * @brief Removes HTTP content codings (RFC 9110 §8.4.1): gzip, deflate, br, zstd, identity.
 *
 * Pure and thread-safe (static functions). Every decode is capped (default 64 MiB of output) so a
 * decompression bomb yields the first @c cap bytes and @c truncatedByCap = true, never an
 * allocation failure. Errors never throw: the result keeps whatever was decoded plus the error
 * text. Libraries: zlib (gzip/deflate), libbrotlidec (br), libzstd (zstd).
 */
class ContentDecoder
{
public:
    static constexpr qint64 DefaultCap = 64LL * 1024 * 1024;

    /** @brief Output of one decode. */
    struct Result
    {
        QByteArray bytes;            ///< decoded bytes (partial output on error)
        QString error;               ///< empty when the whole input decoded
        bool truncatedByCap = false; ///< output reached the cap; the rest was not decoded
        QStringList notes;           ///< e.g. "gzip: body is not gzip (decoded by eCapture)"
        QStringList applied;         ///< codings actually removed, in the order applied
    };

    /** @brief One coding by its token (case-insensitive). "x-gzip" = gzip; unknown = error. */
    static Result decode(const QByteArray &input, const QByteArray &coding,
                         qint64 cap = DefaultCap);

    /**
     * @brief Remove a Content-Encoding list ("gzip, br"): codings are undone in reverse order.
     *
     * With @p sniff, a gzip or zstd coding whose magic bytes (1f 8b / 28 b5 2f fd) are missing is
     * skipped with a note instead of failing: eCapture v1 gunzips bodies but keeps the header
     * (gojue/ecapture pkg/event_processor/http_response.go). "identity" is skipped.
     */
    static Result decodeList(const QByteArray &input, const QByteArray &contentEncoding,
                             bool sniff = true, qint64 cap = DefaultCap);

    static Result gunzip(const QByteArray &input, qint64 cap = DefaultCap);
    /** @brief zlib-wrapped deflate, falling back to raw deflate (RFC 1951), as mitmproxy does. */
    static Result inflate(const QByteArray &input, qint64 cap = DefaultCap);
    static Result brotli(const QByteArray &input, qint64 cap = DefaultCap);
    /** @brief Streaming zstd: frames without content size and concatenated frames (RFC 8878). */
    static Result zstd(const QByteArray &input, qint64 cap = DefaultCap);

    static bool looksGzip(const QByteArray &data);
    static bool looksZstd(const QByteArray &data);
    /** @brief A zlib header (CMF/FLG check, RFC 1950 §2.2). */
    static bool looksZlib(const QByteArray &data);
};

} // namespace ecv
