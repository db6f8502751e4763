// SPDX-License-Identifier: Apache-2.0
// The .deb that `cpack -G DEB` builds from this build tree: its dependencies come from
// dpkg-shlibdeps, `dpkg-deb -c` lists every file the package must install, and the programs run
// from a root unpacked with `dpkg -x` (ecapture-dump --version and a real capture read,
// ecapture-viewer --version with no display), with a man page for each and desktop files that
// still validate.
#include <QtTest>

#include <algorithm>
#include <QDirIterator>
#include <QStandardPaths>

#include "common/program_run.h"

namespace {

using ecv::test::ProgramRun;
using ecv::test::runProgram;

QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

class TestDebianPackage final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"dpkg-deb", "dpkg", "dpkg-shlibdeps"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 not found: install dpkg-dev "
                                               "(packaging/install-deps.sh)")
                                    .arg(QLatin1String(tool))));
        const QString out = m_dir.filePath(QStringLiteral("package"));
        QProcess cpack;
        cpack.setWorkingDirectory(QStringLiteral(ECV_BUILD_DIR));
        cpack.start(QStringLiteral(ECV_CPACK_COMMAND),
                    {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out});
        QVERIFY(cpack.waitForFinished(240000));
        QVERIFY2(cpack.exitCode() == 0,
                 (cpack.readAllStandardOutput() + cpack.readAllStandardError()).constData());
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = out + QLatin1Char('/') + debs.first();
        QVERIFY2(debs.first().startsWith(QStringLiteral("ecapture-viewer_" ECV_VERSION "_")),
                 qPrintable(debs.first()));

        m_root = m_dir.filePath(QStringLiteral("root"));
        const ProgramRun extract =
            runProgram(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
    }

    void listsEveryFile()
    {
        const ProgramRun list =
            runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QStringList paths;
        for (const QByteArray &line : list.out.split('\n'))
            if (!line.isEmpty())
                paths << QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1));
        QStringList want = {
            QStringLiteral("./usr/bin/ecapture-viewer"),
            QStringLiteral("./usr/bin/ecapture-dump"),
            QStringLiteral("./usr/bin/ecapture-replay"),
            QStringLiteral("./usr/share/applications/ecapture-viewer.desktop"),
            QStringLiteral("./usr/share/metainfo/io.github.gojue.ecapture_viewer.metainfo.xml"),
            QStringLiteral("./usr/share/mime/packages/ecapture-viewer.xml"),
            QStringLiteral("./usr/share/icons/hicolor/scalable/apps/ecapture-viewer.svg"),
            QStringLiteral("./usr/share/man/man1/ecapture-viewer.1.gz"),
            QStringLiteral("./usr/share/man/man1/ecapture-dump.1.gz"),
            QStringLiteral("./usr/share/man/man1/ecapture-replay.1.gz"),
            QStringLiteral("./usr/share/man/man1/ecapture-extcap.1.gz"),
            QStringLiteral("./usr/share/doc/ecapture-viewer/copyright"),
        };
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            want << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/ecapture-viewer.png")
                        .arg(size);
        QStringList missing;
        for (const QString &path : std::as_const(want))
            if (!paths.contains(path))
                missing << path;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the package: %1\nlisted:\n%2")
                                                   .arg(missing.join(QStringLiteral(", ")),
                                                        paths.join(QLatin1Char('\n')))));
        // The extcap program in Wireshark's global extcap folder, <libdir>/wireshark/extcap
        // (packaging/CMakeLists.txt; `tshark -G folders` prints the folder).
        QVERIFY2(std::any_of(paths.cbegin(), paths.cend(),
                             [](const QString &p) {
                                 return p.startsWith(QLatin1String("./usr/lib/")) &&
                                        p.endsWith(
                                            QLatin1String("/wireshark/extcap/ecapture-extcap"));
                             }),
                 qPrintable(paths.join(QLatin1Char('\n'))));
        // Nothing outside /usr (no /usr/local, no build paths).
        for (const QString &path : std::as_const(paths))
            QVERIFY2(path == QLatin1String("./") || path.startsWith(QLatin1String("./usr/")),
                     qPrintable(path));
        QVERIFY2(!paths.join(QLatin1Char('\n')).contains(QLatin1String("/usr/local")),
                 "installs into /usr/local");
    }

    void dependenciesComeFromShlibdeps()
    {
        const ProgramRun fields = runProgram(
            QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QVERIFY2(fields.exitCode == 0, fields.err.constData());
        const QString depends = QString::fromUtf8(fields.out);
        for (const char *library : {"libqt6core6", "libqt6widgets6", "libqt6websockets6",
                                    "libprotobuf", "libnghttp2", "libc6"})
            QVERIFY2(depends.contains(QLatin1String(library)), qPrintable(depends));
        // Loaded at run time, invisible to shlibdeps: listed by packaging/cpack.cmake.
        QVERIFY2(depends.contains(QLatin1String("qt6-qpa-plugins")), qPrintable(depends));
    }

    void programsRunFromTheUnpackedRoot()
    {
        const QString bin = m_root + QStringLiteral("/usr/bin/");
        const ProgramRun dump =
            runProgram(bin + QStringLiteral("ecapture-dump"), {QStringLiteral("--version")});
        QVERIFY2(dump.exitCode == 0, dump.err.constData());
        QCOMPARE(dump.out.trimmed(), QByteArray("ecapture-dump " ECV_VERSION));

        // Real work, not only --version: read a recorded stream.
        const ProgramRun read = runProgram(
            bin + QStringLiteral("ecapture-dump"),
            {QStringLiteral("-r"), QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl"),
             QStringLiteral("-q"), QStringLiteral("-z"), QStringLiteral("summary")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QVERIFY2(read.out.contains("\"events\""), read.out.constData());

        const ProgramRun viewer = runProgram(bin + QStringLiteral("ecapture-viewer"),
                                             {QStringLiteral("--version")}, 30000, noDisplay());
        QVERIFY2(viewer.exitCode == 0, viewer.err.constData());
        QCOMPARE(viewer.out.trimmed(), QByteArray("ecapture-viewer " ECV_VERSION));

        const ProgramRun replay =
            runProgram(bin + QStringLiteral("ecapture-replay"), {QStringLiteral("--version")});
        QVERIFY2(replay.exitCode == 0, replay.err.constData());
    }

    void everyProgramHasAManPage()
    {
        QStringList programs;
        for (QDirIterator it(m_root + QStringLiteral("/usr"), QDir::Files | QDir::Executable,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/bin/")) || path.contains(QLatin1String("/extcap/")))
                programs << it.fileName();
        }
        QVERIFY(programs.size() >= 3);
        for (const QString &program : std::as_const(programs)) {
            const QString page =
                m_root + QStringLiteral("/usr/share/man/man1/") + program + QStringLiteral(".1.gz");
            QVERIFY2(QFileInfo::exists(page), qPrintable(QStringLiteral("%1 has no man page (add "
                                                                        "packaging/man/%1.1)")
                                                             .arg(program)));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            const ProgramRun man =
                runProgram(QStringLiteral("man"),
                           {QStringLiteral("--warnings"), QStringLiteral("-l"), page}, 30000, env);
            QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), man.err.constData());
            QVERIFY2(man.out.contains(program.toUtf8()), man.out.constData());
        }
    }

    void unpackedDesktopFilesValidate()
    {
        const ProgramRun desktop = runProgram(
            QStringLiteral("desktop-file-validate"),
            {m_root + QStringLiteral("/usr/share/applications/ecapture-viewer.desktop")});
        QVERIFY2(desktop.exitCode == 0 && desktop.out.isEmpty(), desktop.out.constData());
        const ProgramRun metainfo = runProgram(
            QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"),
             m_root + QStringLiteral(
                          "/usr/share/metainfo/io.github.gojue.ecapture_viewer.metainfo.xml")});
        QVERIFY2(metainfo.exitCode == 0, (metainfo.out + metainfo.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "tst_debian_package.moc"
