// SPDX-License-Identifier: Apache-2.0
// ecapture-viewer: the desktop viewer for eCapture's --ecaptureq stream.
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include "core/capture/capture_store.h"
#include "ui/appearance.h"
#include "ui/application_icon.h"
#include "ui/interface_language.h"
#include "ui/main_window.h"
#include "ui/preferences.h"
#include "ui/stall_meter.h"

namespace {

/** The viewer's command line; built once untranslated (to choose the application class) and
    once with the translators installed (for --help). */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Start the built-in demo stream.")};
    QCommandLineOption displayFilter{
        {QStringLiteral("Y"), QStringLiteral("display-filter")},
        QCoreApplication::translate("main", "Apply this display filter (as wireshark -Y)."),
        QStringLiteral("filter")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Watch, inspect and save the TLS plaintext events eCapture streams over its "
                    "--ecaptureq WebSocket server."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(displayFilter);
        parser.addPositionalArgument(
            QStringLiteral("source"),
            QCoreApplication::translate("main", "Server URL (ws://host:port/ or host:port) or a "
                                                "capture file / .jsonl frame log to open."),
            QStringLiteral("[URL | FILE]"));
    }
};

/** --help and --version print and exit: they must work over ssh and in scripts with no
    display, where a QApplication would abort before parsing anything. */
bool wantsTextOnly(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine commandLine;
    commandLine.parser.parse(arguments); // errors are reported by process() later
    const QStringList names = commandLine.parser.optionNames();
    for (const char *name : {"h", "?", "help", "help-all", "v", "version"})
        if (names.contains(QLatin1String(name)))
            return true;
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer"));
    QCoreApplication::setApplicationName(QStringLiteral("ecapture-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECV_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        ecv::installUiTranslators(&app, ecv::Preferences::load().language);
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("eCapture Viewer"));
    QApplication::setDesktopFileName(QStringLiteral("ecapture-viewer"));
    QApplication::setWindowIcon(ecv::applicationIcon());
    const ecv::Preferences preferences = ecv::Preferences::load();
    ecv::installUiTranslators(&app, preferences.language);
    ecv::appearance::apply(preferences);

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &demo = commandLine.demo;
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        parser.showHelp(2);

    ecv::MainWindow window;
    window.show();

    // Benchmark aid: ECV_STALL_METER=1 measures the longest event-loop stall;
    // ECV_QUIT_AFTER=SECONDS ends the run (for scripted measurements).
    std::unique_ptr<ecv::StallMeter> meter;
    if (qEnvironmentVariableIntValue("ECV_STALL_METER") > 0) {
        meter = std::make_unique<ecv::StallMeter>(2000);
        meter->setReportHook([&window] {
            // Resident memory (Linux /proc), to see it stay flat apart from the index.
            QFile statm(QStringLiteral("/proc/self/statm"));
            qint64 rssMiB = -1;
            if (statm.open(QIODevice::ReadOnly))
                rssMiB = statm.readAll().split(' ').value(1).toLongLong() * 4096 / (1 << 20);
            return QStringLiteral("%1 events, %2 frames queued, RSS %3 MiB")
                .arg(window.store()->eventCount())
                .arg(window.ingestBacklog())
                .arg(rssMiB);
        });
        window.setInteractive(false);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, meter.get(), &ecv::StallMeter::stop);
    }
    if (const int quitAfter = qEnvironmentVariableIntValue("ECV_QUIT_AFTER"); quitAfter > 0) {
        window.setInteractive(false);
        QTimer::singleShot(quitAfter * 1000, &app, &QApplication::quit);
    }

    // Screenshot aid: ECV_SELECT="ROW[,TAB]" selects a row (negative: from the end) and a detail
    // tab (0 Fields, 1 HTTP, 2 Bytes, 3 Text, 4 Follow Stream) after ECV_SELECT_DELAY ms.
    if (const QString select = qEnvironmentVariable("ECV_SELECT"); !select.isEmpty()) {
        const int delay = qEnvironmentVariableIsSet("ECV_SELECT_DELAY")
                              ? qEnvironmentVariableIntValue("ECV_SELECT_DELAY")
                              : 2500;
        QTimer::singleShot(delay, &window, [&window, select] {
            window.selectRow(select.section(QLatin1Char(','), 0, 0).toInt(),
                             select.section(QLatin1Char(','), 1, 1).toInt());
        });
    }

    // Screenshot aid: ECV_TRIGGER="ACTION[,ACTION…]" triggers the window's actions by object name
    // (e.g. markEvent,exportSpecifiedEvents) once the selection above is made.
    if (const QString trigger = qEnvironmentVariable("ECV_TRIGGER"); !trigger.isEmpty()) {
        const int delay = qEnvironmentVariableIsSet("ECV_SELECT_DELAY")
                              ? qEnvironmentVariableIntValue("ECV_SELECT_DELAY")
                              : 2500;
        QTimer::singleShot(delay + 300, &window, [&window, trigger] {
            for (const QString &name : trigger.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (auto *action = window.findChild<QAction *>(name.trimmed()))
                    action->trigger();
        });
    }

    // Screenshot aid: ECV_DIALOG=coloring-rules opens View > Coloring Rules after 2.5 s.
    if (qEnvironmentVariable("ECV_DIALOG") == QLatin1String("coloring-rules"))
        QTimer::singleShot(2500, &window, [&window] { window.showColoringRules(); });

    if (parser.isSet(demo)) {
        window.startDemo();
    } else if (!args.isEmpty()) {
        const QString source = args.first();
        if (QFileInfo(source).isFile())
            window.openCapture(source);
        else
            window.connectTo(source);
    }
    if (parser.isSet(commandLine.displayFilter))
        window.setDisplayFilter(parser.value(commandLine.displayFilter));
    const int rc = QApplication::exec();
    meter.reset();
    return rc;
}
