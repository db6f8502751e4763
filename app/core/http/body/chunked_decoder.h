// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ecv {

/**
 * @brief Chunked transfer coding (RFC 9112 §7.1), lenient.
 *
 * Chunk extensions (`5;ext=1`, `5;n="v"`) are parsed and ignored; trailer fields are returned.
 * A stream that ends before the last chunk (`0\r\n\r\n`) is not an error: the chunks that were
 * there are returned with @c complete = false (eCapture cuts streams at 16 KiB per call).
 * Pure and thread-safe.
 */
class ChunkedDecoder
{
public:
    struct Result
    {
        QByteArray body;        ///< the chunk data joined
        qint64 consumed = 0;    ///< bytes of the input that belong to the chunked body
        bool complete = false;  ///< the last chunk and the trailer section were seen
        bool malformed = false; ///< a chunk-size line was not hex: stopped there
        int chunkCount = 0;     ///< data chunks seen (the last, empty one not counted)
        QList<QPair<QByteArray, QByteArray>> trailers;
        QString error; ///< why it stopped early, if it did
    };

    /** @brief Decode chunked data starting at @p offset of @p input. */
    static Result decode(const QByteArray &input, qint64 offset = 0);

    /**
     * @brief Whether @p data starts with chunk syntax (hex size, optional extension, CRLF).
     * Used to tell an eCapture-de-chunked body from a still-chunked one.
     */
    static bool looksChunked(const QByteArray &data, qint64 offset = 0);
};

} // namespace ecv
