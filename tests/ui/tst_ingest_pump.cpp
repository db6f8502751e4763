// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "net/synthetic_event_generator.h"
#include "ui/ingest_pump.h"

using namespace ecv;

class TestIngestPump : public QObject
{
    Q_OBJECT
private slots:
    void storesInSlicesInOrder();
    void drainStoresEverything();
};

void TestIngestPump::storesInSlicesInOrder()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    IngestPump pump(&store);
    pump.setSliceMs(1);
    SyntheticEventGenerator gen;
    constexpr int Total = 20000;
    qint64 t = 1'700'000'000'000'000'000;
    for (int i = 0; i < Total; ++i) {
        RawFrame frame;
        frame.arrivalNs = t + i;
        frame.data = gen.nextEventFrame(t + i * 1000);
        pump.enqueue(frame);
    }
    // Nothing is stored on the caller's turn: the receiving slot returns at once.
    QCOMPARE(store.eventCount(), 0);
    QCOMPARE(pump.pending(), qsizetype(Total));
    // One turn stores one slice (1 ms of work), not everything.
    QCoreApplication::processEvents();
    QVERIFY(store.eventCount() > 0);
    QVERIFY2(store.eventCount() < Total, qPrintable(QString::number(store.eventCount())));
    QTRY_COMPARE(store.eventCount(), Total);
    QCOMPARE(pump.pending(), qsizetype(0));
    // Order is kept: frame numbers and arrival times ascend with the event index.
    for (int i = 1; i < Total; ++i)
        QVERIFY(store.eventAt(i).frameNumber == store.eventAt(i - 1).frameNumber + 1);
    QCOMPARE(store.event(Total - 1).arrivalNs, t + Total - 1);
}

void TestIngestPump::drainStoresEverything()
{
    CaptureStore store;
    QVERIFY(store.createTemporary(QStringLiteral("test")));
    IngestPump pump(&store);
    SyntheticEventGenerator gen;
    for (int i = 0; i < 500; ++i) {
        RawFrame frame;
        frame.data = gen.nextEventFrame(1'700'000'000'000'000'000 + i);
        pump.enqueue(frame);
    }
    pump.drain();
    QCOMPARE(store.eventCount(), 500);
    pump.enqueue(RawFrame{});
    pump.discard();
    QCOMPARE(pump.pending(), qsizetype(0));
    QTest::qWait(10);
    QCOMPARE(int(store.frameCount()), 500);
}

QTEST_MAIN(TestIngestPump)
#include "tst_ingest_pump.moc"
