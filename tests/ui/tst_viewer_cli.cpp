// SPDX-License-Identifier: Apache-2.0
// ecapture-viewer --help and --version with no display: they must print and exit without a
// QApplication (which aborts when the xcb platform finds no X server), in English and Chinese.
#include <QtTest>

#include "common/program_run.h"

namespace {

const QString kViewer = QStringLiteral(ECV_BIN_DIR "/ecapture-viewer");

/** An environment with no display at all and a fresh settings folder. */
QProcessEnvironment noDisplay(const QString &configHome, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANGUAGE"), QString());
    return env;
}

} // namespace

class TestViewerCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY2(QFileInfo(kViewer).isExecutable(), qPrintable(kViewer));
    }

    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << "--help"
                                << "C.UTF-8"
                                << "Start the built-in demo stream.";
        QTest::newRow("-h") << "-h"
                            << "C.UTF-8"
                            << "--demo";
        QTest::newRow("--help-all") << "--help-all"
                                    << "C.UTF-8"
                                    << "--demo";
        QTest::newRow("--help zh_CN") << "--help"
                                      << "zh_CN.UTF-8"
                                      << "启动内置演示数据流";
    }

    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const ecv::test::ProgramRun run =
            ecv::test::runProgram(kViewer, {option}, 30000, noDisplay(m_config.path(), locale));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("ecapture-viewer")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("[URL | FILE]")), qPrintable(out));
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void versionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << "--version";
        QTest::newRow("-v") << "-v";
    }

    void versionWithoutDisplay()
    {
        QFETCH(QString, option);
        const ecv::test::ProgramRun run =
            ecv::test::runProgram(kViewer, {option}, 30000, noDisplay(m_config.path(), "C.UTF-8"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(),
                 QStringLiteral("ecapture-viewer " ECV_VERSION));
    }

    void badOptionIsAnErrorNotACrash()
    {
        // With a display missing the viewer cannot start, but an unknown option next to --help
        // is still reported as such (exit 1), not as an abort.
        const ecv::test::ProgramRun run = ecv::test::runProgram(
            kViewer, {"--help", "--no-such-option"}, 30000, noDisplay(m_config.path(), "C.UTF-8"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no-such-option"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestViewerCli)
#include "tst_viewer_cli.moc"
