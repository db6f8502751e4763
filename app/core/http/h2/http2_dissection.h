// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QVector>

#include "core/http/http_byte_run.h"
#include "core/http/http_dissector.h"

namespace ecv {

class DecodedBodyBudget;

/**
 * @brief The HTTP/2 half of HttpDissector: raw frames (Http2FrameParser + one HpackDecoder per
 * direction, SETTINGS_HEADER_TABLE_SIZE applied to the opposite direction's inflater) and
 * eCapture's text rendering (EcaptureHttp2TextParser), assembled into messages per stream by
 * Http2Assembler. Which direction is the client: the one that sent the preface, else the one
 * whose HEADERS carry `:method`, else eCapture's type (2 = request). Pure and thread-safe.
 */
class Http2Dissection
{
public:
    struct Input
    {
        const QVector<HttpDissector::Item> *items = nullptr;
        const QVector<QByteArray> *itemBytes = nullptr; ///< hex.Dump already decoded
        QVector<int> directionItems[3]; ///< item indexes per direction: Send, Recv, Unknown
        HttpByteRun runs[3];            ///< raw items of each direction joined
    };

    /** @brief Whether a direction's raw bytes start with the preface or are whole frames. */
    static bool looksLikeRawHttp2(const QVector<HttpByteRun> &runs);
    /** @brief Dissect; appends messages/exchanges to @p out and sets out.http2. */
    static void run(const Input &in, const HttpDissector::Options &options,
                    DecodedBodyBudget &budget, HttpCaptureAnalysis &out);
};

} // namespace ecv
