// SPDX-License-Identifier: Apache-2.0
// ecapture-dump's option values (ECV_BIN_DIR): what does not fit is refused with a message
// naming the value and exit status 2, before anything is opened; what fits is accepted.
#include <QtTest>

#include "common/program_run.h"

using namespace ecv;

namespace {

const QString kDump = QStringLiteral(ECV_BIN_DIR "/ecapture-dump");
// Nothing listens on port 1: a run whose options are accepted fails to connect (exit 1).
const QString kNowhere = QStringLiteral("ws://127.0.0.1:1/");

} // namespace

class TestDumpOptions : public QObject
{
    Q_OBJECT
private slots:
    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        auto autostop = [](const char *condition) {
            return QStringList{QStringLiteral("-i"), kNowhere, QStringLiteral("-a"),
                               QString::fromLatin1(condition)};
        };
        const QString duration = QStringLiteral("duration must be a number of seconds from 0.001 "
                                                "to 2147483.647");
        const QString events = QStringLiteral("events must be a whole number from 1 to 2147483647");
        QTest::newRow("duration:nan") << autostop("duration:nan") << duration;
        QTest::newRow("duration:inf") << autostop("duration:inf") << duration;
        QTest::newRow("duration:-inf") << autostop("duration:-inf") << duration;
        QTest::newRow("duration:1e300") << autostop("duration:1e300") << duration;
        // 4294967297 ms wraps to 1 ms in an int timer: it stopped at once.
        QTest::newRow("duration:4294967.297") << autostop("duration:4294967.297") << duration;
        // 2147484000 ms is past INT_MAX: the timer was silently not started.
        QTest::newRow("duration:2147484") << autostop("duration:2147484") << duration;
        QTest::newRow("duration:0") << autostop("duration:0") << duration;
        QTest::newRow("duration:0.0004") << autostop("duration:0.0004") << duration;
        QTest::newRow("duration:-1") << autostop("duration:-1") << duration;
        QTest::newRow("duration:") << autostop("duration:") << duration;
        QTest::newRow("duration:10s") << autostop("duration:10s") << duration;
        QTest::newRow("events:0.5") << autostop("events:0.5") << events;
        QTest::newRow("events:1e300") << autostop("events:1e300") << events;
        QTest::newRow("events:1e3") << autostop("events:1e3") << events;
        QTest::newRow("events:0") << autostop("events:0") << events;
        QTest::newRow("events:-5") << autostop("events:-5") << events;
        QTest::newRow("events:+5") << autostop("events:+5") << events;
        QTest::newRow("events:2147483648") << autostop("events:2147483648") << events;
        QTest::newRow("events:99999999999999999999")
            << autostop("events:99999999999999999999") << events;
        QTest::newRow("events:nan") << autostop("events:nan") << events;
        QTest::newRow("files:3") << autostop("files:3")
                                 << QStringLiteral("expected duration:SEC or events:N");
        const QString count = QStringLiteral("not a positive whole number");
        QTest::newRow("-c 0") << QStringList{QStringLiteral("-i"), kNowhere, QStringLiteral("-c"),
                                             QStringLiteral("0")}
                              << count;
        QTest::newRow("-c 1e300") << QStringList{QStringLiteral("-i"), kNowhere,
                                                 QStringLiteral("-c"), QStringLiteral("1e300")}
                                  << count;
        QTest::newRow("-c 2.5") << QStringList{QStringLiteral("-i"), kNowhere, QStringLiteral("-c"),
                                               QStringLiteral("2.5")}
                                << count;
        QTest::newRow("-T xml") << QStringList{QStringLiteral("-i"), kNowhere, QStringLiteral("-T"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("-T xml: unknown format");
        QTest::newRow("no input") << QStringList{QStringLiteral("-q")}
                                  << QStringLiteral("give exactly one of -r FILE or -i URL");
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::ProgramRun r = test::runProgram(kDump, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line, no usage dump
        QVERIFY(r.out.isEmpty());
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::newRow("duration:0.001") << QStringLiteral("duration:0.001");
        QTest::newRow("duration:30") << QStringLiteral("duration:30");
        QTest::newRow("duration:1.5e3") << QStringLiteral("duration:1.5e3");
        QTest::newRow("duration:2147483.647") << QStringLiteral("duration:2147483.647");
        QTest::newRow("events:1") << QStringLiteral("events:1");
        QTest::newRow("events:2147483647") << QStringLiteral("events:2147483647");
    }
    void accepted()
    {
        // Accepted: the run gets as far as connecting (refused on port 1: exit 1), or, for a
        // 1 ms duration, stops before the refusal arrives (exit 0). Never the usage status 2.
        QFETCH(QString, condition);
        const test::ProgramRun r =
            test::runProgram(kDump, {QStringLiteral("-i"), kNowhere, QStringLiteral("-a"),
                                     condition, QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY2(!r.err.contains("-a "), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDumpOptions)
#include "tst_dump_options.moc"
