// SPDX-License-Identifier: Apache-2.0
// The desktop integration files judged by the freedesktop tools themselves: the .desktop file
// (desktop-file-validate), the AppStream metainfo as configured into the build tree
// (appstreamcli validate --no-net), and the shared-mime-info type of capture files
// (update-mime-database into a temporary data folder, then Qt's QMimeDatabase reading that
// folder must recognise a capture file CaptureStore wrote, by its magic and by its name).
#include <QtTest>

#include <QMimeDatabase>
#include <QSettings>
#include <QStandardPaths>

#include "core/capture/capture_store.h"

#include "common/program_run.h"

namespace {

const QString kResources = QStringLiteral(ECV_SOURCE_DIR "/resources");
const QString kDesktopFile = kResources + QStringLiteral("/ecapture-viewer.desktop");
const QString kMimeFile = kResources + QStringLiteral("/ecapture-viewer-mime.xml");
const QString kMetainfo = QStringLiteral(ECV_METAINFO);

/** The tool's absolute path; empty (and a failure message naming the package) when missing. */
QString tool(const QString &name, const char *package)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s not found: install the Debian package %s (packaging/install-deps.sh)",
                 qPrintable(name), package);
    return path;
}

QString textOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDesktopFiles final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data; ///< an XDG data folder holding only our MIME type

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        // QMimeDatabase reads XDG_DATA_DIRS on first use: point it at our folder (first) before
        // anything in this process asks for a MIME type.
        qputenv("XDG_DATA_HOME", m_data.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_DATA_DIRS", (m_data.path() + QStringLiteral(":/usr/share")).toUtf8());
    }

    void desktopFileValidates()
    {
        const QString validate =
            tool(QStringLiteral("desktop-file-validate"), "desktop-file-utils");
        QVERIFY(!validate.isEmpty());
        const ecv::test::ProgramRun run = ecv::test::runProgram(validate, {kDesktopFile});
        QCOMPARE(run.exitCode, 0);
        // Clean: not even a hint.
        QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), (run.out + run.err).constData());
    }

    void desktopFileOpensCaptures()
    {
        QSettings desktop(kDesktopFile, QSettings::IniFormat);
        desktop.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(desktop.value(QStringLiteral("Exec")).toString(),
                 QStringLiteral("ecapture-viewer %f"));
        QVERIFY(desktop.value(QStringLiteral("MimeType"))
                    .toStringList()
                    .contains(QStringLiteral("application/x-ecvcap")));
        QCOMPARE(desktop.value(QStringLiteral("Icon")).toString(),
                 QStringLiteral("ecapture-viewer"));
    }

    void metainfoValidates()
    {
        const QString appstream = tool(QStringLiteral("appstreamcli"), "appstream");
        QVERIFY(!appstream.isEmpty());
        QVERIFY2(QFileInfo::exists(kMetainfo), qPrintable(kMetainfo));
        const ecv::test::ProgramRun run = ecv::test::runProgram(
            appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), kMetainfo});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        // No warnings and no infos either ("Validation was successful." only).
        const QString out = QString::fromUtf8(run.out + run.err);
        QVERIFY2(!out.contains(QRegularExpression(QStringLiteral("^[EWI]: "),
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(out));
    }

    void metainfoMatchesTheProject()
    {
        const QString xml = textOf(kMetainfo);
        QVERIFY(xml.contains(QStringLiteral("<release version=\"" ECV_VERSION "\"")));
        QVERIFY(xml.contains(QStringLiteral(
            "<launchable type=\"desktop-id\">ecapture-viewer.desktop</launchable>")));
        QVERIFY(xml.contains(QStringLiteral("<mediatype>application/x-ecvcap</mediatype>")));
        // Every screenshot it names is in resources/screenshots.
        static const QRegularExpression image(QStringLiteral("<image>[^<]*/([^/<]+)</image>"));
        int images = 0;
        for (auto it = image.globalMatch(xml); it.hasNext(); ++images) {
            const QString name = it.next().captured(1);
            QVERIFY2(QFileInfo::exists(kResources + QStringLiteral("/screenshots/") + name),
                     qPrintable(name));
        }
        QVERIFY(images >= 2);
    }

    void mimeTypeInstallsAndRecognisesCaptures()
    {
        const QString update = tool(QStringLiteral("update-mime-database"), "shared-mime-info");
        QVERIFY(!update.isEmpty());
        const QString lint = tool(QStringLiteral("xmllint"), "libxml2-utils");
        QVERIFY(!lint.isEmpty());
        const ecv::test::ProgramRun wellFormed =
            ecv::test::runProgram(lint, {QStringLiteral("--noout"), kMimeFile});
        QVERIFY2(wellFormed.exitCode == 0, wellFormed.err.constData());

        const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(kMimeFile, packages + QStringLiteral("/ecapture-viewer.xml")));
        const ecv::test::ProgramRun run =
            ecv::test::runProgram(update, {m_data.filePath(QStringLiteral("mime"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // it warns about unknown elements

        // A capture as the viewer writes it, under a name that says nothing.
        const QString capture = m_data.filePath(QStringLiteral("saved-capture"));
        {
            ecv::CaptureStore store;
            QString error;
            QVERIFY2(store.create(capture, QStringLiteral("test"), &error), qPrintable(error));
            store.close();
        }
        QMimeDatabase db;
        QCOMPARE(db.mimeTypeForFile(capture, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-ecvcap"));
        QCOMPARE(
            db.mimeTypeForFile(QStringLiteral("/nowhere/a.ecvcap"), QMimeDatabase::MatchExtension)
                .name(),
            QStringLiteral("application/x-ecvcap"));
        QCOMPARE(db.mimeTypeForName(QStringLiteral("application/x-ecvcap")).comment().isEmpty(),
                 false);

        // The magic is all eight bytes: "ECVCAP1" followed by something else is not ours.
        const QString other = m_data.filePath(QStringLiteral("other"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ECVCAP1 and more text that is not a capture\n");
        f.close();
        QVERIFY(db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name() !=
                QStringLiteral("application/x-ecvcap"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktop_files.moc"
