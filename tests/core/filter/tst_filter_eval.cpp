// SPDX-License-Identifier: Apache-2.0
// Display filters evaluated on the recorded fixtures: for every fact of every event in each
// NAME.expected.json, `field == value` (and its eCaptureQ spelling where there is one) selects
// exactly the events the facts say, through the filter job over a CaptureReadHandle and through
// DisplayFilter::matches on a StoreFieldContext alike. Also: presence and absence, the job's
// cancel flag, progress, and that index filters read no payload.
#include <QJsonArray>
#include <QtTest>

#include "common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/fields/store_field_context.h"
#include "core/filter/display_filter.h"
#include "core/filter/filter_apply.h"
#include "core/http/http_analysis_cache.h"

using namespace ecv;

namespace {

/** The fixtures' stores, opened once. */
CaptureStore &store(const QString &fixture)
{
    static std::map<QString, std::unique_ptr<CaptureStore>> stores;
    auto &s = stores[fixture];
    if (!s) {
        s = std::make_unique<CaptureStore>();
        s->open(test::fixturePath(fixture));
    }
    return *s;
}

/** A filter literal for a JSON fact: numbers bare, strings quoted with escapes. */
QString literal(const QJsonValue &v, QChar quote = u'"')
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    QString s = v.toString();
    s.replace(u'\\', QLatin1String("\\\\"));
    s.replace(quote, QString(u'\\') + quote);
    return quote + s + quote;
}

/** Event numbers (the facts' `n`) that pass @p text, by the filter job. */
QList<int> selected(const QString &fixture, const QString &text, FilterApplyResult *out = nullptr)
{
    FilterApplyRequest request;
    request.filter = DisplayFilter::compile(text);
    request.capture = store(fixture).readHandle();
    const FilterApplyResult r = FilterApply::run(request);
    QList<int> ns;
    for (int i = 0; i < r.pass.size(); ++i)
        if (r.pass.testBit(i))
            ns.append(r.first + i + 1);
    if (out)
        *out = r;
    return ns;
}

} // namespace

class TestFilterEval : public QObject
{
    Q_OBJECT
private slots:
    void factsSelectTheirEvents_data();
    void factsSelectTheirEvents();
    void presenceAndAbsence_data();
    void presenceAndAbsence();
    void indexFiltersReadNoPayload();
    void cancelAndProgress();
    void warmHttpCache();
};

void TestFilterEval::factsSelectTheirEvents_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    // eCaptureQ's column names for the registered fields that have one.
    const QHash<QString, QString> sqlNames = {
        {QStringLiteral("process.name"), QStringLiteral("pname")},
        {QStringLiteral("process.pid"), QStringLiteral("pid")},
        {QStringLiteral("ip.src"), QStringLiteral("src_ip")},
        {QStringLiteral("tcp.srcport"), QStringLiteral("src_port")},
        {QStringLiteral("ip.dst"), QStringLiteral("dst_ip")},
        {QStringLiteral("tcp.dstport"), QStringLiteral("dst_port")},
        {QStringLiteral("event.type"), QStringLiteral("type")}};
    for (const QString &fixture : test::expectedFixtureNames()) {
        const QJsonArray events = test::readExpected(fixture).value(u"events").toArray();
        // (field, value literal) -> the events that have it.
        QMap<QPair<QString, QString>, QList<int>> facts;
        for (const QJsonValue &ev : events) {
            const QJsonObject e = ev.toObject();
            for (auto it = e.begin(); it != e.end(); ++it)
                if (it.key() != QLatin1String("n"))
                    facts[{it.key(), literal(it.value())}].append(e.value(u"n").toInt());
        }
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            const QString field = it.key().first;
            const QString text = field + QStringLiteral(" == ") + it.key().second;
            QTest::addRow("%s: %s", qPrintable(fixture), qPrintable(text))
                << fixture << text << it.value();
            if (sqlNames.contains(field)) {
                const QJsonValue v = events.at(it.value().first() - 1).toObject().value(field);
                const QString sql =
                    sqlNames.value(field) + QStringLiteral(" = ") + literal(v, u'\'');
                QTest::addRow("%s: %s", qPrintable(fixture), qPrintable(sql))
                    << fixture << sql << it.value();
            }
        }
    }
}

void TestFilterEval::factsSelectTheirEvents()
{
    QFETCH(QString, fixture);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    CaptureStore &s = store(fixture);
    QCOMPARE(s.eventCount(), test::readExpected(fixture).value(u"events").toArray().size());
    const DisplayFilter filter = DisplayFilter::compile(text);
    QVERIFY2(filter.isValid(), qPrintable(filter.errorMessage()));
    QCOMPARE(selected(fixture, text), expected);
    // The same through the store's own context (what the window's model uses).
    HttpAnalysis http(&s, HttpAnalysis::Mode::Synchronous);
    QList<int> viaStore;
    for (int i = 0; i < s.eventCount(); ++i)
        if (filter.matches(StoreFieldContext(s, i, &http)))
            viaStore.append(i + 1);
    QCOMPARE(viaStore, expected);
}

void TestFilterEval::presenceAndAbsence_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("field");
    for (const QString &fixture : test::expectedFixtureNames())
        for (const char *field : {"http.host", "http.response.code", "ip.src", "tcp.dstport",
                                  "http2.streamid", "http.request.method"})
            QTest::addRow("%s: %s", qPrintable(fixture), field) << fixture << QString(field);
}

void TestFilterEval::presenceAndAbsence()
{
    QFETCH(QString, fixture);
    QFETCH(QString, field);
    QList<int> has;
    QList<int> lacks;
    for (const QJsonValue &ev : test::readExpected(fixture).value(u"events").toArray()) {
        const QJsonObject e = ev.toObject();
        (e.contains(field) ? has : lacks).append(e.value(u"n").toInt());
    }
    QCOMPARE(selected(fixture, field), has);
    QCOMPARE(selected(fixture, QStringLiteral("!") + field), lacks);
    QCOMPARE(
        selected(fixture, QStringLiteral("not ") + field + QStringLiteral(" or ") + field).size(),
        has.size() + lacks.size());
}

void TestFilterEval::indexFiltersReadNoPayload()
{
    FilterApplyResult r;
    const QList<int> curl =
        selected(QStringLiteral("v152-mixed"), QStringLiteral("process.name == \"curl\""), &r);
    QVERIFY(!curl.isEmpty());
    QCOMPARE(r.payloadBytes, 0);
    const QList<int> get =
        selected(QStringLiteral("v152-mixed"), QStringLiteral("payload[0:4] == \"GET \""), &r);
    QVERIFY(r.payloadBytes > 0);
    // Every request the facts name GET starts with "GET " in a v1.5.2 HTTP/1 event.
    QList<int> expected;
    for (const QJsonValue &ev :
         test::readExpected(QStringLiteral("v152-mixed")).value(u"events").toArray()) {
        const QJsonObject e = ev.toObject();
        if (e.value(u"http.request.method") == QLatin1String("GET") &&
            !e.contains(QLatin1String("http2.streamid")))
            expected.append(e.value(u"n").toInt());
    }
    QCOMPARE(get, expected);
    // len(payload) is answered from the index.
    QVERIFY(
        !selected(QStringLiteral("v152-mixed"), QStringLiteral("len(payload) > 0"), &r).isEmpty());
    QCOMPARE(r.payloadBytes, 0);
}

void TestFilterEval::cancelAndProgress()
{
    FilterApplyRequest request;
    request.filter = DisplayFilter::compile(QStringLiteral("payload contains \"HTTP\""));
    request.capture = store(QStringLiteral("v152-mixed")).readHandle();
    QList<qint64> seen;
    request.progress = [&seen](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        seen.append(done);
    };
    const FilterApplyResult full = FilterApply::run(request);
    QVERIFY(!full.cancelled);
    QVERIFY(full.passed > 0);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), qint64(request.capture.eventCount()));
    std::atomic<bool> cancel{true};
    request.cancel = &cancel;
    request.progress = {};
    QVERIFY(FilterApply::run(request).cancelled);
    // A sub-range: bits for [first, last) only.
    request.cancel = nullptr;
    request.first = 2;
    request.last = 5;
    const FilterApplyResult part = FilterApply::run(request);
    QCOMPARE(part.first, 2);
    QCOMPARE(part.pass.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(part.pass.testBit(i), full.pass.testBit(i + 2));
    // start(): the same on a worker thread.
    request.first = 0;
    request.last = -1;
    QFuture<FilterApplyResult> future = FilterApply::start(request);
    future.waitForFinished();
    QCOMPARE(future.result().pass, full.pass);
}

void TestFilterEval::warmHttpCache()
{
    HttpAnalysisCache cache;
    FilterApplyRequest request;
    request.filter = DisplayFilter::compile(QStringLiteral("http.host contains \"example\""));
    request.capture = store(QStringLiteral("v152-mixed")).readHandle();
    request.http = FilterApply::dissect(&cache);
    const FilterApplyResult cold = FilterApply::run(request);
    QVERIFY(cold.passed > 0);
    QVERIFY(cache.bytesHeld() > 0);
    const FilterApplyResult warm = FilterApply::run(request);
    QCOMPARE(warm.pass, cold.pass);
    request.http = {};
    QCOMPARE(FilterApply::run(request).pass, cold.pass);
}

QTEST_GUILESS_MAIN(TestFilterEval)
#include "tst_filter_eval.moc"
