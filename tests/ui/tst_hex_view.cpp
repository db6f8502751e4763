// SPDX-License-Identifier: Apache-2.0
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScrollBar>
#include <QtTest>

#include "ui/hex_format.h"
#include "ui/hex_view.h"

using namespace ecv;

class TestHexView : public QObject
{
    Q_OBJECT
private slots:
    void hexDumpFormat();
    void hexStream();
    void paintsOnlyVisibleLines();
    void selectionAndFind();
    void mouseSelects();
    void copyFormats();
};

void TestHexView::hexDumpFormat()
{
    const QByteArray bytes("GET / HTTP/1.1\r\nHost: a\r\n");
    const QString dump = HexFormat::hexDump(bytes);
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  "
                            "GET / HTTP/1.1.."));
    QCOMPARE(lines.at(1),
             QStringLiteral("00000010  48 6f 73 74 3a 20 61 0d  0a                       "
                            "Host: a.."));
    QVERIFY(HexFormat::hexDump(QByteArray("x"), 0x20).startsWith(QStringLiteral("00000020  78 ")));
    QCOMPARE(HexFormat::hexDump(QByteArray()), QString());
}

void TestHexView::hexStream()
{
    QCOMPARE(HexFormat::hexStream(QByteArray("\x00\xff\x10", 3)), QStringLiteral("00ff10"));
}

void TestHexView::paintsOnlyVisibleLines()
{
    HexView view;
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray big(16 * 1024 * 1024, 'a');
    for (int i = 0; i < big.size(); i += 4096)
        big[i] = char(i & 0xff);
    QElapsedTimer timer;
    timer.start();
    view.setData(big);
    view.repaint();
    QCOMPARE(view.lineCount(), qsizetype(1024 * 1024));
    QVERIFY(view.lastPaintedLines() > 0);
    QVERIFY2(view.lastPaintedLines() < 40, qPrintable(QString::number(view.lastPaintedLines())));
    // Scrolling to the end paints the tail only, quickly.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    view.repaint();
    QVERIFY(view.lastPaintedLines() > 0 && view.lastPaintedLines() < 40);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestHexView::selectionAndFind()
{
    HexView view;
    view.resize(700, 200);
    const QByteArray data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>OK</html>");
    view.setData(data);
    QCOMPARE(view.selectionLength(), qsizetype(0));
    QCOMPARE(view.selectedOrAll(), data);
    QVERIFY(view.find("OK"));
    QCOMPARE(view.selectionStart(), qsizetype(13));
    QCOMPARE(view.selectedOrAll(), QByteArray("OK"));
    QVERIFY(view.find("OK")); // next match
    QCOMPARE(view.selectionStart(), data.indexOf("OK</html>"));
    QVERIFY(view.find("OK")); // wraps around
    QCOMPARE(view.selectionStart(), qsizetype(13));
    QVERIFY(!view.find("absent"));
    view.setSelection(9, 3);
    QCOMPARE(view.selectedOrAll(), QByteArray("200"));
    view.setSelection(0, 0);
    QCOMPARE(view.selectionLength(), qsizetype(0));
}

void TestHexView::mouseSelects()
{
    HexView view;
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray("0123456789abcdefGHIJ"));
    const QFontMetricsF fm(view.font());
    const qreal cw = fm.horizontalAdvance(QLatin1Char('0'));
    const int y = int(fm.height() / 2);
    // Byte 2 in the hex column (column 10 + 2*3), drag to byte 5 in the same column.
    const QPoint from(4 + int((10 + 6 + 0.5) * cw), y);
    const QPoint to(4 + int((10 + 15 + 0.5) * cw), y);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, view.viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(view.selectedOrAll(), QByteArray("2345"));
    // A click in the ASCII column selects that byte.
    const QPoint ascii(4 + int((60 + 3 + 0.5) * cw), y);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, ascii);
    QCOMPARE(view.selectedOrAll(), QByteArray("3"));
}

void TestHexView::copyFormats()
{
    HexView view;
    view.setData(QByteArray("AB\x01", 3));
    view.copyHexStream();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("414201"));
    view.copyHexDump();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("00000000  41 42 01")));
    view.setSelection(1, 1);
    view.copyText();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("B"));
    view.copyHexDump(); // the selection keeps its offset
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("00000001  42")));
}

QTEST_MAIN(TestHexView)
#include "tst_hex_view.moc"
