// SPDX-License-Identifier: Apache-2.0
// `ecapture-dump -r FIXTURE -Y FILTER` through the real program: for facts of the fixtures'
// NAME.expected.json, the Wireshark spelling (`process.name == "curl"`) and the eCaptureQ SQL
// spelling (`pname = 'curl'`) print exactly the events the facts name; -z summary counts only
// those events (the other frames unchanged); -w saves only them; a bad filter exits 2 with the
// error and its column on stderr.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/program_run.h"

using namespace ecv;

namespace {

test::ProgramRun runDump(const QStringList &args)
{
    return test::runProgram(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"), args);
}

QString literal(const QJsonValue &v, QChar quote)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    QString s = v.toString();
    s.replace(u'\\', QLatin1String("\\\\"));
    s.replace(quote, QString(u'\\') + quote);
    return quote + s + quote;
}

/** The facts' event numbers `n` of the events printed by `-T jsonl` (by frame number). */
QList<int> printedEvents(const QString &fixture, const QByteArray &jsonl)
{
    static QHash<QString, QHash<qint64, int>> ordinals;
    QHash<qint64, int> &byFrame = ordinals[fixture];
    if (byFrame.isEmpty()) {
        const test::ProgramRun all =
            runDump({u"-r"_qs, test::fixturePath(fixture), u"-T"_qs, u"jsonl"_qs});
        int n = 0;
        for (const QJsonObject &o : test::parseJsonLines(all.out))
            byFrame.insert(o.value(u"frame.number").toInteger(), ++n);
    }
    QList<int> ns;
    for (const QJsonObject &o : test::parseJsonLines(jsonl))
        ns.append(byFrame.value(o.value(u"frame.number").toInteger(), -1));
    return ns;
}

} // namespace

class TestEcaptureDumpFilter : public QObject
{
    Q_OBJECT
private slots:
    void selectsTheFactsEvents_data();
    void selectsTheFactsEvents();
    void summaryCountsPassingEvents();
    void writesOnlyPassingEvents();
    void badFilterExitsTwo_data();
    void badFilterExitsTwo();
};

void TestEcaptureDumpFilter::selectsTheFactsEvents_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<int>>("expected");
    const QVector<QPair<QString, QString>> fields = {
        {QStringLiteral("process.name"), QStringLiteral("pname")},
        {QStringLiteral("tcp.dstport"), QStringLiteral("dst_port")},
        {QStringLiteral("http.host"), QStringLiteral("http.host")},
        {QStringLiteral("http.request.method"), QStringLiteral("http.request.method")},
        {QStringLiteral("http.response.code"), QStringLiteral("http.response.code")}};
    for (const QString &fixture : test::expectedFixtureNames()) {
        const QJsonArray events = test::readExpected(fixture).value(u"events").toArray();
        for (const auto &[field, sqlName] : fields) {
            QMap<QString, QList<int>> byValue;
            QHash<QString, QJsonValue> values;
            for (const QJsonValue &ev : events) {
                const QJsonObject e = ev.toObject();
                if (!e.contains(field))
                    continue;
                const QString key = e.value(field).toVariant().toString();
                byValue[key].append(e.value(u"n").toInt());
                values.insert(key, e.value(field));
            }
            for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
                const QJsonValue v = values.value(it.key());
                const QString wireshark = field + QStringLiteral(" == ") + literal(v, u'"');
                const QString sql = sqlName + QStringLiteral(" = ") + literal(v, u'\'');
                QTest::addRow("%s: %s", qPrintable(fixture), qPrintable(wireshark))
                    << fixture << wireshark << it.value();
                QTest::addRow("%s: %s", qPrintable(fixture), qPrintable(sql))
                    << fixture << sql << it.value();
            }
        }
        // A combination in both spellings: requests of the first process, not to port 80.
        QList<int> expected;
        QString name;
        for (const QJsonValue &ev : events) {
            const QJsonObject e = ev.toObject();
            if (name.isEmpty())
                name = e.value(u"process.name").toString();
            if (e.value(u"process.name").toString() == name &&
                e.contains(QLatin1String("http.request.method")) &&
                e.value(u"tcp.dstport").toInt(-1) != 80)
                expected.append(e.value(u"n").toInt());
        }
        if (name.isEmpty())
            continue;
        QTest::addRow("%s: combined, Wireshark", qPrintable(fixture))
            << fixture
            << QStringLiteral("process.name == \"%1\" && http.request.method && !(tcp.dstport "
                              "== 80)")
                   .arg(name)
            << expected;
        QTest::addRow("%s: combined, SQL", qPrintable(fixture))
            << fixture
            << QStringLiteral("pname = '%1' AND http.request.method AND NOT dst_port IN (80)")
                   .arg(name)
            << expected;
    }
}

void TestEcaptureDumpFilter::selectsTheFactsEvents()
{
    QFETCH(QString, fixture);
    QFETCH(QString, filter);
    QFETCH(QList<int>, expected);
    const test::ProgramRun r =
        runDump({u"-r"_qs, test::fixturePath(fixture), u"-T"_qs, u"jsonl"_qs, u"-Y"_qs, filter});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(printedEvents(fixture, r.out), expected);
}

void TestEcaptureDumpFilter::summaryCountsPassingEvents()
{
    const QString fixture = QStringLiteral("v152-mixed");
    const QJsonObject expected = test::readExpected(fixture);
    int curl = 0;
    for (const QJsonValue &ev : expected.value(u"events").toArray())
        curl += ev.toObject().value(u"process.name") == QLatin1String("curl");
    QVERIFY(curl > 0);
    const test::ProgramRun r = runDump({u"-r"_qs, test::fixturePath(fixture), u"-q"_qs, u"-z"_qs,
                                        u"summary"_qs, u"-Y"_qs, u"pname = 'curl'"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const QJsonObject facts = expected.value(u"summary").toObject();
    QCOMPARE(summary.value(u"events").toInt(), curl);
    // Frames that are not events are not filtered: their counts stay the capture's.
    QCOMPARE(summary.value(u"run_logs"), facts.value(u"run_logs"));
    QCOMPARE(summary.value(u"heartbeats"), facts.value(u"heartbeats"));
    // -T json with a filter nothing passes is an empty array.
    const test::ProgramRun none = runDump({u"-r"_qs, test::fixturePath(fixture), u"-T"_qs,
                                           u"json"_qs, u"-Y"_qs, u"pname == nobody"_qs});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("[]\n"));
    // -T text prints one line per passing event.
    const test::ProgramRun text =
        runDump({u"-r"_qs, test::fixturePath(fixture), u"-Y"_qs, u"process.name == curl"_qs});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), curl);
}

void TestEcaptureDumpFilter::writesOnlyPassingEvents()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fixture = QStringLiteral("v152-mixed");
    const QString saved = dir.filePath(QStringLiteral("curl.ecvcap"));
    const test::ProgramRun w = runDump({u"-r"_qs, test::fixturePath(fixture), u"-q"_qs, u"-w"_qs,
                                        saved, u"-Y"_qs, u"process.name == \"curl\""_qs});
    QVERIFY2(w.exitCode == 0, w.err.constData());
    const test::ProgramRun back = runDump({u"-r"_qs, saved, u"-T"_qs, u"jsonl"_qs});
    QCOMPARE(back.exitCode, 0);
    const QVector<QJsonObject> rows = test::parseJsonLines(back.out);
    QVERIFY(!rows.isEmpty());
    for (const QJsonObject &o : rows)
        QCOMPARE(o.value(u"process.name").toString(), QStringLiteral("curl"));
    const test::ProgramRun filtered = runDump({u"-r"_qs, test::fixturePath(fixture), u"-T"_qs,
                                               u"jsonl"_qs, u"-Y"_qs, u"pname = 'curl'"_qs});
    QCOMPARE(rows.size(), test::parseJsonLines(filtered.out).size());
    // A CSV export of the passing events: a header and one row each.
    const QString csv = dir.filePath(QStringLiteral("curl.csv"));
    QCOMPARE(runDump({u"-r"_qs, test::fixturePath(fixture), u"-q"_qs, u"-w"_qs, csv, u"-Y"_qs,
                      u"pname = 'curl'"_qs})
                 .exitCode,
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().count('\n'), rows.size());
}

void TestEcaptureDumpFilter::badFilterExitsTwo_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("value missing")
        << "process.name =="
        << QByteArray("ecapture-dump: -Y: expected a value after `==` at column 16\n");
    QTest::newRow("unknown field")
        << "pnme = 'curl'"
        << QByteArray("ecapture-dump: -Y: unknown field `pnme` at column 1 (did you mean "
                      "`pname`?)\n");
    QTest::newRow("SQL statement")
        << "SELECT * FROM packets WHERE pname='curl'"
        << QByteArray("ecapture-dump: -Y: a whole SQL statement is not a display filter: write "
                      "only its condition, `pname='curl'` (column 1)\n");
}

void TestEcaptureDumpFilter::badFilterExitsTwo()
{
    QFETCH(QString, filter);
    QFETCH(QByteArray, message);
    const test::ProgramRun r =
        runDump({u"-r"_qs, test::fixturePath(u"v152-mixed"_qs), u"-Y"_qs, filter});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEcaptureDumpFilter)
#include "tst_ecapture_dump_filter.moc"
