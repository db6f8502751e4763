// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "net/synthetic_event_generator.h"
#include "ui/event_list_model.h"
#include "ui/text_row_filter.h"

using namespace ecv;

class TestEventListModel : public QObject
{
    Q_OBJECT
private slots:
    void streamingInsertsOneBatchPerTurn();
    void fixtureColumns();
    void http2RenderingBeforeDissection();
    void filterText();
    void relativeTime();
    void clearedResets();
};

void TestEventListModel::streamingInsertsOneBatchPerTurn()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&model, &EventListModel::rowsAppended);

    SyntheticEventGenerator gen;
    constexpr int Total = 100000;
    constexpr int Batch = 5000;
    qint64 t = 1'700'000'000'000'000'000;
    for (int b = 0; b < Total / Batch; ++b) {
        for (int i = 0; i < Batch; ++i) {
            RawFrame frame;
            frame.arrivalNs = t;
            frame.data = gen.nextEventFrame(t);
            t += 10000;
            store.appendFrame(frame);
        }
        // One event-loop turn later the batch is in, as one insertion.
        QTRY_COMPARE(model.rowCount(), (b + 1) * Batch);
        QCOMPARE(inserted.count(), b + 1);
        const QList<QVariant> args = inserted.last();
        QCOMPARE(args.at(1).toInt(), b * Batch);
        QCOMPARE(args.at(2).toInt(), (b + 1) * Batch - 1);
    }
    QCOMPARE(appended.count(), Total / Batch);
    QCOMPARE(model.totalCount(), Total);
    QCOMPARE(model.eventIndexAt(Total - 1), Total - 1);
    QCOMPARE(model.rowForEvent(12345), 12345);
    // Every row has text in every column that needs no payload.
    const QModelIndex last = model.index(Total - 1, EventListModel::Process);
    QVERIFY(!model.data(last).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, EventListModel::Info)).toString().isEmpty());
}

// Until dissection answers (no analyzer here), an eCapture v1 HTTP/2 rendering event says what
// it is, not its raw first line "Frame Type\t=>\tSETTINGS", and its protocol is spelled as the
// dissected rows spell it.
void TestEventListModel::http2RenderingBeforeDissection()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http2-nghttp.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QCOMPARE(model.rowCount(), 4); // summary.events in v152-http2-nghttp.expected.json
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.cellText(row, EventListModel::Protocol), QStringLiteral("HTTP2"));
        QCOMPARE(model.cellText(row, EventListModel::Info),
                 QStringLiteral("HTTP/2 frames (eCapture text rendering)"));
    }
}

void TestEventListModel::fixtureColumns()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QCOMPARE(model.rowCount(), 14); // summary.events in v152-http1-curl.expected.json
    // Event n=1: curl 48213, 192.168.1.23:44592 -> 203.0.113.10:443, GET /index.html
    QCOMPARE(model.cellText(0, EventListModel::Process), QStringLiteral("curl (48213)"));
    QCOMPARE(model.cellText(0, EventListModel::Source), QStringLiteral("192.168.1.23:44592"));
    QCOMPARE(model.cellText(0, EventListModel::Destination), QStringLiteral("203.0.113.10:443"));
    QVERIFY2(model.cellText(0, EventListModel::Info).startsWith(QLatin1String("GET /index.html")),
             qPrintable(model.cellText(0, EventListModel::Info)));
    // Event n=2 is the response, from the server.
    QCOMPARE(model.cellText(1, EventListModel::Source), QStringLiteral("203.0.113.10:443"));
    QVERIFY(model.cellText(1, EventListModel::Info).startsWith(QLatin1String("HTTP/1.1 200")));
    const QString row = model.rowText(0);
    QCOMPARE(row.count(QLatin1Char('\t')), EventListModel::ColumnCount - 1);
    QVERIFY(model.headerText().startsWith(QStringLiteral("No.\tTime")));
}

void TestEventListModel::filterText()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // The filter runs on a worker: the rows change with one reset when it is done.
    model.setRowFilter(std::make_shared<TextRowFilter>(QStringLiteral("post "), false, nullptr, 0));
    QVERIFY(model.isBusy());
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 14);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.rowText(r).contains(QLatin1String("POST "), Qt::CaseInsensitive));
    // A filtered-out event has no row; a shown one maps back.
    const int ev = model.eventIndexAt(0);
    QCOMPARE(model.rowForEvent(ev), 0);
    QCOMPARE(model.rowForEvent(0), -1); // event 0 is a GET
    model.setRowFilter(nullptr);
    QTRY_COMPARE(model.rowCount(), 14);
}

void TestEventListModel::relativeTime()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    model.catchUp();
    const QString absolute = model.cellText(0, EventListModel::Time);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                 .match(absolute)
                 .hasMatch(),
             qPrintable(absolute));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setTimeFormat(EventListModel::TimeFormat::Relative);
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.cellText(0, EventListModel::Time), QStringLiteral("0.000000"));
    const double later = model.cellText(13, EventListModel::Time).toDouble();
    const double expected = double(store.eventAt(13).timeNs - store.eventAt(0).timeNs) / 1e9;
    QVERIFY(qAbs(later - expected) < 1e-6);
}

void TestEventListModel::clearedResets()
{
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QCOMPARE(model.rowCount(), 15);
    store.close();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

QTEST_MAIN(TestEventListModel)
#include "tst_event_list_model.moc"
