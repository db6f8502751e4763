// SPDX-License-Identifier: Apache-2.0
// eCapture's HTTP/2 text rendering ("Frame Length => …", Go-quoted values) of v1 type 4 events.
#include "core/http/h2/ecapture_http2_text_parser.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = ecv::fuzz::copy(data, size);
    (void)ecv::EcaptureHttp2TextParser::looksLikeRendering(text);
    const ecv::EcaptureHttp2TextParser::Result result = ecv::EcaptureHttp2TextParser::parse(text);
    for (const ecv::Http2Event &e : result.events) {
        for (const auto &range : e.ranges)
            ecv::fuzz::check(range.first >= 0 && range.first <= range.second &&
                             range.second <= text.size());
    }
    (void)ecv::EcaptureHttp2TextParser::goUnquote(text.left(4096));
    return 0;
}
