// SPDX-License-Identifier: Apache-2.0
#include <QtTest>

#include "core/wire/captured_event.h"

using namespace ecv;

class TestCapturedEvent final : public QObject
{
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<int>("probe");
        QTest::addColumn<QString>("name");
        QTest::newRow("openssl") << int(Probe::OpenSsl) << QStringLiteral("openssl");
        QTest::newRow("gotls") << int(Probe::GoTls) << QStringLiteral("gotls");
        QTest::newRow("mysql") << int(Probe::MySql) << QStringLiteral("mysql");
        QTest::newRow("unknown") << int(Probe::Unknown) << QString();
    }
    void names()
    {
        QFETCH(int, probe);
        QFETCH(QString, name);
        QCOMPARE(probeName(Probe(probe)), name);
    }
    void directions()
    {
        QCOMPARE(directionName(Direction::Send), QStringLiteral("send"));
        QCOMPARE(directionName(Direction::Recv), QStringLiteral("recv"));
        QVERIFY(directionName(Direction::Unknown).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCapturedEvent)
#include "tst_captured_event.moc"
