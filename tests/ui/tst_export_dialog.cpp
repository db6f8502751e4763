// SPDX-License-Identifier: Apache-2.0
// File > Export Specified Events… and File > Export Objects > HTTP… in the window (offscreen):
// range parsing, live counts, what a format leaves out, real files checked with capinfos and
// tshark, columns as shown, cancel and failure leaving no file.
#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/tshark.h"
#include "core/capture/capture_store.h"
#include "net/synthetic_event_generator.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/event_marks.h"
#include "ui/export_actions.h"
#include "ui/export_dialog.h"
#include "ui/export_runner.h"
#include "ui/http_objects_dialog.h"
#include "ui/main_window.h"

using namespace ecv;
using Kind = ExportRange::Kind;
using Interval = ExportRange::Interval;

Q_DECLARE_METATYPE(QVector<ExportRange::Interval>)

namespace {

const QString Composite = QStringLiteral("v25-composite");

struct Opened
{
    std::unique_ptr<MainWindow> window;
    ExportActions *actions = nullptr;
    ExportDialog *dialog = nullptr;
};

Opened openWithDialog(const QString &fixture)
{
    Opened o;
    o.window = std::make_unique<MainWindow>();
    o.window->setInteractive(false);
    if (!o.window->openCapture(test::fixturePath(fixture)))
        return o;
    o.window->eventModel()->catchUp();
    o.actions = o.window->findChild<ExportActions *>(QStringLiteral("exportActions"));
    o.window->findChild<QAction *>(QStringLiteral("exportSpecifiedEvents"))->trigger();
    o.dialog = o.window->findChild<ExportDialog *>();
    return o;
}

bool runExport(ExportDialog *dialog)
{
    QSignalSpy finished(dialog->runner(), &ExportRunner::finished);
    if (!dialog->startExport())
        return false;
    return finished.wait(60000);
}

int nonTcpEvents(const CaptureStore &store)
{
    int n = 0;
    for (int i = 0; i < store.eventCount(); ++i) {
        const EventIndexEntry &e = store.eventAt(i);
        n += EventKind(e.kind) != EventKind::Data || e.dataLength == 0;
    }
    return n;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseRange_data();
    void parseRange();
    void countsFollowTheChoices();
    void pcapngOpensInTshark();
    void pcapSaysWhatIsLeftOut();
    void csvColumnsAsShown();
    void cancelLeavesNoFile();
    void failureSaysWhy();
    void httpObjects();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export_dialog"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExportDialog::parseRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVector<Interval>>("intervals");
    const quint32 end = 0xFFFFFFFFu;
    QTest::newRow("list") << "1-10,15" << true << QVector<Interval>{{1, 10}, {15, 15}};
    QTest::newRow("spaces") << " 3  5-7 " << true << QVector<Interval>{{3, 3}, {5, 7}};
    QTest::newRow("from first") << "-5" << true << QVector<Interval>{{1, 5}};
    QTest::newRow("to last") << "20-" << true << QVector<Interval>{{20, end}};
    QTest::newRow("spaced dash") << "2 - 4" << false << QVector<Interval>{};
    QTest::newRow("empty") << "" << false << QVector<Interval>{};
    QTest::newRow("commas only") << ",," << false << QVector<Interval>{};
    QTest::newRow("word") << "1,abc" << false << QVector<Interval>{};
    QTest::newRow("zero") << "0-3" << false << QVector<Interval>{};
    QTest::newRow("backwards") << "9-3" << false << QVector<Interval>{};
    QTest::newRow("dash") << "-" << false << QVector<Interval>{};
    QTest::newRow("double dash") << "1--2" << false << QVector<Interval>{};
    QTest::newRow("too big") << "4294967296" << false << QVector<Interval>{};
}

void TestExportDialog::parseRange()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QVector<Interval>, intervals);
    QVector<Interval> got;
    QString error;
    QCOMPARE(ExportRange::parse(text, &got, &error), ok);
    QCOMPARE(got, intervals);
    QCOMPARE(error.isEmpty(), ok);
}

void TestExportDialog::countsFollowTheChoices()
{
    Opened o = openWithDialog(Composite);
    QVERIFY(o.dialog);
    const CaptureStore &store = *o.window->store();
    QCOMPARE(o.dialog->shownCount(Kind::AllCaptured), qint64(store.eventCount()));
    QCOMPARE(o.dialog->shownCount(Kind::Displayed), qint64(store.eventCount()));
    QCOMPARE(o.dialog->shownCount(Kind::Selected), 0);
    QCOMPARE(o.dialog->shownCount(Kind::Marked), 0);
    QCOMPARE(o.dialog->shownCount(Kind::Numbers), -1);

    // Live: the counts follow the window while the dialog is open.
    o.window->setDisplayFilter(QStringLiteral("process.name == \"curl\""));
    QTRY_VERIFY(!o.window->eventModel()->isBusy());
    const int displayed = o.window->eventModel()->rowCount();
    QVERIFY(displayed > 0 && displayed < store.eventCount());
    QItemSelectionModel *selection = o.window->eventView()->selectionModel();
    for (int row : {0, 1, 2})
        selection->select(o.window->eventModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    o.actions->marks()->setMarked(4, true);
    o.actions->marks()->setMarked(12, true);
    QTRY_COMPARE(o.dialog->shownCount(Kind::Displayed), qint64(displayed));
    QTRY_COMPARE(o.dialog->shownCount(Kind::Selected), 3);
    QTRY_COMPARE(o.dialog->shownCount(Kind::Marked), 2);
    QTRY_COMPARE(o.dialog->shownCount(Kind::FirstToLastMarked), 9);

    // A range counts events by their No. (frame number), displayed or not.
    o.dialog->setRangeText(QStringLiteral("1-40, 45"));
    QCOMPARE(o.dialog->rangeKind(), Kind::Displayed); // typing picks Range; setting does not
    o.dialog->setRangeKind(Kind::Numbers);
    QVector<int> expected;
    for (int i = 0; i < store.eventCount(); ++i) {
        const quint32 n = store.eventAt(i).frameNumber;
        if ((n >= 1 && n <= 40) || n == 45)
            expected.append(i);
    }
    QVERIFY(!expected.isEmpty() && expected.size() < store.eventCount());
    QCOMPARE(o.dialog->shownCount(Kind::Numbers), qint64(expected.size()));
    QCOMPARE(o.dialog->chosenEvents(), expected);
    o.dialog->setRangeKind(Kind::Displayed);
    QCOMPARE(o.dialog->chosenEvents().size(), displayed);
    o.dialog->setRangeKind(Kind::FirstToLastMarked);
    QCOMPARE(o.dialog->chosenEvents(), (QVector<int>{4, 5, 6, 7, 8, 9, 10, 11, 12}));
}

void TestExportDialog::pcapngOpensInTshark()
{
    if (test::wiresharkTool(QStringLiteral("tshark")).isEmpty())
        QSKIP("tshark is not installed (packaging/install-deps.sh installs it)");
    Opened o = openWithDialog(QStringLiteral("v152-http1-curl"));
    QVERIFY(o.dialog);
    const QString path = m_dir.filePath(QStringLiteral("curl.pcapng"));
    o.dialog->setRangeKind(Kind::AllCaptured);
    o.dialog->setFormat(ExportFormat::Pcapng);
    o.dialog->setFileName(path);
    QVERIFY(o.dialog->formatNote().contains(QLatin1String("process")));
    QVERIFY(runExport(o.dialog));
    QVERIFY2(o.dialog->lastResult().ok, qPrintable(o.dialog->outcomeText()));
    QVERIFY(o.dialog->outcomeText().contains(path));
    QVERIFY(QFileInfo::exists(path));
    const test::ProgramRun info =
        test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-t"), path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("pcapng"), info.out.constData());
    // Every request of the fixture's expected facts, dissected, with its process in the comment.
    int requests = 0;
    for (const QJsonValue &e : test::readExpected(QStringLiteral("v152-http1-curl"))
                                   .value(QLatin1String("events"))
                                   .toArray())
        requests += e.toObject().contains(QLatin1String("http.request.method"));
    QByteArray errors;
    const QVector<QStringList> rows = test::tsharkFields(
        path, {QStringLiteral("http.request.method"), QStringLiteral("frame.comment")},
        {QStringLiteral("-Y"), QStringLiteral("http.request")}, &errors);
    QVERIFY2(errors.isEmpty(), errors.constData());
    QCOMPARE(rows.size(), requests);
    for (const QStringList &row : rows)
        QVERIFY2(row.value(1).contains(QLatin1String("comm=curl")), qPrintable(row.join('|')));
}

void TestExportDialog::pcapSaysWhatIsLeftOut()
{
    Opened o = openWithDialog(Composite);
    QVERIFY(o.dialog);
    const int other = nonTcpEvents(*o.window->store());
    QVERIFY(other > 0);
    o.dialog->setRangeKind(Kind::AllCaptured);
    o.dialog->setFormat(ExportFormat::Pcap);
    const QString note = o.dialog->formatNote();
    // (Without a translator, %n plurals read "event(s)".)
    const QRegularExpression leftOut(
        QStringLiteral("^%1 event(s|\\(s\\)) will be left out").arg(other));
    QVERIFY2(note.contains(leftOut), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("connect notice")), qPrintable(note));
    // The extension follows the format.
    QVERIFY(o.dialog->fileName().endsWith(QLatin1String(".pcap")));
    const QString path = m_dir.filePath(QStringLiteral("composite.pcap"));
    o.dialog->setFileName(path);
    QVERIFY(runExport(o.dialog));
    QVERIFY2(o.dialog->lastResult().ok, qPrintable(o.dialog->outcomeText()));
    QCOMPARE(o.dialog->lastResult().counts.leftOutTotal(), qint64(other));
    QVERIFY2(o.dialog->outcomeText().contains(
                 QRegularExpression(QStringLiteral("%1 event(s|\\(s\\)) left out").arg(other))),
             qPrintable(o.dialog->outcomeText()));
    if (!test::wiresharkTool(QStringLiteral("capinfos")).isEmpty()) {
        const test::ProgramRun info =
            test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-t"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("nanosecond pcap"), info.out.constData());
    }
    // pcapng keeps those events as comment-only records.
    o.dialog->setFormat(ExportFormat::Pcapng);
    QVERIFY2(o.dialog->formatNote().contains(QRegularExpression(
                 QStringLiteral("^%1 event(s|\\(s\\)) that are not TCP data").arg(other))),
             qPrintable(o.dialog->formatNote()));
}

void TestExportDialog::csvColumnsAsShown()
{
    Opened o = openWithDialog(QStringLiteral("v152-mixed"));
    QVERIFY(o.dialog);
    QHeaderView *header = o.window->eventView()->horizontalHeader();
    header->moveSection(header->visualIndex(EventListModel::Info), 0);
    header->setSectionHidden(EventListModel::Length, true);
    o.dialog->setRangeKind(Kind::AllCaptured);
    o.dialog->setFormat(ExportFormat::Csv);
    QVERIFY(o.dialog->formatNote().contains(QLatin1String("Info, No., Time")));
    const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
    o.dialog->setFileName(path);
    QVERIFY(runExport(o.dialog));
    QVERIFY2(o.dialog->lastResult().ok, qPrintable(o.dialog->outcomeText()));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("Info,No.,Time,Process,Source,Destination,Host,Protocol"));
    QCOMPARE(int(lines.size()) - 2, o.window->store()->eventCount()); // header, trailing ""
    // The Time cell is the list's text for the first event.
    const QString time = o.window->eventModel()->cellText(0, EventListModel::Time);
    QVERIFY2(QString::fromUtf8(lines.at(1)).contains(QLatin1Char(',') + time + QLatin1Char(',')),
             lines.at(1).constData());
}

void TestExportDialog::cancelLeavesNoFile()
{
    // A capture big enough that the export is still running when Cancel is pressed.
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    SyntheticEventGenerator generator;
    const qint64 t0 = 1'800'000'000'000'000'000LL;
    for (int i = 0; i < 60000; ++i) {
        RawFrame f;
        f.arrivalNs = t0 + qint64(i) * 1000;
        f.data = generator.nextEventFrame(f.arrivalNs);
        store.appendFrame(f);
    }
    EventListModel model(&store);
    model.catchUp();
    EventListView view;
    view.setEventModel(&model);
    EventMarks marks(&store);
    ExportDialog dialog({&store, &model, &view, &marks});
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pcapng"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the file that was there before");
    old.close();
    dialog.setRangeKind(Kind::AllCaptured);
    dialog.setFileName(path);
    QSignalSpy finished(dialog.runner(), &ExportRunner::finished);
    QVERIFY(dialog.startExport());
    QVERIFY(dialog.runner()->isRunning());
    QVERIFY(!dialog.startExport()); // one at a time
    // The progress dialog's Cancel button.
    QVERIFY(dialog.runner()->progressDialog());
    auto *cancel = dialog.runner()->progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.lastResult().cancelled);
    QVERIFY2(dialog.outcomeText().contains(QLatin1String("cancelled")),
             qPrintable(dialog.outcomeText()));
    // Nothing half written: the old file is untouched, no temporary file is left.
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the file that was there before"));
    old.close();
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
             QStringList{QStringLiteral("cancelled.pcapng")});
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void TestExportDialog::failureSaysWhy()
{
    Opened o = openWithDialog(Composite);
    QVERIFY(o.dialog);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pcapng"));
    o.dialog->setFileName(path);
    QVERIFY(runExport(o.dialog));
    QVERIFY(!o.dialog->lastResult().ok);
    QVERIFY2(o.dialog->outcomeText().contains(QLatin1String("was not written")),
             qPrintable(o.dialog->outcomeText()));
    QVERIFY(!QFileInfo::exists(path));
    // A directory is refused before anything is read.
    o.dialog->setFileName(m_dir.path());
    QVERIFY(!o.dialog->startExport());
    QVERIFY(o.dialog->outcomeText().contains(QLatin1String("not a regular file")));
    // An empty range cannot be exported.
    o.dialog->setRangeText(QStringLiteral("x"));
    o.dialog->setRangeKind(Kind::Numbers);
    o.dialog->setFileName(m_dir.filePath(QStringLiteral("range.pcapng")));
    QVERIFY(!o.dialog->startExport());
    QVERIFY(o.dialog->outcomeText().contains(QLatin1String("\"x\"")));
}

void TestExportDialog::httpObjects()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openCapture(test::fixturePath(QStringLiteral("v152-http1-download"))));
    window.findChild<QAction *>(QStringLiteral("exportObjectsHttp"))->trigger();
    auto *dialog = window.findChild<HttpObjectsDialog *>();
    QVERIFY(dialog);
    QSignalSpy listed(dialog, &HttpObjectsDialog::listed);
    QVERIFY(listed.wait(30000));
    QVERIFY(!dialog->objects().isEmpty());
    QCOMPARE(dialog->table()->rowCount(), int(dialog->objects().size()));
    qint64 total = 0;
    for (const HttpObjectExport::Object &object : dialog->objects())
        total += object.size;
    QVERIFY(total > 0);
    QTemporaryDir out;
    QSignalSpy saved(dialog, &HttpObjectsDialog::saved);
    QVERIFY(dialog->saveRows({}, out.path()));
    QVERIFY(saved.wait(30000));
    const QFileInfoList files = QDir(out.path()).entryInfoList(QDir::Files);
    QCOMPARE(int(files.size()), int(dialog->objects().size()));
    qint64 written = 0;
    for (const QFileInfo &f : files)
        written += f.size();
    QCOMPARE(written, total);
    QVERIFY(dialog->outcomeText().contains(QString::number(files.size())));
}

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
