// SPDX-License-Identifier: Apache-2.0
// The man pages (packaging/man/*.1): one per installed program, rendered by man-db's
// `man -l` without a groff warning, and naming every option the program's --help prints, so a
// new option cannot go undocumented.
#include <QtTest>

#include <QRegularExpression>
#include <QStandardPaths>

#include "common/program_run.h"

namespace {

const QString kManDir = QStringLiteral(ECV_SOURCE_DIR "/packaging/man");

/** The long and short options (-r, --demo) that a QCommandLineParser --help lists. */
QStringList optionsInHelp(const QString &help)
{
    static const QRegularExpression line(QStringLiteral("^  (-[^ ].*?)(?:  |$)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("(--?[A-Za-z?][A-Za-z0-9-]*)"));
    QStringList options;
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QString spec = it.next().captured(1);
        for (auto n = name.globalMatch(spec); n.hasNext();)
            options << n.next().captured(1);
    }
    options.removeDuplicates();
    return options;
}

QProcessEnvironment plainEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
    env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestManPages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty(),
                 "man not found: install the Debian package man-db (packaging/install-deps.sh)");
    }

    void pageRendersAndNamesEveryOption_data()
    {
        QTest::addColumn<QString>("program");
        // The programs the .deb installs (app/CMakeLists.txt install(TARGETS …)).
        for (const char *program :
             {"ecapture-viewer", "ecapture-dump", "ecapture-replay", "ecapture-extcap"})
            QTest::newRow(program) << QString::fromLatin1(program);
    }

    void pageRendersAndNamesEveryOption()
    {
        QFETCH(QString, program);
        const QString page = kManDir + QLatin1Char('/') + program + QStringLiteral(".1");
        QVERIFY2(QFileInfo::exists(page), qPrintable(page + QStringLiteral(" is missing")));

        const ecv::test::ProgramRun man = ecv::test::runProgram(
            QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), page},
            30000, plainEnvironment());
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), man.err.constData()); // groff warnings
        // man pads with U+2010 hyphens when it hyphenates; options are never split like that.
        const QString rendered = QString::fromUtf8(man.out);
        QVERIFY2(rendered.contains(QStringLiteral("NAME")), qPrintable(rendered));
        QVERIFY(rendered.contains(program + QStringLiteral(" - ")) ||
                rendered.contains(program + QStringLiteral(" \u2010 ")));

        const ecv::test::ProgramRun help =
            ecv::test::runProgram(QStringLiteral(ECV_BIN_DIR "/") + program,
                                  {QStringLiteral("--help")}, 30000, plainEnvironment());
        QVERIFY2(help.exitCode == 0, help.err.constData());
        const QStringList options = optionsInHelp(QString::fromUtf8(help.out));
        QVERIFY2(options.contains(QStringLiteral("--help")), help.out.constData());
        // The roff source, with \- turned into -, must mention each one as a word.
        QFile source(page);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString roff =
            QString::fromUtf8(source.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        QStringList undocumented;
        for (const QString &option : options) {
            const QRegularExpression word(QStringLiteral("(^|[^A-Za-z0-9-])") +
                                              QRegularExpression::escape(option) +
                                              QStringLiteral("($|[^A-Za-z0-9-])"),
                                          QRegularExpression::MultilineOption);
            if (option != QLatin1String("-?") && !roff.contains(word))
                undocumented << option;
        }
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("%1 lists options its man page (%2) does not "
                                           "describe: %3")
                                .arg(program, page, undocumented.join(QStringLiteral(", ")))));
    }

    void optionParserReadsHelp()
    {
        const QString help = QStringLiteral("Options:\n"
                                            "  -h, --help     Displays help.\n"
                                            "  -r <file>      Read a file.\n"
                                            "  --port <N>     Port.\n"
                                            "                 (continued) -x not an option\n");
        QCOMPARE(optionsInHelp(help),
                 (QStringList{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-r"),
                              QStringLiteral("--port")}));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_man_pages.moc"
