// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QtTest>

#include "core/fields/payload_text.h"

using namespace ecv;

class TestPayloadText : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void cap();
    void summaryLine_data();
    void summaryLine();
    void largePayloadIsFast();
};

void TestPayloadText::render_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("invalid");
    QTest::newRow("ascii") << QByteArray("GET / HTTP/1.1") << QStringLiteral("GET / HTTP/1.1") << 0;
    QTest::newRow("crlf dropped") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n") << 0;
    QTest::newRow("lone cr shown") << QByteArray("a\rb") << QStringLiteral("a\u240Db") << 0;
    QTest::newRow("utf-8") << QByteArray("\xe4\xb8\xad\xe6\x96\x87 ok") << QStringLiteral("中文 ok")
                           << 0;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral("😀") << 0;
    QTest::newRow("invalid byte") << QByteArray("a\xffz") << QStringLiteral("a\uFFFDz") << 1;
    QTest::newRow("gbk") << QByteArray("\xd6\xd0\xce\xc4")
                         << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD") << 4;
    QTest::newRow("truncated sequence")
        << QByteArray("ab\xe4\xb8") << QStringLiteral("ab\uFFFD\uFFFD") << 2;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\uFFFD\uFFFD") << 2;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD")
                               << 3;
    QTest::newRow("nul and tab") << QByteArray("a\0\tb", 4) << QStringLiteral("a\u2400\tb") << 0;
    QTest::newRow("del") << QByteArray("\x7f") << QStringLiteral("\u2421") << 0;
}

void TestPayloadText::render()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, invalid);
    int bad = -1;
    QCOMPARE(PayloadText::render(bytes, -1, &bad), text);
    QCOMPARE(bad, invalid);
}

void TestPayloadText::cap()
{
    QCOMPARE(PayloadText::render(QByteArray("abcdef"), 3), QStringLiteral("abc"));
    // A sequence cut by the cap is marked, not read past the cap.
    QCOMPARE(PayloadText::render(QByteArray("a\xe4\xb8\xad"), 2), QStringLiteral("a\uFFFD"));
}

void TestPayloadText::summaryLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("summary");
    QTest::newRow("request") << QByteArray("GET /api HTTP/1.1\r\nHost: x\r\n\r\n")
                             << QStringLiteral("GET /api HTTP/1.1");
    QTest::newRow("leading blank lines")
        << QByteArray("\r\n\r\n  SELECT 1;  \n") << QStringLiteral("SELECT 1;");
    QTest::newRow("binary") << QByteArray("\x00\x00\x12\x04\x00\x00\x00\x00\x00\x00\x03", 11)
                            << QStringLiteral("11 bytes binary");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("long") << QByteArray(500, 'x') << QString(20, QLatin1Char('x'));
}

void TestPayloadText::summaryLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, summary);
    QCOMPARE(PayloadText::summaryLine(bytes, 20), summary);
}

void TestPayloadText::largePayloadIsFast()
{
    QByteArray big;
    big.reserve(16 << 20);
    while (big.size() < (16 << 20))
        big.append("line of text with \xe4\xb8\xad and a bad \xff byte\r\n");
    QElapsedTimer timer;
    timer.start();
    int bad = 0;
    const QString capped = PayloadText::render(big, 1 << 20, &bad);
    QVERIFY(capped.size() <= (1 << 20));
    QVERIFY(bad > 0);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // Summary of a 16 MiB payload only looks at its start.
    timer.restart();
    QCOMPARE(PayloadText::summaryLine(big, 100).left(17), QStringLiteral("line of text with"));
    QVERIFY(timer.elapsed() < 50);
}

QTEST_MAIN(TestPayloadText)
#include "tst_payload_text.moc"
