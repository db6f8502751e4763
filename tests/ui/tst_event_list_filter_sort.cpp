// SPDX-License-Identifier: Apache-2.0
// The event list's filter, sort and find jobs: rows rebuilt from pass bits computed off the GUI
// thread, typed stable sorting, live rows that keep both, and a GUI thread that never blocks.
#include <QAbstractItemModelTester>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "net/replay_server.h"
#include "net/synthetic_event_generator.h"
#include "net/websocket_source.h"
#include "ui/event_find.h"
#include "ui/event_list_model.h"
#include "ui/ingest_pump.h"
#include "ui/stall_meter.h"
#include "ui/text_row_filter.h"

using namespace ecv;

namespace {

void appendSynthetic(CaptureStore &store, int count, qint64 *t)
{
    static SyntheticEventGenerator gen;
    for (int i = 0; i < count; ++i) {
        RawFrame frame;
        frame.arrivalNs = *t;
        frame.data = gen.nextEventFrame(*t);
        *t += 10000;
        store.appendFrame(frame);
    }
}

/** Rows are ordered by @p key (non-decreasing, or non-increasing) with ties in event order. */
template <typename Key>
bool orderedBy(const EventListModel &model, Key key, bool descending, QString *why)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const int a = model.eventIndexAt(row - 1);
        const int b = model.eventIndexAt(row);
        const auto ka = key(a);
        const auto kb = key(b);
        const bool wrong = descending ? ka < kb : kb < ka;
        if (wrong || (ka == kb && b < a)) {
            *why = QStringLiteral("rows %1/%2 (events %3/%4) out of order")
                       .arg(row - 1)
                       .arg(row)
                       .arg(a)
                       .arg(b);
            return false;
        }
    }
    return true;
}

quint32 ipv4(const QString &endpoint)
{
    return QHostAddress(endpoint.section(QLatin1Char(':'), 0, 0)).toIPv4Address();
}

} // namespace

class TestEventListFilterSort : public QObject
{
    Q_OBJECT
private slots:
    void sortByColumns_data();
    void sortByColumns();
    void sortKeepsSelection();
    void newFilterCancelsRunning();
    void filterAndSortHoldForLiveRows();
    void liveFilterFromReplayServer();
    void findNextAndPrevious_data();
    void findNextAndPrevious();
    void largeCaptureDoesNotBlockGui();
};

void TestEventListFilterSort::sortByColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("Length ascending") << int(EventListModel::Length) << false;
    QTest::newRow("Length descending") << int(EventListModel::Length) << true;
    QTest::newRow("Time descending") << int(EventListModel::Time) << true;
    QTest::newRow("No. descending") << int(EventListModel::Number) << true;
    QTest::newRow("Process") << int(EventListModel::Process) << false;
    QTest::newRow("Source") << int(EventListModel::Source) << false;
    QTest::newRow("Info") << int(EventListModel::Info) << false;
}

void TestEventListFilterSort::sortByColumns()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    qint64 t = 1'700'000'000'000'000'000;
    appendSynthetic(store, 5000, &t);
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QTRY_VERIFY(!model.isBusy());
    // A sort is one layout change over the same rows, no reset.
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 5000);
    QString why;
    switch (column) {
    case EventListModel::Length:
        QVERIFY2(orderedBy(
                     model, [&](int e) { return store.eventAt(e).dataLength; }, descending, &why),
                 qPrintable(why));
        // Synthetic events have repeated lengths: the ties are what stability is about.
        QVERIFY(store.eventAt(model.eventIndexAt(0)).dataLength ==
                store.eventAt(model.eventIndexAt(1)).dataLength);
        break;
    case EventListModel::Time:
        QVERIFY2(orderedBy(
                     model, [&](int e) { return store.eventAt(e).timeNs; }, descending, &why),
                 qPrintable(why));
        break;
    case EventListModel::Number:
        QCOMPARE(model.eventIndexAt(0), 4999);
        QCOMPARE(model.eventIndexAt(4999), 0);
        break;
    case EventListModel::Process:
        // By name, then by pid as a number (not as text).
        QVERIFY2(orderedBy(
                     model,
                     [&](int e) {
                         return std::make_pair(
                             store.string(store.eventAt(e).processNameId).toCaseFolded(),
                             store.eventAt(e).pid);
                     },
                     descending, &why),
                 qPrintable(why));
        break;
    case EventListModel::Source:
        // By address bytes (10.0.0.9 before 10.0.0.10), then port.
        QVERIFY2(orderedBy(
                     model,
                     [&](int e) {
                         const QString text = model.cellText(model.rowForEvent(e), column);
                         return std::make_pair(ipv4(text),
                                               text.section(QLatin1Char(':'), 1).toInt());
                     },
                     descending, &why),
                 qPrintable(why));
        break;
    case EventListModel::Info:
        QVERIFY2(
            orderedBy(
                model,
                [&](int e) { return model.cellText(model.rowForEvent(e), column).toCaseFolded(); },
                descending, &why),
            qPrintable(why));
        break;
    }
    // Back to the event order.
    model.sort(EventListModel::Number, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isBusy());
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.eventIndexAt(row), row);
}

void TestEventListFilterSort::sortKeepsSelection()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(3, 0),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    model.sort(EventListModel::Length, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.eventIndexAt(selection.currentIndex().row()), 3);
    QVERIFY(selection.isRowSelected(model.rowForEvent(3), QModelIndex()));
}

void TestEventListFilterSort::newFilterCancelsRunning()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    qint64 t = 1'700'000'000'000'000'000;
    appendSynthetic(store, 20000, &t);
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QSignalSpy applied(&model, &EventListModel::filterApplied);
    // A slow filter (payload text of every event), replaced at once by a cheap one: only the
    // second one's rows are ever shown.
    model.setRowFilter(std::make_shared<TextRowFilter>(QStringLiteral("no such text anywhere"),
                                                       false, nullptr, 0));
    const quint32 conversation = store.eventAt(100).conversationId;
    model.setRowFilter(std::make_shared<ConversationRowFilter>(conversation));
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.rowCount(), store.conversationEventCount(conversation));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(store.eventAt(model.eventIndexAt(row)).conversationId, conversation);
}

void TestEventListFilterSort::filterAndSortHoldForLiveRows()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    qint64 t = 1'700'000'000'000'000'000;
    appendSynthetic(store, 3000, &t);
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    // Events of one direction only (the synthetic stream: the requests say "GET" or "POST").
    model.setRowFilter(
        std::make_shared<TextRowFilter>(QStringLiteral("HTTP/1.1 2"), false, nullptr, 0));
    model.sort(EventListModel::Length, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isBusy());
    const int before = model.rowCount();
    QVERIFY(before > 0);
    QVERIFY(before < 3000);
    // Live events arrive in batches; each batch is tested and merged into place.
    for (int batch = 0; batch < 5; ++batch) {
        appendSynthetic(store, 1000, &t);
        QTRY_COMPARE(model.totalCount(), store.eventCount());
    }
    QVERIFY(model.rowCount() > before);
    QString why;
    QVERIFY2(orderedBy(
                 model, [&](int e) { return store.eventAt(e).dataLength; }, true, &why),
             qPrintable(why));
    int passing = 0;
    for (int e = 0; e < store.eventCount(); ++e) {
        const bool shown = model.rowForEvent(e) >= 0;
        const bool passes = TextRowFilter(QStringLiteral("HTTP/1.1 2"), false, nullptr, 0)
                                .matches(store.readHandle(), e);
        QCOMPARE(shown, passes);
        passing += passes;
    }
    QCOMPARE(model.rowCount(), passing);
}

void TestEventListFilterSort::liveFilterFromReplayServer()
{
    // The filter is set before anything arrives; every event streamed afterwards is tested.
    ReplayServer server;
    server.setGenerate(4000);
    server.setFast(true);
    QVERIFY(server.listen());
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("live")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IngestPump pump(&store);
    WebSocketSource source;
    connect(&source, &WebSocketSource::frameReceived, &pump, &IngestPump::enqueue);
    model.setRowFilter(std::make_shared<TextRowFilter>(QStringLiteral("POST"), false, nullptr, 0));
    source.open(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(store.eventCount() >= 4000, 60000);
    QTRY_COMPARE(model.totalCount(), store.eventCount());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < store.eventCount());
    const TextRowFilter check(QStringLiteral("POST"), false, nullptr, 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(check.matches(store.readHandle(), model.eventIndexAt(row)));
    source.close();
}

void TestEventListFilterSort::findNextAndPrevious_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("forward"); // event indexes found, in order, from the top
    // v152-http1-curl: events 0 (GET /index.html) and 2.. (requests and responses).
    QTest::newRow("list text") << int(FindScope::ListText) << QStringLiteral("http/1.1 200")
                               << QList<int>{1, 3};
    QTest::newRow("payload text") << int(FindScope::PayloadText) << QStringLiteral("GET /")
                                  << QList<int>{0, 2};
    QTest::newRow("payload hex") << int(FindScope::PayloadHex) << QStringLiteral("47 45 54 20 2f")
                                 << QList<int>{0, 2};
}

void TestEventListFilterSort::findNextAndPrevious()
{
    QFETCH(int, scope);
    QFETCH(QString, text);
    QFETCH(QList<int>, forward);
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    model.catchUp();
    EventFinder finder(&model);
    QSignalSpy done(&finder, &EventFinder::finished);
    int row = -1;
    for (int expected : forward) {
        QVERIFY(finder.find(text, FindScope(scope), row, false, false));
        QTRY_COMPARE(done.count(), 1);
        const FindResult result = done.takeFirst().at(0).value<FindResult>();
        QCOMPARE(result.eventIndex, expected);
        row = result.row;
    }
    // Previous goes back to the first match.
    QVERIFY(finder.find(text, FindScope(scope), row, true, false));
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.takeFirst().at(0).value<FindResult>().eventIndex, forward.first());
    QString error;
    QVERIFY(!finder.find(QStringLiteral("4x"), FindScope::PayloadHex, -1, false, false, &error));
    QVERIFY(!error.isEmpty());
}

void TestEventListFilterSort::largeCaptureDoesNotBlockGui()
{
    // 200,000 events; filter by list text (reads every payload), sort by Info and by Length,
    // and a Find with no match (tests every row): the GUI thread itself is never busy for
    // more than 100 ms at a time (the stall meter's CPU measure, independent of machine load).
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("large")));
    qint64 t = 1'700'000'000'000'000'000;
    appendSynthetic(store, 200000, &t);
    EventListModel model(&store);
    model.catchUp();
    StallMeter meter(1 << 30);
    QTest::qWait(50);
    model.setRowFilter(
        std::make_shared<TextRowFilter>(QStringLiteral("HTTP/1.1"), false, nullptr, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 120000);
    model.sort(EventListModel::Info, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 120000);
    model.sort(EventListModel::Length, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 120000);
    EventFinder finder(&model);
    QSignalSpy done(&finder, &EventFinder::finished);
    QVERIFY(finder.find(QStringLiteral("no such text"), FindScope::PayloadText, -1, false, false));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 120000);
    QCOMPARE(done.first().at(0).value<FindResult>().row, -1);
    meter.stop();
    qInfo("longest stall %lld ms, GUI thread busy %lld ms of it", meter.maxStallMs(),
          meter.maxBusyMs());
    QVERIFY2(meter.maxBusyMs() < 100, qPrintable(QString::number(meter.maxBusyMs())));
}

QTEST_MAIN(TestEventListFilterSort)
#include "tst_event_list_filter_sort.moc"
