// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QTest>

#include "core/file/frame_log_reader.h"

using namespace ecv;

class TstFrameLogReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void badLines();
    void badHeader();
    void sniff_data();
    void sniff();
};

void TstFrameLogReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("ecapture");
    // Frame counts from tests/data/EXPECTED-eras.md and EXPECTED-v152.md.
    QTest::newRow("v25-composite") << "v25-composite.jsonl" << 62 << "";
    QTest::newRow("v25-connect-out") << "v25-connect-out.jsonl" << 29 << "";
    QTest::newRow("bad-input-a") << "bad-input-a.jsonl" << 16 << "";
    QTest::newRow("v152-http1-curl") << "v152-http1-curl.jsonl" << 42 << "";
    QTest::newRow("v152-mixed") << "v152-mixed.jsonl" << 43 << "";
}

void TstFrameLogReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, frames);
    FrameLogReader reader;
    const qint64 base = 1'000'000'000'000'000'000LL;
    QVERIFY2(reader.readFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath(file), base),
             qPrintable(reader.errorString()));
    QVERIFY(reader.ok());
    QCOMPARE(reader.frames().size(), frames);
    QCOMPARE(reader.skippedLines(), 0);
    QVERIFY(!reader.ecapture().isEmpty());
    QVERIFY(!reader.description().isEmpty());
    QCOMPARE(reader.frames().first().arrivalNs, base); // t of the first frame is 0
    for (int i = 1; i < reader.frames().size(); ++i)
        QVERIFY(reader.frames()[i].arrivalNs >= reader.frames()[i - 1].arrivalNs);
}

void TstFrameLogReader::badLines()
{
    const QByteArray log = "{\"format\":\"ecaptureq-framelog\",\"version\":1,\"ecapture\":\"x\","
                           "\"description\":\"d\"}\n"
                           "{\"t\":0.0,\"op\":\"binary\",\"data\":\"aGk=\"}\n"
                           "not json\n"
                           "{\"t\":0.5,\"op\":\"ping\",\"data\":\"\"}\n"
                           "\n"
                           "{\"t\":1.25,\"op\":\"text\",\"data\":\"aGk=\"}\n"
                           "{\"t\":2,\"op\":\"text\",\"data\":\"!!notbase64\"}\n"
                           "{\"op\":\"text\",\"data\":\"\"}\n"
                           "{\"t\":3,\"op\":\"binary\",\"data\":\"\"}";
    FrameLogReader reader;
    QVERIFY(reader.readBytes(log, 100));
    QCOMPARE(reader.frames().size(), 3);
    QCOMPARE(reader.skippedLines(), 4);
    QCOMPARE(reader.errors().size(), 4);
    QVERIFY(reader.errors().at(0).startsWith(QLatin1String("line 3:")));
    QVERIFY(reader.errors().at(1).startsWith(QLatin1String("line 4:")));
    QVERIFY(reader.errors().at(2).startsWith(QLatin1String("line 7:")));
    QVERIFY(reader.errors().at(3).startsWith(QLatin1String("line 8:")));
    QCOMPARE(reader.frames().at(0).data, QByteArray("hi"));
    QCOMPARE(reader.frames().at(0).opcode, RawFrame::Opcode::Binary);
    QCOMPARE(reader.frames().at(1).opcode, RawFrame::Opcode::Text);
    QCOMPARE(reader.frames().at(1).arrivalNs, qint64(100 + 1'250'000'000));
    QCOMPARE(reader.frames().at(2).data, QByteArray());
    QCOMPARE(reader.ecapture(), QStringLiteral("x"));
    QCOMPARE(reader.description(), QStringLiteral("d"));
}

void TstFrameLogReader::badHeader()
{
    FrameLogReader reader;
    QVERIFY(!reader.readBytes("{\"format\":\"other\",\"version\":1}\n"));
    QVERIFY(!reader.errorString().isEmpty());
    QVERIFY(!reader.readBytes(""));
    QVERIFY(!reader.readBytes("\x01\x02garbage"));
    QVERIFY(!reader.readFile(QStringLiteral("/nonexistent/file.jsonl")));
    QVERIFY(reader.errorString().contains(QLatin1String("cannot open")));
}

void TstFrameLogReader::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("header") << QByteArray("{\"format\": \"ecaptureq-framelog\", \"version\": 1}\n{")
                            << true;
    QTest::newRow("leading space") << QByteArray("  \n{\"format\":\"ecaptureq-framelog\"") << true;
    QTest::newRow("other json") << QByteArray("{\"format\":\"x\"}\n\"ecaptureq-framelog\"")
                                << false;
    QTest::newRow("binary") << QByteArray("\x0a\x0d\x0d\x0a") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TstFrameLogReader::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(FrameLogReader::looksLikeFrameLog(head), expected);
}

QTEST_GUILESS_MAIN(TstFrameLogReader)
#include "tst_frame_log_reader.moc"
