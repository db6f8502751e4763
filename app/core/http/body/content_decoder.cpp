// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/content_decoder.h"

#include <QCoreApplication>

#include <brotli/decode.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <vector>

namespace ecv {

namespace {

constexpr qsizetype Step = 64 * 1024;

// Appends up to `have` bytes of `buf` to `out`, respecting the cap. Returns false when capped.
bool appendCapped(QByteArray &out, const char *buf, qsizetype have, qint64 cap)
{
    const qint64 room = cap - out.size();
    if (have > room) {
        out.append(buf, qsizetype(std::max<qint64>(room, 0)));
        return false;
    }
    out.append(buf, have);
    return true;
}

ContentDecoder::Result zlibDecode(const QByteArray &input, int windowBits, qint64 cap,
                                  bool multiMember)
{
    ContentDecoder::Result r;
    z_stream zs{};
    if (inflateInit2(&zs, windowBits) != Z_OK) {
        r.error = QCoreApplication::translate("ecv::HttpBody", "zlib initialisation failed");
        return r;
    }
    std::vector<char> buf(Step);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    zs.avail_in = uInt(input.size());
    int rc = Z_OK;
    while (true) {
        zs.next_out = reinterpret_cast<Bytef *>(buf.data());
        zs.avail_out = uInt(buf.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buf.size() - zs.avail_out);
        if (!appendCapped(r.bytes, buf.data(), produced, cap)) {
            r.truncatedByCap = true;
            break;
        }
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members (RFC 1952 §2.2) decode one after the other.
            if (multiMember && zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            r.error = QCoreApplication::translate("ecv::HttpBody",
                                                  "compressed data ends early (truncated)");
            break;
        }
        if (rc != Z_OK) {
            r.error = QStringLiteral("%1 (zlib %2)")
                          .arg(QString::fromLatin1(zs.msg ? zs.msg : "corrupt data"))
                          .arg(rc);
            break;
        }
        if (zs.avail_in == 0 && produced == 0) {
            r.error = QCoreApplication::translate("ecv::HttpBody",
                                                  "compressed data ends early (truncated)");
            break;
        }
    }
    inflateEnd(&zs);
    return r;
}

} // namespace

bool ContentDecoder::looksGzip(const QByteArray &d)
{
    return d.size() >= 2 && uchar(d[0]) == 0x1f && uchar(d[1]) == 0x8b;
}

bool ContentDecoder::looksZstd(const QByteArray &d)
{
    return d.size() >= 4 && uchar(d[0]) == 0x28 && uchar(d[1]) == 0xb5 && uchar(d[2]) == 0x2f &&
           uchar(d[3]) == 0xfd;
}

bool ContentDecoder::looksZlib(const QByteArray &d)
{
    if (d.size() < 2)
        return false;
    const uint cmf = uchar(d[0]);
    const uint flg = uchar(d[1]);
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

ContentDecoder::Result ContentDecoder::gunzip(const QByteArray &input, qint64 cap)
{
    Result r = zlibDecode(input, 16 + MAX_WBITS, cap, true);
    r.applied << QStringLiteral("gzip");
    return r;
}

ContentDecoder::Result ContentDecoder::inflate(const QByteArray &input, qint64 cap)
{
    Result r;
    if (looksZlib(input)) {
        r = zlibDecode(input, MAX_WBITS, cap, false);
        if (r.error.isEmpty() || !r.bytes.isEmpty()) {
            r.applied << QStringLiteral("deflate");
            return r;
        }
    }
    r = zlibDecode(input, -MAX_WBITS, cap, false);
    r.notes << QCoreApplication::translate("ecv::HttpBody",
                                           "deflate: raw deflate stream (no zlib wrapper)");
    r.applied << QStringLiteral("deflate");
    return r;
}

ContentDecoder::Result ContentDecoder::brotli(const QByteArray &input, qint64 cap)
{
    Result r;
    r.applied << QStringLiteral("br");
    BrotliDecoderState *st = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!st) {
        r.error = QCoreApplication::translate("ecv::HttpBody", "brotli initialisation failed");
        return r;
    }
    std::vector<uint8_t> buf(Step);
    size_t availIn = size_t(input.size());
    const uint8_t *nextIn = reinterpret_cast<const uint8_t *>(input.constData());
    while (true) {
        size_t availOut = buf.size();
        uint8_t *nextOut = buf.data();
        const BrotliDecoderResult rc =
            BrotliDecoderDecompressStream(st, &availIn, &nextIn, &availOut, &nextOut, nullptr);
        const qsizetype produced = qsizetype(buf.size() - availOut);
        if (!appendCapped(r.bytes, reinterpret_cast<const char *>(buf.data()), produced, cap)) {
            r.truncatedByCap = true;
            break;
        }
        if (rc == BROTLI_DECODER_RESULT_SUCCESS)
            break;
        if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            r.error = QCoreApplication::translate("ecv::HttpBody",
                                                  "compressed data ends early (truncated)");
            break;
        }
        if (rc == BROTLI_DECODER_RESULT_ERROR) {
            r.error = QCoreApplication::translate("ecv::HttpBody", "brotli: %1")
                          .arg(QString::fromLatin1(
                              BrotliDecoderErrorString(BrotliDecoderGetErrorCode(st))));
            break;
        }
    }
    BrotliDecoderDestroyInstance(st);
    return r;
}

ContentDecoder::Result ContentDecoder::zstd(const QByteArray &input, qint64 cap)
{
    Result r;
    r.applied << QStringLiteral("zstd");
    ZSTD_DCtx *ctx = ZSTD_createDCtx();
    if (!ctx) {
        r.error = QCoreApplication::translate("ecv::HttpBody", "zstd initialisation failed");
        return r;
    }
    std::vector<char> buf(Step);
    ZSTD_inBuffer in{input.constData(), size_t(input.size()), 0};
    size_t last = 0;
    while (true) {
        ZSTD_outBuffer out{buf.data(), buf.size(), 0};
        last = ZSTD_decompressStream(ctx, &out, &in);
        if (ZSTD_isError(last)) {
            r.error = QCoreApplication::translate("ecv::HttpBody", "zstd: %1")
                          .arg(QString::fromLatin1(ZSTD_getErrorName(last)));
            break;
        }
        if (!appendCapped(r.bytes, buf.data(), qsizetype(out.pos), cap)) {
            r.truncatedByCap = true;
            break;
        }
        // Input used up and the decoder flushed everything it had: done (last == 0 means the
        // frame ended cleanly; a following frame simply starts a new one in the same context).
        if (in.pos == in.size && out.pos < out.size) {
            if (last != 0)
                r.error = QCoreApplication::translate("ecv::HttpBody",
                                                      "compressed data ends early (truncated)");
            break;
        }
    }
    ZSTD_freeDCtx(ctx);
    return r;
}

ContentDecoder::Result ContentDecoder::decode(const QByteArray &input, const QByteArray &coding,
                                              qint64 cap)
{
    const QByteArray c = coding.trimmed().toLower();
    if (c == "gzip" || c == "x-gzip")
        return gunzip(input, cap);
    if (c == "deflate")
        return inflate(input, cap);
    if (c == "br")
        return brotli(input, cap);
    if (c == "zstd")
        return zstd(input, cap);
    Result r;
    r.bytes = input.left(qsizetype(std::min<qint64>(input.size(), cap)));
    r.truncatedByCap = input.size() > cap;
    if (c != "identity" && !c.isEmpty())
        r.error = QCoreApplication::translate("ecv::HttpBody", "unsupported content coding \"%1\"")
                      .arg(QString::fromLatin1(c));
    return r;
}

ContentDecoder::Result ContentDecoder::decodeList(const QByteArray &input,
                                                  const QByteArray &contentEncoding, bool sniff,
                                                  qint64 cap)
{
    QList<QByteArray> codings;
    for (const QByteArray &part : contentEncoding.split(',')) {
        const QByteArray t = part.trimmed().toLower();
        if (!t.isEmpty() && t != "identity")
            codings << t;
    }
    Result total;
    total.bytes = input;
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        const QByteArray &c = *it;
        if (sniff && (c == "gzip" || c == "x-gzip") && !looksGzip(total.bytes)) {
            total.notes << QStringLiteral("Content-Encoding says %1, but the body is not gzip "
                                          "(no 1f 8b; already decoded, e.g. by eCapture)")
                               .arg(QString::fromLatin1(c));
            continue;
        }
        if (sniff && c == "zstd" && !looksZstd(total.bytes)) {
            total.notes << QStringLiteral("Content-Encoding says zstd, but the body is not zstd "
                                          "(no 28 b5 2f fd; already decoded)");
            continue;
        }
        Result step = decode(total.bytes, c, cap);
        total.notes << step.notes;
        total.applied << step.applied;
        if (!step.error.isEmpty()) {
            total.error = QStringLiteral("%1: %2").arg(QString::fromLatin1(c), step.error);
            // Partial output is more useful than nothing; with none, keep the coded bytes.
            if (!step.bytes.isEmpty())
                total.bytes = step.bytes;
            total.truncatedByCap = step.truncatedByCap;
            return total;
        }
        total.bytes = step.bytes;
        if (step.truncatedByCap) {
            total.truncatedByCap = true;
            total.error =
                QCoreApplication::translate(
                    "ecv::HttpBody", "decoded size reached the %1-byte cap; rest not decoded")
                    .arg(cap);
            return total;
        }
    }
    return total;
}

} // namespace ecv
