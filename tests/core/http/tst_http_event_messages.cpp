// SPDX-License-Identifier: Apache-2.0
// Per-event HTTP facts: several messages in one event, interim 1xx responses, request body
// fields, HTTP/2 control frames, HPACK state missing versus a compression error, eCapture's
// rendering of a connection it joined late, joined cookie crumbs, `http.messages` in -T jsonl.
#include <QtTest>

#include <nghttp2/nghttp2.h>
#include <QJsonArray>
#include <QJsonObject>

#include "core/export/curl_command.h"
#include "core/fields/event_columns.h"
#include "core/fields/field_registry.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"

#include "common/http2_frames.h"

using namespace ecv;

namespace {

using Item = HttpDissector::Item;

Item item(Direction dir, const QByteArray &data, PayloadFormat format = PayloadFormat::Raw,
          qint64 type = -1)
{
    static quint32 frameNo = 0;
    Item it;
    it.frameNumber = ++frameNo;
    it.eventIndex = int(frameNo);
    it.timeNs = qint64(frameNo) * 1000000;
    it.direction = dir;
    it.format = format;
    it.ecaptureType = type;
    it.data = data;
    return it;
}

QByteArray frame(quint8 type, quint8 flags, quint32 sid, const QByteArray &payload)
{
    return test::http2Frame(type, flags, sid, payload);
}

class Encoder
{
public:
    Encoder() { nghttp2_hd_deflate_new(&m_d, 4096); }
    ~Encoder() { nghttp2_hd_deflate_del(m_d); }
    QByteArray encode(const test::HeaderFields &fields) { return test::hpackEncode(m_d, fields); }

private:
    nghttp2_hd_deflater *m_d = nullptr;
};

QByteArray be32(quint32 v)
{
    QByteArray b;
    for (int shift = 24; shift >= 0; shift -= 8)
        b += char((v >> shift) & 0xff);
    return b;
}

const QByteArray Preface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

struct Analysed
{
    QVector<Item> items;
    HttpCaptureAnalysis analysis;
    QVector<HttpEventFields> fields;
};

Analysed analyse(const QVector<Item> &items)
{
    Analysed a;
    a.items = items;
    a.analysis = HttpDissector::analyze(items);
    a.fields = HttpFields::forAll(a.analysis, items);
    return a;
}

/** Summaries of the messages beginning in an event, as `-T text` names them. */
QStringList summaries(const HttpEventFields &f)
{
    QStringList out;
    for (const HttpEventFields &m : f.messages)
        out << m.summary;
    return out;
}

} // namespace

class TestHttpEventMessages : public QObject
{
    Q_OBJECT
private slots:
    void severalMessages_data();
    void severalMessages();
    void pairingNamesTheMessage();
    void interim_data();
    void interim();
    void requestBodyFields_data();
    void requestBodyFields();
    void controlFrames_data();
    void controlFrames();
    void hpackLoss_data();
    void hpackLoss();
    void lateJoinedRendering_data();
    void lateJoinedRendering();
    void cookieCrumbsJoined();
    void jsonlMessagesArray();
};

void TestHttpEventMessages::severalMessages_data()
{
    QTest::addColumn<QVector<Item>>("items");
    QTest::addColumn<int>("event");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("pipelined HTTP/1 requests")
        << QVector<Item>{item(Direction::Send, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                               "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"),
                         item(Direction::Recv,
                              "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
                              "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")}
        << 0 << QStringList{"GET /a HTTP/1.1", "GET /b HTTP/1.1"};
    QTest::newRow("pipelined HTTP/1 responses")
        << QVector<Item>{item(Direction::Send, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                               "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"),
                         item(Direction::Recv,
                              "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
                              "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")}
        << 1 << QStringList{"HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found"};
    Encoder c;
    const QByteArray h1 = frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/a"}}));
    const QByteArray h3 = frame(1, 0x5, 3, c.encode({{":method", "GET"}, {":path", "/b"}}));
    const QByteArray h5 = frame(1, 0x5, 5, c.encode({{":method", "POST"}, {":path", "/c"}}));
    QTest::newRow("HTTP/2 HEADERS of three streams")
        << QVector<Item>{item(Direction::Send, Preface + frame(4, 0, 0, {}) + h1 + h3 + h5)} << 0
        << QStringList{"GET /a HTTP/2", "GET /b HTTP/2", "POST /c HTTP/2"};
}

void TestHttpEventMessages::severalMessages()
{
    QFETCH(QVector<Item>, items);
    QFETCH(int, event);
    QFETCH(QStringList, expected);
    const Analysed a = analyse(items);
    const HttpEventFields &f = a.fields[event];
    QCOMPARE(summaries(f), expected);
    // -T text and the Info column name them all, comma-separated.
    QCOMPARE(f.info, expected.join(QLatin1String(", ")));
    // The flat fields stay those of the first message.
    QVERIFY(f.present);
    QCOMPARE(f.message, f.messages.first().message);
    for (int k = 0; k < f.messages.size(); ++k)
        QVERIFY(f.messages[k].messages.isEmpty());
}

void TestHttpEventMessages::pairingNamesTheMessage()
{
    // Two requests in event 0, their responses in events 1 and 2: each response's request_in
    // is event 0, and its pairing names the second message there.
    const Analysed a =
        analyse({item(Direction::Send, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"),
                 item(Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
                 item(Direction::Recv, "HTTP/1.1 201 Created\r\n"
                                       "Content-Length: 0\r\n\r\n")});
    const HttpEventFields &req = a.fields[0];
    QCOMPARE(req.messages.size(), 2);
    QCOMPARE(req.messages[0].responseIn, a.items[1].frameNumber);
    QCOMPARE(req.messages[1].responseIn, a.items[2].frameNumber);
    const HttpEventFields &second = a.fields[2];
    QCOMPARE(second.requestIn, a.items[0].frameNumber);
    const int other = a.analysis.pairedMessage(second.message);
    QCOMPARE(other, req.messages[1].message);
    QCOMPARE(a.analysis.messages[other].target, QByteArray("/b"));
}

void TestHttpEventMessages::interim_data()
{
    QTest::addColumn<QVector<Item>>("items");
    QTest::addColumn<QString>("interimInfo");
    QTest::addColumn<qint64>("streamId");
    QTest::addColumn<int>("finalEvent");

    QTest::newRow("HTTP/1 100 Continue alone")
        << QVector<Item>{item(Direction::Send,
                              "POST /up HTTP/1.1\r\nHost: x\r\n"
                              "Expect: 100-continue\r\nContent-Length: 2\r\n\r\nhi"),
                         item(Direction::Recv, "HTTP/1.1 100 Continue\r\n\r\n"),
                         item(Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")}
        << QStringLiteral("HTTP/1.1 100 Continue (interim)") << qint64(-1) << 2;
    QTest::newRow("HTTP/1 103 Early Hints alone")
        << QVector<Item>{item(Direction::Send, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
                         item(Direction::Recv, "HTTP/1.1 103 Early Hints\r\n"
                                               "Link: </s.css>; rel=preload\r\n\r\n"),
                         item(Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")}
        << QStringLiteral("HTTP/1.1 103 Early Hints (interim)") << qint64(-1) << 2;
    Encoder c;
    Encoder s;
    QTest::newRow("HTTP/2 :status 103 alone")
        << QVector<Item>{item(Direction::Send,
                              Preface + frame(4, 0, 0, {}) +
                                  frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/"}}))),
                         item(Direction::Recv,
                              frame(4, 0, 0, {}) +
                                  frame(1, 0x4, 1,
                                        s.encode({{":status", "103"},
                                                  {"link", "</s.css>; rel=preload"}}))),
                         item(Direction::Recv,
                              frame(1, 0x4, 1,
                                    s.encode({{":status", "200"}, {"content-type", "text/html"}})) +
                                  frame(0, 1, 1, "<p>"))}
        << QStringLiteral("HTTP/2 :status 103 (interim)") << qint64(1) << 2;
}

void TestHttpEventMessages::interim()
{
    QFETCH(QVector<Item>, items);
    QFETCH(QString, interimInfo);
    QFETCH(qint64, streamId);
    QFETCH(int, finalEvent);
    const Analysed a = analyse(items);
    const HttpEventFields &i = a.fields[1];
    QCOMPARE(i.info, interimInfo);
    QVERIFY(!i.present); // an interim response is not the event's final response
    QCOMPARE(i.messages.size(), 1);
    QVERIFY(i.messages[0].interim);
    QCOMPARE(i.http2StreamId, streamId);
    QCOMPARE(i.messages[0].http2StreamId, streamId);
    // The request pairs with the final response.
    QCOMPARE(a.fields[0].responseIn, a.items[finalEvent].frameNumber);
    QCOMPARE(a.fields[finalEvent].requestIn, a.items[0].frameNumber);
    QCOMPARE(a.fields[finalEvent].responseCode, 200);
    // The final response's exchange lists the interim one (the HTTP tab shows its fields).
    const HttpMessage &fin = a.analysis.messages[a.fields[finalEvent].message];
    QCOMPARE(a.analysis.exchanges[fin.exchange].interim.size(), 1);
}

void TestHttpEventMessages::requestBodyFields_data()
{
    QTest::addColumn<QVector<Item>>("items");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<qint64>("bodyLength");

    QTest::newRow("POST, body in the same event")
        << QVector<Item>{item(Direction::Send, "POST /api HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Type: application/json; charset=utf-8\r\n"
                                               "Content-Length: 7\r\n\r\n{\"a\":1}")}
        << QStringLiteral("application/json") << qint64(7);
    QTest::newRow("PUT, body over later events")
        << QVector<Item>{item(Direction::Send, "PUT /f HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Type: text/plain\r\n"
                                               "Content-Length: 10\r\n\r\nabc"),
                         item(Direction::Send, "defg"), item(Direction::Send, "hij")}
        << QStringLiteral("text/plain") << qint64(10);
    QTest::newRow("chunked POST") << QVector<Item>{item(Direction::Send,
                                                        "POST /c HTTP/1.1\r\nHost: x\r\n"
                                                        "Content-Type: text/csv\r\n"
                                                        "Transfer-Encoding: chunked\r\n\r\n"
                                                        "3\r\na,b\r\n0\r\n\r\n")}
                                  << QStringLiteral("text/csv") << qint64(3);
    QTest::newRow("GET without a body")
        << QVector<Item>{item(Direction::Send, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")} << QString()
        << qint64(-1);
    Encoder c;
    QTest::newRow("HTTP/2 POST with DATA")
        << QVector<Item>{item(
               Direction::Send,
               Preface + frame(4, 0, 0, {}) +
                   frame(1, 0x4, 1,
                         c.encode({{":method", "POST"},
                                   {":path", "/f"},
                                   {"content-type", "application/x-www-form-urlencoded"}})) +
                   frame(0, 1, 1, "a=1&b=2"))}
        << QStringLiteral("application/x-www-form-urlencoded") << qint64(7);
}

void TestHttpEventMessages::requestBodyFields()
{
    QFETCH(QVector<Item>, items);
    QFETCH(QString, contentType);
    QFETCH(qint64, bodyLength);
    const Analysed a = analyse(items);
    const HttpEventFields &f = a.fields[0];
    QVERIFY(f.present && f.isRequest);
    QCOMPARE(f.contentType, contentType);
    QCOMPARE(f.bodyLength, bodyLength);
    // Through the registry, as -T jsonl prints them.
    CapturedEvent e;
    e.frameNumber = a.items[0].frameNumber;
    const QJsonObject o = FieldRegistry::eventObject(EventFieldContext(e, &f));
    QCOMPARE(o.contains(QLatin1String("http.content_type")), !contentType.isEmpty());
    QCOMPARE(o.contains(QLatin1String("http.body_length")), bodyLength >= 0);
    if (bodyLength >= 0)
        QCOMPARE(o.value(QLatin1String("http.body_length")).toInteger(), bodyLength);
}

void TestHttpEventMessages::controlFrames_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QVector<qint64>>("errorCodes");
    QTest::addColumn<QVector<qint64>>("lastStreams");

    QTest::newRow("SETTINGS ACK, WINDOW_UPDATE, PING")
        << (frame(4, 1, 0, {}) + frame(8, 0, 0, be32(65535)) + frame(6, 0, 0, QByteArray(8, 'p')))
        << QStringLiteral("SETTINGS[0], WINDOW_UPDATE[0], PING[0]")
        << QStringList{"SETTINGS", "WINDOW_UPDATE", "PING"} << QVector<qint64>{}
        << QVector<qint64>{};
    QTest::newRow("GOAWAY NO_ERROR")
        << frame(7, 0, 0, be32(5) + be32(0))
        << QStringLiteral("GOAWAY[0] (NO_ERROR, last stream 5)") << QStringList{"GOAWAY"}
        << QVector<qint64>{0} << QVector<qint64>{5};
    QTest::newRow("GOAWAY ENHANCE_YOUR_CALM, RST_STREAM CANCEL")
        << (frame(3, 0, 3, be32(8)) + frame(7, 0, 0, be32(3) + be32(0xb) + "calm down"))
        << QStringLiteral("RST_STREAM[3] (CANCEL), GOAWAY[0] (ENHANCE_YOUR_CALM, last stream 3)")
        << QStringList{"RST_STREAM", "GOAWAY"} << QVector<qint64>{8, 0xb} << QVector<qint64>{3};
    QTest::newRow("RST_STREAM with an unknown code")
        << frame(3, 0, 7, be32(0x77)) << QStringLiteral("RST_STREAM[7] (0x77)")
        << QStringList{"RST_STREAM"} << QVector<qint64>{0x77} << QVector<qint64>{};
}

void TestHttpEventMessages::controlFrames()
{
    QFETCH(QByteArray, frames);
    QFETCH(QString, info);
    QFETCH(QStringList, types);
    QFETCH(QVector<qint64>, errorCodes);
    QFETCH(QVector<qint64>, lastStreams);
    Encoder c;
    Encoder s;
    const Analysed a =
        analyse({item(Direction::Send,
                      Preface + frame(4, 0, 0, {}) +
                          frame(1, 0x5, 1, c.encode({{":method", "GET"}, {":path", "/"}}))),
                 item(Direction::Recv,
                      frame(4, 0, 0, {}) + frame(1, 0x5, 1, s.encode({{":status", "204"}}))),
                 item(Direction::Recv, frames)});
    const HttpEventFields &f = a.fields[2];
    QCOMPARE(f.protocol, QStringLiteral("HTTP2"));
    QCOMPARE(f.info, info);
    QCOMPARE(f.http2Types, types);
    QCOMPARE(f.http2ErrorCodes, errorCodes);
    QCOMPARE(f.http2LastStreamIds, lastStreams);
    CapturedEvent e;
    const EventFieldContext context(e, &f);
    QCOMPARE(EventColumns::info(context), info);
    const QJsonObject o = FieldRegistry::eventObject(context);
    QJsonArray want;
    for (const QString &t : types)
        want.append(t);
    QCOMPARE(o.value(QLatin1String("http2.type")).toArray(), want);
    QCOMPARE(o.value(QLatin1String("http2.error_code")).toArray().size(), errorCodes.size());
    if (!errorCodes.isEmpty())
        QCOMPARE(o.value(QLatin1String("http2.error_code")).toArray().first().toInteger(),
                 errorCodes.first());
}

void TestHttpEventMessages::hpackLoss_data()
{
    QTest::addColumn<bool>("withPreface");
    QTest::addColumn<int>("loss");
    QTest::addColumn<QString>("summary");

    QTest::newRow("attached mid-connection: state missing")
        << false << int(HttpMessage::HeaderLoss::StateMissing)
        << QStringLiteral("GET ? HTTP/2 (headers unknown)");
    QTest::newRow("captured from the preface: compression error")
        << true << int(HttpMessage::HeaderLoss::CompressionError)
        << QStringLiteral("GET ? HTTP/2 (headers unknown)");
}

void TestHttpEventMessages::hpackLoss()
{
    QFETCH(bool, withPreface);
    QFETCH(int, loss);
    QFETCH(QString, summary);
    // Indexed field 70 refers to a dynamic-table entry that no block ever added: with the
    // preface captured, that is the peer's compression error; without, lost state.
    const QByteArray bad = frame(1, 0x5, 3,
                                 QByteArray::fromHex("82"
                                                     "c6"));
    const QByteArray start = withPreface ? Preface + frame(4, 0, 0, {}) : QByteArray();
    const Analysed a = analyse({item(Direction::Send, start + bad)});
    const int idx = a.fields[0].message;
    QVERIFY(idx >= 0);
    const HttpMessage &m = a.analysis.messages[idx];
    QVERIFY(m.headersUnknown);
    QCOMPARE(int(m.headerLoss), loss);
    QCOMPARE(a.fields[0].info, summary);
    if (loss == int(HttpMessage::HeaderLoss::CompressionError)) {
        // nghttp2's own words for the failure.
        QCOMPARE(m.headerError, QString::fromLatin1(nghttp2_strerror(NGHTTP2_ERR_HEADER_COMP)));
        QVERIFY(m.headerLossText().contains(m.headerError));
    } else {
        QVERIFY(m.headerLossText().contains(QLatin1String("state missing")));
    }
    // A response whose status is unknown is titled so, never "HTTP/2 -1".
    HttpMessage r;
    r.httpMajor = 2;
    r.isRequest = false;
    r.streamId = 9;
    r.headersUnknown = true;
    QCOMPARE(HttpFields::summary(r), QStringLiteral("HTTP/2 stream 9 response (headers unknown)"));
}

void TestHttpEventMessages::lateJoinedRendering_data()
{
    QTest::addColumn<qint64>("requestType");
    // eCapture renders a request as type 2 only after a preface; on a connection it joined
    // late its HTTP2Response parser (which accepts any frame header) renders both directions.
    QTest::newRow("requests as type 4") << qint64(4);
    QTest::newRow("requests as type 2") << qint64(2);
}

void TestHttpEventMessages::lateJoinedRendering()
{
    QFETCH(qint64, requestType);
    // eCapture joined the connection late: it renders requests with "Incorrect HPACK context"
    // and no fields, but its responses still carry :status and content-type.
    const QByteArray req =
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t20\n"
        "Incorrect HPACK context, Please use PCAP mode to get correct header "
        "fields ...\n"
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t15\nFrame Length\t=>\t9\n"
        "Incorrect HPACK context, Please use PCAP mode to get correct header "
        "fields ...\n";
    const QByteArray resp13 =
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t13\nFrame Length\t=>\t20\n"
        "header field \":status\" = \"200\"\n"
        "header field \"content-type\" = \"application/json\"\n"
        "\nFrame Type\t=>\tDATA\nFrame StreamID\t=>\t13\nFrame Length\t=>\t2\n"
        "{}\n";
    const QByteArray resp15 =
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t15\nFrame Length\t=>\t9\n"
        "Incorrect HPACK context, Please use PCAP mode to get correct header "
        "fields ...\n"
        "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t17\nFrame Length\t=>\t9\n"
        "header field \":status\" = \"404\"\n"
        "header field \"content-type\" = \"text/plain\"\n";
    const Analysed a =
        analyse({item(Direction::Send, req, PayloadFormat::Http2Rendering, requestType),
                 item(Direction::Recv, resp13, PayloadFormat::Http2Rendering, 4),
                 item(Direction::Recv, resp15, PayloadFormat::Http2Rendering, 4)});
    const HttpEventFields &r13 = a.fields[1];
    QVERIFY(r13.present);
    QVERIFY(!r13.isRequest);
    QCOMPARE(r13.responseCode, 200);
    QCOMPARE(r13.contentType, QStringLiteral("application/json"));
    QCOMPARE(r13.http2StreamId, qint64(13));
    QCOMPARE(r13.requestIn, a.items[0].frameNumber);
    // Event 2: stream 15's response lost its fields, stream 17's kept them.
    const HttpEventFields &r2 = a.fields[2];
    QCOMPARE(r2.messages.size(), 2);
    QCOMPARE(r2.messages[0].responseCode, -1);
    QCOMPARE(r2.messages[1].responseCode, 404);
    QCOMPARE(r2.messages[1].contentType, QStringLiteral("text/plain"));
    QCOMPARE(r2.messages[1].http2StreamId, qint64(17));
    const HttpMessage &lost = a.analysis.messages[r2.messages[0].message];
    QVERIFY(lost.headersUnknown);
    QCOMPARE(lost.headerLoss, HttpMessage::HeaderLoss::StateMissing);
    // The requests are titled as requests whose headers eCapture could not decode.
    QCOMPARE(a.fields[0].info, QStringLiteral("HTTP/2 stream 13 request (headers unknown), "
                                              "HTTP/2 stream 15 request (headers unknown)"));
}

void TestHttpEventMessages::cookieCrumbsJoined()
{
    HttpMessage m;
    m.headers = {{"cookie", "a=1"}, {"user-agent", "x"}, {"cookie", "b=2"}, {"cookie", "c=3"}};
    QCOMPARE(m.joinedCookie(), QByteArray("a=1; b=2; c=3"));
    // cURL sends the joined form once, where the first crumb was.
    m.httpMajor = 2;
    m.method = "GET";
    m.target = "/";
    m.headers.prepend({":authority", "h"});
    const QString curl = CurlCommand::fromRequest(m);
    QCOMPARE(curl.count(QLatin1String("cookie")), 1);
    QVERIFY2(curl.contains(QLatin1String("-H 'cookie: a=1; b=2; c=3'")), qPrintable(curl));
    m.headers = {{"cookie", "a=1; b=2"}};
    QVERIFY(m.joinedCookie().isNull()); // one field: nothing to join
}

void TestHttpEventMessages::jsonlMessagesArray()
{
    const Analysed a = analyse({item(Direction::Send, "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
                                                      "POST /b HTTP/1.1\r\nHost: h\r\n"
                                                      "Content-Type: text/plain\r\n"
                                                      "Content-Length: 3\r\n\r\nxyz"),
                                item(Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                                      "HTTP/1.1 201 Created\r\n"
                                                      "Content-Length: 0\r\n\r\n")});
    CapturedEvent e;
    e.frameNumber = a.items[0].frameNumber;
    const QJsonObject o = FieldRegistry::eventObject(EventFieldContext(e, &a.fields[0]));
    // The first message's fields stay where they were.
    QCOMPARE(o.value(QLatin1String("http.request.method")).toString(), QStringLiteral("GET"));
    QCOMPARE(o.value(QLatin1String("http.request.uri")).toString(), QStringLiteral("/a"));
    const QJsonArray messages = o.value(QLatin1String("http.messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject second = messages.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("http.request.method")).toString(), QStringLiteral("POST"));
    QCOMPARE(second.value(QLatin1String("http.request.uri")).toString(), QStringLiteral("/b"));
    QCOMPARE(second.value(QLatin1String("http.host")).toString(), QStringLiteral("h"));
    QCOMPARE(second.value(QLatin1String("http.content_type")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(second.value(QLatin1String("http.body_length")).toInteger(), 3);
    QCOMPARE(second.value(QLatin1String("http.response_in")).toInteger(),
             qint64(a.items[1].frameNumber));
    QVERIFY(!second.contains(QLatin1String("frame.number"))); // only http.* keys
    QVERIFY(!messages.at(0).toObject().contains(QLatin1String("http.body_length")));
    // The glossary lists the new fields.
    for (const char *name :
         {"http.messages", "http2.type", "http2.error_code", "http2.goaway.last_stream_id"})
        QVERIFY2(FieldRegistry::find(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TestHttpEventMessages)
#include "tst_http_event_messages.moc"
