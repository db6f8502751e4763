// SPDX-License-Identifier: Apache-2.0
// The HTTP/1 parser over one direction's bytes, message after message, with body decoding.
// Input: an options byte (bit 0: eCapture-framed; bits 1-2: the request method a response answers;
// bits 3-5: event boundaries every 2^n * 16 bytes), then the bytes.
#include "core/http/http1_parser.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    const uint8_t options = in.byte();
    const QByteArray input = in.rest();
    ecv::Http1Parser::Options o;
    o.ecaptureFramed = options & 1;
    static const QByteArray methods[] = {QByteArray(), "GET", "HEAD", "CONNECT"};
    o.requestMethod = methods[(options >> 1) & 3];
    if (const int shift = (options >> 3) & 7) {
        for (qint64 at = 16LL << shift; at < input.size(); at += 16LL << shift)
            o.eventBoundaries.append(at);
    }
    o.decodeCap = 1 << 20;
    qint64 offset = 0;
    int messages = 0;
    while (offset < input.size() && messages < 256) {
        if (!ecv::Http1Parser::startsMessage(input, offset)) {
            const qsizetype next = input.indexOf('\n', offset);
            if (next < 0)
                break;
            offset = next + 1;
            continue;
        }
        ecv::Http1Parser::Result r = ecv::Http1Parser::parse(input, offset, o);
        ++messages;
        if (r.status == ecv::Http1Parser::Status::NotHttp) {
            ++offset;
            continue;
        }
        ecv::fuzz::check(r.begin >= offset && r.begin <= r.headerEnd && r.headerEnd <= r.bodyEnd &&
                         r.bodyEnd <= input.size());
        ecv::Http1Parser::decodeBody(r.message, o.decodeCap);
        ecv::fuzz::check(r.message.body.size() <= o.decodeCap + (1 << 16) ||
                         r.message.codingsApplied.isEmpty());
        offset = qMax(r.bodyEnd, offset + 1);
    }
    (void)ecv::Http1Parser::parseHeaderLines(input.left(8192));
    return 0;
}
