// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/export/export_format.h"

namespace ecv::dump {

/** @brief `-T`: how events are printed. */
enum class Format
{
    Text,
    Json,
    Jsonl
};

/** @brief ecapture-dump's command line, checked. */
struct Options
{
    QString readFile;
    QString interfaceUrl;
    QString writeFile;                               ///< -w: a file, or "-" for stdout
    ExportFormat writeFormat = ExportFormat::Ecvcap; ///< -F, or from -w's extension
    Format format = Format::Text;
    bool quiet = false;
    bool allFrames = false; ///< --all-frames: also print heartbeats, run logs, undecodable frames
    qint64 frameLimit = -1; ///< -c: stop after this many frames
    qint64 eventLimit = -1; ///< -a events:N
    qint64 durationMs = -1; ///< -a duration:SEC, in ms (fits a QTimer interval)
    QStringList reports;    ///< -z specs
    QString glossary;       ///< -G: "fields" (print it and exit)
    QString displayFilter;  ///< -Y: a display filter that compiled (README "Display filters")
};

/// Exit status of a command line that does not make sense (as tshark and getopt programs use).
inline constexpr int kUsageExitCode = 2;

/**
 * @brief Parse ecapture-dump's command line (`--help` and `--version` print and exit here).
 * @return false with a one-line message in @p error when an option or its value does not fit;
 * the caller prints it and exits with kUsageExitCode.
 */
bool parseOptions(const QCoreApplication &app, Options &options, QString *error);

/**
 * @brief Check one `-a` condition, `duration:SEC` (a finite decimal number of seconds from
 * 0.001 to 2147483.647, the longest interval a QTimer holds) or `events:N` (a whole number from
 * 1 to 2147483647), and store it in @p options.
 * @return false with a message naming the value and the accepted range otherwise (NaN, inf,
 * 1e300, 0.5 events, a duration that would wrap or be silently ignored).
 */
bool parseAutostop(const QString &condition, Options &options, QString *error);

} // namespace ecv::dump
