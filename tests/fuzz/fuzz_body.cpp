// SPDX-License-Identifier: Apache-2.0
// Body decoders: chunked transfer coding, gzip, deflate, br, zstd, Content-Encoding lists,
// multipart, urlencoded forms, charsets and the body view that picks among them.
// Input: a selector byte (kind = byte % 11), then (for kinds 5-10) a header value up to the first
// '\n', then the body.
#include "core/http/body/body_view.h"
#include "core/http/body/chunked_decoder.h"
#include "core/http/body/content_decoder.h"
#include "core/http/body/form_urlencoded.h"
#include "core/http/body/multipart_parser.h"
#include "core/http/body/text_charset.h"
#include "fuzz_common.h"

namespace {
constexpr qint64 kCap = 4 << 20; // decoded bytes per body: keeps bombs cheap

void checkDecoded(const ecv::ContentDecoder::Result &r)
{
    ecv::fuzz::check(r.bytes.size() <= kCap);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    const uint8_t selector = in.byte();
    const int kind = selector % 11;
    QByteArray body = in.rest();
    QByteArray header;
    if (kind >= 5) {
        const qsizetype nl = body.indexOf('\n');
        if (nl >= 0) {
            header = body.left(nl);
            body = body.mid(nl + 1);
        }
    }
    switch (kind) {
    case 0: {
        const ecv::ChunkedDecoder::Result r = ecv::ChunkedDecoder::decode(body);
        ecv::fuzz::check(r.consumed >= 0 && r.consumed <= body.size());
        ecv::fuzz::check(r.body.size() <= body.size());
        (void)ecv::ChunkedDecoder::looksChunked(body);
        break;
    }
    case 1:
        checkDecoded(ecv::ContentDecoder::gunzip(body, kCap));
        break;
    case 2:
        checkDecoded(ecv::ContentDecoder::inflate(body, kCap));
        break;
    case 3:
        checkDecoded(ecv::ContentDecoder::brotli(body, kCap));
        break;
    case 4:
        checkDecoded(ecv::ContentDecoder::zstd(body, kCap));
        break;
    case 5:
        checkDecoded(ecv::ContentDecoder::decodeList(body, header, selector & 0x80, kCap));
        break;
    case 6: {
        const QByteArray boundary = ecv::MultipartParser::boundary(header);
        const QVector<ecv::MultipartParser::Part> parts =
            ecv::MultipartParser::parse(body, boundary.isEmpty() ? header : boundary);
        for (const ecv::MultipartParser::Part &p : parts)
            ecv::fuzz::check(p.offset >= 0 && p.offset + p.body.size() <= body.size());
        break;
    }
    case 7:
        (void)ecv::FormUrlEncoded::parse(body);
        (void)ecv::FormUrlEncoded::parseQuery(header);
        break;
    case 8: {
        const ecv::TextCharset::Result r = ecv::TextCharset::decode(body, header);
        ecv::fuzz::check(r.replaced >= 0);
        (void)ecv::TextCharset::isValidUtf8(body);
        (void)ecv::TextCharset::looksBinary(body);
        break;
    }
    case 9:
        (void)ecv::TextCharset::decodeAs(body, header);
        break;
    case 10: {
        const ecv::BodyView::Rendered r = ecv::BodyView::render(body, header, 64 * 1024);
        for (const ecv::JsonReindenter::Token &t : r.tokens)
            ecv::fuzz::check(t.begin >= 0 && t.length >= 0 && t.begin + t.length <= r.text.size());
        break;
    }
    }
    return 0;
}
