// SPDX-License-Identifier: Apache-2.0
// Marking events as in Wireshark: EventMarks, the event list model's marked rows (under
// QAbstractItemModelTester) and the window's Edit menu commands and shortcuts.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/event_marks.h"
#include "ui/export_actions.h"
#include "ui/main_window.h"
#include "ui/text_row_filter.h"

using namespace ecv;

namespace {

const QString Fixture = QStringLiteral(ECV_TEST_DATA "/v25-composite.jsonl");

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

int currentEvent(MainWindow &window)
{
    return window.eventView()->currentIndex().data(EventListModel::EventIndexRole).toInt();
}

} // namespace

class TestEventMarks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void marksOfTheStore();
    void modelDrawsMarkedRows();
    void shortcutsAsWireshark();
    void nextSkipsHiddenMarks();
    void newCaptureForgetsMarks();
};

void TestEventMarks::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_event_marks"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestEventMarks::marksOfTheStore()
{
    CaptureStore store;
    QVERIFY(store.open(Fixture));
    QCOMPARE(store.eventCount(), 47);
    EventMarks marks(&store);
    QCOMPARE(marks.first(), -1);
    QCOMPARE(marks.next(-1), -1);
    QSignalSpy changed(&marks, &EventMarks::markChanged);
    marks.setMarked(30, true);
    marks.setMarked(4, true);
    marks.setMarked(4, true);  // already marked: no signal
    marks.setMarked(47, true); // past the last event: ignored
    marks.setMarked(-1, true);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(marks.count(), 2);
    QCOMPARE(marks.marked(), (QVector<int>{4, 30}));
    QCOMPARE(marks.first(), 4);
    QCOMPARE(marks.last(), 30);
    QCOMPARE(marks.next(4), 30);
    QCOMPARE(marks.next(30), -1);
    QCOMPARE(marks.previous(30), 4);
    QCOMPARE(marks.previous(4), -1);
    QCOMPARE(marks.previous(47), 30);
    marks.toggle({4, 5});
    QCOMPARE(marks.marked(), (QVector<int>{5, 30}));
    QSignalSpy reset(&marks, &EventMarks::marksReset);
    marks.markAll({0, 1, 5, 46});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(marks.count(), 5);
    marks.clear();
    QCOMPARE(marks.count(), 0);
    QCOMPARE(marks.last(), -1);
}

void TestEventMarks::modelDrawsMarkedRows()
{
    CaptureStore store;
    QVERIFY(store.open(Fixture));
    EventListModel model(&store);
    EventMarks marks(&store);
    model.setMarks(&marks);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    QCOMPARE(model.rowCount(), 47);
    const QModelIndex cell = model.index(3, EventListModel::Info);
    QCOMPARE(cell.data(EventListModel::MarkedRole).toBool(), false);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    marks.setMarked(3, true);
    QCOMPARE(dataChanged.count(), 1);
    const auto args = dataChanged.takeFirst();
    QCOMPARE(args.at(0).toModelIndex(), model.index(3, 0));
    QCOMPARE(args.at(1).toModelIndex(), model.index(3, EventListModel::ColumnCount - 1));
    QCOMPARE(cell.data(EventListModel::MarkedRole).toBool(), true);
    // Wireshark's marked packets: white on black, whatever the row's own colour.
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(Qt::black));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
    QVERIFY(!model.index(4, 0).data(Qt::BackgroundRole).isValid());
    // A filter keeps the mark with the event, not the row.
    model.setRowFilter(std::make_shared<ConversationRowFilter>(1));
    QTRY_VERIFY(!model.isBusy());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(EventListModel::MarkedRole).toBool(),
                 model.eventIndexAt(row) == 3);
    model.setRowFilter(nullptr);
    QCOMPARE(model.index(3, 0).data(EventListModel::MarkedRole).toBool(), true);
    marks.markAll({0, 1, 2});
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(model.index(1, 5).data(EventListModel::MarkedRole).toBool(), true);
}

void TestEventMarks::shortcutsAsWireshark()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCapture(Fixture));
    QTRY_COMPARE(window.eventModel()->rowCount(), 47);
    auto *actions = window.findChild<ExportActions *>(QStringLiteral("exportActions"));
    QVERIFY(actions);
    EventMarks *marks = actions->marks();
    QCOMPARE(action(window, "markEvent")->shortcut(), QKeySequence(QStringLiteral("Ctrl+M")));
    QCOMPARE(action(window, "nextMark")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QCOMPARE(action(window, "previousMark")->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+B")));

    window.eventView()->setFocus();
    window.selectRow(5, -1);
    QTest::keyClick(window.eventView(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(marks->isMarked(5));
    window.selectRow(20, -1);
    QTest::keyClick(window.eventView(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(marks->marked(), (QVector<int>{5, 20}));
    // From the first row: next mark is 5, then 20, then nothing (stays).
    window.selectRow(0, -1);
    QTest::keyClick(window.eventView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentEvent(window), 5);
    QTest::keyClick(window.eventView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentEvent(window), 20);
    QVERIFY(!actions->goToMark(true));
    QCOMPARE(currentEvent(window), 20);
    QTest::keyClick(window.eventView(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentEvent(window), 5);
    // Ctrl+M on a marked event unmarks it.
    QTest::keyClick(window.eventView(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(marks->marked(), (QVector<int>{20}));
    action(window, "markAllDisplayed")->trigger();
    QCOMPARE(marks->count(), 47);
    action(window, "unmarkAll")->trigger();
    QCOMPARE(marks->count(), 0);
}

void TestEventMarks::nextSkipsHiddenMarks()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openCapture(Fixture));
    QTRY_COMPARE(window.eventModel()->rowCount(), 47);
    auto *actions = window.findChild<ExportActions *>(QStringLiteral("exportActions"));
    const quint32 conversation = window.store()->eventAt(10).conversationId;
    QVERIFY(conversation != 0);
    int hidden = -1;
    for (int i = 0; i < 10 && hidden < 0; ++i)
        if (window.store()->eventAt(i).conversationId != conversation)
            hidden = i;
    QVERIFY(hidden >= 0);
    actions->marks()->setMarked(hidden, true);
    actions->marks()->setMarked(10, true);
    window.setDisplayFilter(QStringLiteral("event.conversation == %1").arg(conversation));
    QTRY_VERIFY(!window.eventModel()->isBusy());
    // From no current row: the first mark is filtered out, so the next one shown is event 10.
    window.eventView()->setCurrentIndex(QModelIndex());
    QVERIFY(actions->goToMark(true));
    QCOMPARE(currentEvent(window), 10);
    // The only mark before it is filtered out: there is no previous mark to go to.
    QVERIFY(!actions->goToMark(false));
    QCOMPARE(currentEvent(window), 10);
}

void TestEventMarks::newCaptureForgetsMarks()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openCapture(Fixture));
    QTRY_COMPARE(window.eventModel()->rowCount(), 47);
    auto *actions = window.findChild<ExportActions *>(QStringLiteral("exportActions"));
    actions->marks()->setMarked(7, true);
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    QCOMPARE(actions->marks()->count(), 0);
    QVERIFY(!actions->marks()->isMarked(7));
}

QTEST_MAIN(TestEventMarks)
#include "tst_event_marks.moc"
