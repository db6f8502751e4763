// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "ui/log_model.h"

using namespace ecv;

namespace {
RunLogEntry line(int n, const char *level = "info")
{
    RunLogEntry e = RunLogEntry::parse(
        QStringLiteral(R"({"level":"%1","time":"2026-11-29T14:11:19Z","message":"line %2","n":%2})")
            .arg(QLatin1String(level))
            .arg(n));
    e.frameNumber = quint32(n + 1);
    return e;
}
} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void parsedColumns();
    void boundedRemovesBeforeInsert();
    void filterByLevelAndText_data();
    void filterByLevelAndText();
    void reconnectDropsCachedRepeats();
};

void TestLogModel::parsedColumns()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addRunLogs({line(7, "warn")}), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, LogModel::Level)).toString(), QStringLiteral("warn"));
    QCOMPARE(model.data(model.index(0, LogModel::Message)).toString(), QStringLiteral("line 7"));
    QCOMPARE(model.data(model.index(0, LogModel::Fields)).toString(), QStringLiteral("n=7"));
    QCOMPARE(model.data(model.index(0, LogModel::Origin)).toString(), QStringLiteral("eCapture"));
    QCOMPARE(model.data(model.index(0, 0), LogModel::SeverityRole).toInt(),
             int(LogModel::Severity::Warn));
    QVERIFY(model.data(model.index(0, LogModel::Level), Qt::ForegroundRole).isValid());
    model.addViewerMessage(LogModel::Severity::Error,
                           QStringLiteral("frame 3 could not be decoded"));
    QCOMPARE(model.data(model.index(1, LogModel::Origin)).toString(), QStringLiteral("viewer"));
    QCOMPARE(model.data(model.index(1, LogModel::Level)).toString(), QStringLiteral("error"));
    // A banner line with fields only shows them as its message.
    RunLogEntry banner = RunLogEntry::parse(QStringLiteral(
        R"({"level":"info","Version":"linux_amd64:v2.5.1","time":"2026-11-29T14:11:19Z"})"));
    banner.frameNumber = 3;
    model.addRunLogs({banner});
    QCOMPARE(model.line(2).message, QStringLiteral("Version=\"linux_amd64:v2.5.1\""));
    QVERIFY(model.line(2).fields.isEmpty());
}

void TestLogModel::boundedRemovesBeforeInsert()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    QStringList order;
    connect(&model, &QAbstractItemModel::rowsRemoved, this,
            [&](const QModelIndex &, int first, int last) {
                order << QStringLiteral("remove %1-%2 rows=%3")
                             .arg(first)
                             .arg(last)
                             .arg(model.rowCount());
            });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                order << QStringLiteral("insert %1-%2 rows=%3")
                             .arg(first)
                             .arg(last)
                             .arg(model.rowCount());
            });
    QList<RunLogEntry> batch;
    for (int i = 0; i < 90; ++i)
        batch << line(i);
    model.addRunLogs(batch);
    batch.clear();
    for (int i = 90; i < 120; ++i)
        batch << line(i);
    model.addRunLogs(batch);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(order, (QStringList{QStringLiteral("insert 0-89 rows=90"),
                                 QStringLiteral("remove 0-19 rows=70"),
                                 QStringLiteral("insert 70-99 rows=100")}));
    QCOMPARE(model.line(0).message, QStringLiteral("line 20"));
    QCOMPARE(model.line(99).message, QStringLiteral("line 119"));
    // More than the capacity at once: only the newest are kept.
    batch.clear();
    for (int i = 1000; i < 1250; ++i)
        batch << line(i);
    model.addRunLogs(batch);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.line(0).message, QStringLiteral("line 1150"));
    QCOMPARE(model.line(99).message, QStringLiteral("line 1249"));
}

void TestLogModel::filterByLevelAndText_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{"line 0", "line 1", "line 2", "line 3", "probe started"};
    QTest::newRow("all") << int(LogModel::Severity::Trace) << QString() << all;
    QTest::newRow("info+") << int(LogModel::Severity::Info) << QString()
                           << QStringList{"line 1", "line 2", "line 3", "probe started"};
    QTest::newRow("warn+") << int(LogModel::Severity::Warn) << QString()
                           << QStringList{"line 2", "line 3"};
    QTest::newRow("error") << int(LogModel::Severity::Error) << QString() << QStringList{"line 3"};
    QTest::newRow("text") << int(LogModel::Severity::Trace) << QStringLiteral("PROBE")
                          << QStringList{"probe started"};
    QTest::newRow("field text") << int(LogModel::Severity::Trace) << QStringLiteral("n=2")
                                << QStringList{"line 2"};
    QTest::newRow("level+text") << int(LogModel::Severity::Warn) << QStringLiteral("line 1")
                                << QStringList{};
}

void TestLogModel::filterByLevelAndText()
{
    QFETCH(int, minimum);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    LogModel model;
    model.addRunLogs({line(0, "debug"), line(1, "info"), line(2, "warn"), line(3, "error")});
    model.addViewerMessage(LogModel::Severity::Info, QStringLiteral("probe started"));
    LogFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setMinimumSeverity(LogModel::Severity(minimum));
    filter.setText(text);
    QStringList shown;
    for (int r = 0; r < filter.rowCount(); ++r)
        shown << filter.index(r, LogModel::Message).data().toString();
    QCOMPARE(shown, expected);
}

void TestLogModel::reconnectDropsCachedRepeats()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<RunLogEntry> cached{line(0), line(1), line(2)};
    QCOMPARE(model.addRunLogs(cached), 3);
    // Without a reconnect an identical line is shown (it may really repeat).
    QCOMPARE(model.addRunLogs({line(2)}), 1);
    QCOMPARE(model.rowCount(), 4);
    // The server re-sends its cached startup lines to the new connection.
    model.beginReconnect();
    QCOMPARE(model.addRunLogs(cached), 0);
    QCOMPARE(model.suppressedRepeats(), 3);
    // The first line never seen ends the replay; repeats after it are shown again.
    QCOMPARE(model.addRunLogs({line(5), line(0)}), 2);
    QCOMPARE(model.rowCount(), 6);
    // Heartbeat #0 also ends it.
    model.beginReconnect();
    model.endReconnect();
    QCOMPARE(model.addRunLogs({line(1)}), 1);
    // The viewer's own notes are never dropped.
    model.beginReconnect();
    RunLogEntry note;
    note.message = QStringLiteral("Connected");
    note.raw = note.message;
    QCOMPARE(model.addRunLogs({note, note}), 2);
}

QTEST_MAIN(TestLogModel)
#include "tst_log_model.moc"
