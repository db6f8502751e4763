// SPDX-License-Identifier: Apache-2.0
// "Export objects": every HTTP body of the selection into a folder, names made safe (no path
// traversal), nothing overwritten.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

#include "common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/export/export_event_ref.h"
#include "core/export/http_object_export.h"

using namespace ecv;

class TestHttpObjectExport final : public QObject
{
    Q_OBJECT
private slots:
    void fileNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("request");
        QTest::addColumn<QString>("name");
        QTest::newRow("last segment") << "https://a.example/img/logo.png?v=3#x"
                                      << "image/png" << false << "logo.png";
        QTest::newRow("no extension: from the type") << "https://a.example/api/v1/products/1001"
                                                     << "application/json" << false << "1001.json";
        QTest::newRow("root") << "https://a.example/"
                              << "text/html; charset=utf-8" << false << "index.html";
        QTest::newRow("no request") << ""
                                    << "" << false << "object";
        QTest::newRow("request body") << "https://a.example/api/v1/cart"
                                      << "application/json" << true << "cart-request.json";
        QTest::newRow("traversal") << "https://a.example/../../etc/passwd"
                                   << "" << false << "passwd";
        QTest::newRow("encoded traversal") << "https://a.example/x/..%2F..%2F.ssh%2Fauthorized_keys"
                                           << "" << false << "_.._.ssh_authorized_keys";
        QTest::newRow("dot dot") << "https://a.example/.."
                                 << "" << false << "object";
        QTest::newRow("hidden") << "https://a.example/.bashrc"
                                << "" << false << "bashrc";
        QTest::newRow("backslash and reserved")
            << "https://a.example/a%5Cb%3Ac*d%3Fe%22f%3Cg%3Eh%7Ci"
            << "" << false << "a_b_c_d_e_f_g_h_i";
        QTest::newRow("control characters") << "https://a.example/a%0Ab%1B%5B31m.txt"
                                            << "" << false << "a_b_[31m.txt";
        QTest::newRow("long") << QStringLiteral("https://a.example/") + QString(500, 'x') + ".bin"
                              << "" << false << QString(196, 'x') + ".bin";
    }
    void fileNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, type);
        QFETCH(bool, request);
        QFETCH(QString, name);
        const QString got = HttpObjectExport::fileNameFor(url, type, request);
        QCOMPARE(got, name);
        QVERIFY(!got.contains(QLatin1Char('/')) && got != QLatin1String("..") &&
                !got.startsWith('.'));
        QVERIFY(got.toUtf8().size() <= 200);
    }

    void uniqueNames()
    {
        const QSet<QString> taken = {QStringLiteral("a.png"), QStringLiteral("a (2).png"),
                                     QStringLiteral("README")};
        const auto isTaken = [&](const QString &n) { return taken.contains(n); };
        QCOMPARE(HttpObjectExport::uniqueName(QStringLiteral("a.png"), isTaken),
                 QStringLiteral("a (3).png"));
        QCOMPARE(HttpObjectExport::uniqueName(QStringLiteral("README"), isTaken),
                 QStringLiteral("README (2)"));
        QCOMPARE(HttpObjectExport::uniqueName(QStringLiteral("b.png"), isTaken),
                 QStringLiteral("b.png"));
    }

    void listAndSave()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-http1-curl"))));
        QVector<int> all(store.eventCount());
        std::iota(all.begin(), all.end(), 0);
        const QVector<HttpObjectExport::Object> objects =
            HttpObjectExport::list(store.readHandle(), ExportEventRef::fromStore(store, all));
        // 7 response bodies and the 2 POST bodies.
        QCOMPARE(objects.size(), 9);
        int requests = 0;
        for (const HttpObjectExport::Object &o : objects) {
            requests += o.request;
            QVERIFY(o.size > 0);
            QVERIFY(o.url.startsWith(QLatin1String("https://")));
        }
        QCOMPARE(requests, 2);
        QCOMPARE(objects[0].fileName, QStringLiteral("index.html"));
        QCOMPARE(objects[0].size, 613);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HttpObjectExport::Result r =
            HttpObjectExport::save(store.readHandle(), objects, dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.written.size(), 9);
        QFile index(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray html = index.readAll();
        QCOMPARE(html.size(), 613);
        QVERIFY(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"));
        index.close();
        // Again into the same folder: new names, the first files untouched, no temporaries.
        r = HttpObjectExport::save(store.readHandle(), objects, dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.written.contains(QStringLiteral("index (2).html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QCOMPARE(index.readAll(), html);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 18);
        for (const QString &f : files)
            QVERIFY2(!f.startsWith(QLatin1Char('.')), qPrintable(f));
    }

    void binaryUpload()
    {
        // v152-mixed: a PNG PUT whose body eCapture sent 2 s later as hex.Dump text.
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-mixed"))));
        QVector<int> all(store.eventCount());
        std::iota(all.begin(), all.end(), 0);
        const QVector<HttpObjectExport::Object> objects =
            HttpObjectExport::list(store.readHandle(), ExportEventRef::fromStore(store, all));
        const HttpObjectExport::Object *png = nullptr;
        for (const HttpObjectExport::Object &o : objects)
            if (o.request && o.url.endsWith(QLatin1String("/api/v1/avatar")))
                png = &o;
        QVERIFY(png);
        QCOMPARE(png->fileName, QStringLiteral("avatar-request.png"));
        QTemporaryDir dir;
        const HttpObjectExport::Result r =
            HttpObjectExport::save(store.readHandle(), {*png}, dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(dir.filePath(r.written.value(0)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\x89PNG\r\n\x1a\n"));
    }

    void notAFolder()
    {
        CaptureStore store;
        const HttpObjectExport::Result r =
            HttpObjectExport::save(store.readHandle(), {}, QStringLiteral("/nonexistent/folder"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("not a folder")));
    }
};

QTEST_GUILESS_MAIN(TestHttpObjectExport)
#include "tst_http_object_export.moc"
