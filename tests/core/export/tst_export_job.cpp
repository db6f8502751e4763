// SPDX-License-Identifier: Apache-2.0
// ExportJob in every format over real fixtures: HAR 1.2 entries, bodies and timings; CSV and
// JSON of the event list; our capture file of a selection; cancel and failure leave no file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

#include "common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/export/export_job.h"
#include "core/export/har_export.h"
#include "core/fields/field_registry.h"
#include "core/fields/store_field_context.h"

using namespace ecv;

namespace {

QVector<int> allEvents(const CaptureStore &store)
{
    QVector<int> all(store.eventCount());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** RFC 4180 rows (quoted cells with "" and line breaks). */
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows(1);
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                cell += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.last() << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.last() << cell;
            cell.clear();
            rows.append(QStringList());
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.last().isEmpty())
        rows.removeLast();
    return rows;
}

QJsonObject header(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &h : headers)
        if (h.toObject().value(QStringLiteral("name")).toString() == name)
            return h.toObject();
    return {};
}

} // namespace

class TestExportJob final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    ExportJob::Result run(CaptureStore &store, ExportFormat format, const QString &name,
                          const QVector<int> &events = {}, bool all = true)
    {
        const ExportJob::Request request = ExportJob::forStore(
            store, format, m_dir.filePath(name), events.isEmpty() ? allEvents(store) : events, all);
        return ExportJob::run(request);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void harOfHttp1()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-http1-curl"))));
        const ExportJob::Result r = run(store, ExportFormat::Har, QStringLiteral("curl.har"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.harEntries, 7);
        const QJsonObject log =
            QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("curl.har"))))
                .object()
                .value(QStringLiteral("log"))
                .toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("eCapture Viewer")));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 7);
        // Expected facts: requests paired with responses, decoded body lengths.
        const QJsonArray expected = test::readExpected(QStringLiteral("v152-http1-curl"))
                                        .value(QStringLiteral("events"))
                                        .toArray();
        QString previous;
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries[i].toObject();
            const QJsonObject req = e.value(QStringLiteral("request")).toObject();
            const QJsonObject resp = e.value(QStringLiteral("response")).toObject();
            const QJsonObject want = expected[2 * i].toObject();
            const QJsonObject wantResp = expected[2 * i + 1].toObject();
            QCOMPARE(req.value(QStringLiteral("method")).toString(),
                     want.value(QStringLiteral("http.request.method")).toString());
            QCOMPARE(req.value(QStringLiteral("url")).toString(),
                     QStringLiteral("https://") +
                         want.value(QStringLiteral("http.host")).toString() +
                         want.value(QStringLiteral("http.request.uri")).toString());
            QCOMPARE(resp.value(QStringLiteral("status")).toInt(),
                     wantResp.value(QStringLiteral("http.response.code")).toInt());
            const QJsonObject content = resp.value(QStringLiteral("content")).toObject();
            QCOMPARE(content.value(QStringLiteral("size")).toInt(),
                     wantResp.value(QStringLiteral("http.body_length")).toInt());
            QCOMPARE(content.value(QStringLiteral("text")).toString().toUtf8().size(),
                     wantResp.value(QStringLiteral("http.body_length")).toInt());
            // Timings: the three required ones are known and non-negative here, the rest -1.
            const QJsonObject t = e.value(QStringLiteral("timings")).toObject();
            for (const char *k : {"send", "wait", "receive"})
                QVERIFY(t.value(QLatin1String(k)).toDouble(-2) >= 0);
            for (const char *k : {"blocked", "dns", "connect", "ssl"})
                QCOMPARE(t.value(QLatin1String(k)).toInt(), -1);
            QVERIFY(qAbs(e.value(QStringLiteral("time")).toDouble() -
                         (t.value(QStringLiteral("send")).toDouble() +
                          t.value(QStringLiteral("wait")).toDouble() +
                          t.value(QStringLiteral("receive")).toDouble())) < 1e-6);
            const QString started = e.value(QStringLiteral("startedDateTime")).toString();
            QVERIFY(QDateTime::fromString(started, Qt::ISODateWithMs).isValid());
            QVERIFY(started >= previous);
            previous = started;
            QVERIFY(
                e.value(QStringLiteral("comment")).toString().contains(QLatin1String("curl pid")));
        }
        // The form post: params from application/x-www-form-urlencoded.
        const QJsonObject login = entries[5].toObject().value(QStringLiteral("request")).toObject();
        const QJsonArray params = login.value(QStringLiteral("postData"))
                                      .toObject()
                                      .value(QStringLiteral("params"))
                                      .toArray();
        QCOMPARE(params.size(), 3);
        QCOMPARE(params[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("username"));
        QCOMPARE(params[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("alice"));
        // The GET with a query string.
        const QJsonObject first = entries[0].toObject().value(QStringLiteral("request")).toObject();
        QCOMPARE(first.value(QStringLiteral("queryString")).toArray().size(), 0);
    }

    void harOfHttp2AndBinary()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-http2-nghttp"))));
        const ExportJob::Result r = run(store, ExportFormat::Har, QStringLiteral("h2.har"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.harEntries, 6); // 4 + 2 streams
        const QJsonArray entries =
            QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("h2.har"))))
                .object()
                .value(QStringLiteral("log"))
                .toObject()
                .value(QStringLiteral("entries"))
                .toArray();
        for (const QJsonValue &v : entries) {
            const QJsonObject req = v["request"].toObject();
            const QJsonObject resp = v["response"].toObject();
            QCOMPARE(req["httpVersion"].toString(), QStringLiteral("http/2.0"));
            QCOMPARE(
                header(req["headers"].toArray(), QStringLiteral(":method"))["value"].toString(),
                QStringLiteral("GET"));
            QVERIFY(header(resp["headers"].toArray(), QStringLiteral(":status")).isEmpty());
            QCOMPARE(resp["status"].toInt(), 200);
        }
        // eCapture's merged, gunzipped DATA: the JSON report (2817 bytes decoded).
        bool report = false;
        for (const QJsonValue &v : entries)
            if (v["request"]["url"].toString().endsWith(QLatin1String("/reports/summary.json"))) {
                report = true;
                QCOMPARE(v["response"]["content"]["size"].toInt(), 2817);
                QVERIFY(v["response"]["content"]["text"].toString().contains(
                    QLatin1String("weekly-edge-summary")));
            }
        QVERIFY(report);

        bool base64 = false;
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        QCOMPARE(HarExport::bodyText(png, "image/png", &base64),
                 QString::fromLatin1(png.toBase64()));
        QVERIFY(base64);
        QCOMPARE(HarExport::bodyText("plain", "text/plain", &base64), QStringLiteral("plain"));
        QVERIFY(!base64);
    }

    void csvAndJsonAsTheEventList()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-mixed"))));
        ExportJob::Result r = run(store, ExportFormat::Csv, QStringLiteral("mixed.csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVector<QStringList> rows =
            parseCsv(QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("mixed.csv")))));
        QCOMPARE(rows.size(), store.eventCount() + 1);
        const QVector<EventTableExport::Column> columns = EventTableExport::defaultColumns();
        QCOMPARE(rows[0].size(), columns.size());
        QCOMPARE(rows[0].first(), QStringLiteral("frame.number"));
        HttpAnalysis http(&store, HttpAnalysis::Mode::Synchronous);
        for (int i = 0; i < store.eventCount(); ++i) {
            const StoreFieldContext context(store, i, &http);
            for (int c = 0; c < columns.size(); ++c)
                QCOMPARE(rows[i + 1].value(c),
                         FieldRegistry::firstText(
                             FieldRegistry::field(qPrintable(columns[c].field)), context));
        }

        r = run(store, ExportFormat::Json, QStringLiteral("mixed.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray json = readAll(m_dir.filePath(QStringLiteral("mixed.json")));
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(array.size(), store.eventCount());
        QCOMPARE(array[0]["frame.number"].toInt(), int(store.eventAt(0).frameNumber));
        QCOMPARE(array[0]["frame.time"].toDouble(), double(store.eventAt(0).timeNs));
        QVERIFY(json.indexOf("\"frame.number\"") < json.indexOf("\"col.info\"")); // column order
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "GET /a"
                               << "GET /a";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("negative number") << "-0.000439"
                                         << "-0.000439";
        QTest::newRow("dash command") << "-cmd"
                                      << "'-cmd";
    }
    void csvCells()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(EventTableExport::csvCell(in), out);
    }

    void captureFileOfASelection()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v152-quirks"))));
        const ExportJob::Result r =
            run(store, ExportFormat::Ecvcap, QStringLiteral("two.ecvcap"), {3, 5}, false);
        QVERIFY2(r.ok, qPrintable(r.error));
        CaptureStore back;
        QVERIFY(back.open(m_dir.filePath(QStringLiteral("two.ecvcap"))));
        QCOMPARE(back.eventCount(), 2);
        QCOMPARE(back.event(0).data, store.event(3).data);
        QCOMPARE(back.event(1).data, store.event(5).data);
        QCOMPARE(back.ecaptureRunLogCount(), store.ecaptureRunLogCount());
        QCOMPARE(back.ecaptureVersion(), store.ecaptureVersion());

        const ExportJob::Result whole =
            run(store, ExportFormat::Ecvcap, QStringLiteral("all.ecvcap"));
        QVERIFY2(whole.ok, qPrintable(whole.error));
        CaptureStore all;
        QVERIFY(all.open(m_dir.filePath(QStringLiteral("all.ecvcap"))));
        QCOMPARE(all.frameCount(), store.frameCount());
        QCOMPARE(all.eventCount(), store.eventCount());
        QCOMPARE(all.heartbeats().size(), store.heartbeats().size());
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        for (ExportFormat f : ExportFormats::all())
            QTest::newRow(qPrintable(ExportFormats::name(f))) << int(f);
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v25-composite"))));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.") +
                                            ExportFormats::extension(ExportFormat(format)));
        const ExportJob::Request request =
            ExportJob::forStore(store, ExportFormat(format), path, allEvents(store), false);
        ExportJob::Result r = ExportJob::run(request, [](qint64, qint64) { return false; });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(!QFile::exists(path));
        // An existing file of that name stays as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents");
        old.close();
        r = ExportJob::run(request, [](qint64, qint64) { return false; });
        QVERIFY(r.cancelled);
        QCOMPARE(readAll(path), QByteArray("previous contents"));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral(".cancelled*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QFile::remove(path);
    }

    void unwritableTargetFails()
    {
        CaptureStore store;
        QVERIFY(store.open(test::fixturePath(QStringLiteral("v25-composite"))));
        for (ExportFormat f : ExportFormats::all()) {
            const QString path =
                QStringLiteral("/nonexistent/dir/out.") + ExportFormats::extension(f);
            const ExportJob::Result r =
                ExportJob::run(ExportJob::forStore(store, f, path, allEvents(store), true));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QLatin1String("/nonexistent/dir")), qPrintable(r.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_export_job.moc"
