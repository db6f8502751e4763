// SPDX-License-Identifier: Apache-2.0
// Bad input from arbitrary programs and damaged files: never crash, never overflow, keep every
// frame that arrived, and say what was wrong. Each row is one kind of bad input found by
// fuzzing ecapture-dump (plain and ASan+UBSan builds); the nastiest survivors are kept as
// regression rows with their asserted results.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QTimeZone>

#include <limits>

#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"
#include "core/http/body/chunked_decoder.h"
#include "core/http/body/content_decoder.h"
#include "core/http/h2/hpack_decoder.h"
#include "core/http/h2/http2_frame_parser.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/run_log_entry.h"
#include "core/wire/v2_event_text.h"

#include "common/wire_bytes.h"

using namespace ecv;
using namespace ecv::test;

class TstBadInputHttp : public QObject
{
    Q_OBJECT

private slots:
    void chunkSizes_data();
    void chunkSizes();
    void decompressionBombs();
    void stackedCodings();
    void http2FramesBeyondTheBuffer();
    void hpackGarbage_data();
    void hpackGarbage();
    void httpThroughDump_data();
    void httpThroughDump();
    void terminalEscapesInTextOutput();
};
// Chunk-size lines from arbitrary programs: negative, hex that overflows 64 bits, sizes far
// beyond the data. Never read past the input, never allocate the declared size.
void TstBadInputHttp::chunkSizes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("negative") << QByteArray("-5\r\nabc\r\n0\r\n\r\n") << true << false
                              << QByteArray();
    QTest::newRow("20 hex digits")
        << QByteArray("ffffffffffffffffffff\r\nabc\r\n0\r\n\r\n") << true << false << QByteArray();
    QTest::newRow("2^63") << QByteArray("8000000000000000\r\nabc") << true << false << QByteArray();
    QTest::newRow("2^63-1 (16 digits)")
        << QByteArray("7fffffffffffffff\r\nabc") << true << false << QByteArray();
    QTest::newRow("2^60-1, 3 bytes follow")
        << QByteArray("fffffffffffffff\r\nabc") << false << false << QByteArray("abc");
    QTest::newRow("1 MiB extension")
        << QByteArray("1;" + QByteArray(1 << 20, 'e') + "\r\na\r\n0\r\n\r\n") << false << true
        << QByteArray("a");
}

void TstBadInputHttp::chunkSizes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, malformed);
    QFETCH(bool, complete);
    QFETCH(QByteArray, body);
    const ChunkedDecoder::Result r = ChunkedDecoder::decode(input);
    QCOMPARE(r.malformed, malformed);
    QCOMPARE(r.complete, complete);
    QCOMPARE(r.body, body);
    QVERIFY(r.consumed >= 0 && r.consumed <= input.size());
}

// 100 MiB of zeros in 100 KB of deflate: the output stops at the 64 MiB cap, flagged.
void TstBadInputHttp::decompressionBombs()
{
    const QByteArray zeros(100 << 20, '\0');
    const QByteArray zlib = qCompress(zeros, 9).mid(4); // qCompress prefixes a 4-byte size
    QVERIFY(zlib.size() < 200000);
    const ContentDecoder::Result r = ContentDecoder::decodeList(zlib, "deflate");
    QVERIFY(r.truncatedByCap);
    QCOMPARE(r.bytes.size(), ContentDecoder::DefaultCap);
    // A bomb inside a bomb: every layer is capped.
    const QByteArray twice = qCompress(zlib, 9).mid(4);
    const ContentDecoder::Result r2 = ContentDecoder::decodeList(twice, "deflate, deflate");
    QCOMPARE(r2.bytes.size(), ContentDecoder::DefaultCap);
    QVERIFY(r2.truncatedByCap);
}

// Codings stacked 50 deep decode in reverse order; 5000 codings over a plain body neither hang
// nor fail the message.
void TstBadInputHttp::stackedCodings()
{
    QByteArray body = "hello";
    QByteArrayList codings;
    for (int i = 0; i < 50; ++i) {
        body = qCompress(body).mid(4);
        codings << "deflate";
    }
    const ContentDecoder::Result r = ContentDecoder::decodeList(body, codings.join(", "));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.bytes, QByteArray("hello"));
    QCOMPARE(r.applied.size(), 50);

    QByteArrayList many(5000, "gzip");
    const ContentDecoder::Result plain = ContentDecoder::decodeList("abc", many.join(","));
    QCOMPARE(plain.bytes, QByteArray("abc"));
}

// HTTP/2 frame headers that declare more than the capture holds, CONTINUATION without HEADERS,
// a truncated frame header: events marked incomplete, never a read past the buffer.
void TstBadInputHttp::http2FramesBeyondTheBuffer()
{
    auto frame = [](quint8 type, quint8 flags, quint32 stream, const QByteArray &payload,
                    quint32 length) {
        QByteArray f;
        f.append(char(length >> 16)).append(char(length >> 8)).append(char(length));
        f.append(char(type)).append(char(flags));
        f.append(char(stream >> 24)).append(char(stream >> 16)).append(char(stream >> 8));
        f.append(char(stream));
        return f + payload;
    };
    const QByteArray &preface = Http2FrameParser::preface();
    {
        const QByteArray input = preface + frame(1, 5, 1, "\x82\x84", 0xffffff);
        const Http2FrameParser::Result r = Http2FrameParser::parse(input);
        QVERIFY(r.consumed <= input.size());
        QCOMPARE(r.events.size(), 1);
        QVERIFY(!r.events.first().complete);
        QCOMPARE(r.events.first().payload, QByteArray("\x82\x84"));
    }
    {
        const QByteArray input = preface + frame(9, 4, 1, "\x82\x84\x87", 3);
        const Http2FrameParser::Result r = Http2FrameParser::parse(input);
        QVERIFY(r.consumed <= input.size());
        for (const Http2Event &e : r.events)
            QVERIFY(e.kind != Http2Event::Kind::Headers);
    }
    {
        const QByteArray input = preface + QByteArray("\x00\x00", 2);
        const Http2FrameParser::Result r = Http2FrameParser::parse(input);
        QVERIFY(r.consumed <= input.size());
        QVERIFY(r.events.isEmpty() || !r.events.last().complete);
    }
    {
        // Padding longer than the frame.
        const QByteArray input = preface + frame(1, 0x0d, 1, "\xff\x82", 2);
        const Http2FrameParser::Result r = Http2FrameParser::parse(input);
        QVERIFY(r.consumed <= input.size());
    }
}

// HPACK from arbitrary programs: the block fails with an error, the next good block decodes.
void TstBadInputHttp::hpackGarbage_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<quint32>("tableSize");
    QTest::newRow("table size update 2^32-1")
        << QByteArray("\x3f\xe1\xff\xff\xff\x0f\x82", 7) << quint32(4096);
    QTest::newRow("SETTINGS table size 2^32-1 then update")
        << QByteArray("\x3f\xe1\xff\xff\xff\x0f\x82", 7) << quint32(0xffffffff);
    QTest::newRow("integer overflow")
        << QByteArray("\x3f\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01") << quint32(4096);
    QTest::newRow("index beyond the table")
        << QByteArray("\x82\xbe\xff\xff\xff\xff\x0f") << quint32(4096);
    QTest::newRow("literal longer than the block") << QByteArray("\x82\x41\x7f\xff\xff\xff\x0f"
                                                                 "aaaa")
                                                   << quint32(4096);
    QTest::newRow("bad Huffman") << QByteArray("\x41\x8f" + QByteArray(15, '\xff'))
                                 << quint32(4096);
}

void TstBadInputHttp::hpackGarbage()
{
    QFETCH(QByteArray, block);
    QFETCH(quint32, tableSize);
    HpackDecoder decoder;
    decoder.setMaxTableSize(tableSize);
    const HpackDecoder::Result bad = decoder.decode(block);
    QVERIFY(!bad.ok);
    QVERIFY(!bad.error.isEmpty());
    // A fresh context afterwards: static-table fields decode again.
    const HpackDecoder::Result good = decoder.decode("\x82\x84");
    QVERIFY2(good.ok, qPrintable(good.error));
    QCOMPARE(good.fields.size(), 2);
}

// One exchange on one connection through ecapture-dump -T jsonl -z conv -z follow: the
// response is found, its body length is what the capture holds (or the decode cap), and the
// reports finish.
void TstBadInputHttp::httpThroughDump_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("bodyLength");
    const QByteArray get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n";
    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("Content-Length 2^63")
        << get << QByteArray(ok + "Content-Length: 9223372036854775808\r\n\r\nabc") << 3;
    QTest::newRow("Content-Length -5")
        << get << QByteArray(ok + "Content-Length: -5\r\n\r\nabc") << 3;
    QTest::newRow("negative chunk size, shown as sent")
        << get << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n-5\r\nabc\r\n0\r\n\r\n") << 14;
    QTest::newRow("1 MiB header line")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(1 << 20, 'a') + "\r\n\r\n")
        << QByteArray(ok + "Content-Length: 2\r\n\r\nhi") << 2;
    QByteArray manyHeaders = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 100000; ++i)
        manyHeaders += "X: y\r\n";
    QTest::newRow("100000 headers")
        << QByteArray(manyHeaders + "\r\n") << QByteArray(ok + "Content-Length: 2\r\n\r\nhi") << 2;
    const QByteArray bomb = qCompress(QByteArray(100 << 20, '\0'), 9).mid(4);
    QTest::newRow("deflate bomb") << get
                                  << QByteArray(ok +
                                                "Content-Encoding: deflate\r\nContent-Length: " +
                                                QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
                                  << int(ContentDecoder::DefaultCap);
}

void TstBadInputHttp::httpThroughDump()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, response);
    QFETCH(int, bodyLength);
    QByteArray log = kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
                     frameLine(0.001, v2EventFrame("PID:100, Comm:c, TID:100, FD:5, Tuple: "
                                                   "[10.0.0.1]:40000->[10.0.0.2]:80\n"));
    int frames = 2;
    // v2 events carry at most 16 KiB each, like eCapture's.
    auto io = [&](const char *op, const QByteArray &bytes) {
        for (qsizetype at = 0; at < bytes.size(); at += 16384) {
            const QByteArray chunk = bytes.mid(at, 16384);
            log += frameLine(0.002,
                             v2EventFrame("[2026-11-29 14:26:06.063] PID:100 TID:100 "
                                          "Comm:c FD:5 " +
                                          QByteArray(op) + " (" + QByteArray::number(chunk.size()) +
                                          " bytes):\n" + chunk));
            ++frames;
        }
    };
    io("WRITE", request);
    io("READ", response);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, QStringLiteral("http.jsonl"), log);
    const ProgramRun run =
        runDump({QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("jsonl"),
                 QStringLiteral("-z"), QStringLiteral("summary"), QStringLiteral("-z"),
                 QStringLiteral("conv"), QStringLiteral("-z"), QStringLiteral("follow,tcp,hex,1")});
    QCOMPARE(run.exitCode, 0);
    int responses = 0;
    int events = 0;
    QJsonObject summary;
    for (const QByteArray &line : run.out.split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.contains(QLatin1String("frames")))
            summary = row;
        else if (row.contains(QLatin1String("frame.number")))
            ++events;
        if (row.value(QLatin1String("http.response.code")).toInt() == 200) {
            ++responses;
            QCOMPARE(row.value(QLatin1String("http.body_length")).toInt(), bodyLength);
        }
    }
    QCOMPARE(responses, 1);
    QCOMPARE(events, frames - 1);
    QCOMPARE(summary.value(QLatin1String("frames")).toInt(), frames);
    QVERIFY(run.out.contains("Follow: tcp,hex"));
}

// ecapture-dump -T text goes to a terminal: ESC sequences, BEL, CR from a process name or a
// payload must arrive as '.' (like the Info column's payload text), never as terminal commands.
void TstBadInputHttp::terminalEscapesInTextOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray log =
        kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
        frameLine(0.001, v2EventFrame("PID:20811, UID:1000, Comm:ba\x1b[31msh, Retvalue:0, "
                                      "Line:\n\x1b]0;title\x07"
                                      "echo \x1b[2J hi\r\n")) +
        frameLine(0.002, v2EventFrame("[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c\x7f FD:5 "
                                      "WRITE (20 bytes):\nGET /\x1b[2J HTTP/1.1\r\n\r\n"));
    const QString path = writeTemp(dir, QStringLiteral("escapes.jsonl"), log);
    const ProgramRun run = runDump({QStringLiteral("-r"), path});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 3); // two events and the empty remainder after the last newline
    for (const char c : run.out)
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && uchar(c) != 0x7f),
                 qPrintable(QStringLiteral("control byte 0x%1 in: %2")
                                .arg(int(uchar(c)), 2, 16, QLatin1Char('0'))
                                .arg(QString::fromUtf8(run.out.toPercentEncoding(" /:[]")))));
    QVERIFY2(lines.at(0).contains("ba.[31msh"), lines.at(0).constData());
    QVERIFY2(lines.at(1).contains("GET /.[2J"), lines.at(1).constData());
}

QTEST_GUILESS_MAIN(TstBadInputHttp)
#include "tst_bad_input_http.moc"
