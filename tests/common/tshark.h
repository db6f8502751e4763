// SPDX-License-Identifier: Apache-2.0
// Runs Wireshark's tshark and capinfos (Debian package tshark, installed by
// packaging/install-deps.sh) on exported files, with an empty private configuration so user
// preferences cannot change what they report. Header-only: include it by relative path.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include "common/program_run.h"

namespace ecv::test {

/** @brief Path of @p tool ("tshark", "capinfos") on PATH, or "" when it is not installed. */
inline QString wiresharkTool(const QString &tool)
{
    return QStandardPaths::findExecutable(tool);
}

/** @brief Runs a Wireshark tool with WIRESHARK_CONFIG_DIR set to an empty directory. */
inline ProgramRun runWiresharkTool(const QString &tool, const QStringList &args,
                                   int timeoutMs = 60000)
{
    static QTemporaryDir config;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), config.path());
    p.setProcessEnvironment(env);
    p.start(wiresharkTool(tool), args);
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/** @brief tshark's stderr without its "Running as user root" line (a warning, not an error). */
inline QByteArray tsharkErrors(const QByteArray &err)
{
    QByteArray out;
    for (const QByteArray &line : err.split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith("Running as user"))
            out += line + '\n';
    return out;
}

/**
 * @brief `tshark -n -r FILE [extra] -T fields -e … -E separator=/t -E occurrence=a
 * -E aggregator=0x1f`: one row per frame (or per frame matching a -Y filter in @p extra), each
 * row the fields in order; several occurrences of a field are joined with 0x1f.
 */
inline QVector<QStringList> tsharkFields(const QString &file, const QStringList &fields,
                                         const QStringList &extra = {},
                                         QByteArray *errors = nullptr)
{
    QStringList args = {QStringLiteral("-n"), QStringLiteral("-r"), file};
    args += extra;
    args << QStringLiteral("-T") << QStringLiteral("fields") << QStringLiteral("-E")
         << QStringLiteral("separator=/t") << QStringLiteral("-E")
         << QStringLiteral("aggregator=\x1f");
    for (const QString &f : fields)
        args << QStringLiteral("-e") << f;
    const ProgramRun r = runWiresharkTool(QStringLiteral("tshark"), args);
    if (errors)
        *errors = r.exitCode == 0 ? tsharkErrors(r.err)
                                  : "exit " + QByteArray::number(r.exitCode) + ": " + r.err;
    QVector<QStringList> rows;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    return rows;
}

} // namespace ecv::test
