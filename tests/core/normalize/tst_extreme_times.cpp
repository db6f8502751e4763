// SPDX-License-Identifier: Apache-2.0
// Times near INT64_MAX and INT64_MIN (from eCapture's int64 timestamp, or a damaged capture
// record's arrival time) never wrap: the normalizer falls back to the arrival time with a
// warning, HTTP timing and the conversation listing clamp instead of printing negative
// durations. Found by UBSan ("signed integer overflow") on fuzzed captures.
#include <QtTest>

#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"
#include "core/normalize/event_normalizer.h"
#include "core/normalize/timestamp_unit.h"
#include "core/stream/conversation_listing.h"
#include "core/wire/saturating_arithmetic.h"

using namespace ecv;

namespace {

constexpr qint64 kArrival = 1795962366LL * 1000000000LL; // 2026-11-29T14:26:06Z
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

CapturedEvent queryEvent(qint64 arrivalNs, qint64 eventTimestamp)
{
    CapturedEvent e;
    e.kind = EventKind::Query;
    e.arrivalNs = arrivalNs;
    e.eventTimestamp = eventTimestamp;
    return e;
}

HttpDissector::Item item(quint32 frame, qint64 timeNs, Direction direction, const QByteArray &data)
{
    HttpDissector::Item it;
    it.eventIndex = int(frame - 1);
    it.frameNumber = frame;
    it.timeNs = timeNs;
    it.direction = direction;
    it.data = data;
    return it;
}

} // namespace

class TestExtremeTimes : public QObject
{
    Q_OBJECT
private slots:
    void saturating_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<qint64>("difference");
        QTest::addColumn<qint64>("product");
        QTest::newRow("small") << qint64(5) << qint64(-3) << qint64(2) << qint64(8) << qint64(-15);
        QTest::newRow("max+1") << kMax << qint64(1) << kMax << kMax - 1 << kMax;
        QTest::newRow("min-1") << kMin << qint64(1) << kMin + 1 << kMin << kMin;
        QTest::newRow("max-min") << kMax << kMin << qint64(-1) << kMax << kMin;
        QTest::newRow("min-max") << kMin << kMax << qint64(-1) << kMin << kMin;
        QTest::newRow("min*-1") << kMin << qint64(-1) << kMin << kMin + 1 << kMax;
        QTest::newRow("1e18*10") << qint64(1000000000000000000LL) << qint64(10)
                                 << qint64(1000000000000000010LL) << qint64(999999999999999990LL)
                                 << kMax;
    }
    void saturating()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, sum);
        QFETCH(qint64, difference);
        QFETCH(qint64, product);
        QCOMPARE(saturatingAdd(a, b), sum);
        QCOMPARE(saturatingSub(a, b), difference);
        QCOMPARE(saturatingMul(a, b), product);
    }

    void fromDouble_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("result");
        QTest::newRow("1.9") << 1.9 << qint64(1);
        QTest::newRow("-1.9") << -1.9 << qint64(-1);
        QTest::newRow("nan") << std::nan("") << qint64(0);
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << kMax;
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << kMin;
        QTest::newRow("1e308") << 1e308 << kMax;
        QTest::newRow("2^63") << 9223372036854775808.0 << kMax;
        QTest::newRow("-2^63") << -9223372036854775808.0 << kMin;
        QTest::newRow("2^62") << 4611686018427387904.0 << qint64(4611686018427387904LL);
    }
    void fromDouble()
    {
        QFETCH(double, value);
        QFETCH(qint64, result);
        QCOMPARE(saturatingFromDouble(value), result);
    }

    void boot_clockCannotExceedArrival()
    {
        // INT64_MAX is neither a plausible wall-clock value nor a boot clock (it would mean a
        // boot 292 years before 1970).
        QCOMPARE(TimestampUnit::classify(kMax, kArrival), TimestampUnit::Unit::Invalid);
        QCOMPARE(TimestampUnit::classify(kMax / 2, kArrival), TimestampUnit::Unit::Invalid); // 2116
        QCOMPARE(TimestampUnit::classify(5000000000000LL, kArrival),
                 TimestampUnit::Unit::Monotonic);
        // No real arrival clock (a frame log without heartbeats): still a boot clock.
        QCOMPARE(TimestampUnit::classify(kMax, 0), TimestampUnit::Unit::Monotonic);
    }

    void normalizer_data()
    {
        QTest::addColumn<qint64>("arrival");
        QTest::addColumn<qint64>("firstTimestamp");
        QTest::addColumn<qint64>("secondTimestamp");
        QTest::addColumn<qint64>("firstTime");
        QTest::addColumn<qint64>("secondTime");
        QTest::addColumn<int>("warnings"); // "unusable event timestamp" count
        // An INT64_MAX first event used to set the boot-clock offset to arrival - INT64_MAX:
        // every later boot-clock event then got a negative time.
        QTest::newRow("INT64_MAX then boot clock")
            << kArrival << kMax << qint64(5000000000000LL) << kArrival << kArrival << 1;
        // A boot-clock first event, then INT64_MAX: ts + offset overflowed to a negative time.
        QTest::newRow("boot clock then INT64_MAX")
            << kArrival << qint64(5000000000000LL) << kMax << kArrival << kArrival << 1;
        QTest::newRow("INT64_MIN") << kArrival << kMin << kMin << kArrival << kArrival << 2;
        QTest::newRow("INT64_MAX-1 twice")
            << kArrival << kMax - 1 << kMax - 1 << kArrival << kArrival << 2;
        // A damaged capture record: arrival INT64_MIN, a boot-clock event. The offset saturates
        // and the time would be negative: the arrival time stands, with a warning.
        QTest::newRow("arrival INT64_MIN")
            << kMin << qint64(5000000000000LL) << qint64(5000000000001LL) << kMin << kMin << 2;
        // Arrival INT64_MAX (year 2262) and a boot clock: the sum saturates, so it is not used.
        QTest::newRow("arrival INT64_MAX")
            << kMax << qint64(5000000000000LL) << qint64(5000250000000LL) << kMax << kMax << 2;
    }
    void normalizer()
    {
        QFETCH(qint64, arrival);
        QFETCH(qint64, firstTimestamp);
        QFETCH(qint64, secondTimestamp);
        QFETCH(qint64, firstTime);
        QFETCH(qint64, secondTime);
        QFETCH(int, warnings);
        EventNormalizer n;
        CapturedEvent a = queryEvent(arrival, firstTimestamp);
        n.normalize(a);
        CapturedEvent b = queryEvent(arrival, secondTimestamp);
        n.normalize(b);
        QCOMPARE(a.timeNs, firstTime);
        QCOMPARE(b.timeNs, secondTime);
        QCOMPARE(int(a.warnings.size() + b.warnings.size()), warnings);
    }

    void printedTimeBeforeTheEpoch()
    {
        // 1970-01-01 00:00:00.000 printed in UTC+8 is 1969 in UTC: no negative time.
        qputenv("TZ", "Asia/Shanghai");
        EventNormalizer n;
        CapturedEvent e;
        e.kind = EventKind::Data;
        e.arrivalNs = 0; // not a real clock: the viewer's zone is assumed
        e.printedTime = QStringLiteral("1970-01-01 00:00:00.000");
        n.normalize(e);
        QVERIFY2(e.timeNs >= 0, qPrintable(QString::number(e.timeNs)));
        QCOMPARE(e.timeSource, TimeSource::Arrival);
        qunsetenv("TZ");
    }

    void httpTiming()
    {
        // A response stamped INT64_MAX after a request stamped INT64_MIN: the difference does
        // not fit; no time at all rather than a negative (wrapped) one.
        const QVector<HttpDissector::Item> items = {
            item(1, kMin, Direction::Send, "GET / HTTP/1.1\r\nHost: a\r\n\r\n"),
            item(2, kMax, Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
        };
        const HttpCaptureAnalysis analysis = HttpDissector::analyze(items);
        QCOMPARE(analysis.exchanges.size(), 1);
        QCOMPARE(analysis.exchanges.first().timeNs, kMax);
        const HttpEventFields response = HttpFields::forItem(analysis, items, 1);
        QCOMPARE(response.requestIn, quint32(1));
        QVERIFY(!response.hasTime);
        // A normal pair keeps its time.
        const QVector<HttpDissector::Item> normal = {
            item(1, kArrival, Direction::Send, "GET / HTTP/1.1\r\nHost: a\r\n\r\n"),
            item(2, kArrival + 38000000, Direction::Recv,
                 "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
        };
        const HttpCaptureAnalysis ok = HttpDissector::analyze(normal);
        const HttpEventFields timed = HttpFields::forItem(ok, normal, 1);
        QVERIFY(timed.hasTime);
        QCOMPARE(timed.time, 0.038);
    }

    void conversationListing()
    {
        const QVector<HttpDissector::Item> items = {
            item(1, kMax, Direction::Send, "a"),
            item(2, kMin, Direction::Recv, "b"),
        };
        const ConversationListing::Row row = ConversationListing::summarize(
            1, items, QStringLiteral("10.0.0.1:1"), QStringLiteral("10.0.0.2:2"));
        QCOMPARE(row.firstNs, kMin);
        QCOMPARE(row.lastNs, kMax);
        const QString text = ConversationListing::text({row}, kMin);
        const QString line = text.split(QLatin1Char('\n')).at(5);
        QVERIFY2(line.startsWith(QStringLiteral("  1 10.0.0.1:1")), qPrintable(text));
        QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("-\\d"))),
                 qPrintable(line)); // no negative number
        // Start 0 s, duration INT64_MAX ns (clamped): 9223372036.8548 s.
        QVERIFY2(line.endsWith(QStringLiteral("0.000000000 9223372036.8548")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestExtremeTimes)
#include "tst_extreme_times.moc"
