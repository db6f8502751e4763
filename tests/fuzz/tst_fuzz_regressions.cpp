// SPDX-License-Identifier: Apache-2.0
// Replays every input the fuzzers found (tests/data/fuzz/<target>-<what>) through the same fuzz
// target code, in every build (not only -DECV_FUZZ=ON): a crash, hang or broken invariant there
// fails this test. The focused tests of each bug (the right values) live with their unit's tests.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

#define ECV_FUZZ_TARGET(name) extern "C" int ecvFuzz_##name(const uint8_t *, size_t);
#include "fuzz_target_list.h"
#undef ECV_FUZZ_TARGET

namespace {
using Entry = int (*)(const uint8_t *, size_t);

const QMap<QString, Entry> &targets()
{
    static const QMap<QString, Entry> map = {
#define ECV_FUZZ_TARGET(name) {QStringLiteral(#name), &ecvFuzz_##name},
#include "fuzz_target_list.h"
#undef ECV_FUZZ_TARGET
    };
    return map;
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ECV_TEST_DATA "/fuzz"));
        for (const QFileInfo &fi : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (fi.fileName() == QLatin1String("README.md"))
                continue;
            QTest::newRow(qPrintable(fi.fileName()))
                << fi.fileName().section(QLatin1Char('-'), 0, 0) << fi.filePath();
        }
        if (dir.entryList(QDir::Files).size() <= 1) // README.md only: none found yet
            QTest::newRow("none") << QString() << QString();
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no fuzz regression inputs yet");
        QVERIFY2(targets().contains(target),
                 qPrintable(QStringLiteral("no fuzz target ") + target));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        QCOMPARE(targets().value(target)(reinterpret_cast<const uint8_t *>(input.constData()),
                                         size_t(input.size())),
                 0);
    }

    // Every target takes the shortest inputs (the selector bytes missing) without complaint.
    void tinyInputs()
    {
        const QByteArray inputs[] = {QByteArray(), QByteArray(1, '\0'), QByteArray("\x01\n"),
                                     QByteArray(64, '\xff')};
        for (auto it = targets().cbegin(); it != targets().cend(); ++it) {
            for (const QByteArray &input : inputs)
                QCOMPARE(it.value()(reinterpret_cast<const uint8_t *>(input.constData()),
                                    size_t(input.size())),
                         0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
