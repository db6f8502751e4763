// SPDX-License-Identifier: Apache-2.0
// The HTTP/2 frame parser (RFC 9113 section 4) and HPACK (RFC 7541, through nghttp2) over one
// direction's bytes. Input: a byte choosing the dynamic table size (0 keeps 4096), then the bytes.
#include "core/http/h2/hpack_decoder.h"
#include "core/http/h2/http2_frame_parser.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    const uint8_t table = in.byte();
    const QByteArray input = in.rest();
    (void)ecv::Http2FrameParser::looksLikeHttp2(input);
    const ecv::Http2FrameParser::Result result = ecv::Http2FrameParser::parse(input);
    ecv::fuzz::check(result.consumed >= 0 && result.consumed <= input.size());
    ecv::HpackDecoder hpack;
    if (table)
        hpack.setMaxTableSize(quint32(table) << 10);
    for (const ecv::Http2Event &e : result.events) {
        for (const auto &range : e.ranges)
            ecv::fuzz::check(range.first >= 0 && range.first <= range.second &&
                             range.second <= input.size());
        if (e.kind == ecv::Http2Event::Kind::Headers ||
            e.kind == ecv::Http2Event::Kind::PushPromise)
            (void)hpack.decode(e.payload);
    }
    return 0;
}
