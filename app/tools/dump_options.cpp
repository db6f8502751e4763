// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_options.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <climits>
#include <cmath>

#include "core/filter/display_filter.h"
#include "tools/dump_export.h"
#include "tools/dump_output.h"

namespace ecv::dump {

namespace {

/// QTimer intervals are int milliseconds: the longest -a duration one timer can hold.
constexpr qint64 kMaxDurationMs = INT_MAX;

/// A whole decimal number, no sign, exponent or spaces ("events:0.5" and "1e3" are not).
bool parseCount(const QString &text, qint64 max, qint64 *value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text).hasMatch())
        return false;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 1 || n > max)
        return false;
    *value = n;
    return true;
}

} // namespace

bool parseAutostop(const QString &condition, Options &options, QString *error)
{
    const QString key = condition.section(QLatin1Char(':'), 0, 0);
    const QString value = condition.section(QLatin1Char(':'), 1);
    if (key == QLatin1String("duration")) {
        bool ok = false;
        const double seconds = value.trimmed().isEmpty() ? 0.0 : value.toDouble(&ok);
        // Compare in double: NaN fails every test, inf and 1e300 fail the upper bound, and
        // nothing is converted to an integer before it is known to fit.
        const double ms = std::round(seconds * 1000.0);
        if (!ok || !std::isfinite(seconds) || !(ms >= 1.0) || ms > double(kMaxDurationMs)) {
            *error = QStringLiteral("-a %1: duration must be a number of seconds from 0.001 to "
                                    "%2 (about 24.8 days)")
                         .arg(condition)
                         .arg(double(kMaxDurationMs) / 1000.0, 0, 'f', 3);
            return false;
        }
        options.durationMs = qint64(ms);
        return true;
    }
    if (key == QLatin1String("events")) {
        qint64 n = 0;
        if (!parseCount(value, INT_MAX, &n)) {
            *error = QStringLiteral("-a %1: events must be a whole number from 1 to %2")
                         .arg(condition)
                         .arg(INT_MAX);
            return false;
        }
        options.eventLimit = n;
        return true;
    }
    *error = QStringLiteral("-a %1: expected duration:SEC or events:N").arg(condition);
    return false;
}

bool parseOptions(const QCoreApplication &app, Options &options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads eCapture --ecaptureq streams and captures and prints their events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption read(QStringLiteral("r"),
                                  QStringLiteral("Read a capture file (.ecvcap) or a frame log "
                                                 "(.jsonl)."),
                                  QStringLiteral("file"));
    const QCommandLineOption interface(
        QStringLiteral("i"),
        QStringLiteral("Capture from eCapture's --ecaptureq WebSocket server "
                       "(ws://host:port/, or host:port)."),
        QStringLiteral("url"));
    const QCommandLineOption count(QStringLiteral("c"),
                                   QStringLiteral("With -i: stop after <count> frames."),
                                   QStringLiteral("count"));
    const QCommandLineOption autostop(
        QStringLiteral("a"),
        QStringLiteral("With -i: stop on a condition: duration:SEC, events:N (repeatable)."),
        QStringLiteral("condition"));
    const QCommandLineOption type(QStringLiteral("T"),
                                  QStringLiteral("Output format: text (default), json, jsonl."),
                                  QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption write(
        QStringLiteral("w"),
        QStringLiteral("Save or export the capture to <file>, '-' for stdout (pcapng, written "
                       "as events arrive with -i). The format comes from -F or the extension: "
                       ".ecvcap (capture file), .pcapng, .pcap, .har, .csv, .json."),
        QStringLiteral("file"));
    const QCommandLineOption writeFormat(
        QStringLiteral("F"), QStringLiteral("Format of -w: ecvcap, pcapng, pcap, har, csv, json."),
        QStringLiteral("format"));
    const QCommandLineOption quiet(QStringLiteral("q"),
                                   QStringLiteral("Do not print events (reports only)."));
    const QCommandLineOption allFrames(
        QStringLiteral("all-frames"),
        QStringLiteral("Print every frame, not only events: heartbeats (with their time and "
                       "count), run logs and undecodable frames, in frame order (-T jsonl/json: "
                       "each with frame.type)."));
    QStringList reportHelp;
    for (const Report &report : dumpReports())
        reportHelp << report.name + QStringLiteral(": ") + report.description;
    const QCommandLineOption statistics(QStringLiteral("z"),
                                        QStringLiteral("Print a report at the end (repeatable). ") +
                                            reportHelp.join(QStringLiteral("; ")),
                                        QStringLiteral("report"));
    const QCommandLineOption glossary(
        QStringLiteral("G"),
        QStringLiteral("Print a glossary and exit: fields (every registered field: name, type, "
                       "title; like tshark -G fields)."),
        QStringLiteral("report"));
    const QCommandLineOption displayFilter(
        QStringLiteral("Y"),
        QStringLiteral("Print, save and count only the events that pass this display filter "
                       "(Wireshark's language, or an eCaptureQ SQL condition; see the README)."),
        QStringLiteral("filter"));
    parser.addOptions({read, interface, count, autostop, type, write, writeFormat, quiet,
                       statistics, glossary, displayFilter, allFrames});
    parser.process(app);
    if (parser.isSet(glossary)) {
        options.glossary = parser.value(glossary);
        if (options.glossary != QLatin1String("fields")) {
            *error = QStringLiteral("-G %1: unknown glossary (fields)").arg(options.glossary);
            return false;
        }
        return true;
    }

    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first());
        return false;
    }
    options.readFile = parser.value(read);
    options.interfaceUrl = parser.value(interface);
    if (options.readFile.isEmpty() == options.interfaceUrl.isEmpty()) {
        *error = QStringLiteral("give exactly one of -r FILE or -i URL (see --help)");
        return false;
    }
    const QString format = parser.value(type);
    if (format == QLatin1String("text"))
        options.format = Format::Text;
    else if (format == QLatin1String("json"))
        options.format = Format::Json;
    else if (format == QLatin1String("jsonl"))
        options.format = Format::Jsonl;
    else {
        *error = QStringLiteral("-T %1: unknown format (text, json, jsonl)").arg(format);
        return false;
    }
    options.allFrames = parser.isSet(allFrames);
    options.writeFile = parser.value(write);
    if (parser.isSet(writeFormat) && options.writeFile.isEmpty()) {
        *error = QStringLiteral("-F needs -w FILE");
        return false;
    }
    if (!options.writeFile.isEmpty()) {
        if (!writeFormatOf(options.writeFile, parser.value(writeFormat), &options.writeFormat,
                           error))
            return false;
        if (options.writeFile == QLatin1String("-") &&
            options.writeFormat == ExportFormat::Ecvcap) {
            *error = QStringLiteral("-w -: the capture file format needs a file name");
            return false;
        }
    }
    if (!options.writeFile.isEmpty() && !options.readFile.isEmpty() &&
        QFileInfo(options.writeFile).absoluteFilePath() ==
            QFileInfo(options.readFile).absoluteFilePath()) {
        *error =
            QStringLiteral("-w %1: would overwrite the file being read").arg(options.writeFile);
        return false;
    }
    // -w - puts the export on stdout: events are not printed, reports go to stderr.
    options.quiet = parser.isSet(quiet) || options.writeFile == QLatin1String("-");
    if (parser.isSet(count) && !parseCount(parser.value(count), LLONG_MAX, &options.frameLimit)) {
        *error = QStringLiteral("-c %1: not a positive whole number").arg(parser.value(count));
        return false;
    }
    for (const QString &condition : parser.values(autostop)) {
        if (!parseAutostop(condition, options, error))
            return false;
    }
    if (parser.isSet(displayFilter)) {
        const DisplayFilter filter = DisplayFilter::compile(parser.value(displayFilter));
        if (!filter.isValid()) {
            *error = QStringLiteral("-Y: %1").arg(filter.errorMessage());
            return false;
        }
        options.displayFilter = parser.value(displayFilter);
        if (!filter.isEmpty() && !options.interfaceUrl.isEmpty() &&
            options.writeFormat == ExportFormat::Ecvcap && !options.writeFile.isEmpty()) {
            *error = QStringLiteral("-Y with -i: -w %1 is the capture file itself and keeps "
                                    "every frame; export with -F pcapng, or filter the saved "
                                    "capture with -r %1 -Y … -w")
                         .arg(options.writeFile);
            return false;
        }
    }
    for (const QString &spec : parser.values(statistics)) {
        if (!findReport(spec)) {
            *error = QStringLiteral("-z %1: unknown report").arg(spec);
            return false;
        }
        options.reports << spec;
    }
    return true;
}

} // namespace ecv::dump
