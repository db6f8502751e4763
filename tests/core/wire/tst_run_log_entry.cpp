// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QDir>
#include <QTest>

#include "core/file/frame_log_reader.h"
#include "core/wire/frame_decoder.h"
#include "core/wire/run_log_entry.h"

using namespace ecv;

using Fields = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Fields)

class TstRunLogEntry : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void version_data();
    void version();
    void fixtureVersions_data();
    void fixtureVersions();
};

void TstRunLogEntry::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("time");
    QTest::addColumn<Fields>("fields");
    QTest::newRow("AppName, key order kept")
        << QStringLiteral(
               "{\"level\":\"info\",\"AppName\":\"eCapture(旁观者)\",\"time\":\"2026-11-29T14:"
               "26:05Z\"}\n")
        << "info"
        << ""
        << "2026-11-29T14:26:05Z" << Fields{{"AppName", "\"eCapture(旁观者)\""}};
    QTest::newRow("fields before message")
        << QStringLiteral("{\"level\":\"info\",\"probeName\":\"OpenSSL\",\"isReload\":false,"
                          "\"time\":\"2026-11-29T14:26:05Z\",\"message\":\"probe started "
                          "successfully.\"}")
        << "info"
        << "probe started successfully."
        << "2026-11-29T14:26:05Z" << Fields{{"probeName", "\"OpenSSL\""}, {"isReload", "false"}};
    QTest::newRow("numbers and zone")
        << QStringLiteral("{\"level\":\"warn\",\"lostSamples\":3,\"mapSize(MB)\":4,"
                          "\"time\":\"2026-11-29T15:21:04+01:00\",\"message\":\"perf ring\"}")
        << "warn"
        << "perf ring"
        << "2026-11-29T14:21:04Z" << Fields{{"lostSamples", "3"}, {"mapSize(MB)", "4"}};
    QTest::newRow("nested value")
        << QStringLiteral("{\"level\":\"info\",\"Functions\":[\"SSL_write\",\"SSL_read\"],"
                          "\"x\":{\"a\":\"}\"}}")
        << "info"
        << ""
        << "" << Fields{{"Functions", "[\"SSL_write\",\"SSL_read\"]"}, {"x", "{\"a\":\"}\"}"}};
    QTest::newRow("not JSON") << QStringLiteral("2025-01-15T10:30:45Z INF AppName=x\n") << ""
                              << "2025-01-15T10:30:45Z INF AppName=x"
                              << "" << Fields{};
    QTest::newRow("JSON array") << QStringLiteral("[1,2]") << ""
                                << "[1,2]"
                                << "" << Fields{};
    QTest::newRow("empty") << QString() << ""
                           << ""
                           << "" << Fields{};
}

void TstRunLogEntry::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, level);
    QFETCH(QString, message);
    QFETCH(QString, time);
    QFETCH(Fields, fields);
    const RunLogEntry entry = RunLogEntry::parse(line);
    QCOMPARE(entry.level, level);
    QCOMPARE(entry.message, message);
    QCOMPARE(entry.fields, fields);
    QVERIFY(!entry.raw.endsWith('\n'));
    QCOMPARE(entry.raw, QString(line).remove(QRegularExpression("\n$")));
    if (time.isEmpty())
        QCOMPARE(entry.timeNs, qint64(-1));
    else
        QCOMPARE(entry.timeNs,
                 QDateTime::fromString(time, Qt::ISODate).toMSecsSinceEpoch() * 1000000LL);
}

void TstRunLogEntry::version_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("version");
    QTest::newRow("v2.5.1") << "{\"level\":\"info\",\"Version\":\"linux_amd64:v2.5.1-20260621-"
                               "5ccbc23:[CORE]\",\"time\":\"2026-11-29T14:26:05Z\"}"
                            << "v2.5.1";
    QTest::newRow("v1.4.0") << "{\"level\":\"info\",\"Version\":\"linux_amd64:v1.4.0-20250811-"
                               "a0c2949:[CORE]\"}"
                            << "v1.4.0";
    QTest::newRow("android") << "{\"Version\":\"androidgki_arm64:v0.9.2-20250101-1:[NONCORE]\"}"
                             << "v0.9.2";
    QTest::newRow("no Version") << "{\"level\":\"info\",\"AppName\":\"v9.9.9\"}"
                                << "";
    QTest::newRow("garbage") << "Version: v1.2.3"
                             << "";
}

void TstRunLogEntry::version()
{
    QFETCH(QString, line);
    QFETCH(QString, version);
    QCOMPARE(RunLogEntry::parse(line).ecaptureVersion(), version);
}

void TstRunLogEntry::fixtureVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::newRow("v25-composite") << "v25-composite.jsonl"
                                   << "v2.5.1";
    QTest::newRow("v25-connect-out") << "v25-connect-out.jsonl"
                                     << "v2.5.1";
    QTest::newRow("v152-quirks") << "v152-quirks.jsonl"
                                 << "v1.5.2";
    QTest::newRow("v140-json-text") << "v140-json-text.jsonl"
                                    << "v1.4.0";
}

void TstRunLogEntry::fixtureVersions()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    FrameLogReader reader;
    QVERIFY(reader.readFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath(file)));
    FrameDecoder decoder;
    QString found;
    int logs = 0;
    for (int i = 0; i < reader.frames().size(); ++i) {
        const DecodedFrame d = decoder.decode(reader.frames().at(i), quint32(i + 1));
        if (d.kind != DecodedFrame::Kind::RunLog)
            continue;
        ++logs;
        const RunLogEntry entry = RunLogEntry::parse(d.runLog);
        QVERIFY2(!entry.level.isEmpty(), qPrintable(d.runLog)); // every fixture log is zerolog
        QVERIFY(entry.timeNs > 0);
        if (found.isEmpty())
            found = entry.ecaptureVersion();
    }
    QVERIFY(logs > 0);
    QCOMPARE(found, version);
}

QTEST_GUILESS_MAIN(TstRunLogEntry)
#include "tst_run_log_entry.moc"
