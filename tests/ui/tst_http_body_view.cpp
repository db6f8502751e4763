// SPDX-License-Identifier: Apache-2.0
// The HTTP tab's body views: form fields as a table, multipart parts, images drawn, JSON/XML
// text, hex otherwise; on their own and in the window over the fixtures.
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtEndian>
#include <QTextBlock>
#include <QTreeWidget>
#include <QtTest>

#include "common/v1_event_frame.h"
#include "core/capture/capture_store.h"
#include "ecaptureq.pb.h"
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/hex_view.h"
#include "ui/http_body_view.h"
#include "ui/http_view.h"
#include "ui/main_window.h"

using namespace ecv;

namespace {

QByteArray imageBytes(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QPainter(&image).fillRect(0, 0, width / 2, height / 2, Qt::yellow);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return out;
}

/** CRC-32 as PNG chunks carry it (ISO 3309, the same as zlib's crc32). */
quint32 pngCrc(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/** Width and height from a PNG's IHDR chunk (bytes 16..24, big-endian). */
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    return QSize(int(qFromBigEndian<quint32>(png.constData() + 16)),
                 int(qFromBigEndian<quint32>(png.constData() + 20)));
}

/** Row whose Info column starts with @p prefix, after the HTTP columns are filled in. */
int rowWithInfo(MainWindow &window, const QString &prefix)
{
    EventListModel *model = window.eventModel();
    for (int attempt = 0; attempt < 100; ++attempt) {
        for (int r = 0; r < model->rowCount(); ++r) {
            model->data(model->index(r, EventListModel::Info)); // asks for the dissection
            if (model->cellText(r, EventListModel::Info).startsWith(prefix))
                return r;
        }
        QTest::qWait(50);
    }
    return -1;
}

QStringList rowTexts(const QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class TestHttpBodyView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chooseView_data();
    void chooseView();
    void imageDrawnAtItsSize_data();
    void imageDrawnAtItsSize();
    void oversizedImageNotDecoded();
    void formFieldsTable();
    void multipartParts();
    void jsonKeepsKeyOrderAndColours();
    void windowFormPostShowsTable();
    void windowPngUploadShowsImage();
    void windowMultipartPartMarksItsBytes();
};

void TestHttpBodyView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_http_body_view"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestHttpBodyView::chooseView_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("textContains");

    using P = HttpBodyView::Page;
    QTest::newRow("empty") << QByteArray() << QByteArray("text/plain") << int(P::Text)
                           << QStringLiteral("(no body)");
    QTest::newRow("json") << QByteArray(R"({"b":1,"a":[true,null]})")
                          << QByteArray("application/json") << int(P::Text)
                          << QStringLiteral("{\n  \"b\": 1,\n  \"a\": [");
    QTest::newRow("xml indented") << QByteArray("<r><a>1</a><b/></r>")
                                  << QByteArray("application/xml") << int(P::Text)
                                  << QStringLiteral("<r>\n  <a>1</a>\n  <b/>\n</r>");
    QTest::newRow("html as text") << QByteArray("<p>hi</p>") << QByteArray("text/html")
                                  << int(P::Text) << QStringLiteral("<p>hi</p>");
    QTest::newRow("form") << QByteArray("a=1&b=x+y")
                          << QByteArray("application/x-www-form-urlencoded") << int(P::Table)
                          << QStringLiteral("a = 1\nb = x y\n");
    QTest::newRow("binary as hex")
        << QByteArray("\x00\x01\x02\xff", 4) << QByteArray("application/octet-stream")
        << int(P::Text) << QStringLiteral("00000000  00 01 02 ff");
    QTest::newRow("png") << imageBytes(7, 5, "PNG") << QByteArray("image/png") << int(P::Image)
                         << QStringLiteral("PNG image, 7×5");
    // A truncated image cannot be drawn: its bytes are shown, with the reason.
    QTest::newRow("broken png") << imageBytes(64, 64, "PNG").left(40) << QByteArray("image/png")
                                << int(P::Text) << QStringLiteral("00000000  89 50 4e 47");
    // The signature wins over a wrong declared type.
    QTest::newRow("png declared text") << imageBytes(3, 2, "PNG") << QByteArray("text/plain")
                                       << int(P::Image) << QStringLiteral("3×2");
}

void TestHttpBodyView::chooseView()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, page);
    QFETCH(QString, textContains);
    HttpBodyView view;
    view.showBody(body, contentType);
    QCOMPARE(int(view.page()), page);
    QCOMPARE(view.currentIndex(), page);
    QVERIFY2(view.text().contains(textContains), qPrintable(view.text()));
    if (QTest::currentDataTag() == QLatin1String("broken png"))
        QVERIFY2(
            view.notes().join(QLatin1Char('|')).contains(QLatin1String("could not be decoded")),
            qPrintable(view.notes().join(QLatin1Char('|'))));
}

void TestHttpBodyView::imageDrawnAtItsSize_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("png") << QByteArray("PNG") << QByteArray("image/png");
    QTest::newRow("webp (plugin)") << QByteArray("WEBP") << QByteArray("image/webp");
    QTest::newRow("jpeg") << QByteArray("JPG") << QByteArray("image/jpeg");
    QTest::newRow("bmp, no type") << QByteArray("BMP") << QByteArray();
}

void TestHttpBodyView::imageDrawnAtItsSize()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, contentType);
    const QByteArray bytes = imageBytes(123, 45, format.constData());
    if (bytes.isEmpty())
        QSKIP("no Qt image plugin writes this format here");
    HttpBodyView view;
    view.showBody(bytes, contentType);
    QCOMPARE(view.page(), HttpBodyView::Page::Image);
    QCOMPARE(view.imageSize(), QSize(123, 45));
    QCOMPARE(view.imageLabel()->pixmap().size(), QSize(123, 45));
    // The pixels are the image's: top-left quarter yellow (JPEG only approximately).
    const QColor c = view.imageLabel()->pixmap().toImage().pixelColor(10, 10);
    QVERIFY2(c.red() > 200 && c.green() > 200 && c.blue() < 80, qPrintable(c.name()));
}

void TestHttpBodyView::oversizedImageNotDecoded()
{
    // A PNG header claiming 100000 × 100000 pixels (a decompression bomb's shape): never
    // decoded, the bytes are shown and the reason given.
    QByteArray png = imageBytes(8, 8, "PNG");
    qToBigEndian<quint32>(100000, png.data() + 16);
    qToBigEndian<quint32>(100000, png.data() + 20);
    qToBigEndian<quint32>(pngCrc(png.mid(12, 17)), png.data() + 29); // IHDR type + data
    HttpBodyView view;
    view.showBody(png, "image/png");
    QCOMPARE(view.page(), HttpBodyView::Page::Text);
    QVERIFY(view.imageLabel()->pixmap().isNull());
    QVERIFY2(view.notes().join(QLatin1Char('|')).contains(QStringLiteral("100000×100000")),
             qPrintable(view.notes().join(QLatin1Char('|'))));
    QVERIFY(view.text().startsWith(QLatin1String("00000000  89 50 4e 47")));
}

void TestHttpBodyView::formFieldsTable()
{
    HttpBodyView view;
    view.showBody("q=caf%C3%A9&q=tea&empty=&flag",
                  "application/x-www-form-urlencoded; charset=utf-8");
    QCOMPARE(view.page(), HttpBodyView::Page::Table);
    // Order and duplicates kept, percent-decoded as UTF-8.
    QCOMPARE(rowTexts(view.tableView(), 0),
             QStringList({QStringLiteral("q"), QStringLiteral("q"), QStringLiteral("empty"),
                          QStringLiteral("flag")}));
    QCOMPARE(rowTexts(view.tableView(), 1),
             QStringList({QStringLiteral("café"), QStringLiteral("tea"), QString(), QString()}));
}

void TestHttpBodyView::multipartParts()
{
    const QByteArray png = imageBytes(16, 9, "PNG");
    const QByteArray body = "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                            "Holiday\r\n"
                            "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"meta\"\r\n"
                            "Content-Type: application/json\r\n\r\n"
                            "{\"z\":1,\"a\":2}\r\n"
                            "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"photo\"; filename=\"p.png\"\r\n"
                            "Content-Type: image/png\r\n\r\n" +
                            png + "\r\n--XyZ--\r\n";
    HttpBodyView view;
    view.showBody(body, "multipart/form-data; boundary=XyZ");
    QCOMPARE(view.page(), HttpBodyView::Page::Parts);
    QTreeWidget *parts = view.partsView();
    QCOMPARE(rowTexts(parts, 1), QStringList({QStringLiteral("title"), QStringLiteral("meta"),
                                              QStringLiteral("photo")}));
    QCOMPARE(rowTexts(parts, 2), QStringList({QString(), QString(), QStringLiteral("p.png")}));
    QCOMPARE(rowTexts(parts, 3), QStringList({QString(), QStringLiteral("application/json"),
                                              QStringLiteral("image/png")}));
    QCOMPARE(parts->topLevelItem(2)->text(4), QLocale().toString(png.size()));
    // Each part's header lines are its children.
    QCOMPARE(parts->topLevelItem(1)->childCount(), 2);
    QCOMPARE(parts->topLevelItem(1)->child(1)->text(0),
             QStringLiteral("Content-Type: application/json"));
    // The first part is shown; picking another shows its body in its own view.
    HttpBodyView *part = view.partView();
    QVERIFY(part);
    QCOMPARE(part->text(), QStringLiteral("Holiday"));
    parts->setCurrentItem(parts->topLevelItem(1));
    QCOMPARE(part->kind(), BodyView::Kind::Json);
    QVERIFY2(part->text().startsWith(QLatin1String("{\n  \"z\": 1,\n  \"a\": 2")),
             qPrintable(part->text()));
    parts->setCurrentItem(parts->topLevelItem(2)->child(0)); // a header line of the image part
    QCOMPARE(part->page(), HttpBodyView::Page::Image);
    QCOMPARE(part->imageLabel()->pixmap().size(), QSize(16, 9));
}

void TestHttpBodyView::jsonKeepsKeyOrderAndColours()
{
    HttpBodyView view;
    view.showBody(R"({"zeta":"x","alpha":2,"zeta":false})", "application/json");
    // QJsonDocument would sort the keys and merge the duplicate: the original order stays.
    const QString text = view.text();
    QVERIFY(text.indexOf(QLatin1String("\"zeta\": \"x\"")) <
            text.indexOf(QLatin1String("\"alpha\"")));
    QVERIFY(text.contains(QLatin1String("\"zeta\": false")));
    // Keys, strings and literals are coloured on top of the plain text (line 1: `  "zeta": "x",`).
    const QTextBlock line = view.textView()->document()->findBlockByNumber(1);
    QCOMPARE(line.text(), QStringLiteral("  \"zeta\": \"x\","));
    auto colourAt = [&](int column) {
        QTextCursor c(view.textView()->document());
        c.setPosition(line.position() + column + 1); // the format of the character before
        return c.charFormat().foreground().color();
    };
    QCOMPARE(colourAt(3), QColor(0x88, 0x13, 0x91));  // z of the key
    QCOMPARE(colourAt(11), QColor(0x1a, 0x7f, 0x37)); // x of the string
    QCOMPARE(view.textView()->toPlainText(), text);   // never rich text
}

void TestHttpBodyView::windowFormPostShowsTable()
{
    // v152-http1-curl #11: POST /account/login with a form body of 48 bytes (EXPECTED-v152.md).
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
    const int row = rowWithInfo(window, QStringLiteral("POST /account/login"));
    QVERIFY(row >= 0);
    window.selectRow(row, DetailPane::HttpTab);
    HttpView *http = window.detailPane()->httpView();
    QTRY_VERIFY(http->message() && http->message()->isRequest);
    QCOMPARE(http->message()->body.size(), qsizetype(48));
    HttpBodyView *body = http->bodyView();
    QCOMPARE(body->page(), HttpBodyView::Page::Table);
    QVERIFY(body->isVisible());
    QCOMPARE(rowTexts(body->tableView(), 0),
             QStringList({QStringLiteral("username"), QStringLiteral("password"),
                          QStringLiteral("remember")}));
    QCOMPARE(rowTexts(body->tableView(), 1),
             QStringList(
                 {QStringLiteral("alice"), QStringLiteral("correct-horse"), QStringLiteral("1")}));
}

void TestHttpBodyView::windowPngUploadShowsImage()
{
    // v152-mixed: PUT /api/v1/avatar with a 5622-byte image/png body, the rest of which came as
    // a type-0 Go hex.Dump event (EXPECTED-v152.md, REQ2 of the python3 connection).
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openCapture(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
    const int row = rowWithInfo(window, QStringLiteral("PUT /api/v1/avatar"));
    QVERIFY(row >= 0);
    window.selectRow(row, DetailPane::HttpTab);
    HttpView *http = window.detailPane()->httpView();
    QTRY_VERIFY(http->message() && http->message()->isRequest);
    const QByteArray png = http->message()->body;
    QCOMPARE(png.size(), qsizetype(5622));
    const QSize size = pngSize(png);
    QVERIFY(size.isValid());
    HttpBodyView *body = http->bodyView();
    QCOMPARE(body->page(), HttpBodyView::Page::Image);
    QCOMPARE(body->imageSize(), size);
    QCOMPARE(body->imageLabel()->pixmap().size(), size);
    QVERIFY(body->imageLabel()->isVisible());
    // Copy Body puts the image itself on the clipboard.
    auto *copy = http->findChild<QPushButton *>(QStringLiteral("httpCopyBody"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), size);
    QVERIFY2(body->notes()
                 .join(QLatin1Char('|'))
                 .contains(QStringLiteral("PNG image, %1×%2").arg(size.width()).arg(size.height())),
             qPrintable(body->notes().join(QLatin1Char('|'))));
}

void TestHttpBodyView::windowMultipartPartMarksItsBytes()
{
    // One eCapture v1.5 event (type 1: an HTTP/1 request) with a multipart/form-data body.
    const QByteArray png = imageBytes(20, 10, "PNG");
    const QByteArray body = "--b0\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                            "--b0\r\nContent-Disposition: form-data; name=\"pic\"; "
                            "filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n" +
                            png + "\r\n--b0--\r\n";
    const QByteArray payload = "POST /upload HTTP/1.1\r\nHost: up.example.com\r\n"
                               "Content-Type: multipart/form-data; boundary=b0\r\n"
                               "Content-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const RawFrame frame = test::v1CurlEventFrame(true, payload);

    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(window.store()->createTemporary(QStringLiteral("test")));
    window.store()->appendFrame(frame);
    QTRY_COMPARE(window.eventModel()->rowCount(), 1);
    window.selectRow(0, DetailPane::HttpTab);
    HttpView *http = window.detailPane()->httpView();
    QTRY_VERIFY(http->message() && http->message()->isRequest);
    HttpBodyView *view = http->bodyView();
    QCOMPARE(view->page(), HttpBodyView::Page::Parts);
    QCOMPARE(rowTexts(view->partsView(), 1), QStringList({"note", "pic"}));
    QCOMPARE(view->partView()->text(), QStringLiteral("hello"));
    // Picking the image part draws it and marks exactly its bytes in the event.
    QSignalSpy marked(http, &HttpView::rangeActivated);
    view->partsView()->setCurrentItem(view->partsView()->topLevelItem(1));
    QCOMPARE(view->partView()->imageLabel()->pixmap().size(), QSize(20, 10));
    QCOMPARE(marked.size(), 1);
    const qint64 begin = marked.at(0).at(0).toLongLong();
    const qint64 end = marked.at(0).at(1).toLongLong();
    QCOMPARE(window.detailPane()->hexView()->data().mid(begin, end - begin), png);
}

QTEST_MAIN(TestHttpBodyView)
#include "tst_http_body_view.moc"
