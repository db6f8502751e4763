// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/normalize/tuple_key.h"
#include "core/wire/ecapture_tuple.h"

using namespace ecv;

class TstTupleKey : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void equalExactlyWhenTextsAreEqual();
    void sharesAddresses();
};

void TstTupleKey::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("form");
    const int text = int(TupleKey::Form::Text);
    const int v1 = int(TupleKey::Form::V1Uuid);
    const int v2 = int(TupleKey::Form::V2Printed);
    QTest::newRow("v1 ipv4") << QStringLiteral("192.168.1.23:44592-203.0.113.10:443") << v1;
    QTest::newRow("v1 ipv6") << QStringLiteral("[2001:db8::1]:44592-[::1]:443") << v1;
    QTest::newRow("v1 mixed") << QStringLiteral("[::ffff:10.0.0.1]:1-10.0.0.2:2") << v1;
    QTest::newRow("v2 ipv4") << QStringLiteral("[10.0.0.2]:40000->[192.0.2.1]:443") << v2;
    QTest::newRow("v2 ipv6") << QStringLiteral("[2001:db8::1]:40000->[2001:db8::2]:443") << v2;
    QTest::newRow("placeholder") << QStringLiteral("[::]:0->[::]:0") << v2;
    QTest::newRow("ipv6 not RFC 5952") << QStringLiteral("[2001:DB8:0::1]:1->[::1]:2") << text;
    QTest::newRow("v1 ipv4 in brackets") << QStringLiteral("[10.0.0.1]:1-10.0.0.2:2") << text;
    QTest::newRow("port with zero") << QStringLiteral("[10.0.0.1]:01->[10.0.0.2]:2") << text;
    QTest::newRow("spaces") << QStringLiteral(" [10.0.0.1]:1->[10.0.0.2]:2") << text;
    QTest::newRow("garbage") << QStringLiteral("not a tuple") << text;
    QTest::newRow("empty") << QString() << text;
}

void TstTupleKey::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, form);
    TupleKeys keys;
    // Without endpoints (parsed from the text) and with the decoder's endpoints.
    const TupleKey parsed = keys.keyOf(text, QString(), -1, QString(), -1);
    QCOMPARE(int(parsed.form), form);
    QCOMPARE(keys.toString(parsed), text);
    EcaptureTuple endpoints;
    if (EcaptureTuple::parse(text, endpoints)) {
        const TupleKey given = keys.keyOf(text, endpoints.srcIp, endpoints.srcPort, endpoints.dstIp,
                                          endpoints.dstPort);
        QVERIFY(given == parsed);
        QCOMPARE(qHash(given, 7), qHash(parsed, 7));
    }
    if (form != int(TupleKey::Form::Text))
        QCOMPARE(parsed.text, 0u); // no string of its own
}

void TstTupleKey::equalExactlyWhenTextsAreEqual()
{
    // Endpoints that did not come from the text (v1 uuid placeholder + the frame's addresses)
    // must not change the key: it depends on the text alone.
    const QStringList texts = {
        QStringLiteral("0.0.0.0:0-0.0.0.0:0"),
        QStringLiteral("10.0.0.1:1-10.0.0.2:2"),
        QStringLiteral("[10.0.0.1]:1->[10.0.0.2]:2"),
        QStringLiteral("[10.0.0.2]:2->[10.0.0.1]:1"),
        QStringLiteral("[2001:DB8::1]:1->[::1]:2"),
        QStringLiteral("[2001:db8::1]:1->[::1]:2"),
        QStringLiteral(""),
    };
    struct Ends
    {
        QString a;
        qint32 p;
        QString b;
        qint32 q;
    };
    const QVector<Ends> endpoints = {{QString(), -1, QString(), -1},
                                     {QStringLiteral("10.0.0.1"), 1, QStringLiteral("10.0.0.2"), 2},
                                     {QStringLiteral("0.0.0.0"), 0, QStringLiteral("0.0.0.0"), 0},
                                     {QStringLiteral("2001:DB8::1"), 1, QStringLiteral("::1"), 2},
                                     {QStringLiteral("2001:db8::1"), 1, QStringLiteral("::1"), 2}};
    TupleKeys keys;
    for (const QString &t1 : texts) {
        for (const QString &t2 : texts) {
            for (const Ends &e1 : endpoints) {
                for (const Ends &e2 : endpoints) {
                    const TupleKey k1 = keys.keyOf(t1, e1.a, e1.p, e1.b, e1.q);
                    const TupleKey k2 = keys.keyOf(t2, e2.a, e2.p, e2.b, e2.q);
                    QVERIFY2((k1 == k2) == (t1 == t2), qPrintable(t1 + u'|' + t2));
                    QCOMPARE(keys.toString(k1), t1);
                    if (k1 == k2)
                        QCOMPARE(qHash(k1), qHash(k2));
                }
            }
        }
    }
}

void TstTupleKey::sharesAddresses()
{
    TupleKeys keys;
    QCOMPARE(keys.idOf(QString()), 0u);
    const quint32 a = keys.idOf(QStringLiteral("10.0.0.1"));
    QCOMPARE(keys.idOf(QString::fromLatin1("10.0.0.1")), a);
    QCOMPARE(keys.at(a), QStringLiteral("10.0.0.1"));
    const TupleKey k1 =
        keys.keyOf(QStringLiteral("[10.0.0.1]:1->[10.0.0.2]:2"), QString::fromLatin1("10.0.0.1"), 1,
                   QString::fromLatin1("10.0.0.2"), 2);
    QCOMPARE(k1.src, a);
    const TupleKey k2 =
        keys.keyOf(QStringLiteral("[10.0.0.2]:3->[10.0.0.1]:4"), QString(), -1, QString(), -1);
    QCOMPARE(k2.dst, a);
    QCOMPARE(keys.size(), 3); // "", 10.0.0.1, 10.0.0.2
    QCOMPARE(keys.at(99), QString());
    keys.clear();
    QCOMPARE(keys.size(), 1);
}

QTEST_GUILESS_MAIN(TstTupleKey)
#include "tst_tuple_key.moc"
