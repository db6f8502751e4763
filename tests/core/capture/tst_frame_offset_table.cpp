// SPDX-License-Identifier: Apache-2.0
#include <QTest>
#include <QVector>

#include "core/capture/frame_offset_table.h"

using namespace ecv;

class TstFrameOffsetTable : public QObject
{
    Q_OBJECT
private slots:
    void givesBackEveryOffset();
    void compact();
};

void TstFrameOffsetTable::givesBackEveryOffset()
{
    // Small steps, steps past 4 GiB inside one run of 65536 frames, a run starting on a wide
    // step, and (not expected from the store, still exact) an offset going back.
    QVector<qint64> offsets;
    qint64 offset = 16;
    for (int i = 0; i < 200000; ++i) {
        offsets.append(offset);
        if (i == 10 || i == 70000 || i == 131071)
            offset += 5LL * 1024 * 1024 * 1024;
        else if (i == 150000)
            offset -= 100;
        else
            offset += 24 + (i % 977);
    }
    offsets.append(0xffffffffLL); // exactly the escape distance from base 0 (in a new table)
    FrameOffsetTable table;
    QVERIFY(table.isEmpty());
    for (qint64 o : offsets)
        table.append(o);
    QCOMPARE(table.size(), offsets.size());
    for (qsizetype i = 0; i < offsets.size(); ++i)
        QCOMPARE(table.at(i), offsets.at(i));

    FrameOffsetTable fromZero;
    fromZero.append(0);
    fromZero.append(0xffffffffLL);
    fromZero.append(0xfffffffeLL);
    QCOMPARE(fromZero.at(0), qint64(0));
    QCOMPARE(fromZero.at(1), qint64(0xffffffffLL));
    QCOMPARE(fromZero.at(2), qint64(0xfffffffeLL));

    table.clear();
    QVERIFY(table.isEmpty());
    table.append(7);
    QCOMPARE(table.at(0), qint64(7));
}

void TstFrameOffsetTable::compact()
{
    FrameOffsetTable table;
    for (int i = 0; i < 1000000; ++i)
        table.append(qint64(i) * 300);
    QVERIFY2(table.memoryBytes() < 1000000 * 5, qPrintable(QString::number(table.memoryBytes())));
}

QTEST_GUILESS_MAIN(TstFrameOffsetTable)
#include "tst_frame_offset_table.moc"
