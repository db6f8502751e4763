// SPDX-License-Identifier: Apache-2.0
// Body views (JSON re-indent of original tokens, charsets, forms, multipart, sniffing), Follow
// stream text and the conversation listing.
#include <QtTest>

#include "core/export/curl_command.h"
#include "core/http/body/body_view.h"
#include "core/http/body/text_charset.h"
#include "core/http/http_message.h"
#include "core/stream/conversation_listing.h"
#include "core/stream/follow_stream.h"

using namespace ecv;

class TestHttpBodyViews : public QObject
{
    Q_OBJECT
private slots:
    void jsonKeepsOrderAndDuplicates();
    void jsonInvalid_data();
    void jsonInvalid();
    void charset_data();
    void charset();
    void formFields();
    void multipart();
    void sniff_data();
    void sniff();
    void choose_data();
    void choose();
    void xmlIndent();
    void renderNonUtf8Text();
    void followAscii();
    void followHex();
    void conversationListing();
    void curlCommand();
};

void TestHttpBodyViews::jsonKeepsOrderAndDuplicates()
{
    const QByteArray in = R"({"z":1,"a":[1.0e+3,true,null,{}],"z":"dup\"x","e":[]})";
    const JsonReindenter::Result r = JsonReindenter::reindent(in);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const QString expected = QStringLiteral("{\n"
                                            "  \"z\": 1,\n"
                                            "  \"a\": [\n"
                                            "    1.0e+3,\n"
                                            "    true,\n"
                                            "    null,\n"
                                            "    {}\n"
                                            "  ],\n"
                                            "  \"z\": \"dup\\\"x\",\n"
                                            "  \"e\": []\n"
                                            "}");
    QCOMPARE(r.text, expected);
    // Tokens: the first is '{', then the key "z".
    QCOMPARE(r.tokens[1].kind, JsonReindenter::TokenKind::Key);
    QCOMPARE(r.text.mid(r.tokens[1].begin, r.tokens[1].length), QStringLiteral("\"z\""));
    int strings = 0;
    int keys = 0;
    for (const auto &t : r.tokens) {
        strings += t.kind == JsonReindenter::TokenKind::String;
        keys += t.kind == JsonReindenter::TokenKind::Key;
    }
    QCOMPARE(keys, 4);
    QCOMPARE(strings, 1);
}

void TestHttpBodyViews::jsonInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("errorOffset");
    // Not JSON at all (a token JSON does not allow), as opposed to JSON that ends early; the body
    // sniffer decides on this flag, since the message itself is translated.
    QTest::addColumn<bool>("unexpectedToken");
    QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << qint64(6) << true;
    QTest::newRow("unclosed") << QByteArray("[1, [2") << qint64(6) << false;
    QTest::newRow("mismatched") << QByteArray("[1}") << qint64(2) << true;
    QTest::newRow("unterminated string") << QByteArray("{\"a") << qint64(1) << false;
}

void TestHttpBodyViews::jsonInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, errorOffset);
    QFETCH(bool, unexpectedToken);
    const JsonReindenter::Result r = JsonReindenter::reindent(json);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.errorOffset, errorOffset);
    QCOMPARE(r.unexpectedToken, unexpectedToken);
    // Nothing is lost: every non-space input byte is still in the text.
    QString squeezed = r.text;
    squeezed.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QCOMPARE(squeezed, QString::fromUtf8(json).remove(QLatin1Char(' ')));
}

void TestHttpBodyViews::charset_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    const QString zh = QStringLiteral("中文");
    QTest::newRow("GBK from header")
        << QByteArray::fromHex("d6d0cec4") << QByteArray("text/plain; charset=GBK")
        << QByteArray("gbk") << "header" << zh;
    QTest::newRow("quoted header charset")
        << zh.toUtf8() << QByteArray("text/html; charset=\"utf-8\"") << QByteArray("utf-8")
        << "header" << zh;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFhi") << QByteArray("text/plain")
                               << QByteArray("utf-8") << "bom" << QStringLiteral("hi");
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFEh\0i\0", 6) << QByteArray()
                                  << QByteArray("utf-16le") << "bom" << QStringLiteral("hi");
    QTest::newRow("JSON is UTF-8")
        << zh.toUtf8() << QByteArray("application/json") << QByteArray("utf-8") << "json" << zh;
    QTest::newRow("HTML meta Shift_JIS")
        << QByteArray("<meta charset=\"Shift_JIS\">\x93\xfa\x96\x7b") << QByteArray("text/html")
        << QByteArray("shift_jis") << "meta" << QStringLiteral("<meta charset=\"Shift_JIS\">日本");
    QTest::newRow("sniff UTF-8") << QByteArray("caf\xc3\xa9") << QByteArray("text/plain")
                                 << QByteArray("utf-8") << "sniff" << QStringLiteral("café");
    QTest::newRow("sniff legacy") << QByteArray("caf\xe9") << QByteArray("text/plain")
                                  << QByteArray("windows-1252") << "sniff"
                                  << QStringLiteral("café");
}

void TestHttpBodyViews::charset()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, charset);
    QFETCH(QString, source);
    QFETCH(QString, text);
    const TextCharset::Result r = TextCharset::decode(body, contentType);
    QCOMPARE(r.charset, charset);
    QCOMPARE(r.source, source);
    QCOMPARE(r.text, text);
    QCOMPARE(r.replaced, 0);
}

void TestHttpBodyViews::formFields()
{
    const QVector<FormUrlEncoded::Field> f =
        FormUrlEncoded::parse("username=alice&password=correct-horse&remember=1&q=a+b%26c&"
                              "zh=%E4%B8%AD&remember=2&flag");
    const QVector<FormUrlEncoded::Field> expected{
        {"username", "alice"}, {"password", "correct-horse"}, {"remember", "1"},
        {"q", "a b&c"},        {"zh", QStringLiteral("中")},  {"remember", "2"},
        {"flag", ""}};
    QCOMPARE(f, expected);
    QCOMPARE(FormUrlEncoded::parseQuery("/api/v1/stock?sku=A-1001&qty=42#x"),
             (QVector<FormUrlEncoded::Field>{{"sku", "A-1001"}, {"qty", "42"}}));
}

void TestHttpBodyViews::multipart()
{
    const QByteArray ct = "multipart/form-data; boundary=\"----XyZ\"";
    const QByteArray body = "------XyZ\r\n"
                            "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                            "hello\r\n"
                            "------XyZ\r\n"
                            "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                            "Content-Type: image/png\r\n\r\n"
                            "\x89PNG\r\n\x1a\n\r\n"
                            "------XyZ--\r\n";
    QCOMPARE(MultipartParser::boundary(ct), QByteArray("----XyZ"));
    const QVector<MultipartParser::Part> parts = MultipartParser::parse(body, "----XyZ");
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0].name, QStringLiteral("title"));
    QCOMPARE(parts[0].body, QByteArray("hello"));
    QCOMPARE(parts[1].fileName, QStringLiteral("a.png"));
    QCOMPARE(httpHeaderValue(parts[1].headers, "content-type"), QByteArray("image/png"));
    QCOMPARE(parts[1].body, QByteArray("\x89PNG\r\n\x1a\n"));
    QCOMPARE(body.mid(parts[1].offset, 8), parts[1].body);
    const BodyView::Rendered v = BodyView::render(body, ct);
    QCOMPARE(v.kind, BodyView::Kind::Multipart);
    QCOMPARE(v.parts.size(), 2);
}

void TestHttpBodyViews::sniff_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                         << QByteArray("image/png");
    QTest::newRow("jpeg") << QByteArray::fromHex("ffd8ffe000104a464946")
                          << QByteArray("image/jpeg");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00") << QByteArray("image/gif");
    QTest::newRow("json") << QByteArray(" {\"a\": [1]}") << QByteArray("application/json");
    QTest::newRow("html") << QByteArray("<!doctype html>\n<html>") << QByteArray("text/html");
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                         << QByteArray("image/svg+xml");
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><a/>")
                         << QByteArray("application/xml");
    QTest::newRow("gzip") << QByteArray::fromHex("1f8b0800") << QByteArray("application/gzip");
    QTest::newRow("zstd") << QByteArray::fromHex("28b52ffd00") << QByteArray("application/zstd");
    QTest::newRow("binary") << QByteArray::fromHex("0cfadfbee33437c56abab9d6f36c7dd5")
                            << QByteArray("application/octet-stream");
    QTest::newRow("text") << QByteArray("ts=1764424801 sym=EXA\n") << QByteArray("text/plain");
}

void TestHttpBodyViews::sniff()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QCOMPARE(BodyView::sniffMediaType(body), type);
}

void TestHttpBodyViews::choose_data()
{
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("json") << QByteArray("application/json") << QByteArray("{}")
                          << int(BodyView::Kind::Json);
    QTest::newRow("problem+json") << QByteArray("application/problem+json")
                                  << QByteArray("{\"a\":1}") << int(BodyView::Kind::Json);
    QTest::newRow("json type, text body")
        << QByteArray("application/json") << QByteArray("not json") << int(BodyView::Kind::Text);
    QTest::newRow("png declared as text")
        << QByteArray("text/plain") << QByteArray::fromHex("89504e470d0a1a0a")
        << int(BodyView::Kind::Image);
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=1")
                          << int(BodyView::Kind::Form);
    QTest::newRow("octet-stream json") << QByteArray("application/octet-stream")
                                       << QByteArray("[1,2]") << int(BodyView::Kind::Json);
    QTest::newRow("binary") << QByteArray() << QByteArray::fromHex("000102030405")
                            << int(BodyView::Kind::Hex);
    QTest::newRow("css") << QByteArray("text/css") << QByteArray("body{}")
                         << int(BodyView::Kind::Text);
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<a/>")
                         << int(BodyView::Kind::Xml);
    QTest::newRow("empty") << QByteArray("text/html") << QByteArray() << int(BodyView::Kind::Empty);
}

void TestHttpBodyViews::choose()
{
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(BodyView::choose(declared, body)), kind);
}

void TestHttpBodyViews::xmlIndent()
{
    QString err;
    QCOMPARE(BodyView::xmlIndented("<a><b x=\"1\">t</b><c/></a>", &err),
             QStringLiteral("<a>\n  <b x=\"1\">t</b>\n  <c/>\n</a>\n"));
    QVERIFY(BodyView::xmlIndented("<a><b></a>", &err).isEmpty());
    QVERIFY(!err.isEmpty());
}

void TestHttpBodyViews::renderNonUtf8Text()
{
    const BodyView::Rendered v =
        BodyView::render(QByteArray::fromHex("c4e3bac3a3accac0bde7"), "text/plain; charset=gb2312");
    QCOMPARE(v.kind, BodyView::Kind::Text);
    QCOMPARE(v.text, QStringLiteral("你好，世界"));
    QVERIFY(v.note.isEmpty());
    const BodyView::Rendered bad = BodyView::render("ok \xff\xfe end", "text/plain; charset=utf-8");
    QCOMPARE(bad.text, QStringLiteral("ok \uFFFD\uFFFD end"));
    QVERIFY(bad.note.contains(QLatin1String("2 invalid")));
}

void TestHttpBodyViews::followAscii()
{
    QVector<HttpDissector::Item> items(3);
    items[0].direction = Direction::Send;
    items[0].data = "GET / HTTP/1.1\r\n\r\n";
    items[1].direction = Direction::Recv;
    items[1].data = "HTTP/1.1 200 OK\r\n\r\nhi\x01";
    items[2].direction = Direction::Recv; // empty: skipped
    const QVector<FollowStream::Segment> segs = FollowStream::segments(items);
    QCOMPARE(segs.size(), 2);
    const QString text =
        FollowStream::text(segs, FollowStream::Mode::Ascii, QStringLiteral("10.0.0.1:40000"),
                           QStringLiteral("10.0.0.2:443"), 3);
    const QString expected =
        QStringLiteral("\n===================================================================\n"
                       "Follow: tcp,ascii\n"
                       "Filter: tcp.stream eq 3\n"
                       "Node 0: 10.0.0.1:40000\n"
                       "Node 1: 10.0.0.2:443\n"
                       "18\n"
                       "GET / HTTP/1.1\r\n\r\n\n"
                       "\t22\n"
                       "HTTP/1.1 200 OK\r\n\r\nhi.\n"
                       "===================================================================\n");
    QCOMPARE(text, expected);
}

void TestHttpBodyViews::followHex()
{
    const QString lines =
        FollowStream::hexLines("GET / HTTP/1.1\r\nHost: x\r\n", 0, QStringLiteral("\t"));
    QCOMPARE(lines, QStringLiteral("\t00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  "
                                   "GET / HT TP/1.1..\n"
                                   "\t00000010  48 6f 73 74 3a 20 78 0d  0a                       "
                                   "Host: x. .\n"));
}

void TestHttpBodyViews::conversationListing()
{
    QVector<HttpDissector::Item> items(3);
    items[0].direction = Direction::Send;
    items[0].data = QByteArray(90, 'a');
    items[0].timeNs = 2'000'000'000;
    items[1].direction = Direction::Recv;
    items[1].data = QByteArray(874, 'b');
    items[1].timeNs = 2'003'000'000;
    items[2].direction = Direction::Recv;
    items[2].data = QByteArray(26, 'c');
    items[2].timeNs = 2'500'000'000;
    const ConversationListing::Row r = ConversationListing::summarize(
        1, items, QStringLiteral("192.168.1.23:44592"), QStringLiteral("203.0.113.10:443"));
    QCOMPARE(r.framesAtoB, 1u);
    QCOMPARE(r.bytesAtoB, 90u);
    QCOMPARE(r.framesBtoA, 2u);
    QCOMPARE(r.bytesBtoA, 900u);
    const QString t = ConversationListing::text({r}, 1'000'000'000);
    QVERIFY(t.startsWith(QStringLiteral("=====")));
    QVERIFY(t.contains(QLatin1String("TCP Conversations")));
    QVERIFY2(
        t.contains(QRegularExpression(QStringLiteral(
            "  1 192\\.168\\.1\\.23:44592\\s+<-> 203\\.0\\.113\\.10:443\\s+2\\s+900 bytes\\s+1\\s+"
            "90 bytes\\s+3\\s+990 bytes\\s+1\\.000000000\\s+0\\.5000\n"))),
        qPrintable(t));
}

void TestHttpBodyViews::curlCommand()
{
    HttpMessage m;
    m.method = "POST";
    m.target = "/api/v1/cart";
    m.headers = {{"Host", "api.example.com"},
                 {"User-Agent", "curl/7.88.1"},
                 {"Content-Length", "24"},
                 {"X-Quote", "it's"}};
    m.body = "{\"sku\":\"A-1001\",\"qty\":2}";
    QCOMPARE(CurlCommand::fromRequest(m),
             QStringLiteral("curl -X 'POST' 'https://api.example.com/api/v1/cart' \\\n"
                            "  -H 'User-Agent: curl/7.88.1' \\\n"
                            "  -H 'X-Quote: it'\\''s' \\\n"
                            "  --data-binary '{\"sku\":\"A-1001\",\"qty\":2}'"));
    HttpMessage h2;
    h2.httpMajor = 2;
    h2.method = "GET";
    h2.target = "/";
    h2.headers = {{":method", "GET"},
                  {":scheme", "http"},
                  {":authority", "cdn.example.net"},
                  {":path", "/"},
                  {"accept-encoding", "gzip, deflate"}};
    QCOMPARE(CurlCommand::fromRequest(h2),
             QStringLiteral("curl --http2 'http://cdn.example.net/' \\\n"
                            "  -H 'accept-encoding: gzip, deflate' \\\n  --compressed"));
    QCOMPARE(CurlCommand::shellQuote(QByteArray("a\x01\xff'b", 5)),
             QStringLiteral("$'a\\x01\\xff\\'b'"));
}

QTEST_GUILESS_MAIN(TestHttpBodyViews)
#include "tst_http_body_views.moc"
