// SPDX-License-Identifier: Apache-2.0
// Statistics on the fixtures against their expected facts: HTTP requests by host, status codes
// and methods; events per process; every address as an endpoint. The I/O graph's buckets and
// their coarsening; nearest-rank percentiles.
#include <QJsonArray>
#include <QtTest>

#include "common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"
#include "core/stats/http_statistics.h"
#include "core/stats/io_graph.h"
#include "core/stats/traffic_statistics.h"

using namespace ecv;

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void percentiles_data();
    void percentiles();
    void ioGraphBuckets();
    void ioGraphCoarsens();
    void ioGraphGroups();
};

void TestStatistics::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : test::expectedFixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestStatistics::fixtures()
{
    QFETCH(QString, fixture);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(test::fixturePath(fixture), &error), qPrintable(error));
    HttpAnalysis analysis(&store, HttpAnalysis::Mode::Synchronous);
    TrafficStatistics traffic;
    for (int i = 0; i < store.eventCount(); ++i)
        traffic.add(store.indexedEvent(i), store.eventAt(i).dataLength,
                    store.eventAt(i).conversationId);
    HttpStatistics http;
    for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id)
        http.add(analysis.entry(id)->analysis);

    // What the expected facts say.
    QHash<QString, quint64> requestsByHost;
    QMap<int, quint64> codes;
    QMap<QString, quint64> methods;
    QHash<qint64, quint64> eventsByPid;
    QSet<QString> addresses;
    quint64 requests = 0;
    bool http2 = false; // an HTTP/2 event may begin several streams; the facts name the first
    for (const QJsonValue &v : test::readExpected(fixture).value(u"events").toArray()) {
        const QJsonObject e = v.toObject();
        if (e.contains(u"http.request.method")) {
            ++requests;
            ++requestsByHost[e.value(u"http.host").toString()];
            ++methods[e.value(u"http.request.method").toString()];
        }
        http2 = http2 || e.contains(u"http2.streamid");
        if (e.contains(u"http.response.code"))
            ++codes[e.value(u"http.response.code").toInt()];
        if (e.contains(u"process.pid"))
            ++eventsByPid[e.value(u"process.pid").toInteger()];
        for (const char *key : {"ip.src", "ip.dst"})
            if (e.contains(QLatin1String(key)))
                addresses.insert(e.value(QLatin1String(key)).toString());
    }
    if (http2) {
        QVERIFY(http.requestCount() >= requests);
        for (auto it = methods.cbegin(); it != methods.cend(); ++it)
            QVERIFY(http.methods().value(it.key()) >= it.value());
    } else {
        QCOMPARE(http.requestCount(), requests);
        QCOMPARE(http.methods(), methods);
    }
    // Every response the facts list is counted; a response without its request is not (no
    // host to count it under), so compare the answered ones.
    quint64 answered = 0;
    for (quint64 n : http.statusCodes())
        answered += n;
    QCOMPARE(answered, http.responseCount());
    for (auto it = http.statusCodes().cbegin(); it != http.statusCodes().cend(); ++it)
        if (!http2)
            QVERIFY2(it.value() <= codes.value(it.key()), qPrintable(QString::number(it.key())));
    quint64 byHost = 0;
    for (const HttpStatistics::Row &r : http.byHost()) {
        if (http2)
            QVERIFY(r.requests >= requestsByHost.value(r.host));
        else
            QCOMPARE(r.requests, requestsByHost.value(r.host));
        byHost += r.requests;
        QVERIFY(r.latencyMinNs <= r.latencyP50Ns && r.latencyP50Ns <= r.latencyP90Ns &&
                r.latencyP90Ns <= r.latencyP99Ns && r.latencyP99Ns <= r.latencyMaxNs);
    }
    QCOMPARE(byHost, http.requestCount());

    for (const TrafficStatistics::ProcessRow &p : traffic.processes())
        if (p.pid >= 0)
            QCOMPARE(p.events, eventsByPid.value(p.pid));
    QSet<QString> endpoints;
    for (const TrafficStatistics::EndpointRow &r : traffic.endpoints()) {
        endpoints.insert(r.address);
        QVERIFY(r.bytes() > 0);
    }
    QVERIFY2(endpoints.isEmpty() || endpoints.intersects(addresses), qPrintable(fixture));
    for (const QString &a : std::as_const(endpoints))
        QVERIFY2(addresses.contains(a), qPrintable(a));
}

void TestStatistics::percentiles_data()
{
    QTest::addColumn<QVector<qint64>>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("value");
    const QVector<qint64> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("p50 of 10") << ten << 50.0 << qint64(5);
    QTest::newRow("p90 of 10") << ten << 90.0 << qint64(9);
    QTest::newRow("p99 of 10") << ten << 99.0 << qint64(10);
    QTest::newRow("p0 of 10") << ten << 0.0 << qint64(1);
    QTest::newRow("one value") << QVector<qint64>{42} << 99.0 << qint64(42);
    QTest::newRow("empty") << QVector<qint64>{} << 50.0 << qint64(-1);
}

void TestStatistics::percentiles()
{
    QFETCH(QVector<qint64>, sorted);
    QFETCH(double, p);
    QFETCH(qint64, value);
    QCOMPARE(HttpStatistics::percentile(sorted, p), value);
}

void TestStatistics::ioGraphBuckets()
{
    const qint64 start = 1'800'000'000'000'000'000LL;
    IoGraph g(start, 1'000'000'000); // 1 s
    g.add(start, 100);
    g.add(start + 500'000'000, 50);
    g.add(start + 2'100'000'000, 10);
    g.add(start - 5, 1); // before the start: first bucket
    QCOMPARE(g.bucketCount(), 3);
    const QVector<IoGraph::Series> s = g.series();
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().events, (QVector<quint64>{3, 0, 1}));
    QCOMPARE(s.first().bytes, (QVector<quint64>{151, 0, 10}));
    QCOMPARE(IoGraph::niceInterval(3600LL * 1'000'000'000), qint64(5'000'000'000));
    QCOMPARE(IoGraph::niceInterval(10), qint64(1'000'000));
}

void TestStatistics::ioGraphCoarsens()
{
    IoGraph g(0, 1'000'000);
    quint64 total = 0;
    for (qint64 ms = 0; ms < 10 * IoGraph::MaxBuckets; ms += 3) {
        g.add(ms * 1'000'000, 2);
        total += 2;
    }
    QVERIFY(g.bucketCount() <= IoGraph::MaxBuckets);
    QVERIFY(g.intervalNs() >= 8'000'000);
    const IoGraph::Series s = g.series().first();
    quint64 bytes = 0;
    for (quint64 b : s.bytes)
        bytes += b;
    QCOMPARE(bytes, total);
    QCOMPARE(s.totalBytes, total);
}

void TestStatistics::ioGraphGroups()
{
    IoGraph g(0, 1'000'000);
    for (int i = 0; i < 20; ++i)
        g.add(i * 1'000'000, 100 * (i + 1), QStringLiteral("p%1").arg(i));
    const QVector<IoGraph::Series> s = g.series(4, QStringLiteral("rest"));
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0).group, QStringLiteral("p19"));
    QCOMPARE(s.at(3).group, QStringLiteral("rest"));
    quint64 total = 0;
    for (const IoGraph::Series &one : s)
        total += one.totalBytes;
    QCOMPARE(total, quint64(100 * 20 * 21 / 2));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
