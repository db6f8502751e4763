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

#include "capture_store.h"
#include "event_normalizer.h"
#include "frame_log_reader.h"
#include "http/chunked_decoder.h"
#include "http/content_decoder.h"
#include "http/hpack_decoder.h"
#include "http/http2_frame_parser.h"
#include "run_log_entry.h"
#include "v2_event_text.h"

using namespace ecv;

namespace {

constexpr qint64 kArrival = 1795962366LL * 1000000000LL; // 2026-11-29T14:26:06Z

const char kHeader[] =
    R"({"format": "ecaptureq-framelog", "version": 1, "ecapture": "x", "description": "d"})"
    "\n";

/** One frame-log line carrying @p data. */
QByteArray frameLine(double t, const QByteArray &data, const char *op = "binary")
{
    return "{\"t\":" + QByteArray::number(t, 'g', 17) + ",\"op\":\"" + op + "\",\"data\":\"" +
           data.toBase64() + "\"}\n";
}

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char byte = char(v & 0x7f);
        v >>= 7;
        if (v)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (v);
    return out;
}

QByteArray lengthDelimited(int field, const QByteArray &bytes)
{
    return varint(quint64(field) << 3 | 2) + varint(quint64(bytes.size())) + bytes;
}

/** LogEntry{log_type: EVENT, event_payload{length, payload}} as eCapture v2 sends it. */
QByteArray v2EventFrame(const QByteArray &text)
{
    const QByteArray event =
        varint(10 << 3) + varint(quint64(text.size())) + lengthDelimited(11, text);
    return varint(1 << 3) + varint(2) + lengthDelimited(2, event);
}

/** LogEntry{heartbeat_payload{timestamp, count}}. */
QByteArray heartbeatFrame(qint64 unixSeconds, qint64 count)
{
    const QByteArray hb =
        varint(1 << 3) + varint(quint64(unixSeconds)) + varint(2 << 3) + varint(quint64(count));
    return lengthDelimited(3, hb);
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

struct DumpRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

DumpRun runDump(const QStringList &args)
{
    DumpRun run;
    QProcess process;
    process.start(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT

private slots:
    void v2TextNumbers_data();
    void v2TextNumbers();
    void printedTimeOutOfRange_data();
    void printedTimeOutOfRange();
    void printedTimeWithDamagedArrival();
    void printedTimeOutOfRangeInFrameLog();
    void runLogTimes_data();
    void runLogTimes();
    void frameLogTimes_data();
    void frameLogTimes();
    void frameLogProblemsReachStderr();
    void captureFileDamage_data();
    void captureFileDamage();
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

// eCapture's v2 header numbers are read as qint64: one digit too many must not wrap around
// (signed overflow) into a made-up PID or byte count; the text is kept as an event of an
// unknown shape instead.
void TstBadInput::v2TextNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<int>("fd");

    const QByteArray stamp = "[2026-11-29 14:26:06.063] ";
    const QByteArray tail = " TID:1 Comm:curl FD:5 WRITE (3 bytes):\nabc";
    QTest::newRow("largest pid") << QByteArray(stamp + "PID:9223372036854775807" + tail) << true
                                 << std::numeric_limits<qint64>::max() << 5;
    QTest::newRow("19 nines overflow")
        << QByteArray(stamp + "PID:9999999999999999999" + tail) << false << qint64(-1) << -1;
    QTest::newRow("2^63") << QByteArray(stamp + "PID:9223372036854775808" + tail) << false
                          << qint64(-1) << -1;
    QTest::newRow("negative pid") << QByteArray(stamp + "PID:-5" + tail) << true << qint64(-5) << 5;
    QTest::newRow("byte count 2^64-1")
        << QByteArray(stamp + "PID:1 TID:1 Comm:c FD:5 WRITE (18446744073709551615 bytes):\nxx")
        << false << qint64(-1) << -1;
    QTest::newRow("connect fd overflow")
        << QByteArray("PID:1, Comm:x, TID:1, FD:9999999999999999999, Tuple: "
                      "[1.1.1.1]:1->[2.2.2.2]:2\n")
        << false << qint64(-1) << -1;
    QTest::newRow("bash uid overflow")
        << QByteArray("PID:20811, UID:9999999999999999999, Comm:bash, Retvalue:0, Line:\nls\n")
        << false << qint64(-1) << -1;
}

void TstBadInput::v2TextNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, parses);
    QFETCH(qint64, pid);
    QFETCH(int, fd);
    CapturedEvent event;
    event.era = Era::V2Text;
    event.arrivalNs = kArrival;
    QCOMPARE(V2EventText::parse(text, event), parses);
    if (parses) {
        QCOMPARE(event.pid, pid);
        QCOMPARE(event.fd, fd);
    }
}

// A v2 header's printed local time is converted to Unix ns: a year outside what Unix ns can
// hold must fall back to the arrival time with a warning, not overflow.
void TstBadInput::printedTimeOutOfRange_data()
{
    QTest::addColumn<QByteArray>("stamp");
    QTest::addColumn<bool>("usable");
    QTest::newRow("2026") << QByteArray("2026-11-29 14:26:06.063") << true;
    QTest::newRow("2500") << QByteArray("2500-01-01 00:00:00.000") << false;
    QTest::newRow("9999") << QByteArray("9999-12-31 23:59:59.999") << false;
    QTest::newRow("1000") << QByteArray("1000-01-01 00:00:00.000") << false;
    QTest::newRow("0001") << QByteArray("0001-01-01 00:00:00.000") << false;
}

void TstBadInput::printedTimeOutOfRange()
{
    QFETCH(QByteArray, stamp);
    QFETCH(bool, usable);
    CapturedEvent event;
    event.era = Era::V2Text;
    event.arrivalNs = kArrival;
    QVERIFY(
        V2EventText::parse("[" + stamp + "] PID:1 TID:1 Comm:c FD:5 READ (3 bytes):\nabc", event));
    EventNormalizer normalizer;
    normalizer.normalize(event);
    if (usable) {
        QCOMPARE(event.timeSource, TimeSource::PrintedLocal);
        QVERIFY(qAbs(event.timeNs - kArrival) < 1000000000LL);
    } else {
        QCOMPARE(event.timeSource, TimeSource::Arrival);
        QCOMPARE(event.timeNs, kArrival);
        QVERIFY2(event.warnings.join(u'\n').contains(QLatin1String("printed time")),
                 qPrintable(event.warnings.join(u'\n')));
    }
}

// A capture file may carry any arrival time (a damaged or hand-made record): a negative one
// must not overflow the printed-time zone guess; the viewer's zone is assumed instead.
void TstBadInput::printedTimeWithDamagedArrival()
{
    for (const qint64 arrival : {std::numeric_limits<qint64>::min(), qint64(-1)}) {
        CapturedEvent event;
        event.era = Era::V2Text;
        event.arrivalNs = arrival;
        QVERIFY(V2EventText::parse(
            "[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c FD:5 READ (3 bytes):\nabc", event));
        EventNormalizer normalizer;
        normalizer.normalize(event);
        QCOMPARE(event.timeSource, TimeSource::PrintedLocal);
        const QDateTime local(QDate(2026, 11, 29), QTime(14, 26, 6, 63), Qt::LocalTime);
        QCOMPARE(event.timeNs, local.toMSecsSinceEpoch() * 1000000LL);
    }
}

// Opening a frame log anchors its times at the first heartbeat and refines that with a v2
// printed time's milliseconds: a printed year past 2262 must be skipped there too (it
// overflowed ns and, wrapped, moved every arrival time by 0.289 s for this stamp).
void TstBadInput::printedTimeOutOfRangeInFrameLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray log =
        kHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
        frameLine(0.001, v2EventFrame("[2500-01-01 00:00:40.000] PID:1 TID:1 Comm:c FD:5 READ "
                                      "(3 bytes):\nabc"));
    const QString path = writeTemp(dir, QStringLiteral("year2500.jsonl"), log);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.heartbeats().size(), 1);
    QCOMPARE(store.heartbeats().first().arrivalNs, kArrival);
    QCOMPARE(store.eventCount(), 1);
    const CapturedEvent event = store.event(0);
    QCOMPARE(event.timeSource, TimeSource::Arrival);
    QCOMPARE(event.timeNs, kArrival + 1000000);
}

// A run log line's zerolog "time" comes from the stream: one that Unix ns cannot hold is
// "no time" (-1), never a wrapped-around number.
void TstBadInput::runLogTimes_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<qint64>("timeNs");
    QTest::newRow("RFC 3339") << QStringLiteral("\"2026-11-29T14:26:06Z\"") << kArrival;
    QTest::newRow("year 2500") << QStringLiteral("\"2500-01-01T00:00:00Z\"") << qint64(-1);
    QTest::newRow("year 9999") << QStringLiteral("\"9999-12-31T23:59:59Z\"") << qint64(-1);
    QTest::newRow("year 1000") << QStringLiteral("\"1000-01-01T00:00:00Z\"") << qint64(-1);
    QTest::newRow("unix seconds") << QStringLiteral("1795962366") << kArrival;
    QTest::newRow("1e300") << QStringLiteral("1e300") << qint64(-1);
    QTest::newRow("9.3e18") << QStringLiteral("9.3e18") << qint64(-1);
    QTest::newRow("unix ms") << QStringLiteral("1795962366000") << kArrival;
    QTest::newRow("1e16 (as us: 1e19 ns)") << QStringLiteral("1e16") << qint64(-1);
    QTest::newRow("1e13 (as ms: 1e19 ns)") << QStringLiteral("9.9e13") << qint64(-1);
    QTest::newRow("9.9e10 (as s: 9.9e19 ns)") << QStringLiteral("9.9e10") << qint64(-1);
}

void TstBadInput::runLogTimes()
{
    QFETCH(QString, time);
    QFETCH(qint64, timeNs);
    const RunLogEntry entry =
        RunLogEntry::parse(QStringLiteral(R"({"level":"info","time":%1,"message":"m"})").arg(time));
    QCOMPARE(entry.message, QStringLiteral("m"));
    QCOMPARE(entry.timeNs, timeNs);
}

// "t" is seconds since the first frame; one that cannot be a Unix ns time once anchored is a
// damaged line: reported with its line number, the other frames kept.
void TstBadInput::frameLogTimes_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<bool>("kept");
    QTest::newRow("one day") << 86400.0 << true;
    QTest::newRow("30 years") << 30.0 * 365 * 86400 << true;
    QTest::newRow("9e9 s (overflows ns once anchored)") << 9.0e9 << false;
    QTest::newRow("2^63 ns") << 9.2233720368547758e9 << false;
    QTest::newRow("1e30") << 1e30 << false;
    QTest::newRow("negative") << -1.0 << false;
}

void TstBadInput::frameLogTimes()
{
    QFETCH(double, t);
    QFETCH(bool, kept);
    const QByteArray log = kHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
                           frameLine(t, "x") + frameLine(1, heartbeatFrame(1795962367, 1));
    FrameLogReader reader;
    QVERIFY(reader.readBytes(log));
    QCOMPARE(reader.frames().size(), kept ? 3 : 2);
    QCOMPARE(reader.skippedLines(), kept ? 0 : 1);
    if (!kept) {
        QCOMPARE(reader.errors().size(), 1);
        QVERIFY2(reader.errors().first().startsWith(QLatin1String("line 3: \"t\"")),
                 qPrintable(reader.errors().first()));
    }

    // Through the store (anchored at the heartbeat): counts add up, no time overflows.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, QStringLiteral("times.jsonl"), log);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.frameCount(), quint32(kept ? 3 : 2));
    QCOMPARE(store.heartbeats().size(), 2);
    QCOMPARE(store.undecodable().size(), kept ? 1 : 0);
}

// ecapture-dump -r on a frame log with damaged lines: the lines it could not read are named on
// stderr (a clear error), the good frames are all kept and the counts add up.
void TstBadInput::frameLogProblemsReachStderr()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray log = kHeader;
    log += frameLine(0, heartbeatFrame(1795962366, 0));
    log += "{\"t\":0.1,\"op\":\"binary\",\"data\":\"!!!!\"}\n";     // line 3: bad base64
    log += "{\"op\":\"binary\",\"data\":\"\"}\n";                   // line 4: no "t"
    log += QByteArray("{\"t\":1,\"op\":\"bin") + '\0' + "ary\"}\n"; // line 5: NUL byte
    log += "{\"t\":1,\"op\":\"binary\",\"data\":\"" + QByteArray(1 << 20, 'A') + "\n"; // line 6
    log += frameLine(0.2, v2EventFrame("PID:1, Comm:x, TID:1, FD:5, Tuple: [1.1.1.1]:1->"
                                       "[2.2.2.2]:2\n"));
    log += frameLine(0.3, QByteArray()); // empty frame
    const QString path = writeTemp(dir, QStringLiteral("damaged.jsonl"), log);
    const DumpRun run = runDump({QStringLiteral("-r"), path, QStringLiteral("-q"),
                                 QStringLiteral("-z"), QStringLiteral("summary")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
             QByteArray(R"({"frames":3,"run_logs":0,"heartbeats":1,"events":1,"undecodable":1})"));
    QVERIFY2(run.err.contains("line 3: \"data\" is not valid base64"), run.err.constData());
    QVERIFY2(run.err.contains("line 4: \"t\""), run.err.constData());
    QVERIFY2(run.err.contains("line 5: "), run.err.constData());
    QVERIFY2(run.err.contains("line 6: not a JSON object"), run.err.constData());
}

// Damaged capture files: every complete record before the damage is read, the rest is reported
// as dropped, nothing crashes; the counts always add up.
void TstBadInput::captureFileDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<quint32>("frames");
    QTest::addColumn<bool>("dropsTail");
    QTest::newRow("intact") << QStringLiteral("intact") << quint32(16) << false;
    QTest::newRow("torn last record") << QStringLiteral("torn") << quint32(15) << true;
    QTest::newRow("flipped CRC byte") << QStringLiteral("crc") << quint32(3) << true;
    QTest::newRow("flipped body byte") << QStringLiteral("body") << quint32(3) << true;
    QTest::newRow("declared length 4 GiB") << QStringLiteral("giant") << quint32(3) << true;
    QTest::newRow("declared length 200 MiB") << QStringLiteral("big") << quint32(3) << true;
    QTest::newRow("zero-length record") << QStringLiteral("zero") << quint32(3) << true;
    QTest::newRow("zeros after the last record")
        << QStringLiteral("zerotail") << quint32(16) << true;
    QTest::newRow("garbage after the header") << QStringLiteral("garbage") << quint32(0) << true;
    QTest::newRow("header only") << QStringLiteral("headeronly") << quint32(0) << false;
}

void TstBadInput::captureFileDamage()
{
    QFETCH(QString, damage);
    QFETCH(quint32, frames);
    QFETCH(bool, dropsTail);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray bytes;
    {
        CaptureStore source;
        QString error;
        QVERIFY2(source.open(QStringLiteral(ECV_TEST_DATA "/bad-input-a.jsonl"), &error),
                 qPrintable(error));
        const QString saved = dir.filePath(QStringLiteral("base.ecvcap"));
        QVERIFY2(source.saveAs(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    // Offset of the 5th record (header record, notes and frames all count).
    qsizetype fifth = 16;
    for (int i = 0; i < 4; ++i) {
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + fifth);
        fifth += 8 + qsizetype(length);
    }
    auto putLength = [&](quint32 length) { qToLittleEndian(length, bytes.data() + fifth); };
    if (damage == QLatin1String("torn"))
        bytes.chop(37);
    else if (damage == QLatin1String("crc"))
        bytes[fifth + 5] = char(bytes[fifth + 5] ^ 0xff);
    else if (damage == QLatin1String("body"))
        bytes[fifth + 20] = char(bytes[fifth + 20] ^ 0x01);
    else if (damage == QLatin1String("giant"))
        putLength(0xffffffffu);
    else if (damage == QLatin1String("big"))
        putLength(200u << 20);
    else if (damage == QLatin1String("zero"))
        bytes.insert(fifth, QByteArray(8, '\0'));
    else if (damage == QLatin1String("zerotail"))
        bytes.append(QByteArray(4096, '\0'));
    else if (damage == QLatin1String("garbage")) {
        QByteArray noise(100000, Qt::Uninitialized);
        quint32 state = 20261129;
        for (char &c : noise) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        bytes = bytes.left(16) + noise;
    } else if (damage == QLatin1String("headeronly"))
        bytes = bytes.left(16);
    const QString path = writeTemp(dir, QStringLiteral("damaged.ecvcap"), bytes);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.frameCount(), frames);
    QCOMPARE(store.droppedTailBytes() > 0, dropsTail);
    const qsizetype sum = store.ecaptureRunLogCount() + store.heartbeats().size() +
                          store.eventCount() + store.undecodable().size();
    QCOMPARE(sum, qsizetype(frames));
}

// Chunk-size lines from arbitrary programs: negative, hex that overflows 64 bits, sizes far
// beyond the data. Never read past the input, never allocate the declared size.
void TstBadInput::chunkSizes_data()
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

void TstBadInput::chunkSizes()
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
void TstBadInput::decompressionBombs()
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
void TstBadInput::stackedCodings()
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
void TstBadInput::http2FramesBeyondTheBuffer()
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
void TstBadInput::hpackGarbage_data()
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

void TstBadInput::hpackGarbage()
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
void TstBadInput::httpThroughDump_data()
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

void TstBadInput::httpThroughDump()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, response);
    QFETCH(int, bodyLength);
    QByteArray log = kHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
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
    const DumpRun run =
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
void TstBadInput::terminalEscapesInTextOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray log =
        kHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
        frameLine(0.001, v2EventFrame("PID:20811, UID:1000, Comm:ba\x1b[31msh, Retvalue:0, "
                                      "Line:\n\x1b]0;title\x07"
                                      "echo \x1b[2J hi\r\n")) +
        frameLine(0.002, v2EventFrame("[2026-11-29 14:26:06.063] PID:1 TID:1 Comm:c\x7f FD:5 "
                                      "WRITE (20 bytes):\nGET /\x1b[2J HTTP/1.1\r\n\r\n"));
    const QString path = writeTemp(dir, QStringLiteral("escapes.jsonl"), log);
    const DumpRun run = runDump({QStringLiteral("-r"), path});
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

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
