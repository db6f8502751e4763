// SPDX-License-Identifier: Apache-2.0
// ecapture-dump's statistics reports through the real program: -z endpoints, -z processes and
// -z http,stat as text and, with -T json, as JSON; bad arguments exit 2.
#include <QJsonArray>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/program_run.h"

using namespace ecv;

namespace {

test::ProgramRun runDump(const QStringList &args)
{
    return test::runProgram(QStringLiteral(ECV_BIN_DIR "/ecapture-dump"), args);
}

} // namespace

class TestEcaptureDumpStats : public QObject
{
    Q_OBJECT
private slots:
    void textTables();
    void jsonTables();
    void badArguments();
};

void TestEcaptureDumpStats::textTables()
{
    const test::ProgramRun r =
        runDump({u"-r"_qs, test::fixturePath(u"v25-composite"_qs), u"-q"_qs, u"-z"_qs,
                 u"endpoints"_qs, u"-z"_qs, u"processes"_qs, u"-z"_qs, u"http,stat"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\nEndpoints\n"));
    QVERIFY(r.out.contains("\nProcesses\n"));
    QVERIFY(r.out.contains("\nHTTP Statistics\n"));
    QVERIFY(r.out.contains("Requests: 6  Responses: 6"));
    QVERIFY(r.out.contains("127.0.0.1:18080 /api/upload"));
}

void TestEcaptureDumpStats::jsonTables()
{
    const test::ProgramRun r =
        runDump({u"-r"_qs, test::fixturePath(u"v152-http1-curl"_qs), u"-q"_qs, u"-T"_qs, u"json"_qs,
                 u"-z"_qs, u"http,stat"_qs, u"-z"_qs, u"processes"_qs});
    QCOMPARE(r.exitCode, 0);
    // Two reports, two JSON documents one after the other.
    const qsizetype split = r.out.indexOf("\n}\n") + 3;
    QVERIFY(split > 3);
    const QJsonObject http =
        QJsonDocument::fromJson(r.out.left(split)).object().value(u"http").toObject();
    const QJsonObject processes = QJsonDocument::fromJson(r.out.mid(split)).object();
    int requests = 0;
    QMap<QString, int> methods;
    QSet<qint64> pids;
    for (const QJsonValue &v :
         test::readExpected(u"v152-http1-curl"_qs).value(u"events").toArray()) {
        pids.insert(v.toObject().value(u"process.pid").toInteger());
        if (v.toObject().contains(u"http.request.method")) {
            ++requests;
            ++methods[v.toObject().value(u"http.request.method").toString()];
        }
    }
    QCOMPARE(http.value(u"requests").toInt(), requests);
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        QCOMPARE(http.value(u"methods").toObject().value(it.key()).toInt(), it.value());
    const QJsonArray hosts = http.value(u"hosts").toArray();
    QVERIFY(!hosts.isEmpty());
    QVERIFY(hosts.first().toObject().contains(u"latency_ns"));
    const QJsonArray procs = processes.value(u"processes").toArray();
    QCOMPARE(procs.size(), pids.size());
    for (const QJsonValue &p : procs) {
        QCOMPARE(p.toObject().value(u"name").toString(), u"curl"_qs);
        QVERIFY(pids.contains(p.toObject().value(u"pid").toInteger()));
    }
}

void TestEcaptureDumpStats::badArguments()
{
    for (const QString &spec : {u"http"_qs, u"http,tree"_qs, u"processes,x"_qs})
        QCOMPARE(
            runDump({u"-r"_qs, test::fixturePath(u"v152-http1-curl"_qs), u"-q"_qs, u"-z"_qs, spec})
                    .exitCode == 0,
            false);
}

QTEST_GUILESS_MAIN(TestEcaptureDumpStats)
#include "tst_ecapture_dump_stats.moc"
