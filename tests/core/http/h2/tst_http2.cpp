// SPDX-License-Identifier: Apache-2.0
// HTTP/2: frames, HPACK across events, lost header blocks, eCapture's text rendering.
#include <QtTest>

#include <nghttp2/nghttp2.h>

#include "core/http/h2/ecapture_http2_text_parser.h"
#include "core/http/h2/hpack_decoder.h"
#include "core/http/h2/http2_frame_parser.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"

#include "common/http2_frames.h"

using namespace ecv;

namespace {

using Item = HttpDissector::Item;
using Fields = QVector<QPair<QByteArray, QByteArray>>;

QByteArray frame(quint8 type, quint8 flags, quint32 sid, const QByteArray &payload)
{
    return test::http2Frame(type, flags, sid, payload);
}

// HPACK-encodes with one deflater per direction (state kept, as a real peer does).
class Encoder
{
public:
    Encoder() { nghttp2_hd_deflate_new(&m_d, 4096); }
    ~Encoder() { nghttp2_hd_deflate_del(m_d); }
    QByteArray encode(const Fields &fields) { return test::hpackEncode(m_d, fields); }

private:
    nghttp2_hd_deflater *m_d = nullptr;
};

Item item(Direction dir, const QByteArray &data, PayloadFormat format = PayloadFormat::Raw)
{
    static quint32 frameNo = 100;
    Item it;
    it.frameNumber = ++frameNo;
    it.timeNs = qint64(frameNo) * 1000000;
    it.direction = dir;
    it.format = format;
    it.data = data;
    return it;
}

const QByteArray Block1 = QByteArray::fromHex("828487410"
                                              "96c6f63616c686f73747a0e6e676874"
                                              "7470322f312e35322e30");
const QByteArray Block2 = QByteArray::fromHex("820403"
                                              "2f6232"
                                              "87bfbe");

} // namespace

class TestHttp2 : public QObject
{
    Q_OBJECT
private slots:
    void hpackStateAcrossBlocks();
    void hpackFreshInflaterFails();
    void paddedHeadersWithContinuation();
    void frameParser_data();
    void frameParser();
    void rawConnectionAcrossEvents();
    void withoutFirstHeadersBlock();
    void settingsHeaderTableSize();
    void gzipDataFrames();
    void pushPromise();
    void goUnquote_data();
    void goUnquote();
    void ecaptureTextRendering();
    void ecaptureMergedGzipBody();
};

void TestHttp2::hpackStateAcrossBlocks()
{
    // edge-cases.md: stream 3's block refers to dynamic entries added by stream 1's block.
    HpackDecoder d;
    const HpackDecoder::Result r1 = d.decode(Block1);
    QVERIFY(r1.ok);
    const HpackDecoder::Result r2 = d.decode(Block2);
    QVERIFY2(r2.ok, qPrintable(r2.error));
    const HttpHeaderList expected{{":method", "GET"},
                                  {":path", "/b2"},
                                  {":scheme", "https"},
                                  {":authority", "localhost"},
                                  {"user-agent", "nghttp2/1.52.0"}};
    QCOMPARE(r2.fields, expected);
    QCOMPARE(httpHeaderValue(r1.fields, ":authority"), QByteArray("localhost"));
}

void TestHttp2::hpackFreshInflaterFails()
{
    HpackDecoder d;
    const HpackDecoder::Result r = d.decode(Block2);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("COMPRESSION_ERROR")));
    QCOMPARE(d.failures(), 1);
    // The inflater was recreated: a self-contained block decodes again.
    const HpackDecoder::Result again = d.decode(Block1);
    QVERIFY(again.ok);
    QCOMPARE(httpHeaderValue(again.fields, ":path"), QByteArray("/"));
}

void TestHttp2::paddedHeadersWithContinuation()
{
    // edge-cases.md: PADDED HEADERS (pad length 5) continued by CONTINUATION with END_HEADERS.
    const QByteArray bytes = QByteArray::fromHex("000009"
                                                 "01"
                                                 "09"
                                                 "00000001"
                                                 "05"
                                                 "828487"
                                                 "0000000000"
                                                 "00000b"
                                                 "09"
                                                 "04"
                                                 "00000001"
                                                 "4109"
                                                 "6c6f63616c686f7374");
    const Http2FrameParser::Result r = Http2FrameParser::parse(bytes);
    QCOMPARE(r.events.size(), 1);
    const Http2Event &h = r.events[0];
    QCOMPARE(h.kind, Http2Event::Kind::Headers);
    QVERIFY(h.complete);
    QVERIFY(h.endStream);
    QCOMPARE(h.payload, QByteArray::fromHex("828487"
                                            "4109"
                                            "6c6f63616c686f7374"));
    HpackDecoder d;
    const HpackDecoder::Result f = d.decode(h.payload);
    const HttpHeaderList expected{
        {":method", "GET"}, {":path", "/"}, {":scheme", "https"}, {":authority", "localhost"}};
    QCOMPARE(f.fields, expected);
}

void TestHttp2::frameParser_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QByteArray>("firstPayload");
    QTest::addColumn<bool>("preface");

    QTest::newRow("preface + SETTINGS + WINDOW_UPDATE")
        << Http2FrameParser::preface() + frame(4, 0, 0, QByteArray::fromHex("000100010000")) +
               frame(8, 0, 0, QByteArray::fromHex("0000ffff"))
        << QStringList{"SETTINGS", "WINDOW_UPDATE"} << QByteArray() << true;
    QTest::newRow("padded DATA") << frame(0, 0x9, 1,
                                          QByteArray::fromHex("03") + "body" + QByteArray(3, '\0'))
                                 << QStringList{"DATA"} << QByteArray("body") << false;
    QTest::newRow("HEADERS with PRIORITY")
        << frame(1, 0x24, 3, QByteArray::fromHex("0000000010") + QByteArray::fromHex("82"))
        << QStringList{"HEADERS"} << QByteArray::fromHex("82") << false;
    QTest::newRow("RST_STREAM, PING, GOAWAY")
        << frame(3, 0, 5, QByteArray::fromHex("00000008")) + frame(6, 0, 0, QByteArray(8, 'p')) +
               frame(7, 0, 0, QByteArray::fromHex("0000000500000000"))
        << QStringList{"RST_STREAM", "PING", "GOAWAY"} << QByteArray() << false;
    QTest::newRow("truncated DATA") << frame(0, 0, 1, "0123456789").left(14) << QStringList{"DATA"}
                                    << QByteArray("01234") << false;
}

void TestHttp2::frameParser()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, kinds);
    QFETCH(QByteArray, firstPayload);
    QFETCH(bool, preface);
    const Http2FrameParser::Result r = Http2FrameParser::parse(bytes);
    QStringList got;
    for (const Http2Event &e : r.events)
        got << http2KindName(e.kind);
    QCOMPARE(got, kinds);
    QCOMPARE(r.hadPreface, preface);
    if (!firstPayload.isEmpty())
        QCOMPARE(r.events[0].payload, firstPayload);
    if (!r.events.isEmpty() && r.events[0].kind == Http2Event::Kind::RstStream)
        QCOMPARE(r.events[0].errorCode, quint32(8));
}

void TestHttp2::rawConnectionAcrossEvents()
{
    // Client: preface + SETTINGS + HEADERS(1) in event A, HEADERS(3) in event B (HPACK state
    // carried over). Server: HEADERS+DATA for both streams, split over two events.
    Encoder c;
    Encoder s;
    const Fields req1{{":method", "GET"},
                      {":path", "/a"},
                      {":scheme", "https"},
                      {":authority", "example.com"},
                      {"user-agent", "t/1"}};
    const Fields req3{{":method", "GET"},
                      {":path", "/b"},
                      {":scheme", "https"},
                      {":authority", "example.com"},
                      {"user-agent", "t/1"}};
    const QByteArray a = Http2FrameParser::preface() + frame(4, 0, 0, QByteArray()) +
                         frame(1, 0x5, 1, c.encode(req1));
    const QByteArray b = frame(1, 0x5, 3, c.encode(req3));
    const QByteArray resp1 =
        frame(4, 0, 0, QByteArray()) + frame(4, 1, 0, QByteArray()) +
        frame(1, 0x4, 1,
              s.encode({{":status", "200"}, {"content-type", "application/json; charset=utf-8"}})) +
        frame(0, 0, 1, "{\"a\":");
    const QByteArray resp2 =
        frame(0, 1, 1, "1}") +
        frame(1, 0x5, 3, s.encode({{":status", "404"}, {"content-type", "text/plain"}}));
    const QVector<Item> items{item(Direction::Send, a), item(Direction::Recv, resp1),
                              item(Direction::Send, b), item(Direction::Recv, resp2)};
    const HttpCaptureAnalysis an = HttpDissector::analyze(items);
    QVERIFY(an.http2);
    QCOMPARE(an.exchanges.size(), 2);
    const HttpMessage &r1 = an.messages[an.exchanges[0].request];
    QCOMPARE(r1.method, QByteArray("GET"));
    QCOMPARE(r1.target, QByteArray("/a"));
    QCOMPARE(r1.host(), QByteArray("example.com"));
    QCOMPARE(r1.streamId, quint32(1));
    const HttpMessage &p1 = an.messages[an.exchanges[0].response];
    QCOMPARE(p1.statusCode, 200);
    QCOMPARE(p1.body, QByteArray("{\"a\":1}"));
    QCOMPARE(p1.mediaType(), QByteArray("application/json"));
    QCOMPARE(p1.firstItem, 1);
    QCOMPARE(p1.lastItem, 3);
    const HttpMessage &r3 = an.messages[an.exchanges[1].request];
    QCOMPARE(r3.target, QByteArray("/b"));
    QVERIFY(!r3.headersUnknown);
    QCOMPARE(httpHeaderValue(r3.headers, "user-agent"), QByteArray("t/1"));
    QCOMPARE(an.messages[an.exchanges[1].response].statusCode, 404);
    QCOMPARE(an.firstMessageStartingIn(2), an.exchanges[1].request);
    QCOMPARE(an.http2FramesByItem[0], (QStringList{"Magic", "SETTINGS[0]", "HEADERS[1]"}));
    QCOMPARE(an.http2FramesByItem[3], (QStringList{"DATA[1]", "HEADERS[3]"}));
    // An event with only connection frames still says what it holds.
    const QVector<Item> settingsOnly{
        item(Direction::Send, Http2FrameParser::preface() + frame(4, 0, 0, QByteArray())),
        item(Direction::Recv, frame(4, 0, 0, QByteArray()) + frame(4, 1, 0, QByteArray()))};
    const HttpCaptureAnalysis only = HttpDissector::analyze(settingsOnly);
    const QVector<HttpEventFields> f = HttpFields::forAll(only, settingsOnly);
    QCOMPARE(f[0].protocol, QStringLiteral("HTTP2"));
    QCOMPARE(f[0].info, QStringLiteral("Magic, SETTINGS[0]"));
    QCOMPARE(f[1].info, QStringLiteral("SETTINGS[0], SETTINGS[0]"));
    QVERIFY(!f[1].present);
}

void TestHttp2::withoutFirstHeadersBlock()
{
    // The capture starts after stream 1's HEADERS: stream 3's block references lost entries.
    // Stream 3 is marked unknown; stream 5 (self-contained, after the inflater was recreated)
    // decodes, and the response side (its own inflater) is unaffected.
    Encoder c;
    Encoder s;
    c.encode({{":method", "GET"}, {":path", "/lost"}, {"x-token", "abc"}}); // not captured
    const QByteArray b3 =
        frame(1, 0x5, 3, c.encode({{":method", "GET"}, {":path", "/lost"}, {"x-token", "abc"}}));
    const QByteArray b5 =
        frame(1, 0x5, 5,
              QByteArray::fromHex("828487") + QByteArray::fromHex("4109"
                                                                  "6c6f63616c686f7374"));
    const QByteArray r3 = frame(1, 0x4, 3, s.encode({{":status", "200"}})) + frame(0, 1, 3, "ok");
    const QVector<Item> items{item(Direction::Send, b3), item(Direction::Send, b5),
                              item(Direction::Recv, r3)};
    const HttpCaptureAnalysis an = HttpDissector::analyze(items);
    QVERIFY(an.http2);
    int lost = -1;
    int five = -1;
    for (int i = 0; i < an.messages.size(); ++i) {
        if (an.messages[i].streamId == 3 && an.messages[i].direction == Direction::Send)
            lost = i;
        if (an.messages[i].streamId == 5)
            five = i;
    }
    QVERIFY(lost >= 0 && five >= 0);
    QVERIFY(an.messages[lost].headersUnknown);
    QVERIFY(an.messages[lost].notes.join('\n').contains(QLatin1String("COMPRESSION_ERROR")));
    QVERIFY(!an.messages[five].headersUnknown);
    QCOMPARE(an.messages[five].target, QByteArray("/"));
    QCOMPARE(an.messages[five].host(), QByteArray("localhost"));
    const int resp = an.pairedMessage(lost);
    QVERIFY(resp >= 0);
    QCOMPARE(an.messages[resp].statusCode, 200);
    QCOMPARE(an.messages[resp].body, QByteArray("ok"));
}

void TestHttp2::settingsHeaderTableSize()
{
    // The client announces SETTINGS_HEADER_TABLE_SIZE 65536; the server's encoder then uses it
    // (dynamic table size update in its first block). Decoding the server's blocks needs the
    // server->client inflater resized from the client's SETTINGS (RFC 9113 §6.5.2).
    nghttp2_hd_deflater *d = nullptr;
    nghttp2_hd_deflate_new(&d, 65536);
    nghttp2_hd_deflate_change_table_size(d, 65536);
    const QByteArray big(10000, 'v');
    auto encode = [d](const QByteArray &status, const QByteArray &value) {
        const QByteArray n1(":status"), n2("x-big");
        nghttp2_nv nv[2] = {{reinterpret_cast<uint8_t *>(const_cast<char *>(n1.constData())),
                             reinterpret_cast<uint8_t *>(const_cast<char *>(status.constData())),
                             size_t(n1.size()), size_t(status.size()), NGHTTP2_NV_FLAG_NONE},
                            {reinterpret_cast<uint8_t *>(const_cast<char *>(n2.constData())),
                             reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())),
                             size_t(n2.size()), size_t(value.size()), NGHTTP2_NV_FLAG_NONE}};
        QByteArray out(20000, '\0');
        out.resize(nghttp2_hd_deflate_hd(d, reinterpret_cast<uint8_t *>(out.data()),
                                         size_t(out.size()), nv, 2));
        return out;
    };
    const QByteArray b1 = encode("200", big);
    const QByteArray b2 = encode("200", big); // refers to the 10 KB entry in the dynamic table
    nghttp2_hd_deflate_del(d);
    QVERIFY(b2.size() < 10);
    Encoder c;
    const QByteArray client = Http2FrameParser::preface() +
                              frame(4, 0, 0, QByteArray::fromHex("000100010000")) +
                              frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/1"}})) +
                              frame(1, 0x5, 3, c.encode({{":method", "GET"}, {":path", "/2"}}));
    const QByteArray server = frame(1, 0x5, 1, b1) + frame(1, 0x5, 3, b2);
    const HttpCaptureAnalysis an =
        HttpDissector::analyze({item(Direction::Send, client), item(Direction::Recv, server)});
    QCOMPARE(an.exchanges.size(), 2);
    const HttpMessage &second = an.messages[an.exchanges[1].response];
    QVERIFY2(!second.headersUnknown, qPrintable(second.notes.join('\n')));
    QCOMPARE(httpHeaderValue(second.headers, "x-big"), big);
}

void TestHttp2::gzipDataFrames()
{
    // Raw HTTP/2: gzip content coding over two DATA frames in two events (16 KiB cut).
    const QByteArray gz = QByteArray::fromHex("1f8b08000000000002034bcacc4b2caa54c8c854040"
                                              "07ea570820a000000");
    Encoder c;
    Encoder s;
    const QByteArray client = Http2FrameParser::preface() + frame(4, 0, 0, QByteArray()) +
                              frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/z"}}));
    const QByteArray r1 =
        frame(1, 0x4, 1, s.encode({{":status", "200"}, {"content-encoding", "gzip"}})) +
        frame(0, 0, 1, gz.left(10));
    const QByteArray r2 = frame(0, 1, 1, gz.mid(10));
    const HttpCaptureAnalysis an = HttpDissector::analyze(
        {item(Direction::Send, client), item(Direction::Recv, r1), item(Direction::Recv, r2)});
    const HttpMessage &m = an.messages[an.exchanges[0].response];
    QVERIFY2(m.decodeError.isEmpty(), qPrintable(m.decodeError));
    QCOMPARE(m.wireBody, gz);
    QCOMPARE(m.codingsApplied, QStringList{QStringLiteral("gzip")});
    QCOMPARE(m.bodyRanges.size(), 2);
    QCOMPARE(m.body, QByteArray("binary hi!"));
}

void TestHttp2::pushPromise()
{
    Encoder c;
    Encoder s;
    const QByteArray client = Http2FrameParser::preface() + frame(4, 0, 0, QByteArray()) +
                              frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/"}}));
    const QByteArray promise =
        QByteArray::fromHex("00000002") +
        s.encode({{":method", "GET"}, {":path", "/style.css"}, {":authority", "example.com"}});
    const QByteArray server =
        frame(5, 0x4, 1, promise) + frame(1, 0x4, 1, s.encode({{":status", "200"}})) +
        frame(0, 1, 1, "<html>") +
        frame(1, 0x4, 2, s.encode({{":status", "200"}, {"content-type", "text/css"}})) +
        frame(0, 1, 2, "body{}");
    const HttpCaptureAnalysis an =
        HttpDissector::analyze({item(Direction::Send, client), item(Direction::Recv, server)});
    QCOMPARE(an.exchanges.size(), 2);
    const HttpExchange &pushed = an.exchanges[1];
    QCOMPARE(pushed.streamId, quint32(2));
    QCOMPARE(an.messages[pushed.request].target, QByteArray("/style.css"));
    QCOMPARE(an.messages[pushed.request].direction, Direction::Recv);
    QVERIFY(an.messages[pushed.request].notes.join('\n').contains(QLatin1String("PUSH_PROMISE")));
    QCOMPARE(an.messages[pushed.response].body, QByteArray("body{}"));
    QCOMPARE(an.messages[an.exchanges[0].response].body, QByteArray("<html>"));
}

void TestHttp2::goUnquote_data()
{
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("plain") << QByteArray("text/html") << QByteArray("text/html");
    QTest::newRow("escaped quote")
        << QByteArray("W/\\\"6b0c3141-b01\\\"") << QByteArray("W/\"6b0c3141-b01\"");
    QTest::newRow("backslash, tab") << QByteArray("a\\\\b\\tc") << QByteArray("a\\b\tc");
    QTest::newRow("hex byte") << QByteArray("\\xff\\x00") << QByteArray::fromHex("ff00");
    QTest::newRow("unicode") << QByteArray("caf\\u00e9") << QByteArray("caf\xc3\xa9");
}

void TestHttp2::goUnquote()
{
    QFETCH(QByteArray, quoted);
    QFETCH(QByteArray, plain);
    QCOMPARE(EcaptureHttp2TextParser::goUnquote(quoted), plain);
}

void TestHttp2::ecaptureTextRendering()
{
    const QByteArray req =
        "\nFrame Type\t=>\tSETTINGS\nFrame StreamID\t=>\t0\n"
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t39\n"
        "header field \":method\" = \"GET\"\n"
        "header field \":path\" = \"/\"\n"
        "header field \":authority\" = \"cdn.example.net\"\n"
        "header field \"etag\" = \"W/\\\"1\\\"\"\n\n"
        "Frame Type\t=>\tHEADERS\nFrame StreamID\t=>\t15\nFrame Length\t=>\t9\n"
        "header field \":method\" = \"GET\"\n"
        "header field \":path\" = \"/b.css\"\n\n";
    // DATA printed raw; its text contains a line that looks like a frame block.
    const QByteArray body = "line1\nFrame Type\t=>\tHEADERS\nend</html>\n";
    const QByteArray resp =
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t20\n"
        "header field \":status\" = \"200\"\n"
        "header field \"content-type\" = \"text/html\"\n\n"
        "Frame Type\t=>\tDATA\nFrame StreamID\t=>\t13\nFrame Length\t=>\t" +
        QByteArray::number(body.size()) + "\n" + body + "\n\n" +
        "Frame Type\t=>\tHEADERS\nFrame StreamID\t=>\t15\nFrame Length\t=>\t9\n"
        "header field \":status\" = \"304\"\n\n";
    const Item q = item(Direction::Send, req, PayloadFormat::Http2Rendering);
    Item p = item(Direction::Recv, resp, PayloadFormat::Http2Rendering);
    p.ecaptureType = 4;
    const HttpCaptureAnalysis an = HttpDissector::analyze({q, p});
    QVERIFY(an.http2);
    QCOMPARE(an.exchanges.size(), 2);
    const HttpMessage &r13 = an.messages[an.exchanges[0].request];
    QCOMPARE(r13.streamId, quint32(13));
    QCOMPARE(r13.method, QByteArray("GET"));
    QCOMPARE(r13.host(), QByteArray("cdn.example.net"));
    QCOMPARE(httpHeaderValue(r13.headers, "etag"), QByteArray("W/\"1\""));
    const HttpMessage &p13 = an.messages[an.exchanges[0].response];
    QCOMPARE(p13.statusCode, 200);
    QCOMPARE(p13.body, body);
    const qint64 at = resp.indexOf(body);
    QCOMPARE(p13.bodyRanges, (QVector<HttpByteRange>{{1, at, at + body.size()}}));
    QCOMPARE(an.messages[an.exchanges[1].response].statusCode, 304);
    QCOMPARE(an.messages[an.exchanges[1].request].target, QByteArray("/b.css"));
}

void TestHttp2::ecaptureMergedGzipBody()
{
    const QByteArray json = "{\n \"report\": \"weekly\"\n}\n";
    const QByteArray resp =
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t20\n"
        "header field \":status\" = \"200\"\n"
        "header field \"content-type\" = \"application/json\"\n"
        "header field \"content-encoding\" = \"gzip\"\n\n"
        "Frame Type\t=>\tDATA\nFrame StreamID\t=>\t13\nFrame Length\t=>\t692\n"
        "Partial entity body with gzip encoding ... \n\n"
        "Merged Data Frame, StreamID\t=>\t13\n"
        "Merged Data Frame, Final Length\t=>\t" +
        QByteArray::number(json.size()) + "\n\n" + json + "\n";
    const EcaptureHttp2TextParser::Result r = EcaptureHttp2TextParser::parse(resp);
    QCOMPARE(r.events.size(), 3);
    QVERIFY(r.events[1].ecapturePlaceholder);
    QVERIFY(r.events[2].ecaptureMerged);
    Item p = item(Direction::Recv, resp, PayloadFormat::Http2Rendering);
    p.ecaptureType = 4;
    const HttpCaptureAnalysis an = HttpDissector::analyze({p});
    QCOMPARE(an.messages.size(), 1);
    QCOMPARE(an.messages[0].body, json);
    QVERIFY(!an.messages[0].isRequest);
    QVERIFY(an.messages[0].decodeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
