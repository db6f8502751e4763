// SPDX-License-Identifier: Apache-2.0
// The window on events that hold several HTTP messages: the HTTP tab's message picker, links that
// open an event and a message in it, trailers in their own section, the Fields tab naming the
// connect event that fixed the roles, greyed "unknown" endpoints, heartbeats in the log dock.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "core/capture/capture_store.h"
#include "core/http/http_analysis_cache.h"
#include "core/http/http_fields.h"
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/http_view.h"
#include "ui/log_model.h"
#include "ui/main_window.h"

#include "common/wire_bytes.h"

using namespace ecv;
using namespace ecv::test;

namespace {

QByteArray data(const char *op, const QByteArray &bytes, int fd = 5, const char *ms = "100")
{
    return v2EventFrame("[2026-11-29 14:26:06." + QByteArray(ms) +
                        "] PID:100 TID:100 Comm:curl FD:" + QByteArray::number(fd) + " " + op +
                        " (" + QByteArray::number(bytes.size()) + " bytes):\n" + bytes);
}

/** heartbeat, connect, two pipelined requests, two responses (the second chunked with a
 *  trailer), and data on an fd no connect event named. */
QByteArray captureLog()
{
    return kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
           frameLine(0.01, v2EventFrame("PID:100, Comm:curl, TID:100, FD:5, Tuple: "
                                        "[10.0.0.1]:40000->[203.0.113.5]:443\n")) +
           frameLine(0.02, data("WRITE", "GET /a HTTP/1.1\r\nHost: h.example\r\n\r\n"
                                         "GET /b HTTP/1.1\r\nHost: h.example\r\n\r\n")) +
           frameLine(0.03,
                     data("READ", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA", 5, "200")) +
           frameLine(0.04,
                     data("READ",
                          "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n"
                          "Trailer: X-Checksum\r\n\r\n2\r\nok\r\n0\r\nX-Checksum: abc\r\n\r\n",
                          5, "300")) +
           frameLine(0.05, data("WRITE", "hello", 9, "400"));
}

int rowOfFrame(const EventListModel *model, quint32 frame)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->cellText(r, EventListModel::Number) == QString::number(frame))
            return r;
    return -1;
}

QString fieldValue(QTreeWidget *tree, const QString &name)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == name)
            return (*it)->text(1);
    return {};
}

} // namespace

class TestHttpTabMessages : public QObject
{
    Q_OBJECT
private slots:
    void pickerLinksTrailersRoles();
    void interimCookieAndHpackRows();
};

void TestHttpTabMessages::pickerLinksTrailersRoles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, QStringLiteral("messages.jsonl"), captureLog());
    MainWindow window;
    window.setInteractive(false);
    window.resize(1100, 750);
    window.show();
    QVERIFY(window.openCapture(path));
    EventListModel *model = window.eventModel();
    QCOMPARE(model->rowCount(), 5); // connect, two requests' event, two responses, "hello"
    for (int r = 0; r < model->rowCount(); ++r)
        model->data(model->index(r, EventListModel::Info));
    // Frames: 1 heartbeat, 2 connect, 3 requests, 4 and 5 responses, 6 hello.
    const int requests = rowOfFrame(model, 3);
    QVERIFY(requests >= 0);
    QTRY_COMPARE(model->cellText(requests, EventListModel::Info),
                 QStringLiteral("GET /a HTTP/1.1, GET /b HTTP/1.1"));

    // The HTTP tab offers both messages; the first is shown.
    window.eventView()->setCurrentIndex(model->index(requests, 0));
    HttpView *http = window.detailPane()->httpView();
    QTRY_VERIFY(http->message() != nullptr);
    QCOMPARE(http->eventMessages().size(), 2);
    QVERIFY(http->messagePicker()->isVisible());
    QCOMPARE(http->messagePicker()->count(), 2);
    QCOMPARE(http->startLineText(), QStringLiteral("GET /a HTTP/1.1"));
    QVERIFY2(http->pairText().contains(QLatin1String("Response in #4")),
             qPrintable(http->pairText()));
    // Pick the second: its own start line, headers and link.
    QVERIFY(http->showMessage(http->eventMessages().at(1)));
    QCOMPARE(http->startLineText(), QStringLiteral("GET /b HTTP/1.1"));
    QVERIFY2(http->pairText().contains(QLatin1String("Response in #5")),
             qPrintable(http->pairText()));

    // Following it opens event 5 and, there, the response to /b with its trailer section.
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("href=\"(message:5:\\d+)\"")).match(http->pairText());
    QVERIFY2(link.hasMatch(), qPrintable(http->pairText()));
    QLabel *pair = http->findChild<QLabel *>(QStringLiteral("httpPair"));
    QVERIFY(pair);
    emit pair->linkActivated(link.captured(1));
    QTRY_COMPARE(window.detailPane()->event().frameNumber, quint32(5));
    QTRY_COMPARE(http->startLineText(), QStringLiteral("HTTP/1.1 202 Accepted"));
    QVERIFY2(http->pairText().contains(QLatin1String("Request in #3")),
             qPrintable(http->pairText()));
    QVERIFY(http->trailersView()->isVisible());
    QCOMPARE(http->trailersView()->topLevelItemCount(), 1);
    QCOMPARE(http->trailersView()->topLevelItem(0)->text(0), QStringLiteral("X-Checksum"));
    QCOMPARE(http->trailersView()->topLevelItem(0)->text(1), QStringLiteral("abc"));
    // ... and the way back lands on the second request of event 3.
    const QRegularExpressionMatch back =
        QRegularExpression(QStringLiteral("href=\"(message:3:\\d+)\"")).match(http->pairText());
    QVERIFY(back.hasMatch());
    emit pair->linkActivated(back.captured(1));
    QTRY_COMPARE(window.detailPane()->event().frameNumber, quint32(3));
    QTRY_COMPARE(http->startLineText(), QStringLiteral("GET /b HTTP/1.1"));

    // The Fields tab names the connect event that fixed client and server.
    const QString roles = fieldValue(window.detailPane()->fieldsView(), QStringLiteral("Roles"));
    QVERIFY2(roles.contains(QLatin1String("connect/accept event #2")), qPrintable(roles));

    // Data on an fd no connect named: "unknown", greyed, never an address.
    const int hello = rowOfFrame(model, 6);
    QVERIFY(hello >= 0);
    for (int column : {EventListModel::Source, EventListModel::Destination}) {
        const QModelIndex cell = model->index(hello, column);
        QCOMPARE(model->data(cell).toString(), QStringLiteral("unknown"));
        QVERIFY(model->data(cell, Qt::ForegroundRole).isValid());
        QCOMPARE(model->cellText(hello, column), QString()); // the field itself stays empty
    }

    // The heartbeat is in the log dock with its count and its time from eCapture's seconds.
    LogModel *log = window.logModel();
    int beats = 0;
    for (int r = 0; r < log->rowCount(); ++r) {
        const LogModel::Line &line = log->line(r);
        if (line.message == QLatin1String("heartbeat #0")) {
            ++beats;
            QCOMPARE(line.timeNs, 1795962366LL * 1000000000LL);
            QCOMPARE(line.frameNumber, quint32(1));
            QCOMPARE(log->data(log->index(r, LogModel::Origin)).toString(),
                     QStringLiteral("eCapture"));
        }
    }
    QCOMPARE(beats, 1);
}

void TestHttpTabMessages::interimCookieAndHpackRows()
{
    using Item = HttpDissector::Item;
    auto item = [](int index, Direction dir, const QByteArray &bytes) {
        Item it;
        it.eventIndex = index;
        it.frameNumber = quint32(10 + index);
        it.timeNs = qint64(index) * 1000000;
        it.direction = dir;
        it.data = bytes;
        return it;
    };
    // A 103 with a link field before the final response: shown beside the final one.
    const auto entry = HttpAnalysisCache::compute(
        1,
        {item(0, Direction::Send, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
         item(1, Direction::Recv,
              "HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"),
         item(2, Direction::Recv, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")},
        {});
    HttpView view;
    QVERIFY(view.setEvent(entry, 1));
    QCOMPARE(view.startLineText(), QStringLiteral("HTTP/1.1 103 Early Hints (interim)"));
    QVERIFY2(view.pairText().contains(QLatin1String("Request in #10")),
             qPrintable(view.pairText()));
    QVERIFY(view.setEvent(entry, 2));
    QCOMPARE(view.startLineText(), QStringLiteral("HTTP/1.1 200 OK"));
    QStringList rows;
    for (int i = 0; i < view.headersView()->topLevelItemCount(); ++i)
        rows << view.headersView()->topLevelItem(i)->text(0) + QLatin1Char('=') +
                    view.headersView()->topLevelItem(i)->text(1);
    QVERIFY2(rows.contains(
                 QStringLiteral("Interim response in #11: HTTP/1.1 103 Early Hints (interim)=")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral("Link=</s.css>; rel=preload")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(!view.messagePicker()->isVisibleTo(&view)); // one message in the event

    // HTTP/2 cookie crumbs also joined; a response whose status is unknown says so.
    HttpCaptureAnalysis a;
    HttpMessage req;
    req.httpMajor = 2;
    req.version = "HTTP/2";
    req.method = "GET";
    req.target = "/";
    req.headers = {{":method", "GET"}, {"cookie", "a=1"}, {"cookie", "b=2"}};
    req.firstItem = 0;
    req.headerRanges = {{0, 0, 10}};
    HttpMessage resp;
    resp.httpMajor = 2;
    resp.version = "HTTP/2";
    resp.isRequest = false;
    resp.streamId = 1;
    resp.headersUnknown = true;
    resp.headerLoss = HttpMessage::HeaderLoss::StateMissing;
    resp.firstItem = 0;
    resp.headerRanges = {{0, 10, 20}};
    a.messages = {req, resp};
    a.messagesByItem = {{0, 1}};
    auto e = std::make_shared<HttpAnalysisCache::Entry>();
    e->items = {item(0, Direction::Send, QByteArray(20, 'x'))};
    e->analysis = a;
    e->fields = HttpFields::forAll(a, e->items);
    e->itemOfEvent.insert(0, 0);
    const HttpAnalysisCache::EntryPtr two = e;
    QVERIFY(view.setEvent(two, 0));
    QCOMPARE(view.eventMessages().size(), 2);
    QVERIFY(view.messagePicker()->isVisibleTo(&view));
    rows.clear();
    for (int i = 0; i < view.headersView()->topLevelItemCount(); ++i)
        rows << view.headersView()->topLevelItem(i)->text(0) + QLatin1Char('=') +
                    view.headersView()->topLevelItem(i)->text(1);
    QVERIFY2(rows.contains(QStringLiteral("Cookie (joined)=a=1; b=2")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(view.showMessage(1));
    QCOMPARE(view.startLineText(), QStringLiteral("HTTP/2 response, status unknown · stream 1"));
    QVERIFY(view.headersView()
                ->topLevelItem(view.headersView()->topLevelItemCount() - 1)
                ->text(1)
                .contains(QLatin1String("HPACK state missing")));
}

QTEST_MAIN(TestHttpTabMessages)
#include "tst_http_tab_messages.moc"
