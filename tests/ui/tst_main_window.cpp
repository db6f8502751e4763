// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "common/v1_event_frame.h"
#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"
#include "core/http/http_analysis.h"
#include "ecaptureq.pb.h"
#include "net/replay_server.h"
#include "ui/connection_bar.h"
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/follow_view.h"
#include "ui/heartbeat_monitor.h"
#include "ui/hex_view.h"
#include "ui/http_view.h"
#include "ui/log_model.h"
#include "ui/main_window.h"
#include "ui/status_panel.h"
#include "ui/text_row_filter.h"

using namespace ecv;

namespace {

QJsonObject summaryOf(const QString &fixture)
{
    QFile f(QStringLiteral(ECV_TEST_DATA "/%1.expected.json").arg(fixture));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("summary")).toObject();
}

int ecaptureLogLines(const LogModel *model)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        n += model->line(r).fromViewer ? 0 : 1;
    return n;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void liveFromReplayServer_data();
    void liveFromReplayServer();
    void selectingRowFillsDetail();
    void heartbeatWarningWhenHeartbeatsStop();
    void reconnectDoesNotRepeatCachedLogs();
    void openFileAndFollow();
    void replayProgram();
    void httpTabAndFollowStream();
    void largePayloadStaysFast();
    void hexDumpTextShownAsBytes();

private:
    void startReplay(ReplayServer &server, const QString &fixture, int *dropped = nullptr);
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::startReplay(ReplayServer &server, const QString &fixture, int *dropped)
{
    FrameLogReader reader;
    QVERIFY(reader.readFile(QStringLiteral(ECV_TEST_DATA "/%1.jsonl").arg(fixture)));
    // A text frame that is not UTF-8 cannot travel over a WebSocket: the server drops it.
    const QStringList skipped = server.setRecording(reader.takeFrames());
    if (dropped)
        *dropped = int(skipped.size());
    server.setFast(true);
    QVERIFY(server.listen());
}

void TestMainWindow::liveFromReplayServer_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("v152-http1-curl") << QStringLiteral("v152-http1-curl");
    QTest::newRow("v152-mixed") << QStringLiteral("v152-mixed");
    QTest::newRow("v25-composite") << QStringLiteral("v25-composite");
    QTest::newRow("v140-json-text") << QStringLiteral("v140-json-text");
    QTest::newRow("bad-input-a") << QStringLiteral("bad-input-a");
}

void TestMainWindow::liveFromReplayServer()
{
    QFETCH(QString, fixture);
    const QJsonObject summary = summaryOf(fixture);
    QVERIFY(!summary.isEmpty());
    ReplayServer server;
    int dropped = 0;
    startReplay(server, fixture, &dropped);
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.connectTo(server.url().toString()));
    const int events = summary.value(QLatin1String("events")).toInt();
    const int heartbeats = summary.value(QLatin1String("heartbeats")).toInt();
    const int logs = summary.value(QLatin1String("run_logs")).toInt();
    const int undecodable = summary.value(QLatin1String("undecodable")).toInt() - dropped;
    QTRY_COMPARE(window.eventModel()->rowCount(), events);
    QTRY_COMPARE(int(window.store()->heartbeats().size()), heartbeats);
    QTRY_COMPARE(ecaptureLogLines(window.logModel()), logs);
    QCOMPARE(int(window.store()->undecodable().size()), undecodable);
    QCOMPARE(window.connectionBar()->stateText(), QStringLiteral("live"));
    // The status bar says the same, with the heartbeat number.
    QTRY_VERIFY(window.statusPanel()->countsLabel()->text().contains(
        QStringLiteral("Events: %1").arg(events)));
    if (heartbeats > 0) {
        const qint64 lastCount = window.store()->heartbeats().last().count;
        QTRY_VERIFY2(window.statusPanel()->heartbeatLabel()->text().contains(
                         QStringLiteral("heartbeat #%1").arg(lastCount)),
                     qPrintable(window.statusPanel()->heartbeatLabel()->text()));
    }
    if (undecodable > 0) {
        QVERIFY(window.statusPanel()->countsLabel()->text().contains(
            QStringLiteral("Undecodable: %1").arg(undecodable)));
        int warnings = 0;
        for (int r = 0; r < window.logModel()->rowCount(); ++r)
            warnings +=
                window.logModel()->line(r).message.contains(QLatin1String("could not be decoded"));
        QCOMPARE(warnings, undecodable);
    }
    const QString version = window.store()->ecaptureVersion();
    if (!version.isEmpty())
        QVERIFY(window.statusPanel()->versionLabel()->text().contains(version));
    // The viewer noted the connection in the log.
    bool connectedNote = false;
    for (int r = 0; r < window.logModel()->rowCount(); ++r)
        connectedNote |=
            window.logModel()->line(r).fromViewer &&
            window.logModel()->line(r).message.startsWith(QLatin1String("Connected to"));
    QVERIFY(connectedNote);
    window.disconnectSource();
    QCOMPARE(window.connectionBar()->stateText(), QStringLiteral("disconnected"));
}

void TestMainWindow::selectingRowFillsDetail()
{
    ReplayServer server;
    startReplay(server, QStringLiteral("v152-http1-curl"));
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.connectTo(server.url().toString()));
    QTRY_COMPARE(window.eventModel()->rowCount(), 14);
    // Row 0 is event n=1 of the fixture: curl's GET /index.html to shop.example.com.
    window.eventView()->setCurrentIndex(window.eventModel()->index(0, 0));
    DetailPane *detail = window.detailPane();
    QVERIFY(detail->hasEvent());
    const QByteArray bytes = detail->hexView()->data();
    QVERIFY(bytes.startsWith("GET /index.html HTTP/1.1\r\n"));
    QVERIFY(bytes.contains("Host: shop.example.com"));
    QCOMPARE(bytes, window.store()->event(0).data);
    QCOMPARE(qsizetype(window.store()->eventAt(0).dataLength), bytes.size());
    QVERIFY(detail->textView()->toPlainText().startsWith(
        QStringLiteral("GET /index.html HTTP/1.1\nHost: shop.example.com")));
    QCOMPARE(detail->event().pid, 48213);
    // Row 1 is the server's response: 200 with a 613-byte text/html body.
    window.eventView()->setCurrentIndex(window.eventModel()->index(1, 0));
    QVERIFY(detail->hexView()->data().startsWith("HTTP/1.1 200 OK"));
    QVERIFY(detail->textView()->toPlainText().contains(QLatin1String("text/html")));
    // Finding text in the payload selects it in the hex view.
    QVERIFY(detail->find(QStringLiteral("text/html")));
    QCOMPARE(detail->hexView()->selectedOrAll(), QByteArray("text/html"));
    // Copy rows as text: header + the selected row.
    window.eventView()->selectionModel()->select(window.eventModel()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    const QStringList lines =
        window.eventView()->selectedRowsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QLatin1String("curl (48213)")));
    QVERIFY(lines.at(1).contains(QLatin1String("GET /index.html")));
}

void TestMainWindow::heartbeatWarningWhenHeartbeatsStop()
{
    ReplayServer server;
    startReplay(server, QStringLiteral("v152-http1-curl"));
    MainWindow window;
    window.setInteractive(false);
    window.setHeartbeatInterval(150);
    window.show();
    QSignalSpy late(window.heartbeatMonitor(), &HeartbeatMonitor::lateChanged);
    QVERIFY(window.connectTo(server.url().toString()));
    QTRY_COMPARE(int(window.store()->heartbeats().size()), 2);
    // The recording has no more heartbeats: after two intervals the warning shows.
    QTRY_VERIFY_WITH_TIMEOUT(window.heartbeatMonitor()->isLate(), 3000);
    QVERIFY(late.count() >= 1);
    QVERIFY(late.last().at(0).toBool());
    QTRY_VERIFY(window.statusPanel()->heartbeatLabel()->text().contains(QStringLiteral("⚠")));
    QVERIFY(!window.statusPanel()->heartbeatLabel()->styleSheet().isEmpty());
    bool logged = false;
    for (int r = 0; r < window.logModel()->rowCount(); ++r)
        logged |= window.logModel()->line(r).message.startsWith(QLatin1String("No heartbeat"));
    QVERIFY(logged);
    // Disconnecting ends the watch: no warning for a closed connection.
    window.disconnectSource();
    QVERIFY(!window.heartbeatMonitor()->isLate());
}

void TestMainWindow::reconnectDoesNotRepeatCachedLogs()
{
    ReplayServer server;
    startReplay(server, QStringLiteral("v152-http1-curl"));
    server.setHeartbeatInterval(60000); // heartbeat:0 after the cached logs, as eCapture
    MainWindow window;
    window.setInteractive(false);
    window.show();
    window.source()->setBackoff(50, 200);
    QVERIFY(window.connectTo(server.url().toString()));
    QTRY_COMPARE(window.eventModel()->rowCount(), 14);
    QTRY_COMPARE(ecaptureLogLines(window.logModel()), 26);
    // The server goes away and comes back on the same port: the client reconnects and the
    // server sends everything again, cached startup lines first.
    const quint16 port = server.port();
    server.close();
    QTRY_COMPARE(window.source()->state(), WebSocketSource::State::Reconnecting);
    QVERIFY(window.connectionBar()->stateText().startsWith(QLatin1String("reconnecting in")));
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(window.source()->connectionNumber() >= 1, 5000);
    QTRY_COMPARE(window.eventModel()->rowCount(), 28);
    // The recording's run logs all come before its first event: all of them are repeats.
    QTRY_VERIFY(window.logModel()->suppressedRepeats() >= server.prologueSize());
    QCOMPARE(ecaptureLogLines(window.logModel()), 26 + 26 - window.logModel()->suppressedRepeats());
}

void TestMainWindow::openFileAndFollow()
{
    MainWindow window;
    window.setInteractive(false);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("startHint"))->isVisible());
    QVERIFY(!window.openCapture(QStringLiteral(ECV_TEST_DATA "/does-not-exist.jsonl")));
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v25-composite.jsonl")));
    QCOMPARE(window.eventModel()->rowCount(), 47);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("startHint"))->isVisible());
    QCOMPARE(ecaptureLogLines(window.logModel()), 13);
    QVERIFY(window.windowTitle().contains(QLatin1String("v25-composite.jsonl")));
    QVERIFY(window.statusPanel()->fileLabel()->text().contains(QLatin1String("v25-composite")));
    QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().value(0),
             QFileInfo(QStringLiteral(ECV_TEST_DATA "/v25-composite.jsonl")).absoluteFilePath());
    // Go to live selects the last row and follows.
    window.eventView()->goToLive();
    QVERIFY(window.eventView()->isFollowing());
    QCOMPARE(window.eventView()->currentIndex().row(), 46);
    QVERIFY(window.detailPane()->hasEvent());
    // Display filter narrows the list.
    window.eventModel()->setRowFilter(
        std::make_shared<TextRowFilter>(QStringLiteral("connect"), false, nullptr, 0));
    QTRY_VERIFY(!window.eventModel()->isBusy());
    QVERIFY(window.eventModel()->rowCount() > 0);
    QVERIFY(window.eventModel()->rowCount() < 47);
    // Save As copies the capture; the copy opens with the same events.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ecvcap"));
    QVERIFY(window.saveCaptureAs(copy));
    QVERIFY(window.closeCapture());
    QCOMPARE(window.eventModel()->rowCount(), 0);
    window.eventModel()->setRowFilter(nullptr);
    QVERIFY(window.openCapture(copy));
    QCOMPARE(window.eventModel()->rowCount(), 47);
}

void TestMainWindow::replayProgram()
{
    // The same with the ecapture-replay program, as a user would run it.
    const QString program = QStringLiteral(ECV_BIN_DIR "/ecapture-replay");
    if (!QFileInfo::exists(program))
        QSKIP("ecapture-replay is not built");
    QProcess replay;
    replay.start(program,
                 {QStringLiteral("--fast"), QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")});
    QVERIFY(replay.waitForStarted());
    QTRY_VERIFY(replay.canReadLine());
    const QString first = QString::fromUtf8(replay.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("listening on ")), qPrintable(first));
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.connectTo(first.mid(13)));
    QTRY_COMPARE(window.eventModel()->rowCount(), 15);
    QTRY_COMPARE(int(window.store()->heartbeats().size()), 2);
    QTRY_COMPARE(ecaptureLogLines(window.logModel()), 26);
    window.disconnectSource();
    replay.kill();
    replay.waitForFinished();
}

void TestMainWindow::httpTabAndFollowStream()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    EventListModel *model = window.eventModel();
    // The list asks for the HTTP dissection of the rows it shows; the columns fill in when done.
    for (int r = 0; r < model->rowCount(); ++r)
        model->data(model->index(r, EventListModel::Info));
    QTRY_COMPARE(model->cellText(0, EventListModel::Info),
                 QStringLiteral("GET /index.html HTTP/1.1"));
    QTRY_COMPARE(model->cellText(1, EventListModel::Info),
                 QStringLiteral("HTTP/1.1 200 OK (text/html)"));
    QCOMPARE(model->cellText(0, EventListModel::Protocol), QStringLiteral("HTTP"));
    QCOMPARE(model->cellText(0, EventListModel::Host), QStringLiteral("shop.example.com"));
    // The response shows its request's host.
    QCOMPARE(model->cellText(1, EventListModel::Host), QStringLiteral("shop.example.com"));

    // Event n=1: the request; its response is event n=2 (expected.json: 200, text/html, 613).
    window.eventView()->setCurrentIndex(model->index(0, 0));
    HttpView *http = window.detailPane()->httpView();
    QTRY_VERIFY(http->message() != nullptr);
    QCOMPARE(http->startLineText(), QStringLiteral("GET /index.html HTTP/1.1"));
    const quint32 responseFrame = window.store()->eventAt(1).frameNumber;
    QVERIFY2(http->pairText().contains(QStringLiteral("Response in #%1").arg(responseFrame)),
             qPrintable(http->pairText()));
    bool host = false;
    for (int i = 0; i < http->headersView()->topLevelItemCount(); ++i)
        host |= http->headersView()->topLevelItem(i)->text(0) == QLatin1String("Host") &&
                http->headersView()->topLevelItem(i)->text(1) == QLatin1String("shop.example.com");
    QVERIFY(host);
    // Following the link selects the response; its decoded body is the 613-byte page.
    emit http->frameLinkActivated(responseFrame);
    QCOMPARE(window.eventView()->currentIndex().row(), 1);
    QTRY_VERIFY(http->message() && !http->message()->isRequest);
    QCOMPARE(http->message()->statusCode, 200);
    QCOMPARE(http->message()->body.size(), qsizetype(613));
    QVERIFY(http->bodyText().contains(QLatin1String("<html")));
    // The body's bytes are highlighted in the hex view: the last 613 bytes of the event.
    const auto range = http->bodyRangeInEvent();
    QCOMPARE(range.second - range.first, qint64(613));
    QCOMPARE(range.second, qint64(window.store()->eventAt(1).dataLength));
    // Follow stream: the request then the response, whole.
    const QString follow = window.detailPane()->followView()->text();
    QVERIFY(follow.startsWith(QLatin1String("GET /index.html HTTP/1.1\n")));
    QVERIFY(follow.contains(QLatin1String("HTTP/1.1 200 OK\n")));
    QVERIFY(follow.indexOf(QLatin1String("GET /index.html")) <
            follow.indexOf(QLatin1String("HTTP/1.1 200 OK")));
    // Picking the headers marks the header section in the Bytes tab.
    http->headersView()->setCurrentItem(http->headersView()->topLevelItem(0));
    QCOMPARE(http->headerRangeInEvent().first, qint64(0));
    // Follow stream's filter button shows this conversation only, selection kept.
    const quint32 conversation = window.store()->eventAt(1).conversationId;
    emit window.detailPane()->conversationFilterRequested(conversation);
    QCOMPARE(window.displayFilterEdit()->text(),
             QStringLiteral("event.conversation == %1").arg(conversation));
    QTRY_COMPARE(model->rowCount(),
                 int(window.store()->conversation(conversation).eventIndexes.size()));
    QCOMPARE(model->eventIndexAt(window.eventView()->currentIndex().row()), 1);
}

void TestMainWindow::largePayloadStaysFast()
{
    // One eCapture v1.5 event (type 3: an HTTP/1 response) with a 16 MiB body.
    const QByteArray body(16 * 1024 * 1024, 'x');
    const QByteArray payload = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const RawFrame frame = test::v1CurlEventFrame(false, payload);

    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.store()->createTemporary(QStringLiteral("test")));
    window.store()->appendFrame(frame);
    QTRY_COMPARE(window.eventModel()->rowCount(), 1);
    QElapsedTimer timer;
    timer.start();
    window.eventView()->setCurrentIndex(window.eventModel()->index(0, 0));
    QCoreApplication::processEvents();
    const qint64 select = timer.elapsed();
    DetailPane *detail = window.detailPane();
    QCOMPARE(detail->hexView()->data().size(), payload.size());
    // Capped (plus the marks where long lines were broken for display).
    QVERIFY(detail->textView()->toPlainText().size() <= DetailPane::textCap() * 101 / 100);
    // The HTTP analysis runs on a worker; showing its result is capped too.
    QTRY_VERIFY_WITH_TIMEOUT(detail->httpView()->message() != nullptr, 20000);
    QCOMPARE(detail->httpView()->message()->body.size(), body.size());
    timer.restart();
    detail->setHttp(window.httpAnalysis()->peek(window.store()->eventAt(0).conversationId), 0,
                    QStringLiteral("big"));
    const qint64 http = timer.elapsed();
    QVERIFY(detail->httpView()->bodyText().size() <= (1 << 20) * 101 / 100);
    qInfo("selecting a 16 MiB event: %lld ms; showing its HTTP tab: %lld ms", select, http);
    QVERIFY2(select < 1500, qPrintable(QString::number(select)));
    QVERIFY2(http < 1500, qPrintable(QString::number(http)));
}

void TestMainWindow::hexDumpTextShownAsBytes()
{
    // v152-mixed #10 (frame 36): type 0, Go hex.Dump text (27798 B) of the first 5622 bytes
    // of a PNG body (EXPECTED-v152.md).
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
    const int row = 9;
    QCOMPARE(window.store()->eventAt(row).frameNumber, 37u); // EXPECTED counts frames from 0
    QCOMPARE(window.store()->eventAt(row).dataLength, 27798u);
    window.eventView()->setCurrentIndex(window.eventModel()->index(row, 0));
    HexView *hex = window.detailPane()->hexView();
    QTRY_COMPARE(hex->data().size(), qsizetype(5622));
    QVERIFY(hex->data().startsWith("\x89PNG\r\n\x1a\n"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
