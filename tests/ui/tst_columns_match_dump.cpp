// SPDX-License-Identifier: Apache-2.0
// One wording of an event everywhere: the event list's Process, Source, Destination, Host,
// Protocol and Info cells of every fixture event are what `ecapture-dump -T text` prints for it,
// and the model passes QAbstractItemModelTester while the HTTP analysis fills those columns in.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/program_run.h"
#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"
#include "ui/event_list_model.h"

using namespace ecv;

namespace {

/** ecapture-dump's neutralisation of control characters, for comparing cells with its lines. */
QString neutral(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QLatin1Char('.');
    return text;
}

} // namespace

class TestColumnsMatchDump : public QObject
{
    Q_OBJECT
private slots:
    void sameTextAsDump_data();
    void sameTextAsDump();
};

void TestColumnsMatchDump::sameTextAsDump_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : test::expectedFixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestColumnsMatchDump::sameTextAsDump()
{
    QFETCH(QString, fixture);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(test::fixturePath(fixture), &error), qPrintable(error));
    HttpAnalysis http(&store);
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHttpAnalysis(&http);
    model.catchUp();
    QCOMPARE(model.rowCount(), store.eventCount());

    // Ask for every row's HTTP columns (as painting does), let the worker answer: dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, EventListModel::Info));
    http.waitForDone();
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, EventListModel::Info)); // conversations asked a second time
    http.waitForDone();
    if (store.conversationCount() > 0)
        QVERIFY(changed.count() > 0);
    for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id)
        QVERIFY(http.isCurrent(http.peek(id)));

    const test::ProgramRun dump = test::runProgram(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"),
                                                   {u"-r"_qs, test::fixturePath(fixture)});
    QCOMPARE(dump.exitCode, 0);
    const QList<QByteArray> lines = dump.out.split('\n');
    QCOMPARE(lines.size() - 1, model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString line = QString::fromUtf8(lines.at(row));
        QCOMPARE(line.section(u' ', 0, 0, QString::SectionSkipEmpty),
                 model.cellText(row, EventListModel::Number));
        for (int column :
             {EventListModel::Process, EventListModel::Source, EventListModel::Destination,
              EventListModel::Host, EventListModel::Protocol, EventListModel::Info}) {
            const QString cell = neutral(model.cellText(row, column));
            QVERIFY2(line.contains(cell),
                     qPrintable(QStringLiteral("row %1 column %2: '%3' not in '%4'")
                                    .arg(row)
                                    .arg(column)
                                    .arg(cell, line)));
        }
        // Info ends the line: the whole of it.
        const QString info = neutral(model.cellText(row, EventListModel::Info));
        QVERIFY2(line.endsWith(info), qPrintable(line));
    }
}

QTEST_MAIN(TestColumnsMatchDump)
#include "tst_columns_match_dump.moc"
