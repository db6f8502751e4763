// SPDX-License-Identifier: Apache-2.0
// Framing headers of eCapture's re-serialized HTTP/1 messages made to match their bytes
// (edge-cases.md "Headers that no longer describe the body").
#include <QtTest>

#include "common/gzip_of.h"
#include "core/export/http1_reframer.h"

using namespace ecv;

class TestHttp1Reframer final : public QObject
{
    Q_OBJECT
private slots:
    void reframe_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("bodyLength");
        QTest::addColumn<QByteArray>("headers"); // expected header section
        QTest::addColumn<QStringList>("original");

        const QByteArray body2443(2443, 'a');
        QTest::newRow("gzip decoded by eCapture, stale length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1145\r\nContent-Encoding: gzip\r\n"
                          "Content-Type: text/html\r\n\r\n") +
                   body2443
            << qint64(-1)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2443\r\nContent-Type: "
                          "text/html\r\n\r\n")
            << QStringList{"Content-Length: 1145", "Content-Encoding: gzip"};
        QTest::newRow("chunked header over a de-chunked body")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nServer: nginx\r\n\r\n"
                          "hello world")
            << qint64(-1)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 11\r\nServer: nginx\r\n\r\n")
            << QStringList{"Transfer-Encoding: chunked"};
        QTest::newRow("chunked + gzip, both undone")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: "
                          "gzip\r\n\r\nplain text")
            << qint64(-1) << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
            << QStringList{"Transfer-Encoding: chunked", "Content-Encoding: gzip"};
        QTest::newRow("br, gzip: the gzip layer is gone, br stays")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: br, gzip\r\nContent-Length: "
                          "4\r\n\r\n\x0b\x02\x80x")
            << qint64(-1)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\n")
            << QStringList{"Content-Encoding: br, gzip"};
        const QByteArray gz = test::gzipOf("still compressed");
        QTest::newRow("gzip body still gzip: unchanged")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ") +
                   QByteArray::number(gz.size()) + "\r\n\r\n" + gz
            << qint64(-1)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ") +
                   QByteArray::number(gz.size()) + "\r\n\r\n"
            << QStringList{};
        QTest::newRow("already right")
            << QByteArray("POST /api HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}")
            << qint64(-1)
            << QByteArray("POST /api HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n")
            << QStringList{};
        QTest::newRow("GET without body: no length added")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << qint64(-1)
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << QStringList{};
        QTest::newRow("response without any length gets one")
            << QByteArray("HTTP/1.0 200 OK\r\nServer: x\r\n\r\nabc") << qint64(-1)
            << QByteArray("HTTP/1.0 200 OK\r\nServer: x\r\nContent-Length: 3\r\n\r\n")
            << QStringList{};
        QTest::newRow("still chunk-framed: kept")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
                          "0\r\n\r\n")
            << qint64(-1) << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QStringList{};
        QTest::newRow("204 untouched")
            << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n") << qint64(-1)
            << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n") << QStringList{};
        QTest::newRow("body continues in a later event")
            << QByteArray("PUT /a HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123456789") << qint64(100)
            << QByteArray("PUT /a HTTP/1.1\r\nContent-Length: 100\r\n\r\n") << QStringList{};
        QTest::newRow("body cut short for good")
            << QByteArray("PUT /a HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123456789") << qint64(-1)
            << QByteArray("PUT /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n")
            << QStringList{"Content-Length: 100"};
        QTest::newRow("LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nabc") << qint64(-1)
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 3\n\n")
            << QStringList{"Transfer-Encoding: chunked"};
        QTest::newRow("duplicate lengths folded into one")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nabc")
            << qint64(-1) << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n")
            << QStringList{"Content-Length: 5", "Content-Length: 5"};
    }
    void reframe()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, bodyLength);
        QFETCH(QByteArray, headers);
        QFETCH(QStringList, original);
        const Http1Reframer::Result r = Http1Reframer::reframe(input, bodyLength);
        QVERIFY(r.isHttp);
        QCOMPARE(r.headerSection, headers);
        QCOMPARE(r.originalLines, original);
        QCOMPARE(r.changed, headers != input.left(r.headerEnd));
        // The body itself is never touched: it follows the original header section.
        QVERIFY(input.mid(r.headerEnd).size() == r.bodyInInput);
    }

    void notHttp()
    {
        const Http1Reframer::Result r = Http1Reframer::reframe("\x16\x03\x01 binary");
        QVERIFY(!r.isHttp);
        QVERIFY(!r.changed);
    }
};

QTEST_APPLESS_MAIN(TestHttp1Reframer)
#include "tst_http1_reframer.moc"
