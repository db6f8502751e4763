// SPDX-License-Identifier: Apache-2.0
// The display filter bar (states, apply, history, buttons, completion), the filter text that
// "Apply as Filter" writes, and the menus applied in the window on a fixture's expected facts.
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "ui/display_filter_bar.h"
#include "ui/display_row_filter.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/filter_expression.h"
#include "ui/filter_menu.h"
#include "ui/main_window.h"

using namespace ecv;

class TestDisplayFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void states_data();
    void states();
    void appliesOnlyValidFilters();
    void historyAndButtonsPersist();
    void completesFieldNamesAndValues();
    void expressions_data();
    void expressions();
    void modelWithDisplayFilter();
    void applyAsFilterInWindow();
};

void TestDisplayFilterBar::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_display_filter_bar"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestDisplayFilterBar::init()
{
    QSettings().clear();
}

void TestDisplayFilterBar::states_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("message"); // part of the message shown
    QTest::addColumn<QString>("colour");  // the field's background
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
    QTest::newRow("valid") << QStringLiteral(
                                  "http.host contains \"api\" && tcp.dstport in {80 443}")
                           << QStringLiteral("valid") << QString() << QStringLiteral("#afffaf");
    QTest::newRow("eCaptureQ SQL")
        << QStringLiteral("pname = 'curl' AND dst_port IN (80, 443)") << QStringLiteral("valid")
        << QString() << QStringLiteral("#afffaf");
    QTest::newRow("invalid") << QStringLiteral("http.host contains \"shop\" && tcp.dstport ==")
                             << QStringLiteral("invalid") << QStringLiteral("column 44")
                             << QStringLiteral("#ffafaf");
    QTest::newRow("unknown field")
        << QStringLiteral("http.hots == \"x\"") << QStringLiteral("invalid")
        << QStringLiteral("http.hots") << QStringLiteral("#ffafaf");
    QTest::newRow("warning") << QStringLiteral("ip.addr != 10.0.0.1") << QStringLiteral("warning")
                             << QStringLiteral("ip.addr") << QStringLiteral("#ffffaf");
}

void TestDisplayFilterBar::states()
{
    QFETCH(QString, text);
    QFETCH(QString, state);
    QFETCH(QString, message);
    QFETCH(QString, colour);
    DisplayFilterBar bar;
    bar.lineEdit()->setText(text);
    QCOMPARE(bar.state(), state);
    QVERIFY2(bar.message().contains(message), qPrintable(bar.message()));
    QCOMPARE(bar.message().isEmpty(), message.isEmpty());
    if (colour.isEmpty())
        QVERIFY(bar.lineEdit()->styleSheet().isEmpty());
    else
        QVERIFY2(bar.lineEdit()->styleSheet().contains(colour),
                 qPrintable(bar.lineEdit()->styleSheet()));
    if (state == QLatin1String("invalid")) {
        // The tooltip marks the column with a caret under the text.
        const QStringList lines = bar.lineEdit()->toolTip().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), text);
        QCOMPARE(lines.value(1).indexOf(QLatin1Char('^')) + 1, bar.current().errorColumn());
    }
}

void TestDisplayFilterBar::appliesOnlyValidFilters()
{
    DisplayFilterBar bar;
    QSignalSpy applied(&bar, &DisplayFilterBar::applied);
    bar.setFilterText(QStringLiteral("tcp.port =="), true);
    QCOMPARE(applied.count(), 0);
    QVERIFY(bar.appliedText().isEmpty());
    // The cursor goes to the error.
    QCOMPARE(bar.lineEdit()->cursorPosition(), bar.current().errorColumn() - 1);
    bar.setFilterText(QStringLiteral("tcp.port == 443"), true);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).value<DisplayFilter>().text(),
             QStringLiteral("tcp.port == 443"));
    QCOMPARE(bar.appliedText(), QStringLiteral("tcp.port == 443"));
    // Escape puts back the applied filter.
    bar.lineEdit()->setText(QStringLiteral("frame.len >"));
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
    QCOMPARE(bar.lineEdit()->text(), QStringLiteral("tcp.port == 443"));
}

void TestDisplayFilterBar::historyAndButtonsPersist()
{
    {
        DisplayFilterBar bar;
        bar.setFilterText(QStringLiteral("tcp.port == 443"), true);
        bar.setFilterText(QStringLiteral("process.name == \"curl\""), true);
        bar.setFilterText(QStringLiteral("tcp.port == 443"), true); // moves to the top
        bar.setFilterText(QStringLiteral("bad =="), true);          // never kept
        bar.addButton(QStringLiteral("curl"), QStringLiteral("process.name == \"curl\""));
    }
    DisplayFilterBar again;
    QCOMPARE(again.history(), QStringList({QStringLiteral("tcp.port == 443"),
                                           QStringLiteral("process.name == \"curl\"")}));
    QCOMPARE(again.buttons().size(), 1);
    QCOMPARE(again.buttons().first().first, QStringLiteral("curl"));
    // A saved button applies its filter.
    QSignalSpy applied(&again, &DisplayFilterBar::applied);
    auto *button = again.findChild<QToolButton *>(QStringLiteral("displayFilterButton0"));
    QVERIFY(button);
    button->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(again.appliedText(), QStringLiteral("process.name == \"curl\""));
    again.removeButton(0);
    QCOMPARE(DisplayFilterBar().buttons().size(), 0);
}

void TestDisplayFilterBar::completesFieldNamesAndValues()
{
    DisplayFilterBar bar;
    bar.setValuesProvider([](const QString &field) {
        return field == QLatin1String("process.name")
                   ? QStringList{QStringLiteral("curl"), QStringLiteral("nginx")}
                   : QStringList();
    });
    bar.show();
    QLineEdit *edit = bar.lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("http.ho"));
    auto *completer = bar.findChild<QCompleter *>();
    QVERIFY(completer);
    QStringList offered;
    for (int r = 0; r < completer->model()->rowCount(); ++r)
        offered << completer->model()->index(r, 0).data().toString();
    QVERIFY2(offered.contains(QStringLiteral("http.host")), qPrintable(offered.join(u' ')));
    emit completer->activated(QStringLiteral("http.host"));
    QCOMPARE(edit->text(), QStringLiteral("http.host"));
    // Values seen, quoted for a string field.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("tcp.port == 443 && process.name == \"cu"));
    offered.clear();
    for (int r = 0; r < completer->model()->rowCount(); ++r)
        offered << completer->model()->index(r, 0).data().toString();
    QCOMPARE(offered, QStringList{QStringLiteral("\"curl\"")});
    emit completer->activated(QStringLiteral("\"curl\""));
    QCOMPARE(edit->text(), QStringLiteral("tcp.port == 443 && process.name == \"curl\""));
    QCOMPARE(bar.state(), QStringLiteral("valid"));
}

void TestDisplayFilterBar::expressions_data()
{
    using J = FilterExpression::Join;
    QTest::addColumn<QString>("current");
    QTest::addColumn<int>("join");
    QTest::addColumn<QString>("expected");
    const QString c = QStringLiteral("process.name == \"curl\"");
    QTest::newRow("selected") << QString() << int(J::Selected) << c;
    QTest::newRow("not selected") << QStringLiteral("tcp.port == 443") << int(J::NotSelected)
                                  << QStringLiteral("!(process.name == \"curl\")");
    QTest::newRow("and") << QStringLiteral("tcp.port == 443") << int(J::AndSelected)
                         << QStringLiteral("tcp.port == 443 && process.name == \"curl\"");
    QTest::newRow("or, grouped") << QStringLiteral("a.b == 1 && c.d == 2") << int(J::OrSelected)
                                 << QStringLiteral(
                                        "(a.b == 1 && c.d == 2) || process.name == \"curl\"");
    QTest::newRow("and not") << QStringLiteral("tcp.port == 443") << int(J::AndNotSelected)
                             << QStringLiteral("tcp.port == 443 && !(process.name == \"curl\")");
    QTest::newRow("or not") << QStringLiteral("tcp.port == 443") << int(J::OrNotSelected)
                            << QStringLiteral("tcp.port == 443 || !(process.name == \"curl\")");
    QTest::newRow("and, nothing yet") << QString() << int(J::AndSelected) << c;
}

void TestDisplayFilterBar::expressions()
{
    QFETCH(QString, current);
    QFETCH(int, join);
    QFETCH(QString, expected);
    const FieldValue curl = FieldValue::ofText(QStringLiteral("curl"));
    const QString condition =
        FilterExpression::condition(FieldRegistry::field("process.name"), &curl);
    const QString text = FilterExpression::join(current, condition, FilterExpression::Join(join));
    QCOMPARE(text, expected);
    // Literals of every kind read back.
    const FieldValue quote = FieldValue::ofText(QStringLiteral("a \"b\" \\ c\n"));
    const QString tricky = FilterExpression::condition(FieldRegistry::field("http.host"), &quote);
    QVERIFY2(DisplayFilter::compile(tricky).isValid(), qPrintable(tricky));
    const FieldValue bytes = FieldValue::ofBytes(QByteArray("GET ", 4));
    QCOMPARE(FilterExpression::condition(FieldRegistry::field("payload"), &bytes),
             QStringLiteral("payload == 47:45:54:20"));
    QVERIFY(DisplayFilter::compile(QStringLiteral("payload == 47:45:54:20")).isValid());
    const FieldValue address = FieldValue::ofText(QStringLiteral("10.0.0.1"));
    QCOMPARE(FilterExpression::condition(FieldRegistry::field("ip.src"), &address),
             QStringLiteral("ip.src == 10.0.0.1"));
}

void TestDisplayFilterBar::modelWithDisplayFilter()
{
    // v152-http1-curl.expected.json: events 2, 4, 6, 8, 12 and 14 have http.response.code 200.
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.catchUp();
    model.setRowFilter(std::make_shared<DisplayRowFilter>(
        DisplayFilter::compile(QStringLiteral("http.response.code == 200")),
        FilterApply::dissect()));
    QTRY_VERIFY(!model.isBusy());
    QList<int> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.eventIndexAt(row) + 1;
    QCOMPARE(shown, (QList<int>{2, 4, 6, 8, 12, 14}));
    // Sorted by Length descending, the same events.
    model.sort(EventListModel::Length, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), 6);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(store.eventAt(model.eventIndexAt(row - 1)).dataLength >=
                store.eventAt(model.eventIndexAt(row)).dataLength);
}

void TestDisplayFilterBar::applyAsFilterInWindow()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    auto *menus = window.findChild<FilterMenu *>();
    QVERIFY(menus);
    // The list's Process cell of event 1 and the Destination port.
    const QString process =
        menus->conditionFor(FilterMenu::columnFilterField(EventListModel::Process), 0);
    QCOMPARE(process, QStringLiteral("process.name == \"curl\""));
    QCOMPARE(menus->conditionFor(FieldRegistry::field("tcp.dstport"), 0),
             QStringLiteral("tcp.dstport == 443"));
    window.setDisplayFilter(QStringLiteral("tcp.dstport == 443"));
    menus->use(process, FilterExpression::Join::AndSelected, true);
    QCOMPARE(window.displayFilterEdit()->text(),
             QStringLiteral("tcp.dstport == 443 && process.name == \"curl\""));
    QTRY_VERIFY(!window.eventModel()->isBusy());
    QCOMPARE(window.eventModel()->rowCount(), 7); // the seven requests
    // Prepare only puts the text in the bar.
    menus->use(process, FilterExpression::Join::NotSelected, false);
    QCOMPARE(window.displayFilterEdit()->text(), QStringLiteral("!(process.name == \"curl\")"));
    QCOMPARE(window.displayFilterBar()->appliedText(),
             QStringLiteral("tcp.dstport == 443 && process.name == \"curl\""));
    // Filter to this process: pid 48213 has events 1 and 2.
    QCOMPARE(menus->processFilter(0),
             QStringLiteral("process.pid == 48213 && process.name == \"curl\""));
    window.setDisplayFilter(menus->processFilter(0));
    QTRY_VERIFY(!window.eventModel()->isBusy());
    QCOMPARE(window.eventModel()->rowCount(), 2);
    // Filter to this conversation.
    window.setDisplayFilter(menus->conversationFilter(2));
    QTRY_VERIFY(!window.eventModel()->isBusy());
    QCOMPARE(window.eventModel()->rowCount(),
             window.store()->conversationEventCount(window.store()->eventAt(2).conversationId));
}

QTEST_MAIN(TestDisplayFilterBar)
#include "tst_display_filter_bar.moc"
