// SPDX-License-Identifier: Apache-2.0
// The field registry: every `-T jsonl` key of every fixture is a registered field of the right
// type, names are unique, and values print as documented.
#include <QJsonArray>
#include <QSet>
#include <QtTest>

#include "common/fixture_files.h"
#include "core/capture/capture_store.h"
#include "core/fields/field_registry.h"
#include "core/fields/store_field_context.h"
#include "core/http/http_analysis.h"

using namespace ecv;

namespace {

/** Whether a JSON value has the shape FieldRegistry::json() gives a field of @p type. */
bool jsonFits(FieldType type, const QJsonValue &v)
{
    switch (type) {
    case FieldType::Unsigned:
        return v.isDouble() && v.toInteger(-1) >= 0;
    case FieldType::Signed:
    case FieldType::Time:
        return v.isDouble() && double(v.toInteger()) == v.toDouble();
    case FieldType::Duration:
        return v.isDouble();
    case FieldType::String:
    case FieldType::Address:
    case FieldType::Bytes:
        return v.isString();
    case FieldType::Boolean:
        return v.isBool();
    }
    return false;
}

/**
 * A JSON value of field @p f: its type's scalar; for a repeating field an array of them, or of
 * objects whose keys are themselves registered -T jsonl fields (http.messages: one object of
 * http.* fields per message).
 */
bool jsonFitsField(const FieldInfo &f, const QJsonValue &v)
{
    if (!v.isArray())
        return jsonFits(f.type, v);
    if (!f.repeats())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isObject()) {
            if (!jsonFits(f.type, e))
                return false;
            continue;
        }
        const QJsonObject record = e.toObject();
        for (auto it = record.begin(); it != record.end(); ++it) {
            const FieldInfo *inner = FieldRegistry::find(it.key());
            if (!inner || !(inner->flags & FieldInfo::EventJson) || it.value().isObject() ||
                !jsonFitsField(*inner, it.value()))
                return false;
        }
    }
    return true;
}

} // namespace

class TestFieldRegistry : public QObject
{
    Q_OBJECT
private slots:
    void namesAreUniqueAndFindable();
    void everyJsonKeyIsRegistered_data();
    void everyJsonKeyIsRegistered();
    void expectedFactsAreRegistered_data();
    void expectedFactsAreRegistered();
    void valueText_data();
    void valueText();
    void absentFieldsAreLeftOut();
    void glossaryListsEveryField();
};

void TestFieldRegistry::namesAreUniqueAndFindable()
{
    QSet<QString> names;
    for (const FieldInfo &f : FieldRegistry::fields()) {
        const QString name = QLatin1String(f.name);
        QVERIFY2(!names.contains(name), f.name);
        names.insert(name);
        QCOMPARE(FieldRegistry::find(name), &f);
        QVERIFY(!FieldRegistry::title(f).isEmpty());
        QVERIFY(f.read != nullptr);
    }
    QVERIFY(FieldRegistry::find(u"no.such.field") == nullptr);
    // The names of the display-filter issue and the column fields are all there.
    for (const char *name : {"ip.addr", "tcp.port", "payload", "http.request.line", "http.header",
                             "http.body", "col.info", "col.protocol", "col.source"})
        QVERIFY2(FieldRegistry::find(QLatin1String(name)), name);
}

void TestFieldRegistry::everyJsonKeyIsRegistered_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : test::expectedFixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestFieldRegistry::everyJsonKeyIsRegistered()
{
    QFETCH(QString, fixture);
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(test::fixturePath(fixture), &error), qPrintable(error));
    HttpAnalysis http(&store, HttpAnalysis::Mode::Synchronous);
    int keys = 0;
    for (int i = 0; i < store.eventCount(); ++i) {
        const QJsonObject o = FieldRegistry::eventObject(StoreFieldContext(store, i, &http));
        QVERIFY(o.contains(QLatin1String("frame.number")));
        for (auto it = o.begin(); it != o.end(); ++it, ++keys) {
            const FieldInfo *f = FieldRegistry::find(it.key());
            QVERIFY2(f, qPrintable(it.key()));
            QVERIFY2(f->flags & FieldInfo::EventJson, f->name);
            QVERIFY2(jsonFitsField(*f, it.value()),
                     qPrintable(QStringLiteral("%1 = %2 in event %3")
                                    .arg(it.key(), it.value().toVariant().toString())
                                    .arg(i)));
        }
    }
    QVERIFY(keys > store.eventCount());
}

void TestFieldRegistry::expectedFactsAreRegistered_data()
{
    everyJsonKeyIsRegistered_data();
}

void TestFieldRegistry::expectedFactsAreRegistered()
{
    // The ground truth's keys are the display-filter names: each one is a registered field.
    QFETCH(QString, fixture);
    const QJsonArray events = test::readExpected(fixture).value(u"events").toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (it.key() == QLatin1String("n"))
                continue;
            const FieldInfo *f = FieldRegistry::find(it.key());
            QVERIFY2(f, qPrintable(it.key()));
            QVERIFY2(jsonFitsField(*f, it.value()), qPrintable(it.key()));
        }
    }
}

void TestFieldRegistry::valueText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("json");
    QTest::newRow("unsigned") << "tcp.srcport" << qint64(443) << QByteArray() << "443"
                              << QJsonValue(443);
    QTest::newRow("duration") << "http.time" << qint64(38123000) << QByteArray() << "0.038123000"
                              << QJsonValue(0.038123);
    QTest::newRow("bytes") << "payload" << qint64(0) << QByteArray("GET ") << "47:45:54:20"
                           << QJsonValue(u"47455420"_qs);
    QTest::newRow("boolean") << "event.roles_inferred" << qint64(1) << QByteArray() << "true"
                             << QJsonValue(true);
    QTest::newRow("time ns") << "frame.time" << qint64(1'795'962'000'367'852'281) << QByteArray()
                             << "" << QJsonValue(qint64(1'795'962'000'367'852'281));
}

void TestFieldRegistry::valueText()
{
    QFETCH(QString, field);
    QFETCH(qint64, number);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QJsonValue, json);
    const FieldInfo *f = FieldRegistry::find(field);
    QVERIFY(f);
    FieldValue v = FieldValue::ofNumber(number);
    v.bytes = bytes;
    if (f->type == FieldType::Time) {
        // Local time, nanoseconds kept.
        QVERIFY2(FieldRegistry::text(*f, v).endsWith(u".367852281"),
                 qPrintable(FieldRegistry::text(*f, v)));
    } else {
        QCOMPARE(FieldRegistry::text(*f, v), text);
    }
    QCOMPARE(FieldRegistry::json(*f, v), json);
}

void TestFieldRegistry::absentFieldsAreLeftOut()
{
    CapturedEvent e;
    e.frameNumber = 7;
    e.timeNs = 5;
    e.kind = EventKind::Connect;
    const QJsonObject o = FieldRegistry::eventObject(EventFieldContext(e));
    QCOMPARE(o.value(u"frame.number").toInteger(), 7);
    for (const char *absent : {"process.pid", "ip.src", "tcp.srcport", "event.length",
                               "event.direction", "http.request.method", "event.conversation"})
        QVERIFY2(!o.contains(QLatin1String(absent)), absent);
    QVERIFY(FieldRegistry::values(FieldRegistry::field("ip.addr"), EventFieldContext(e)).isEmpty());
    e.srcIp = QStringLiteral("10.0.0.1");
    e.srcPort = 40000;
    e.dstIp = QStringLiteral("2001:db8::5");
    e.dstPort = 443;
    const FieldValues both =
        FieldRegistry::values(FieldRegistry::field("ip.addr"), EventFieldContext(e));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).text, QStringLiteral("2001:db8::5"));
    QCOMPARE(
        FieldRegistry::firstText(FieldRegistry::field("col.destination"), EventFieldContext(e)),
        QStringLiteral("[2001:db8::5]:443"));
}

void TestFieldRegistry::glossaryListsEveryField()
{
    const QStringList lines = FieldRegistry::glossary().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), FieldRegistry::fields().size());
    QCOMPARE(lines.first(),
             QStringLiteral("frame.number\tunsigned\tFrame number (1-based among all frames)"));
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), 2);
}

QTEST_GUILESS_MAIN(TestFieldRegistry)
#include "tst_field_registry.moc"
