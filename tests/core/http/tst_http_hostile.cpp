// SPDX-License-Identifier: Apache-2.0
// HTTP dissection against hostile and awkward conversations: lengths in eCapture's HTTP/2 text
// that overflow, HPACK and gzip bombs (decoded sizes stay bounded, the truncation is said), an
// HTTP/1 request whose empty line was never captured, and fields that are not known yet while a
// body is still to come. Timing of the once-quadratic shapes is measured by ecv-bench-http.
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include "common/program_run.h"
#include "common/v1_event_frame.h"
#include "common/wire_bytes.h"
#include "core/capture/capture_store.h"
#include "core/fields/field_registry.h"
#include "core/fields/store_field_context.h"
#include "core/http/h2/ecapture_http2_text_parser.h"
#include "core/http/h2/hpack_decoder.h"
#include "core/http/http_analysis.h"
#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"
#include "ecaptureq.pb.h"

#include <zlib.h>

using namespace ecv;
using namespace ecv::test;

namespace {

using Item = HttpDissector::Item;

Item item(int i, Direction d, const QByteArray &data, PayloadFormat f = PayloadFormat::Raw,
          qint64 type = 0)
{
    Item it;
    it.eventIndex = i;
    it.frameNumber = quint32(i + 1);
    it.timeNs = 1000 + i;
    it.direction = d;
    it.format = f;
    it.ecaptureType = type;
    it.data = data;
    return it;
}

QByteArray h2TextWithLength(const QByteArray &length)
{
    return "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t1\nFrame Length\t=>\t9\n"
           "header field \":status\" = \"200\"\n"
           "\nFrame Type\t=>\tDATA\nFrame StreamID\t=>\t1\nFrame Length\t=>\t" +
           length + "\nhello\n";
}

/** A v1.5.2 event of type 4 (eCapture's HTTP/2 response rendering) carrying @p text. */
RawFrame v1Type4Frame(const QByteArray &text)
{
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *e = entry.mutable_event_payload();
    e->set_timestamp(1'780'000'000'000'000'000);
    e->set_uuid("4242_4242_nghttp_5_0_192.168.1.23:50000-203.0.113.10:443");
    e->set_src_ip("203.0.113.10");
    e->set_src_port(443);
    e->set_dst_ip("192.168.1.23");
    e->set_dst_port(50000);
    e->set_pid(4242);
    e->set_pname("nghttp");
    e->set_type(4);
    e->set_length(quint32(text.size()));
    e->set_payload(text.constData(), size_t(text.size()));
    RawFrame frame;
    frame.arrivalNs = 1'780'000'000'000'000'000;
    const std::string bytes = entry.SerializeAsString();
    frame.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return frame;
}

QByteArray gzipOf(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

/** HPACK integer with an @p prefix-bit prefix (RFC 7541 §5.1) after @p first's high bits. */
QByteArray hpackInteger(quint8 first, int prefix, qint64 value)
{
    QByteArray out;
    const qint64 max = (1 << prefix) - 1;
    if (value < max) {
        out += char(first | quint8(value));
        return out;
    }
    out += char(first | quint8(max));
    value -= max;
    while (value >= 128) {
        out += char(0x80 | (value & 0x7f));
        value >>= 7;
    }
    out += char(value);
    return out;
}

/** One literal with incremental indexing of @p valueSize bytes, then @p references to it. */
QByteArray hpackBombBlock(qint64 tableSize, qint64 valueSize, int references)
{
    QByteArray block;
    if (tableSize != 4096)
        block += hpackInteger(0x20, 5, tableSize); // dynamic table size update (§6.3)
    block += char(0x88);                           // :status 200
    block += char(0x40);                           // literal, incremental indexing, new name
    block += hpackInteger(0, 7, 1) + "x";
    block += hpackInteger(0, 7, valueSize) + QByteArray(valueSize, 'v');
    block += QByteArray(references, char(0xbe)); // index 62: the entry just added
    return block;
}

QByteArray h2Frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload)
{
    QByteArray f;
    const quint32 n = quint32(payload.size());
    for (int shift : {16, 8, 0})
        f += char(n >> shift);
    f += char(type);
    f += char(flags);
    for (int shift : {24, 16, 8, 0})
        f += char(stream >> shift);
    return f + payload;
}

qint64 headerListSize(const HttpHeaderList &fields)
{
    qint64 n = 0;
    for (const HttpHeaderField &f : fields)
        n += f.name.size() + f.value.size() + 32;
    return n;
}

} // namespace

class TstHttpHostile : public QObject
{
    Q_OBJECT

private slots:
    void frameLengthInText_data();
    void frameLengthInText();
    void frameLengthOverflowThroughDump();
    void hpackBomb_data();
    void hpackBomb();
    void hpackBombThroughDissector();
    void gzipBombsPerConversation();
    void requestWithoutEmptyLine_data();
    void requestWithoutEmptyLine();
    void bodyNotYetCaptured();
};

// A length printed by eCapture is arbitrary text: INT64_MAX once overflowed a pointer sum.
void TstHttpHostile::frameLengthInText_data()
{
    QTest::addColumn<QByteArray>("length");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("noted");
    QTest::newRow("exact") << QByteArray("5") << true << false;
    QTest::newRow("INT64_MAX") << QByteArray("9223372036854775807") << false << true;
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << false << true;
    QTest::newRow("INT64_MIN") << QByteArray("-9223372036854775808") << false << true;
    QTest::newRow("-1") << QByteArray("-1") << false << true;
    QTest::newRow("beyond the event") << QByteArray("1000") << false << true;
    QTest::newRow("not a number") << QByteArray("five") << false << true;
    QTest::newRow("shorter than the data") << QByteArray("4") << false << false;
}

void TstHttpHostile::frameLengthInText()
{
    QFETCH(QByteArray, length);
    QFETCH(bool, complete);
    QFETCH(bool, noted);
    const EcaptureHttp2TextParser::Result r =
        EcaptureHttp2TextParser::parse(h2TextWithLength(length));
    QCOMPARE(r.events.size(), 2);
    const Http2Event &data = r.events[1];
    QCOMPARE(data.kind, Http2Event::Kind::Data);
    QCOMPARE(data.payload, QByteArray("hello"));
    QCOMPARE(data.complete, complete);
    bool sawNote = false;
    for (const QString &n : r.notes)
        sawNote = sawNote || n.contains(QLatin1String("Frame Length"));
    QCOMPARE(sawNote, noted);

    const HttpCaptureAnalysis a = HttpDissector::analyze(
        {item(0, Direction::Recv, h2TextWithLength(length), PayloadFormat::Http2Rendering, 4)});
    QCOMPARE(a.messages.size(), 1);
    QCOMPARE(a.messages[0].statusCode, 200);
    QCOMPARE(a.messages[0].body, QByteArray("hello"));
}

// The 190-byte event that crashed ecapture-dump, from a file: it now prints its one event.
void TstHttpHostile::frameLengthOverflowThroughDump()
{
    const QByteArray text = h2TextWithLength("9223372036854775807");
    const RawFrame frame = v1Type4Frame(text);
    QVERIFY(frame.data.size() > 150 && frame.data.size() < 400);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, QStringLiteral("h2-length.jsonl"),
                                   kFrameLogHeader + frameLine(0, frame.data));
    const ProgramRun run =
        runDump({QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("jsonl")});
    QCOMPARE(run.exitCode, 0);
    const QVector<QJsonObject> rows = parseJsonLines(run.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(QLatin1String("event.type")).toInt(), 4);
    QCOMPARE(rows[0].value(QLatin1String("http.response.code")).toInt(), 200);
    QCOMPARE(rows[0].value(QLatin1String("http2.streamid")).toInt(), 1);
}

// One large dynamic-table entry, then one-byte references: without a cap 20,000 references to
// a 60,000-byte value would decode to 1.2 GB. The list stops at the cap, the table stays right
// (a later block decodes), and the result says how big the whole list was.
void TstHttpHostile::hpackBomb_data()
{
    QTest::addColumn<qint64>("tableSize");
    QTest::addColumn<qint64>("valueSize");
    QTest::addColumn<int>("references");
    QTest::newRow("peer raised the table to 64 KiB") << qint64(65536) << qint64(60000) << 20000;
    QTest::newRow("default 4 KiB table") << qint64(4096) << qint64(4000) << 100000;
}

void TstHttpHostile::hpackBomb()
{
    QFETCH(qint64, tableSize);
    QFETCH(qint64, valueSize);
    QFETCH(int, references);
    HpackDecoder hpack;
    hpack.setMaxTableSize(quint32(tableSize));
    const HpackDecoder::Result r = hpack.decode(hpackBombBlock(tableSize, valueSize, references));
    QVERIFY(r.ok);
    QVERIFY(r.listTruncated);
    QCOMPARE(r.fieldCount, references + 2);
    QCOMPARE(r.listSize, 42 + (references + 1) * (1 + valueSize + 32));
    QVERIFY(headerListSize(r.fields) <= HpackDecoder::DefaultMaxHeaderListSize);
    QCOMPARE(r.fields.size(),
             1 + int((HpackDecoder::DefaultMaxHeaderListSize - 42) / (1 + valueSize + 32)));
    QCOMPARE(r.fields[0].value, QByteArray("200"));
    QCOMPARE(r.fields[1].value.size(), valueSize);
    // The dynamic table survived: one more reference in the next block still decodes.
    const HpackDecoder::Result next = hpack.decode(QByteArray("\xbe", 1));
    QVERIFY(next.ok);
    QCOMPARE(next.fields.size(), 1);
    QCOMPARE(next.fields[0].value.size(), valueSize);
    QVERIFY(!next.listTruncated);
}

// Through the dissector with the peer's SETTINGS raising the table: the message says it was cut.
void TstHttpHostile::hpackBombThroughDissector()
{
    const QByteArray settings("\x00\x01\x00\x01\x00\x00", 6); // HEADER_TABLE_SIZE 65536
    const QByteArray preface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    const QVector<Item> items = {
        item(0, Direction::Send,
             preface + h2Frame(0x4, 0, 0, settings) +
                 h2Frame(0x1, 0x5, 1, QByteArray("\x82\x87\x84", 3))),
        item(1, Direction::Recv,
             h2Frame(0x4, 0, 0, {}) + h2Frame(0x1, 0x5, 1, hpackBombBlock(65536, 60000, 20000))),
    };
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QCOMPARE(a.messages.size(), 2);
    const HttpMessage &response = a.messages[1];
    QVERIFY(!response.isRequest);
    QCOMPARE(response.statusCode, 200);
    QVERIFY(headerListSize(response.headers) <= HpackDecoder::DefaultMaxHeaderListSize);
    QVERIFY(!response.headersComplete);
    const QString note = response.notes.join(QLatin1Char('\n'));
    QVERIFY2(note.contains(QLatin1String("max_header_list_size")), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("of 1200720075 bytes")), qPrintable(note));
}

// Many gzip bombs in one conversation: each body is capped, and the conversation holds no more
// than its limit of decoded bodies; the others are released (with a note) and decode again on
// demand to the same bytes. body_length stays the decoded size.
void TstHttpHostile::gzipBombsPerConversation()
{
    constexpr int Bombs = 12;
    constexpr qint64 Size = 8LL << 20;
    const QByteArray bomb = gzipOf(QByteArray(Size, '\0'));
    QVector<Item> items;
    for (int k = 0; k < Bombs; ++k) {
        items << item(2 * k, Direction::Send,
                      "GET /bomb/" + QByteArray::number(k) + " HTTP/1.1\r\nHost: t\r\n\r\n");
        items << item(2 * k + 1, Direction::Recv,
                      "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                          QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb);
    }
    HttpDissector::Options options;
    options.heldBodyLimit = 32LL << 20;
    const HttpCaptureAnalysis a = HttpDissector::analyze(items, options);
    QCOMPARE(a.exchanges.size(), Bombs);
    qint64 held = 0;
    int released = 0;
    for (const HttpMessage &m : a.messages) {
        if (m.isRequest)
            continue;
        QCOMPARE(m.bodySize(), Size);
        held += m.body.size();
        if (m.bodyReleased) {
            ++released;
            QVERIFY(m.body.isEmpty());
            QVERIFY(m.notes.join(QLatin1Char('\n')).contains(QLatin1String("not kept in memory")));
        }
    }
    QVERIFY(held <= options.heldBodyLimit);
    QCOMPARE(held, 4 * Size);
    QCOMPARE(released, Bombs - 4);
    const HttpMessage &last = a.messages[a.exchanges.last().response];
    QVERIFY(last.bodyReleased);
    QCOMPARE(last.decodedBody(), QByteArray(Size, '\0'));
    const QVector<HttpEventFields> fields = HttpFields::forAll(a, items);
    QCOMPARE(fields.last().bodyLength, Size);
}

// A request whose empty line was never captured must not swallow the next request: a request
// (or status) line at an event boundary starts a new message, and every pairing after it holds.
void TstHttpHostile::requestWithoutEmptyLine_data()
{
    QTest::addColumn<QByteArrayList>("events"); // ">" client to server, "<" server to client
    QTest::addColumn<QStringList>("pairs");     // "target status" per exchange, in order
    const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na";
    const QByteArray notFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 1\r\n\r\nb";
    const QByteArray created = "HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nc";
    QTest::newRow("no empty line, next request in the next event")
        << QByteArrayList{">GET /a HTTP/1.1\r\nHost: t\r\n", ">GET /b HTTP/1.1\r\nHost: t\r\n\r\n",
                          "<" + ok, "<" + notFound}
        << QStringList{"/a 200", "/b 404"};
    QTest::newRow("two in a row without empty lines")
        << QByteArrayList{">GET /a HTTP/1.1\r\nHost: t\r\n",
                          ">GET /b HTTP/1.1\r\nHost: t\r\n",
                          ">POST /c HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
                          "<" + ok,
                          "<" + notFound,
                          "<" + created}
        << QStringList{"/a 200", "/b 404", "/c 201"};
    QTest::newRow("header section split over two events stays one message")
        << QByteArrayList{">GET /a HTTP/1.1\r\n", ">Host: t\r\n\r\n",
                          ">GET /b HTTP/1.1\r\nHost: t\r\n\r\n", "<" + ok, "<" + notFound}
        << QStringList{"/a 200", "/b 404"};
    QTest::newRow("response without an empty line")
        << QByteArrayList{">GET /a HTTP/1.1\r\nHost: t\r\n\r\n",
                          ">GET /b HTTP/1.1\r\nHost: t\r\n\r\n", "<HTTP/1.1 200 OK\r\nX: y\r\n",
                          "<" + notFound}
        << QStringList{"/a 200", "/b 404"};
    QTest::newRow("request line text inside a header is no boundary")
        << QByteArrayList{">GET /a HTTP/1.1\r\nX-Quote: GET /b HTTP/1.1\r\n\r\n", "<" + ok}
        << QStringList{"/a 200"};
}

void TstHttpHostile::requestWithoutEmptyLine()
{
    QFETCH(QByteArrayList, events);
    QFETCH(QStringList, pairs);
    QVector<Item> items;
    for (const QByteArray &e : events)
        items << item(int(items.size()), e.startsWith('>') ? Direction::Send : Direction::Recv,
                      e.mid(1));
    const HttpCaptureAnalysis a = HttpDissector::analyze(items);
    QStringList got;
    for (const HttpExchange &x : a.exchanges)
        got << QStringLiteral("%1 %2").arg(
            x.request >= 0 ? QString::fromLatin1(a.messages[x.request].target)
                           : QStringLiteral("-"),
            x.response >= 0 ? QString::number(a.messages[x.response].statusCode)
                            : QStringLiteral("-"));
    QCOMPARE(got, pairs);
}

// A response whose body comes in a later event: while a live capture has only its header
// section, its body length is not known and is left out (as `ecapture-dump -i` prints it);
// once the body arrives it is 41, as `-r` of the same capture says.
void TstHttpHostile::bodyNotYetCaptured()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("tst_http_hostile")));
    HttpAnalysis http(&store, HttpAnalysis::Mode::Synchronous);
    http.setCaptureOpen(true);
    const QByteArray body(41, 'x');
    store.appendFrame(v1CurlEventFrame(true, "GET / HTTP/1.1\r\nHost: shop.example.com\r\n\r\n"));
    store.appendFrame(v1CurlEventFrame(
        false, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 41\r\n\r\n"));
    store.flush();
    QCOMPARE(store.eventCount(), 2);
    const auto fieldsOf = [&](int index) {
        return FieldRegistry::eventObject(StoreFieldContext(store, index, &http));
    };
    QJsonObject live = fieldsOf(1);
    QCOMPARE(live.value(QLatin1String("http.response.code")).toInt(), 200);
    QVERIFY2(!live.contains(QLatin1String("http.body_length")),
             QJsonDocument(live).toJson().constData());
    // Had the capture ended here, what was captured is the length (as -r says of it).
    http.setCaptureOpen(false);
    QCOMPARE(fieldsOf(1).value(QLatin1String("http.body_length")).toInt(), 0);
    QVERIFY(fieldsOf(1).contains(QLatin1String("http.body_length")));
    http.setCaptureOpen(true);

    // The body arrives as a raw event of the same connection (v1 type 0).
    event::LogEntry entry;
    entry.ParseFromArray(v1CurlEventFrame(false, body).data.constData(),
                         int(v1CurlEventFrame(false, body).data.size()));
    entry.mutable_event_payload()->set_type(0);
    RawFrame raw;
    raw.arrivalNs = 1'780'000'000'000'000'001;
    const std::string bytes = entry.SerializeAsString();
    raw.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    store.appendFrame(raw);
    store.flush();
    QCOMPARE(store.eventCount(), 3);
    const QJsonObject later = fieldsOf(1);
    QCOMPARE(later.value(QLatin1String("http.body_length")).toInt(), 41);
    // Complete now: the same whether the capture is still open or not.
    http.setCaptureOpen(false);
    QCOMPARE(fieldsOf(1).value(QLatin1String("http.body_length")).toInt(), 41);
}

QTEST_GUILESS_MAIN(TstHttpHostile)
#include "tst_http_hostile.moc"
