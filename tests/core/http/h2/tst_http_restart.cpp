// SPDX-License-Identifier: Apache-2.0
// A new HTTP/2 connection on a reused tuple (same pid and 4-tuple, e.g. a looped demo or a
// reused port): a second connection preface (RFC 9113 §3.4) or eCapture v1's rendering starting
// over starts fresh HPACK and stream state; nothing pairs across the restart.
#include <QtTest>

#include <nghttp2/nghttp2.h>

#include "core/file/frame_log_reader.h"
#include "core/http/h2/http2_frame_parser.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"
#include "ecaptureq.pb.h"

#include "common/http2_frames.h"

using namespace ecv;

namespace {

using Item = HttpDissector::Item;
using Fields = QVector<QPair<QByteArray, QByteArray>>;

QByteArray frame(quint8 type, quint8 flags, quint32 sid, const QByteArray &payload)
{
    return test::http2Frame(type, flags, sid, payload);
}

// One HPACK deflater per direction of one connection (a new connection: a new deflater).
QByteArray encode(nghttp2_hd_deflater *d, const Fields &fields)
{
    return test::hpackEncode(d, fields);
}

// An nghttp-like connection: GET / on stream 13 (after nghttp's PRIORITY streams), a 200
// with a body of @p bodyLength bytes. Returns {client→server, server→client} bytes.
QPair<QByteArray, QByteArray> rawSession(int bodyLength)
{
    nghttp2_hd_deflater *c = nullptr;
    nghttp2_hd_deflater *s = nullptr;
    nghttp2_hd_deflate_new(&c, 4096);
    nghttp2_hd_deflate_new(&s, 4096);
    QByteArray client = Http2FrameParser::preface() +
                        frame(0x4, 0, 0, QByteArray::fromHex("000300000064000400010000")) +
                        frame(0x2, 0, 3, QByteArray::fromHex("00000000c9"));
    client += frame(0x1, 0x5, 13,
                    encode(c, {{":method", "GET"},
                               {":path", "/"},
                               {":scheme", "https"},
                               {":authority", "cdn.example.net"},
                               {"accept", "*/*"},
                               {"user-agent", "nghttp2/1.52.0"}}));
    client += frame(0x4, 0x1, 0, {});
    QByteArray server =
        frame(0x4, 0, 0, QByteArray::fromHex("000300000064")) + frame(0x4, 0x1, 0, {});
    server += frame(0x1, 0x4, 13,
                    encode(s, {{":status", "200"},
                               {"server", "nghttpd nghttp2/1.52.0"},
                               {"content-length", QByteArray::number(bodyLength)},
                               {"content-type", "text/html"}}));
    server += frame(0x0, 0x1, 13, QByteArray(bodyLength, 'x'));
    nghttp2_hd_deflate_del(c);
    nghttp2_hd_deflate_del(s);
    return {client, server};
}

Item item(Direction dir, const QByteArray &data, PayloadFormat format, qint64 type, int n)
{
    Item it;
    it.eventIndex = n;
    it.frameNumber = quint32(n + 1);
    it.timeNs = qint64(n + 1) * 1000000;
    it.direction = dir;
    it.format = format;
    it.ecaptureType = type;
    it.data = data;
    return it;
}

// The nghttp connection of v152-http2-nghttp (pid 2231): eCapture v1.5.2's rendering of the
// client's frames (type 2) and the server's (type 4).
QPair<QByteArray, QByteArray> renderedSession()
{
    FrameLogReader reader;
    if (!reader.readFile(QStringLiteral(ECV_TEST_DATA "/v152-http2-nghttp.jsonl"), 0))
        return {};
    QPair<QByteArray, QByteArray> out;
    for (const RawFrame &f : reader.frames()) {
        event::LogEntry e;
        if (!e.ParseFromArray(f.data.constData(), int(f.data.size())) ||
            e.payload_case() != event::LogEntry::kEventPayload || e.event_payload().pid() != 2231)
            continue;
        const QByteArray payload = QByteArray::fromStdString(e.event_payload().payload());
        (e.event_payload().type() == 2 ? out.first : out.second) = payload;
    }
    return out;
}

} // namespace

class TestHttpRestart : public QObject
{
    Q_OBJECT
private slots:
    void twoConnectionsOnOneTuple_data();
    void twoConnectionsOnOneTuple();
};

void TestHttpRestart::twoConnectionsOnOneTuple_data()
{
    QTest::addColumn<QString>("kind");  // raw | text
    QTest::addColumn<QString>("order"); // request-first | response-first | one-item-each-way
    QTest::addColumn<int>("exchanges");
    QTest::addColumn<int>("body1");
    QTest::addColumn<int>("body2");
    QTest::addColumn<QString>("info");

    QTest::newRow("raw, request first") << "raw"
                                        << "request-first" << 2 << 390 << 132 << "GET / HTTP/2";
    QTest::newRow("raw, response first") << "raw"
                                         << "response-first" << 2 << 390 << 132 << "GET / HTTP/2";
    // Both connections in one event per direction: the preface mid-item is the restart.
    QTest::newRow("raw, one item each way")
        << "raw"
        << "one-item-each-way" << 2 << 390 << 132 << "GET / HTTP/2, GET / HTTP/2";
    // eCapture v1.5.2's text rendering of nghttp's 4 requests (streams 13, 15, 17, 19).
    QTest::newRow("text, request first") << "text"
                                         << "request-first" << 8 << 390 << 390
                                         << "GET / HTTP/2, GET /css/board.css HTTP/2, GET "
                                            "/js/board.js HTTP/2, GET /img/ok.svg HTTP/2";
    QTest::newRow("text, response first") << "text"
                                          << "response-first" << 8 << 390 << 390
                                          << "GET / HTTP/2, GET /css/board.css HTTP/2, GET "
                                             "/js/board.js HTTP/2, GET /img/ok.svg HTTP/2";
}

void TestHttpRestart::twoConnectionsOnOneTuple()
{
    QFETCH(QString, kind);
    QFETCH(QString, order);
    QFETCH(int, exchanges);
    QFETCH(int, body1);
    QFETCH(int, body2);
    QFETCH(QString, info);

    const bool raw = kind == QLatin1String("raw");
    const PayloadFormat clientFormat = raw ? PayloadFormat::Raw : PayloadFormat::Http2Rendering;
    const qint64 clientType = raw ? 0 : 2;
    const qint64 serverType = raw ? 0 : 4;
    QPair<QByteArray, QByteArray> sessions[2];
    if (raw) {
        sessions[0] = rawSession(body1);
        sessions[1] = rawSession(body2);
    } else {
        sessions[0] = sessions[1] = renderedSession();
        QVERIFY(!sessions[0].first.isEmpty() && !sessions[0].second.isEmpty());
    }

    QVector<Item> items;
    QVector<int> sessionOfItem;
    auto add = [&](int session, bool client, const QByteArray &data) {
        items.append(item(client ? Direction::Send : Direction::Recv, data, clientFormat,
                          client ? clientType : serverType, int(items.size())));
        sessionOfItem.append(session);
    };
    if (order == QLatin1String("one-item-each-way")) {
        add(0, true, sessions[0].first + sessions[1].first);
        add(0, false, sessions[0].second + sessions[1].second);
    } else {
        for (int k = 0; k < 2; ++k) {
            const bool requestFirst = order == QLatin1String("request-first");
            add(k, requestFirst, requestFirst ? sessions[k].first : sessions[k].second);
            add(k, !requestFirst, requestFirst ? sessions[k].second : sessions[k].first);
        }
    }

    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QVERIFY(a.http2);
    QCOMPARE(a.exchanges.size(), exchanges);
    // Each connection's GET / on stream 13 with its own 200 response and body.
    int found[2] = {0, 0};
    const int bodies[2] = {body1, body2};
    for (const HttpExchange &x : a.exchanges) {
        QVERIFY(x.request >= 0);
        QVERIFY(x.response >= 0);
        const HttpMessage &req = a.messages[x.request];
        const HttpMessage &resp = a.messages[x.response];
        QVERIFY(!req.headersUnknown);
        QVERIFY(!resp.headersUnknown);
        QCOMPARE(resp.statusCode, 200);
        QCOMPARE(httpHeaderValues(req.headers, ":authority"), QByteArray("cdn.example.net"));
        QCOMPARE(httpHeaderValues(req.headers, ":method"), QByteArray("GET"));
        // One value per header: nothing of the other connection glued on.
        QCOMPARE(httpHeaderValues(resp.headers, ":status"), QByteArray("200"));
        if (x.streamId != 13)
            continue;
        QCOMPARE(req.target, QByteArray("/"));
        QCOMPARE(resp.bodyTruncated, false);
        int session = -1;
        if (order == QLatin1String("one-item-each-way")) {
            // Connections told apart by where in the item the bytes are.
            session = found[0] ? 1 : 0;
        } else {
            session = sessionOfItem[req.firstItem];
            QCOMPARE(sessionOfItem[resp.firstItem], session);
            QCOMPARE(sessionOfItem[resp.lastItem], session);
        }
        QCOMPARE(resp.body.size(), qsizetype(bodies[session]));
        ++found[session];
    }
    QCOMPARE(found[0], 1);
    QCOMPARE(found[1], 1);

    // The Info column: each connection's request item reads as a request, not a frame list.
    const QVector<HttpEventFields> fields = HttpFields::forAll(a, items);
    int requestInfos = 0;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].direction == Direction::Send) {
            QCOMPARE(fields[i].info, info);
            ++requestInfos;
        }
    QCOMPARE(requestInfos, order == QLatin1String("one-item-each-way") ? 1 : 2);
}

QTEST_MAIN(TestHttpRestart)
#include "tst_http_restart.moc"
