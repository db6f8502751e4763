// SPDX-License-Identifier: Apache-2.0
// The Statistics dialog (its tables are QTreeWidgets: Qt's own models) on every fixture: its tables
// agree with the fixture's expected facts (HTTP requests per host, processes, conversations), it is
// computed off the GUI thread, rows give display filters, and the window wires it to the filter bar
// and the event list.
#include <QtTest>

#include <QJsonArray>
#include <QLineEdit>
#include <QTreeWidget>

#include "../common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"
#include "ui/event_list_view.h"
#include "ui/io_graph_view.h"
#include "ui/main_window.h"
#include "ui/statistics_dialog.h"

using namespace ecv;

namespace {

/** Top-level rows of @p table by their first column. */
QHash<QString, QTreeWidgetItem *> rowsByName(QTreeWidget *table)
{
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        rows.insert(table->topLevelItem(i)->text(0), table->topLevelItem(i));
    return rows;
}

quint64 number(const QTreeWidgetItem *item, int column)
{
    return quint64(item->data(column, Qt::UserRole).toDouble());
}

} // namespace

class TestStatisticsDialog final : public QObject
{
    Q_OBJECT
private slots:
    void fixtureFacts_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : test::expectedFixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void fixtureFacts()
    {
        QFETCH(QString, fixture);
        const QJsonObject expected = test::readExpected(fixture);
        const QJsonArray events = expected.value(QLatin1String("events")).toArray();
        QHash<QString, quint64> requestsByHost;
        QSet<QPair<qint64, QString>> processes;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.contains(QLatin1String("http.request.method")))
                ++requestsByHost[e.value(QLatin1String("http.host")).toString()];
            // An event with neither pid nor name belongs to no process row.
            if (e.contains(QLatin1String("process.pid")) ||
                e.contains(QLatin1String("process.name")))
                processes.insert({e.value(QLatin1String("process.pid")).toInteger(-1),
                                  e.value(QLatin1String("process.name")).toString()});
        }

        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(fixture)));
        HttpAnalysis http(&store);
        StatisticsDialog dialog(&store, &http);
        dialog.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComputing(), 20000);
        QCoreApplication::processEvents();

        QCOMPARE(dialog.statistics().events, store.eventCount());
        QCOMPARE(dialog.statistics().events, int(events.size()));

        // HTTP: one row per host the facts name, and no other. The facts give the first message
        // of each event, so their counts are a lower bound (an HTTP/2 event can open several
        // streams).
        const auto hosts = rowsByName(dialog.table(StatisticsDialog::Page::Http));
        QCOMPARE(hosts.size(), requestsByHost.size());
        quint64 requests = 0;
        for (auto it = requestsByHost.cbegin(); it != requestsByHost.cend(); ++it) {
            const QString name = it.key().isEmpty() ? QStringLiteral("(no host)") : it.key();
            QVERIFY2(hosts.contains(name), qPrintable(name));
            QVERIFY(number(hosts.value(name), 1) >= it.value());
            requests += it.value();
            QVERIFY(StatisticsDialog::filterFor(StatisticsDialog::Page::Http, hosts.value(name))
                        .startsWith(QLatin1String("http.")));
        }
        QVERIFY(quint64(dialog.statistics().http.requestCount()) >= requests);

        // Processes: one row per (pid, name).
        QTreeWidget *processTable = dialog.table(StatisticsDialog::Page::Processes);
        QCOMPARE(processTable->topLevelItemCount(), int(processes.size()));
        for (int i = 0; i < processTable->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = processTable->topLevelItem(i);
            QVERIFY(processes.contains(
                {row->text(0).isEmpty() ? -1 : row->text(0).toLongLong(), row->text(1)}));
        }

        // Conversations: every conversation that has events, each a filter on its number.
        QTreeWidget *conversations = dialog.table(StatisticsDialog::Page::Conversations);
        QCOMPARE(conversations->topLevelItemCount(), store.conversationCount());
        quint64 conversationEvents = 0;
        for (int i = 0; i < conversations->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = conversations->topLevelItem(i);
            conversationEvents += number(row, 4) + number(row, 6);
            QCOMPARE(StatisticsDialog::filterFor(StatisticsDialog::Page::Conversations, row),
                     QStringLiteral("event.conversation == %1").arg(row->text(0)));
        }
        quint64 inConversations = 0;
        for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id)
            inConversations += quint64(store.conversationEventCount(id));
        QCOMPARE(conversationEvents, inConversations);

        // The I/O graph sums to every event.
        quint64 graphed = 0;
        for (const IoGraph::Series &s : dialog.statistics().io.series(100))
            for (quint64 n : s.events)
                graphed += n;
        QCOMPARE(graphed, quint64(store.eventCount()));
        QVERIFY(dialog.ioGraph()->seriesCount() >= 1);
    }

    void filtersQuoteStrings()
    {
        QTreeWidgetItem item;
        item.setData(0, Qt::UserRole + 1, QStringLiteral("x"));
        QCOMPARE(StatisticsDialog::filterFor(StatisticsDialog::Page::Http, &item),
                 QStringLiteral("x"));
        QCOMPARE(StatisticsDialog::filterFor(StatisticsDialog::Page::Http, nullptr), QString());
    }

    void groupsByProcess()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-mixed"))));
        HttpAnalysis http(&store);
        CaptureStatistics::Request request;
        request.capture = store.readHandle();
        request.conversationEndpoints = CaptureStatistics::endpointsOf(store);
        request.http = &http;
        request.group = CaptureStatistics::Group::Process;
        const CaptureStatistics s = CaptureStatistics::collect(request);
        QSet<QString> names;
        for (int i = 0; i < store.eventCount(); ++i)
            names.insert(store.indexedEvent(i).processName);
        QSet<QString> groups;
        for (const IoGraph::Series &series : s.io.series(100))
            groups.insert(series.group);
        QCOMPARE(groups, names);

        // Only the events that pass count.
        request.include = [](int eventIndex) { return eventIndex % 2 == 0; };
        const CaptureStatistics half = CaptureStatistics::collect(request);
        QCOMPARE(half.events, (store.eventCount() + 1) / 2);

        std::atomic_bool cancel{true};
        request.cancel = &cancel;
        QVERIFY(CaptureStatistics::collect(request).cancelled);
    }

    /** The window: the Statistics menu opens the dialog; a row's filter reaches the bar. */
    void windowWiring()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openCapture(test::fixturePath(QStringLiteral("v152-mixed"))));
        StatisticsDialog *dialog = window.showStatistics(StatisticsDialog::Page::Conversations);
        QVERIFY(dialog);
        QCOMPARE(window.showStatistics(StatisticsDialog::Page::Http), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComputing() && dialog->statistics().events > 0, 20000);
        QTreeWidget *conversations = dialog->table(StatisticsDialog::Page::Conversations);
        QVERIFY(conversations->topLevelItemCount() > 0);
        emit conversations->itemDoubleClicked(conversations->topLevelItem(0), 0);
        QCOMPARE(window.displayFilterEdit()->text(),
                 StatisticsDialog::filterFor(StatisticsDialog::Page::Conversations,
                                             conversations->topLevelItem(0)));

        // A click on the graph at a time selects the first event at or after it.
        const qint64 third = window.store()->eventAt(2).timeNs;
        window.setDisplayFilter(QString(), true);
        emit dialog->ioGraph()->timeClicked(third);
        const int selected = window.eventView()->currentIndex().row();
        QVERIFY(selected >= 0);
        QVERIFY(window.store()->eventAt(selected).timeNs >= third);
    }
};

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statistics_dialog.moc"
