// SPDX-License-Identifier: Apache-2.0
// Test helpers shared by the tests that run a program the project builds (ECV_BIN_DIR) and read
// its JSON Lines output. Header-only: include it by relative path.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QVector>

namespace ecv::test {

/** @brief What a finished program left: exit code (-1 after a crash or timeout), stdout, stderr. */
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * @brief Runs @p program with @p args and waits at most @p timeoutMs.
 * On timeout the program is killed and err is "timed out" (exitCode stays -1).
 * @p environment replaces the inherited one when given.
 */
inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 30000,
                             const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(program, args);
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

/** @brief One object per non-blank line of JSON Lines @p text (a bad line gives an empty one). */
inline QVector<QJsonObject> parseJsonLines(const QByteArray &text)
{
    QVector<QJsonObject> rows;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            rows.append(QJsonDocument::fromJson(line).object());
    }
    return rows;
}

} // namespace ecv::test
