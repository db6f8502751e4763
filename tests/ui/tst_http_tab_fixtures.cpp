// SPDX-License-Identifier: Apache-2.0
// Every HTTP fact of every fixture's expected.json shows in the window's
// HTTP tab when its event is selected (method, path, host, status, content type, body length).
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "core/http/http_message.h"
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/http_view.h"
#include "ui/main_window.h"

#include "common/fixture_files.h"

using namespace ecv;

class TestHttpTabFixtures final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void httpFactsInTab_data();
    void httpFactsInTab();
};

void TestHttpTabFixtures::initTestCase()
{
    // Keep this test's window settings away from the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestHttpTabFixtures::httpFactsInTab_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : test::expectedFixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestHttpTabFixtures::httpFactsInTab()
{
    QFETCH(QString, fixture);
    const QJsonObject expected = test::readExpected(fixture);
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(test::fixturePath(fixture)));
    EventListModel *model = window.eventModel();
    const QJsonArray events = expected.value(QLatin1String("events")).toArray();
    QCOMPARE(model->rowCount(), events.size());
    HttpView *http = window.detailPane()->httpView();
    int checked = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject want = value.toObject();
        const bool request = want.contains(QLatin1String("http.request.method"));
        const bool response = want.contains(QLatin1String("http.response.code"));
        if (!request && !response)
            continue;
        const int row = want.value(QLatin1String("n")).toInt() - 1;
        window.eventView()->setCurrentIndex(model->index(row, 0));
        QTRY_VERIFY2(http->message() != nullptr,
                     qPrintable(QStringLiteral("event %1").arg(row + 1)));
        const HttpMessage *m = http->message();
        const QString where = QStringLiteral("%1 event %2").arg(fixture).arg(row + 1);
        QCOMPARE(m->isRequest, request);
        if (request) {
            QCOMPARE(QString::fromLatin1(m->method),
                     want.value(QLatin1String("http.request.method")).toString());
            QCOMPARE(QString::fromLatin1(m->target),
                     want.value(QLatin1String("http.request.uri")).toString());
            if (want.contains(QLatin1String("http.host")))
                QCOMPARE(QString::fromLatin1(m->host()),
                         want.value(QLatin1String("http.host")).toString());
            QVERIFY2(http->startLineText().contains(QString::fromLatin1(m->method)),
                     qPrintable(where));
        } else {
            QCOMPARE(m->statusCode, want.value(QLatin1String("http.response.code")).toInt());
            if (want.contains(QLatin1String("http.content_type")))
                QCOMPARE(QString::fromLatin1(m->mediaType()),
                         want.value(QLatin1String("http.content_type")).toString());
            if (want.contains(QLatin1String("http.body_length")))
                QCOMPARE(qint64(m->body.size()),
                         qint64(want.value(QLatin1String("http.body_length")).toDouble()));
            QVERIFY2(http->startLineText().contains(QString::number(m->statusCode)),
                     qPrintable(where));
        }
        ++checked;
    }
    if (checked == 0)
        QSKIP("no HTTP facts in this fixture");
}

QTEST_MAIN(TestHttpTabFixtures)
#include "tst_http_tab_fixtures.moc"
