// SPDX-License-Identifier: Apache-2.0
// Content codings, chunked transfer coding and Go hex.Dump text (cases from public bug reports).
#include <QtTest>

#include <zstd.h>

#include "core/http/body/chunked_decoder.h"
#include "core/http/body/content_decoder.h"
#include "core/wire/hex_dump_text.h"

#include "common/gzip_of.h"

using namespace ecv;
using ecv::test::gzipOf;

namespace {

QByteArray zstdOf(const QByteArray &in)
{
    QByteArray out(int(ZSTD_compressBound(size_t(in.size()))), '\0');
    const size_t n =
        ZSTD_compress(out.data(), size_t(out.size()), in.constData(), size_t(in.size()), 3);
    out.resize(qsizetype(n));
    return out;
}

} // namespace

class TestHttpCodings : public QObject
{
    Q_OBJECT
private slots:
    void decodeList_data();
    void decodeList();
    void bombIsCapped();
    void truncatedGzipKeepsPartialOutput();
    void chunked_data();
    void chunked();
    void looksChunked_data();
    void looksChunked();
    void hexDump_data();
    void hexDump();
};

void TestHttpCodings::decodeList_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("contentEncoding");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("expectError");
    QTest::addColumn<int>("noteCount");

    const QByteArray text = "Hello World! This is the decoded body, repeated. Hello World!";
    QTest::newRow("gzip") << gzipOf(text) << QByteArray("gzip") << text << false << 0;
    QTest::newRow("x-gzip") << gzipOf(text) << QByteArray("x-gzip") << text << false << 0;
    QTest::newRow("gzip two members") << gzipOf("first,") + gzipOf("second") << QByteArray("gzip")
                                      << QByteArray("first,second") << false << 0;
    // edge-cases.md: deflate comes in two forms, both are "hello".
    QTest::newRow("deflate zlib-wrapped")
        << QByteArray::fromHex("789ccb48cdc9c90700062c0215") << QByteArray("deflate")
        << QByteArray("hello") << false << 0;
    QTest::newRow("deflate raw") << QByteArray::fromHex("cb48cdc9c90700") << QByteArray("deflate")
                                 << QByteArray("hello") << false << 1;
    QTest::newRow("br") << QByteArray::fromHex(
                               "1b2b0000c46d6c5dfdaee1d93e2108a25284a8123ece9a0bb9fd2901")
                        << QByteArray("br")
                        << QByteArray("Hello, brotli! Hello, brotli! Hello, brotli!") << false << 0;
    // edge-cases.md: zstd frame without a content size (streaming), and concatenated frames.
    const QByteArray z1 = QByteArray::fromHex("28b52ffd005861000048656c6c6f20576f726c6421");
    QTest::newRow("zstd no content size")
        << z1 << QByteArray("zstd") << QByteArray("Hello World!") << false << 0;
    QTest::newRow("zstd concatenated frames") << z1 + zstdOf(" and again") << QByteArray("zstd")
                                              << QByteArray("Hello World! and again") << false << 0;
    // Stacked: "gzip, br" = gzip applied first, so br is removed first (RFC 9110 §8.4).
    QTest::newRow("stacked gzip, br")
        << QByteArray::fromHex("8b1d801f8b0800000000000203ab562a2e494cce4e4d51b22a292a4dd5514ace"
                               "4fc9cc4b2f56b28a564aafca2c50d2514a2a528aad050064759bc92800000003")
        << QByteArray("gzip, br") << QByteArray("{\"stacked\":true,\"codings\":[\"gzip\",\"br\"]}")
        << false << 0;
    QTest::newRow("stacked deflate, zstd")
        << zstdOf(QByteArray::fromHex("789ccb48cdc9c90700062c0215")) << QByteArray("deflate, zstd")
        << QByteArray("hello") << false << 0;
    QTest::newRow("identity") << text << QByteArray("identity") << text << false << 0;
    // eCapture v1 keeps "gzip" after gunzipping: sniff, keep the bytes, note it.
    QTest::newRow("gzip header, plain body") << text << QByteArray("gzip") << text << false << 1;
    QTest::newRow("zstd header, plain body") << text << QByteArray("zstd") << text << false << 1;
    QTest::newRow("br header, garbage") << QByteArray("not brotli at all") << QByteArray("br")
                                        << QByteArray("not brotli at all") << true << 0;
    QTest::newRow("unknown coding") << text << QByteArray("compress") << text << true << 0;
}

void TestHttpCodings::decodeList()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, contentEncoding);
    QFETCH(QByteArray, expected);
    QFETCH(bool, expectError);
    QFETCH(int, noteCount);
    const ContentDecoder::Result r = ContentDecoder::decodeList(input, contentEncoding);
    QCOMPARE(r.bytes, expected);
    QCOMPARE(!r.error.isEmpty(), expectError);
    QCOMPARE(r.notes.size(), noteCount);
    QVERIFY(!r.truncatedByCap);
}

void TestHttpCodings::bombIsCapped()
{
    // 200 MiB of zeros compress to ~200 KiB; decoding stops at the cap and says so.
    const QByteArray zeros(8 * 1024 * 1024, '\0');
    QByteArray bomb;
    for (int i = 0; i < 25; ++i)
        bomb += gzipOf(zeros);
    const qint64 cap = 16 * 1024 * 1024;
    const ContentDecoder::Result r = ContentDecoder::decodeList(bomb, "gzip", true, cap);
    QVERIFY(r.truncatedByCap);
    QCOMPARE(r.bytes.size(), cap);
    QVERIFY(r.error.contains(QLatin1String("cap")));

    const ContentDecoder::Result z = ContentDecoder::zstd(zstdOf(zeros), 1000);
    QVERIFY(z.truncatedByCap);
    QCOMPARE(z.bytes.size(), 1000);
}

void TestHttpCodings::truncatedGzipKeepsPartialOutput()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += QByteArray::number(i) + ' ';
    const QByteArray gz = gzipOf(text);
    const ContentDecoder::Result r = ContentDecoder::gunzip(gz.left(gz.size() / 2));
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.bytes.isEmpty());
    QVERIFY(text.startsWith(r.bytes));
}

void TestHttpCodings::chunked_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<qint64>("consumed");
    QTest::addColumn<int>("trailers");

    QTest::newRow("two chunks") << QByteArray("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\nNEXT")
                                << QByteArray("hello world") << true << qint64(26) << 0;
    // edge-cases.md: chunk extensions are ignored, also on the last chunk.
    QTest::newRow("extension") << QByteArray("5;ext=1\r\nhello\r\n0\r\n\r\n") << QByteArray("hello")
                               << true << qint64(21) << 0;
    QTest::newRow("quoted extension") << QByteArray("5;n=\"v\"\r\nhello\r\n0;last=1\r\n\r\n")
                                      << QByteArray("hello") << true << qint64(28) << 0;
    QTest::newRow("upper-case hex") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n")
                                    << QByteArray("0123456789") << true << qint64(20) << 0;
    QTest::newRow("trailer fields") << QByteArray("3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n")
                                    << QByteArray("abc") << true << qint64(23) << 1;
    QTest::newRow("no last chunk") << QByteArray("5\r\nhello\r\n3\r\nabc\r\n")
                                   << QByteArray("helloabc") << false << qint64(18) << 0;
    QTest::newRow("cut inside a chunk")
        << QByteArray("a\r\nhello") << QByteArray("hello") << false << qint64(8) << 0;
    QTest::newRow("bare LF") << QByteArray("5\nhello\n0\n\n") << QByteArray("hello") << true
                             << qint64(11) << 0;
}

void TestHttpCodings::chunked()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, body);
    QFETCH(bool, complete);
    QFETCH(qint64, consumed);
    QFETCH(int, trailers);
    const ChunkedDecoder::Result r = ChunkedDecoder::decode(input);
    QCOMPARE(r.body, body);
    QCOMPARE(r.complete, complete);
    QCOMPARE(r.consumed, consumed);
    QCOMPARE(r.trailers.size(), trailers);
}

void TestHttpCodings::looksChunked_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("size line") << QByteArray("1a\r\n{...") << true;
    QTest::newRow("size with ext") << QByteArray("5;ext=1\r\nhello") << true;
    QTest::newRow("json body") << QByteArray("{\"a\":1}") << false;
    QTest::newRow("text body") << QByteArray("ts=1764424801 sym=EXA\n") << false;
    QTest::newRow("hex word then text") << QByteArray("cafe babe\r\n") << false;
    QTest::newRow("binary") << QByteArray::fromHex("1f8b0800") << false;
}

void TestHttpCodings::looksChunked()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, chunked);
    QCOMPARE(ChunkedDecoder::looksChunked(input), chunked);
}

void TestHttpCodings::hexDump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png signature") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    QTest::newRow("partial line") << QByteArray::fromHex("4e44ae426082");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    QTest::newRow("all byte values") << all;
    QTest::newRow("pipes in ascii") << QByteArray("a|b  |c||d  | e\x01\x02");
}

void TestHttpCodings::hexDump()
{
    QFETCH(QByteArray, bytes);
    const QByteArray dump = HexDumpText::encode(bytes);
    QVERIFY(HexDumpText::looksLikeHexDump(dump));
    bool ok = false;
    QCOMPARE(HexDumpText::decode(dump, &ok), bytes);
    QVERIFY(ok);
    QVERIFY(!HexDumpText::looksLikeHexDump("GET / HTTP/1.1\r\n"));
}

QTEST_GUILESS_MAIN(TestHttpCodings)
#include "tst_http_codings.moc"
