// SPDX-License-Identifier: Apache-2.0
// The main window against its checklist: keyboard shortcuts, the list's fixed row height and
// columns, persisted widths/order/URL history/recent files, copying rows, auto-scroll that
// stops when the user scrolls up and resumes with End, and the reconnect note.
#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QTcpServer>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"
#include "ui/connection_bar.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/log_model.h"
#include "ui/main_window.h"

using namespace ecv;

namespace {

QVector<RawFrame> fixtureFrames(const QString &name)
{
    FrameLogReader reader;
    if (!reader.readFile(QStringLiteral(ECV_TEST_DATA "/%1.jsonl").arg(name)))
        return {};
    return reader.takeFrames();
}

QStringList shortcutsOf(const QWidget &window)
{
    QStringList out;
    for (const QAction *a : window.findChildren<QAction *>())
        for (const QKeySequence &k : a->shortcuts())
            out << k.toString(QKeySequence::PortableText);
    return out;
}

/** A TCP port nothing listens on (bound, then released). */
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestWindowChecklist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void shortcuts();
    void listColumnsAndRowHeight();
    void settingsPersisted();
    void copyRowsAsText();
    void autoScrollStopsAndResumes();
    void reconnectStateAndNote();
};

void TestWindowChecklist::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_window_checklist"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowChecklist::init()
{
    QSettings().clear();
}

void TestWindowChecklist::shortcuts()
{
    MainWindow window;
    window.setInteractive(false);
    const QStringList keys = shortcutsOf(window);
    for (const char *k : {"Ctrl+O", "Ctrl+S", "Ctrl+L", "Ctrl+F", "End", "Ctrl+C"})
        QVERIFY2(keys.contains(QLatin1String(k)), k);
    // Ctrl+L puts the focus in the URL field with its text selected.
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setUrlText(QStringLiteral("ws://example.invalid:1/"));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(window.connectionBar()->isAncestorOf(focus));
}

void TestWindowChecklist::listColumnsAndRowHeight()
{
    MainWindow window;
    window.setInteractive(false);
    EventListView *view = window.eventView();
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QStringList names;
    for (int c = 0; c < EventListModel::ColumnCount; ++c) {
        QVERIFY(view->horizontalHeader()->sectionResizeMode(c) != QHeaderView::ResizeToContents);
        names << window.eventModel()->headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(names, QStringList({"No.", "Time", "Process", "Source", "Destination", "Host",
                                 "Protocol", "Length", "Info"}));
    QVERIFY(view->horizontalHeader()->sectionsMovable());
}

void TestWindowChecklist::settingsPersisted()
{
    const QString fixture = QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl");
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QHeaderView *header = window.eventView()->horizontalHeader();
        header->moveSection(header->visualIndex(EventListModel::Info), 1);
        header->resizeSection(EventListModel::Process, 333);
        QVERIFY(window.openCapture(fixture));
        QVERIFY(window.connectTo(QStringLiteral("127.0.0.1:%1").arg(port)));
        window.disconnectSource();
        QVERIFY(window.close()); // saves the settings
    }
    MainWindow again;
    again.setInteractive(false);
    QHeaderView *header = again.eventView()->horizontalHeader();
    QCOMPARE(header->visualIndex(EventListModel::Info), 1);
    QCOMPARE(header->sectionSize(EventListModel::Process), 333);
    // With no argument the last URL is ready in the field, the history kept.
    QCOMPARE(again.connectionBar()->urlText(), url);
    QCOMPARE(again.connectionBar()->history().value(0), url);
    QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().value(0),
             QFileInfo(fixture).absoluteFilePath());
}

void TestWindowChecklist::copyRowsAsText()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListView *view = window.eventView();
    EventListModel *model = window.eventModel();
    view->selectionModel()->select(model->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), model->headerText());
    QCOMPARE(lines.at(1), model->rowText(0));
    QCOMPARE(lines.at(2), model->rowText(2));
    QVERIFY(lines.at(1).startsWith(QString::number(window.store()->eventAt(0).frameNumber) +
                                   QLatin1Char('\t')));
}

void TestWindowChecklist::autoScrollStopsAndResumes()
{
    const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v152-http1-curl"));
    QVERIFY(!frames.isEmpty());
    MainWindow window;
    window.setInteractive(false);
    window.resize(900, 600);
    window.show();
    QVERIFY(window.store()->createTemporary(QStringLiteral("test")));
    auto feed = [&](int rounds) {
        for (int r = 0; r < rounds; ++r)
            for (const RawFrame &f : frames)
                window.store()->appendFrame(f);
    };
    EventListView *view = window.eventView();
    QScrollBar *bar = view->verticalScrollBar();
    feed(10);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view->isFollowing());
    // The user scrolls up: new rows no longer move the list.
    bar->setValue(0);
    QVERIFY(!view->isFollowing());
    const int before = window.eventModel()->rowCount();
    feed(5);
    QTRY_VERIFY(window.eventModel()->rowCount() > before);
    QTest::qWait(300);
    QCOMPARE(bar->value(), 0);
    // End jumps to live and following resumes.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    QVERIFY(view->isFollowing());
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int max = bar->maximum();
    feed(5);
    QTRY_VERIFY(bar->maximum() > max);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestWindowChecklist::reconnectStateAndNote()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.connectTo(QStringLiteral("127.0.0.1:%1").arg(port)));
    // The bar says "reconnecting in N s" in the warning colour.
    auto *state = window.connectionBar()->findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("reconnecting in")), 10000);
    QVERIFY(state->styleSheet().contains(QLatin1String("#b36b00")));
    // The log says why, and when the next attempt is, once.
    LogModel *log = window.logModel();
    QTRY_VERIFY(log->rowCount() > 0);
    QString note;
    for (int r = 0; r < log->rowCount() && note.isEmpty(); ++r)
        if (log->line(r).message.startsWith(QLatin1String("Connection lost")))
            note = log->line(r).message;
    QVERIFY2(note.contains(QLatin1String("refused")), qPrintable(note));
    QCOMPARE(note.count(QLatin1String("reconnecting in")), 1);
    window.disconnectSource();
    QTRY_COMPARE(state->text(), QStringLiteral("● disconnected"));
}

QTEST_MAIN(TestWindowChecklist)
#include "tst_window_checklist.moc"
