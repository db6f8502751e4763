// SPDX-License-Identifier: Apache-2.0
// Every HTTP fact of the fixtures' *.expected.json and EXPECTED-*.md, from the dissector.
// Events come from FrameLogReader + FrameDecoder + EventNormalizer, grouped into conversations
// by ConversationTracker::keyFor (the store's rule), then dissected per conversation; and the
// same through CaptureStore's own conversations.
#include <QtTest>

#include <atomic>
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/capture/capture_store.h"
#include "core/capture/conversation_tracker.h"
#include "core/fields/field_registry.h"
#include "core/file/frame_log_reader.h"
#include "core/http/http_analysis_cache.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"

using namespace ecv;

namespace {

struct Dissected
{
    QVector<CapturedEvent> events;               ///< in arrival order
    QVector<HttpEventFields> fields;             ///< per event
    QMap<quint32, HttpCaptureAnalysis> analyses; ///< per conversation id
    QMap<quint32, QVector<HttpDissector::Item>> items;
    QVector<QPair<quint32, int>> where; ///< per event: conversation id, item index
};

Dissected dissect(const QString &fixture)
{
    Dissected d;
    FrameLogReader reader;
    if (!reader.readFile(QStringLiteral(ECV_TEST_DATA "/") + fixture))
        return d;
    FrameDecoder decoder;
    EventNormalizer normalizer;
    QHash<QString, quint32> conversations; // ConversationTracker::keyFor -> id
    quint32 frameNo = 0;
    for (const RawFrame &f : reader.frames()) {
        DecodedFrame df = decoder.decode(f, ++frameNo);
        if (df.kind != DecodedFrame::Kind::Event)
            continue;
        normalizer.normalize(df.event);
        const int index = int(d.events.size());
        d.events.append(df.event);
        // The store's grouping rule (4-tuple, else pid+fd, else uuid without tid/direction);
        // the fixtures reuse no key, so the key text alone identifies a conversation here.
        const QString key = ConversationTracker::keyFor(df.event);
        quint32 conv = 0;
        if (!key.isEmpty()) {
            conv = conversations.value(key);
            if (!conv) {
                conv = quint32(conversations.size() + 1);
                conversations.insert(key, conv);
            }
        }
        if (conv == 0 || df.event.kind != EventKind::Data) {
            d.where.append({0, -1});
            continue;
        }
        d.where.append({conv, int(d.items[conv].size())});
        d.items[conv].append(HttpDissector::itemFromEvent(df.event, index));
    }
    for (auto it = d.items.cbegin(); it != d.items.cend(); ++it)
        d.analyses.insert(it.key(), HttpDissector::analyze(it.value()));
    for (int i = 0; i < d.events.size(); ++i) {
        const auto [conv, item] = d.where[i];
        d.fields.append(conv ? HttpFields::forItem(d.analyses[conv], d.items[conv], item)
                             : HttpEventFields());
    }
    return d;
}

// The message whose header section starts in event n (1-based), or nullptr.
const HttpMessage *messageAt(const Dissected &d, int n)
{
    const auto [conv, item] = d.where.value(n - 1);
    if (!conv)
        return nullptr;
    const HttpCaptureAnalysis &a = d.analyses[conv];
    const int m = a.firstMessageStartingIn(item, true);
    return m < 0 ? nullptr : &a.messages[m];
}

const HttpMessage *paired(const Dissected &d, int n)
{
    const auto [conv, item] = d.where.value(n - 1);
    if (!conv)
        return nullptr;
    const HttpCaptureAnalysis &a = d.analyses[conv];
    const int p = a.pairedMessage(a.firstMessageStartingIn(item, true));
    return p < 0 ? nullptr : &a.messages[p];
}

const QStringList ComparedKeys{"http.request.method", "http.request.uri",  "http.host",
                               "http.response.code",  "http.content_type", "http.body_length",
                               "http2.streamid"};

/** The fields `-T jsonl` prints for @p fields (the registry's http.* accessors). */
QJsonObject httpJson(const HttpEventFields &fields)
{
    static const CapturedEvent none;
    return FieldRegistry::eventObject(EventFieldContext(none, &fields));
}

} // namespace

class TestHttpFixtures : public QObject
{
    Q_OBJECT
private slots:
    void expectedJson_data();
    void expectedJson();
    void throughCaptureStore_data();
    void throughCaptureStore();
    void http1CurlFacts();
    void downloadFacts();
    void http2Facts();
    void mixedFacts();
    void v25RawFacts();
    void v140Repeats();
    void analysisCache();
};

void TestHttpFixtures::expectedJson_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList names = QDir(QStringLiteral(ECV_TEST_DATA))
                                  .entryList({QStringLiteral("*.expected.json")}, QDir::Files);
    QVERIFY(names.size() >= 8);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n;
}

void TestHttpFixtures::expectedJson()
{
    QFETCH(QString, fixture);
    QFile f(QStringLiteral(ECV_TEST_DATA "/") + fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    const Dissected d = dissect(expected.value(QStringLiteral("fixture")).toString());
    const QJsonArray events = expected.value(QStringLiteral("events")).toArray();
    QCOMPARE(d.events.size(), events.size());
    int httpEvents = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const int n = e.value(QStringLiteral("n")).toInt();
        const QJsonObject got = httpJson(d.fields[n - 1]);
        QJsonObject want;
        QJsonObject have;
        for (const QString &k : ComparedKeys) {
            if (e.contains(k))
                want.insert(k, e.value(k));
            if (got.contains(k))
                have.insert(k, got.value(k));
        }
        if (!want.isEmpty())
            ++httpEvents;
        QVERIFY2(
            have == want,
            qPrintable(
                QStringLiteral("%1 event %2: got %3, want %4")
                    .arg(fixture)
                    .arg(n)
                    .arg(QString::fromUtf8(QJsonDocument(have).toJson(QJsonDocument::Compact)))
                    .arg(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)))));
    }
    QVERIFY(httpEvents > 0 || fixture.startsWith(QLatin1String("none")));
}

void TestHttpFixtures::throughCaptureStore_data()
{
    expectedJson_data();
}

void TestHttpFixtures::throughCaptureStore()
{
    // The integration path: CaptureStore groups conversations; per conversation, items from
    // CaptureStore::event(); the same http.* facts come out.
    QFETCH(QString, fixture);
    QFile f(QStringLiteral(ECV_TEST_DATA "/") + fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(QStringLiteral(ECV_TEST_DATA "/") +
                            expected.value(QStringLiteral("fixture")).toString(),
                        &error),
             qPrintable(error));
    const QJsonArray events = expected.value(QStringLiteral("events")).toArray();
    QCOMPARE(store.eventCount(), events.size());
    QHash<int, QJsonObject> got; // event index -> fields
    for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id) {
        QVector<HttpDissector::Item> items;
        for (int ev : store.conversation(id).eventIndexes) {
            const CapturedEvent e = store.event(ev);
            if (e.kind == EventKind::Data)
                items.append(HttpDissector::itemFromEvent(e, ev));
        }
        const HttpCaptureAnalysis a = HttpDissector::analyze(items);
        for (int i = 0; i < items.size(); ++i)
            got.insert(items[i].eventIndex, httpJson(HttpFields::forItem(a, items, i)));
    }
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const int n = e.value(QStringLiteral("n")).toInt();
        QJsonObject want;
        QJsonObject have;
        for (const QString &k : ComparedKeys) {
            if (e.contains(k))
                want.insert(k, e.value(k));
            if (got.value(n - 1).contains(k))
                have.insert(k, got.value(n - 1).value(k));
        }
        QVERIFY2(have == want, qPrintable(QStringLiteral("%1 event %2").arg(fixture).arg(n)));
    }
}

void TestHttpFixtures::http1CurlFacts()
{
    const Dissected d = dissect(QStringLiteral("v152-http1-curl.jsonl"));
    // conn 3: gzip + chunked, eCapture already decoded: 5824 bytes of text.
    const HttpMessage *m = messageAt(d, 6);
    QVERIFY(m);
    QVERIFY(m->body.startsWith("SKU        | NAME"));
    QCOMPARE(m->body.size(), 5824);
    QVERIFY(m->decodeError.isEmpty());
    QVERIFY(m->notes.join('\n').contains(QLatin1String("decoded by eCapture")));
    QCOMPARE(paired(d, 6)->target, QByteArray("/assets/catalog.txt"));
    // Pairing links and timing: request #5 (EXPECTED.md frame index 31, frame.number 32)
    // <-> response #6 (frame.number 33).
    QCOMPARE(d.events[4].frameNumber, 32u);
    QCOMPARE(d.fields[4].responseIn, 33u);
    QCOMPARE(d.fields[5].requestIn, 32u);
    QVERIFY(d.fields[5].hasTime && d.fields[5].time > 0 && d.fields[5].time < 0.01);
    QCOMPARE(d.fields[5].info, QStringLiteral("HTTP/1.1 200 OK (text/plain)"));
    QCOMPARE(d.fields[5].hostColumn, QStringLiteral("shop.example.com"));
    QCOMPARE(d.fields[5].protocol, QStringLiteral("HTTP"));
    QCOMPARE(d.fields[4].info, QStringLiteral("GET /assets/catalog.txt HTTP/1.1"));
    // conn 5: POST JSON body 24 B, response 201 decoded 78 B.
    QCOMPARE(messageAt(d, 9)->body, QByteArray("{\"sku\":\"A-1001\",\"qty\":2}"));
    QVERIFY(messageAt(d, 10)->body.startsWith("{\"cart_id\":\"c-7f3a9e\",\"status\":\"created\""));
    // conn 6: form body.
    QCOMPARE(messageAt(d, 11)->body,
             QByteArray("username=alice&password=correct-horse&remember=1"));
    QCOMPARE(d.fields[10].version, QStringLiteral("HTTP/1.1"));
}

void TestHttpFixtures::downloadFacts()
{
    const Dissected d = dissect(QStringLiteral("v152-http1-download.jsonl"));
    const HttpMessage *bin = messageAt(d, 2);
    QVERIFY(bin);
    QCOMPARE(bin->body.size(), 102400);
    QCOMPARE(bin->body.left(8), QByteArray::fromHex("0cfadfbee33437c5"));
    // keep-alive connection: two exchanges paired in order
    QCOMPARE(paired(d, 4)->target, QByteArray("/api/v1/stock?sku=A-1001&qty=42"));
    QCOMPARE(paired(d, 6)->target, QByteArray("/api/v1/stock?sku=B-2002&qty=7"));
    QVERIFY(messageAt(d, 6)->body.startsWith(
        "{\"sku\":\"B-2002\",\"warehouse\":\"LHR-2\",\"on_hand\":7"));
}

void TestHttpFixtures::http2Facts()
{
    const Dissected d = dissect(QStringLiteral("v152-http2-nghttp.jsonl"));
    const auto [conv1, item1] = d.where[1];
    const HttpCaptureAnalysis &a = d.analyses[conv1];
    QVERIFY(a.http2);
    QCOMPARE(a.exchanges.size(), 4);
    const QList<QPair<QByteArray, int>> conn1{
        {"/", 390}, {"/css/board.css", 132}, {"/js/board.js", 86}, {"/img/ok.svg", 180}};
    for (int i = 0; i < 4; ++i) {
        const HttpExchange &x = a.exchanges[i];
        QCOMPARE(x.streamId, quint32(13 + 2 * i));
        QCOMPARE(a.messages[x.request].target, conn1[i].first);
        QCOMPARE(a.messages[x.request].host(), QByteArray("cdn.example.net"));
        QCOMPARE(a.messages[x.response].statusCode, 200);
        QCOMPARE(a.messages[x.response].body.size(), conn1[i].second);
    }
    QVERIFY(a.messages[a.exchanges[0].response].body.startsWith(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta char"));
    QVERIFY(a.messages[a.exchanges[3].response].body.startsWith(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0"));
    // Every message beginning in the event, as Wireshark's Info names several PDUs.
    QCOMPARE(d.fields[0].info, QStringLiteral("GET / HTTP/2, GET /css/board.css HTTP/2, "
                                              "GET /js/board.js HTTP/2, GET /img/ok.svg HTTP/2"));
    QCOMPARE(d.fields[1].info,
             QStringLiteral("HTTP/2 :status 200 (text/html), HTTP/2 :status 200 (text/css), "
                            "HTTP/2 :status 200 (text/javascript), "
                            "HTTP/2 :status 200 (image/svg+xml)"));
    QCOMPARE(d.fields[0].messages.size(), 4);
    // conn 2: gzip streams merged and gunzipped by eCapture.
    const auto [conv2, item2] = d.where[3];
    const HttpCaptureAnalysis &b = d.analyses[conv2];
    QCOMPARE(b.exchanges.size(), 2);
    const HttpMessage &json = b.messages[b.exchanges[0].response];
    QCOMPARE(json.body.size(), 2817);
    QVERIFY(json.body.startsWith("{\n \"report\": \"weekly-edge-summary\",\n \"generated\": "));
    const HttpMessage &css = b.messages[b.exchanges[1].response];
    QCOMPARE(css.body.size(), 260);
    QVERIFY(css.body.startsWith("body{font-family:system-ui,sans-serif;margin:0;col"));
    QCOMPARE(b.messages[b.exchanges[1].request].target, QByteArray("/css/site.css"));
}

void TestHttpFixtures::mixedFacts()
{
    const Dissected d = dissect(QStringLiteral("v152-mixed.jsonl"));
    // conn 1: response #1 arrives before request #2; PUT #9 has its body in hex.Dump #10.
    QCOMPARE(paired(d, 1)->target, QByteArray("/api/v1/stock?sku=C-3003&qty=11"));
    const HttpMessage *put = messageAt(d, 9);
    QVERIFY(put);
    QCOMPARE(put->method, QByteArray("PUT"));
    QCOMPARE(put->body.size(), 5622);
    QCOMPARE(put->body.left(16), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    QVERIFY(!put->bodyTruncated);
    QCOMPARE(paired(d, 9)->statusCode, 201);
    QVERIFY(paired(d, 9)->body.startsWith("{\"avatar\":\"/img/u/7340.png\",\"bytes\":5622"));
    QVERIFY(!d.fields[9].present);
    QCOMPARE(d.fields[9].info,
             QStringLiteral("Continuation of frame %1").arg(d.events[8].frameNumber));
    // conn 2: gzip + chunked, decoded by eCapture.
    QVERIFY(messageAt(d, 4)->body.startsWith(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf"));
    // conn 3: HTTP/2 response event before the request event.
    QCOMPARE(paired(d, 5)->target, QByteArray("/"));
    QCOMPARE(d.fields[5].responseIn, d.events[4].frameNumber);
    // conn 5: 404 body
    QVERIFY(
        messageAt(d, 13)->body.startsWith("<html>\r\n<head><title>404 Not Found</title></head>"));
}

void TestHttpFixtures::v25RawFacts()
{
    const Dissected d = dissect(QStringLiteral("v25-composite.jsonl"));
    // report.csv: 187 + 16384 + 16384 + 7260 bytes over 4 READ events (headers in the first),
    // 40028-byte body in the other three.
    const HttpMessage *csv = messageAt(d, 12);
    QVERIFY(csv);
    QCOMPARE(csv->body.size(), 40028);
    QCOMPARE(csv->bodyRanges.size(), 3);
    QCOMPARE(csv->headerRanges.size(), 1);
    QCOMPARE(csv->headerRanges[0].end, 187);
    QCOMPARE(csv->mediaType(), QByteArray("text/csv"));
    QCOMPARE(d.fields[12].info,
             QStringLiteral("Continuation of frame %1").arg(d.events[11].frameNumber));
    // dashboard.js: chunked + gzip on the wire, 796 B -> 8239 B.
    const HttpMessage *js = messageAt(d, 21);
    QVERIFY(js);
    QCOMPARE(js->wireBody.size(), 796);
    QCOMPARE(js->body.size(), 8239);
    QCOMPARE(js->codingsApplied, QStringList{QStringLiteral("gzip")});
    QCOMPARE(js->bodySizeText(),
             QStringLiteral("%1 bytes encoded → 8239 decoded").arg(js->wireBodyLength));
    // gotls (no fd): chunked + gzip 147 B -> 185 B JSON; paired with the WRITE.
    const HttpMessage *go = messageAt(d, 37);
    QVERIFY(go);
    QCOMPARE(go->wireBody.size(), 147);
    QCOMPARE(go->body.size(), 185);
    QCOMPARE(paired(d, 37)->target, QByteArray("/api/status.json"));
    // POST with a 52-byte JSON body -> 501
    QCOMPARE(messageAt(d, 30)->body.size(), 52);
    QCOMPARE(paired(d, 30)->statusCode, 501);
}

void TestHttpFixtures::v140Repeats()
{
    const Dissected d = dissect(QStringLiteral("v140-json-text.jsonl"));
    // Event 13 repeats event 8's response headers without the body: its own message.
    const HttpMessage *first = messageAt(d, 8);
    const HttpMessage *repeat = messageAt(d, 13);
    QVERIFY(first && repeat);
    QCOMPARE(first->body.size(), 185);
    QCOMPARE(repeat->body.size(), 0);
    QVERIFY(repeat->notes.join('\n').contains(QLatin1String("repeats the header section")));
    QCOMPARE(paired(d, 7), first);
}

void TestHttpFixtures::analysisCache()
{
    const Dissected d = dissect(QStringLiteral("v152-http1-curl.jsonl"));
    HttpAnalysisCache cache(1024 * 1024);
    std::atomic<int> loads{0};
    auto loader = [&](quint32 id) {
        ++loads;
        return d.items.value(id);
    };
    const quint32 conv = d.where[5].first; // response #6
    // Many threads ask at once: each gets the same facts; later calls hit the cache.
    QVector<HttpEventFields> got(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            const auto e = cache.get(conv, int(d.items[conv].size()), loader);
            got[t] = e->fieldsForEvent(5);
        });
    for (auto &t : threads)
        t.join();
    for (const HttpEventFields &f : got) {
        QCOMPARE(f.responseCode, 200);
        QCOMPARE(f.bodyLength, 5824);
    }
    const int before = loads;
    QVERIFY(before >= 1 && before <= 8);
    QCOMPARE(cache.get(conv, int(d.items[conv].size()), loader)->fieldsForEvent(4).uri,
             QStringLiteral("/assets/catalog.txt"));
    QCOMPARE(int(loads), before);
    // A grown conversation is recomputed; the byte budget evicts old entries.
    cache.get(conv, int(d.items[conv].size()) + 1, loader);
    QCOMPARE(int(loads), before + 1);
    for (auto it = d.items.cbegin(); it != d.items.cend(); ++it)
        cache.get(it.key(), int(it.value().size()), loader);
    QVERIFY(cache.bytesHeld() <= 1024 * 1024);
    QVERIFY(cache.peek(d.items.lastKey()));
}

QTEST_GUILESS_MAIN(TestHttpFixtures)
#include "tst_http_fixtures.moc"
