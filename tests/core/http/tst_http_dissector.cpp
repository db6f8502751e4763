// SPDX-License-Identifier: Apache-2.0
// HTTP/1.x dissection of a conversation: reassembly, framing, pairing.
#include <QtTest>

#include "core/http/body/body_view.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"

#include "common/gzip_of.h"

using namespace ecv;
using ecv::test::gzipOf;

namespace {

using Item = HttpDissector::Item;

Item item(Direction dir, const QByteArray &data, PayloadFormat format = PayloadFormat::Raw,
          qint64 timeMs = 0)
{
    static quint32 frame = 0;
    Item it;
    it.frameNumber = ++frame;
    it.timeNs = timeMs * 1000000;
    it.direction = dir;
    it.format = format;
    it.data = data;
    return it;
}

Item send(const QByteArray &d, qint64 ms = 0)
{
    return item(Direction::Send, d, PayloadFormat::Raw, ms);
}
Item recv(const QByteArray &d, qint64 ms = 0)
{
    return item(Direction::Recv, d, PayloadFormat::Raw, ms);
}

// "METHOD target -> status body" per exchange, for compact comparisons.
QStringList exchangesOf(const HttpCaptureAnalysis &a)
{
    QStringList out;
    for (const HttpExchange &x : a.exchanges) {
        QString s = x.request >= 0 ? QString::fromLatin1(a.messages[x.request].method + ' ' +
                                                         a.messages[x.request].target)
                                   : QStringLiteral("?");
        s += QStringLiteral(" -> ");
        for (int i : x.interim)
            s += QString::number(a.messages[i].statusCode) + QLatin1Char('+');
        if (x.response >= 0)
            s += QString::number(a.messages[x.response].statusCode) + QLatin1Char(' ') +
                 QString::fromLatin1(a.messages[x.response].body);
        else
            s += QStringLiteral("?");
        out << s;
    }
    return out;
}

} // namespace

namespace ecv {
char *toString(const HttpByteRange &r)
{
    return qstrdup(QByteArray("{" + QByteArray::number(r.item) + ", " +
                              QByteArray::number(r.begin) + ", " + QByteArray::number(r.end) +
                              "}"));
}
} // namespace ecv

class TestHttpDissector : public QObject
{
    Q_OBJECT
private slots:
    void bodySizeText_data();
    void bodySizeText();
    void exchanges_data();
    void exchanges();
    void byteRangesAcrossEvents();
    void truncatedBodyThenNextMessage();
    void informationalResponse();
    void headResponseHasNoBody();
    void ecaptureReserializedMismatch_data();
    void ecaptureReserializedMismatch();
    void ecaptureRepeatNotGlued();
    void ecaptureBodyContinuesInHexDump();
    void firstMessageStartingIn();
    void damagedInputNeverCrashes();
    void decompressionBombCapped();
    void largeConversation();
    void mutatedInputNeverCrashes();
};

void TestHttpDissector::exchanges_data()
{
    QTest::addColumn<QVector<Item>>("items");
    QTest::addColumn<QStringList>("expected");

    const QByteArray get = "GET /a HTTP/1.1\r\nHost: t\r\n\r\n";
    const QByteArray ok5 = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    QTest::newRow("one exchange") << QVector<Item>{send(get), recv(ok5)}
                                  << QStringList{"GET /a -> 200 hello"};
    QTest::newRow("request split over 3 events")
        << QVector<Item>{send("GET /a HT"), send("TP/1.1\r\nHost:"), send(" t\r\n\r\n"), recv(ok5)}
        << QStringList{"GET /a -> 200 hello"};
    QTest::newRow("body split over events")
        << QVector<Item>{send(get), recv("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhel"),
                         recv("lo wo"), recv("rld")}
        << QStringList{"GET /a -> 200 hello world"};
    QTest::newRow("pipelined: 3 requests in one event, responses in one")
        << QVector<Item>{send("GET /1 HTTP/1.1\r\nHost: t\r\n\r\nGET /2 HTTP/1.1\r\nHost: t\r\n\r\n"
                              "GET /3 HTTP/1.1\r\nHost: t\r\n\r\n"),
                         recv("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
                              "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nB"
                              "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nC")}
        << QStringList{"GET /1 -> 200 A", "GET /2 -> 200 B", "GET /3 -> 200 C"};
    QTest::newRow("keep-alive: response event holds the end of one and the start of the next")
        << QVector<Item>{send("GET /1 HTTP/1.1\r\n\r\n"),
                         recv("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab"),
                         send("GET /2 HTTP/1.1\r\n\r\n"),
                         recv("cdHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno")}
        << QStringList{"GET /1 -> 200 abcd", "GET /2 -> 404 no"};
    QTest::newRow("chunked with terminator")
        << QVector<Item>{send(get), recv("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                         "5\r\nhello\r\n1\r\n!\r\n0\r\n\r\n")}
        << QStringList{"GET /a -> 200 hello!"};
    QTest::newRow("chunked without terminator")
        << QVector<Item>{send(get), recv("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                         "5\r\nhello\r\n")}
        << QStringList{"GET /a -> 200 hello"};
    QTest::newRow("chunked split inside the size line")
        << QVector<Item>{send(get),
                         recv("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "5"),
                         recv("\r\nhello\r\n0\r\n\r\n")}
        << QStringList{"GET /a -> 200 hello"};
    QTest::newRow("chunked + gzip")
        << QVector<Item>{send(get), recv("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
                                         "Transfer-Encoding: chunked\r\n\r\n" +
                                         QByteArray::number(gzipOf("zipped!").size(), 16) + "\r\n" +
                                         gzipOf("zipped!") + "\r\n0\r\n\r\n")}
        << QStringList{"GET /a -> 200 zipped!"};
    // edge-cases.md: chunk extensions, on a request body too.
    QTest::newRow("POST chunked with extension")
        << QVector<Item>{send("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "5;ext=1\r\nhello\r\n0\r\n\r\n"),
                         recv("HTTP/1.1 204 No Content\r\n\r\n")}
        << QStringList{"POST / -> 204 "};
    QTest::newRow("chunked header over unframed raw body, next response in next event")
        << QVector<Item>{send("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"),
                         recv("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nplain"),
                         recv("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")}
        << QStringList{"GET /1 -> 200 plain", "GET /2 -> 200 ok"};
    QTest::newRow("response to end of stream")
        << QVector<Item>{send("GET /old HTTP/1.0\r\n\r\n"), recv("HTTP/1.0 200 OK\r\n\r\nuntil "),
                         recv("close")}
        << QStringList{"GET /old -> 200 until close"};
    QTest::newRow("304 has no body, next response follows")
        << QVector<Item>{send("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"),
                         recv("HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n"
                              "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")}
        << QStringList{"GET /1 -> 304 ", "GET /2 -> 200 hi"};
    QTest::newRow("response seen before its request (event order)")
        << QVector<Item>{recv(ok5), send(get)} << QStringList{"GET /a -> 200 hello"};
    QTest::newRow("leading CRLF before request line")
        << QVector<Item>{send("\r\n" + get), recv(ok5)} << QStringList{"GET /a -> 200 hello"};
}

void TestHttpDissector::exchanges()
{
    QFETCH(QVector<Item>, items);
    QFETCH(QStringList, expected);
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(exchangesOf(a), expected);
}

void TestHttpDissector::byteRangesAcrossEvents()
{
    const QVector<Item> items{send("GET /x HTTP/1.1\r\nHo"), send("st: h\r\n\r\n"),
                              recv("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab"), recv("cdef")};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.messages.size(), 2);
    const HttpMessage &req = a.messages[0];
    QCOMPARE(req.headerRanges, (QVector<HttpByteRange>{{0, 0, 19}, {1, 0, 9}}));
    QCOMPARE(req.host(), QByteArray("h"));
    QCOMPARE(req.firstItem, 0);
    const HttpMessage &resp = a.messages[1];
    QCOMPARE(resp.bodyRanges, (QVector<HttpByteRange>{{2, 38, 40}, {3, 0, 4}}));
    QCOMPARE(resp.firstItem, 2);
    QCOMPARE(resp.lastItem, 3);
    QCOMPARE(resp.body, QByteArray("abcdef"));
    QCOMPARE(a.messagesTouching(3), QVector<int>{1});
}

void TestHttpDissector::truncatedBodyThenNextMessage()
{
    // edge-cases.md: a 200 cut at 16 KiB (Content-Length 20000), then a 204 in the next event.
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 20000\r\n\r\n";
    const QByteArray partial = head + QByteArray(16384 - head.size(), 'x');
    const QVector<Item> items{send("GET /big HTTP/1.1\r\n\r\n"), recv(partial),
                              send("GET /next HTTP/1.1\r\n\r\n"),
                              recv("HTTP/1.1 204 No Content\r\n\r\n")};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(exchangesOf(a).size(), 2);
    const HttpMessage &big = a.messages[a.exchanges[0].response];
    QCOMPARE(big.statusCode, 200);
    QVERIFY(big.bodyTruncated);
    QCOMPARE(big.body.size(), 16384 - head.size());
    QVERIFY2(big.notes.join('\n').contains(
                 QStringLiteral("truncated: %1 of 20000 bytes").arg(16384 - head.size())),
             qPrintable(big.notes.join('\n')));
    const HttpMessage &next = a.messages[a.exchanges[1].response];
    QCOMPARE(next.statusCode, 204);
    QCOMPARE(a.messages[a.exchanges[1].request].target, QByteArray("/next"));
}

void TestHttpDissector::informationalResponse()
{
    // edge-cases.md: 103 Early Hints belongs to the exchange; its headers are not merged.
    const QVector<Item> items{
        send("GET / HTTP/1.1\r\nHost: t\r\n\r\n"),
        recv("HTTP/1.1 103 Early Hints\r\nLink: </logo.png>; rel=preload\r\n\r\n"
             "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nHello "
             "world!")};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.exchanges.size(), 1);
    const HttpExchange &x = a.exchanges[0];
    QCOMPARE(a.messages[x.response].statusCode, 200);
    QCOMPARE(a.messages[x.response].body, QByteArray("Hello world!"));
    QVERIFY(httpHeaderValue(a.messages[x.response].headers, "link").isNull());
    QCOMPARE(x.interim.size(), 1);
    const HttpMessage &early = a.messages[x.interim[0]];
    QCOMPARE(early.statusCode, 103);
    QVERIFY(early.interim);
    QVERIFY(early.body.isEmpty());
    QCOMPARE(httpHeaderValue(early.headers, "Link"), QByteArray("</logo.png>; rel=preload"));
    QCOMPARE(a.firstMessageStartingIn(1), x.interim[0]);
    QCOMPARE(a.firstMessageStartingIn(1, true), x.response);
}

void TestHttpDissector::headResponseHasNoBody()
{
    // edge-cases.md: HEAD response with Content-Length 1192 and br: no body, no decode, no error.
    const QVector<Item> items{
        send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n"),
        recv("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n"
             "Content-Length: 1192\r\n\r\n"),
        send("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"),
        recv("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(exchangesOf(a), (QStringList{"HEAD / -> 200 ", "GET /a -> 200 hello"}));
    const HttpMessage &head = a.messages[a.exchanges[0].response];
    QVERIFY(head.noBodyByRule);
    QCOMPARE(head.declaredLength, 1192);
    QVERIFY(head.decodeError.isEmpty());
    QVERIFY(!head.bodyTruncated);
}

void TestHttpDissector::ecaptureReserializedMismatch_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("bodySize");
    QTest::addColumn<QString>("note");
    QTest::newRow("gzip + Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1145\r\nContent-Encoding: gzip\r\n"
                      "Content-Type: text/html\r\n\r\n")
        << 2443 << QStringLiteral("declared 1145, body 2443 (decoded by eCapture)");
    QTest::newRow("chunked + gzip")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"
                      "Content-Type: text/plain\r\n\r\n")
        << 5824 << QStringLiteral("body has no chunk framing (de-chunked by eCapture)");
    QTest::newRow("chunked only") << QByteArray(
                                         "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n"
                                         "Content-Type: application/json\r\n\r\n")
                                  << 78 << QStringLiteral("de-chunked by eCapture");
}

void TestHttpDissector::ecaptureReserializedMismatch()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, bodySize);
    QFETCH(QString, note);
    QByteArray body;
    while (body.size() < bodySize)
        body += "line of already decoded text " + QByteArray::number(body.size()) + '\n';
    body.truncate(bodySize);
    const QVector<Item> items{
        item(Direction::Send, "GET / HTTP/1.1\r\nHost: t\r\n\r\n", PayloadFormat::Http1Message),
        item(Direction::Recv, headers + body, PayloadFormat::Http1Message)};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.exchanges.size(), 1);
    const HttpMessage &m = a.messages[a.exchanges[0].response];
    QCOMPARE(m.body, body); // all of it, as identity; never dropped
    QVERIFY(m.decodeError.isEmpty());
    QVERIFY2(m.notes.join('\n').contains(note), qPrintable(m.notes.join('\n')));
}

void TestHttpDissector::ecaptureRepeatNotGlued()
{
    // v1.4.0 re-flushes a response's headers without its body: a message of its own.
    const QByteArray head =
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\n";
    const QVector<Item> items{
        item(Direction::Send, "GET / HTTP/1.1\r\n\r\n", PayloadFormat::Http1Message),
        item(Direction::Recv, head + "hello", PayloadFormat::Http1Message),
        item(Direction::Recv, head, PayloadFormat::Http1Message)};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.messages.size(), 3);
    QCOMPARE(a.messages[1].body, QByteArray("hello"));
    QCOMPARE(a.messages[2].body, QByteArray());
    QCOMPARE(a.messages[2].firstItem, 2);
    QVERIFY(a.messages[2].notes.join('\n').contains(QLatin1String("repeats the header section")));
    QCOMPARE(a.pairedMessage(0), 1);
    QCOMPARE(a.pairedMessage(2), -1);
}

void TestHttpDissector::ecaptureBodyContinuesInHexDump()
{
    // v152-mixed: PUT headers as a type-1 event (Content-Length 20, no body), the body as a
    // type-0 hex.Dump event 2 s later.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000030");
    QByteArray dump;
    {
        // Go hex.Dump of the 20 bytes
        dump = "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n"
               "00000010  00 00 00 30                                       |...0|\n";
    }
    const QVector<Item> items{
        item(Direction::Send,
             "PUT /api/v1/avatar HTTP/1.1\r\nHost: api.example.com\r\nContent-Length: 20\r\n"
             "Content-Type: image/png\r\n\r\n",
             PayloadFormat::Http1Message, 1000),
        item(Direction::Send, dump, PayloadFormat::HexDumpText, 3000),
        item(Direction::Recv, "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}",
             PayloadFormat::Http1Message, 3010)};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.messages.size(), 2);
    const HttpMessage &put = a.messages[0];
    QCOMPARE(put.body, png);
    QVERIFY(!put.bodyTruncated);
    QCOMPARE(put.bodyRanges, (QVector<HttpByteRange>{{0, 99, 99}, {1, 0, 20}}));
    QCOMPARE(put.lastItem, 1);
    QCOMPARE(a.itemBytes[1], png);
    QCOMPARE(a.exchanges.size(), 1);
    QCOMPARE(a.exchanges[0].timeNs, qint64(2010) * 1000000);
    QCOMPARE(a.firstMessageStartingIn(1), -1);
}

void TestHttpDissector::firstMessageStartingIn()
{
    const QVector<Item> items{send("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"),
                              recv("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"),
                              recv("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nB")};
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    const int m = a.firstMessageStartingIn(0);
    QCOMPARE(a.messages[m].target, QByteArray("/1"));
    QCOMPARE(a.messages[a.pairedMessage(m)].body, QByteArray("A"));
    QCOMPARE(a.messages[a.firstMessageStartingIn(2)].body, QByteArray("B"));
}

void TestHttpDissector::damagedInputNeverCrashes()
{
    QVector<QByteArray> inputs{QByteArray(),
                               QByteArray("\r\n\r\n"),
                               QByteArray("HTTP/1.1"),
                               QByteArray("GET"),
                               QByteArray("HTTP/1.1 200 OK\r\nContent-Length: x"),
                               QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nab"),
                               QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "ffffffffffffffff\r\nab"),
                               QByteArray::fromHex("00ff00ff1f8b"),
                               QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x06\x04")};
    for (const QByteArray &in : inputs) {
        const HttpCaptureAnalysis a = HttpDissector::analyze({send(in), recv(in)});
        QVERIFY(a.messages.size() <= 4);
    }
}

void TestHttpDissector::decompressionBombCapped()
{
    // 64 MiB of zeros gzip to ~64 KiB; with a 1 MiB cap the body stops there, reported.
    const QByteArray bomb = gzipOf(QByteArray(64 * 1024 * 1024, '\0'));
    QVERIFY(bomb.size() < 200 * 1024);
    const QVector<Item> items{send("GET /bomb HTTP/1.1\r\n\r\n"),
                              recv("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                                   QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)};
    HttpDissector::Options opt;
    opt.decodeCap = 1024 * 1024;
    const HttpCaptureAnalysis a = HttpDissector::analyze(items, opt);
    const HttpMessage &m = a.messages[a.exchanges[0].response];
    QVERIFY(m.truncatedByCap);
    QCOMPARE(m.body.size(), 1024 * 1024);
    QCOMPARE(m.wireBodyLength, bomb.size());
    QVERIFY(m.decodeError.contains(QLatin1String("cap")));
    QCOMPARE(m.bodySizeText(),
             QStringLiteral("%1 bytes encoded → 1048576 decoded").arg(bomb.size()));
}

void TestHttpDissector::largeConversation()
{
    // 5000 keep-alive exchanges, responses cut at random points across 10000 events: every
    // exchange is found and paired (guards against quadratic lookups as well as mistakes).
    QVector<Item> items;
    QByteArray server;
    for (int i = 0; i < 5000; ++i) {
        items.append(send("GET /item/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: h\r\n\r\n"));
        const QByteArray body = "body-" + QByteArray::number(i);
        server += "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n\r\n" + body;
    }
    const qsizetype step = server.size() / 10000 + 1;
    for (qsizetype p = 0; p < server.size(); p += step)
        items.append(recv(server.mid(p, step)));
    QElapsedTimer t;
    t.start();
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    qInfo("5000 exchanges over %lld events dissected in %lld ms", qlonglong(items.size()),
          qlonglong(t.elapsed()));
    QCOMPARE(a.exchanges.size(), 5000);
    QCOMPARE(a.messages[a.exchanges[4321].request].target, QByteArray("/item/4321"));
    QCOMPARE(a.messages[a.exchanges[4321].response].body, QByteArray("body-4321"));
}

void TestHttpDissector::mutatedInputNeverCrashes()
{
    // Seeded random damage (flips, cuts, inserts, splits) to valid conversations of every shape;
    // dissection, fields and body views must finish without crashing or hanging.
    const QByteArray gz = gzipOf("compressed body text, compressed body text");
    const QVector<QPair<QByteArray, QByteArray>> seeds{
        {"GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc",
         "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
         "Content-Encoding: gzip\r\n\r\n" +
             QByteArray::number(gz.size(), 16) + "\r\n" + gz + "\r\n0\r\n\r\n"},
        {"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" +
             QByteArray::fromHex("000000040000000000"
                                 "000014010500000001"
                                 "828487410"
                                 "96c6f63616c686f73747a0e6e6768747470322f312e35322e30"),
         QByteArray::fromHex("000000040000000000"
                             "0000010104000000018800000500010000000168656c6c6f")},
        {"\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t1\nFrame Length\t=>\t3\n"
         "header field \":method\" = \"GET\"\n\n",
         "\nFrame Type\t=>\tDATA\nFrame StreamID\t=>\t1\nFrame Length\t=>\t5\nhello\n\n"
         "Merged Data Frame, StreamID\t=>\t1\nMerged Data Frame, Final Length\t=>\t9\n\nabc"}};
    QRandomGenerator rng(20261129);
    int dissected = 0;
    for (int round = 0; round < 600; ++round) {
        const auto &seed = seeds[round % seeds.size()];
        QByteArray c = seed.first;
        QByteArray r = seed.second;
        for (QByteArray *b : {&c, &r}) {
            const int edits = int(rng.bounded(4));
            for (int e = 0; e < edits && !b->isEmpty(); ++e) {
                const int at = int(rng.bounded(quint32(b->size())));
                switch (rng.bounded(4)) {
                case 0:
                    (*b)[at] = char(rng.bounded(256));
                    break;
                case 1:
                    b->truncate(at);
                    break;
                case 2:
                    b->insert(at, QByteArray(int(rng.bounded(8)) + 1, char(rng.bounded(256))));
                    break;
                default:
                    b->remove(at, int(rng.bounded(16)) + 1);
                    break;
                }
            }
        }
        const PayloadFormat fmt = round % 3 == 2   ? PayloadFormat::Http2Rendering
                                  : round % 5 == 0 ? PayloadFormat::Http1Message
                                                   : PayloadFormat::Raw;
        QVector<Item> items;
        const qsizetype cut = c.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(c.size())));
        items << item(Direction::Send, c.left(cut), fmt) << item(Direction::Recv, r, fmt)
              << item(Direction::Send, c.mid(cut), fmt);
        const HttpCaptureAnalysis a = HttpDissector::analyze(items);
        const QVector<HttpEventFields> f = HttpFields::forAll(a, items);
        QCOMPARE(f.size(), items.size());
        for (const HttpMessage &m : a.messages) {
            BodyView::render(m);
            for (const HttpByteRange &br : m.headerRanges + m.bodyRanges) {
                QVERIFY(br.item >= 0 && br.item < items.size());
                QVERIFY(br.begin >= 0 && br.begin <= br.end &&
                        br.end <= a.itemBytes[br.item].size());
            }
        }
        dissected += int(a.messages.size());
    }
    QVERIFY(dissected > 300);
}

// The size line under a body: eCapture v1's merged HTTP/2 DATA has no wire size (it was
// "0 bytes encoded → 2817 decoded"), a coded body shows both sizes, a plain one its size.
void TestHttpDissector::bodySizeText_data()
{
    QTest::addColumn<bool>("ecaptureFramed");
    QTest::addColumn<qint64>("wireLength");
    QTest::addColumn<QStringList>("codings");
    QTest::addColumn<int>("bodyLength");
    QTest::addColumn<QString>("text");
    QTest::newRow("ecapture merged data") << true << qint64(0) << QStringList() << 2817
                                          << QStringLiteral("2817 bytes (decoded by eCapture)");
    QTest::newRow("plain") << false << qint64(390) << QStringList() << 390
                           << QStringLiteral("390 bytes");
    QTest::newRow("gzip") << false << qint64(796) << QStringList{QStringLiteral("gzip")} << 8239
                          << QStringLiteral("796 bytes encoded → 8239 decoded");
    QTest::newRow("ecapture, empty")
        << true << qint64(0) << QStringList() << 0 << QStringLiteral("0 bytes");
}

void TestHttpDissector::bodySizeText()
{
    QFETCH(bool, ecaptureFramed);
    QFETCH(qint64, wireLength);
    QFETCH(QStringList, codings);
    QFETCH(int, bodyLength);
    QFETCH(QString, text);
    HttpMessage m;
    m.ecaptureFramed = ecaptureFramed;
    m.wireBodyLength = wireLength;
    m.codingsApplied = codings;
    m.body = QByteArray(bodyLength, 'x');
    QCOMPARE(m.bodySizeText(), text);
}

QTEST_GUILESS_MAIN(TestHttpDissector)
#include "tst_http_dissector.moc"
