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
        kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
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
    const QByteArray log = kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
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
    QByteArray log = kFrameLogHeader;
    log += frameLine(0, heartbeatFrame(1795962366, 0));
    log += "{\"t\":0.1,\"op\":\"binary\",\"data\":\"!!!!\"}\n";     // line 3: bad base64
    log += "{\"op\":\"binary\",\"data\":\"\"}\n";                   // line 4: no "t"
    log += QByteArray("{\"t\":1,\"op\":\"bin") + '\0' + "ary\"}\n"; // line 5: NUL byte
    log += "{\"t\":1,\"op\":\"binary\",\"data\":\"" + QByteArray(1 << 20, 'A') + "\n"; // line 6
    log += frameLine(0.2, v2EventFrame("PID:1, Comm:x, TID:1, FD:5, Tuple: [1.1.1.1]:1->"
                                       "[2.2.2.2]:2\n"));
    log += frameLine(0.3, QByteArray()); // empty frame
    const QString path = writeTemp(dir, QStringLiteral("damaged.jsonl"), log);
    const ProgramRun run = runDump({QStringLiteral("-r"), path, QStringLiteral("-q"),
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

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
