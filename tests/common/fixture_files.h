// SPDX-License-Identifier: Apache-2.0
// Test helpers shared by the fixture-driven tests: the fixtures in tests/data (ECV_TEST_DATA) are
// NAME.jsonl with their ground truth in NAME.expected.json. Header-only: include it by relative
// path.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ecv::test {

/** @brief The JSON object in the file at @p path; an empty object if unreadable or not JSON. */
inline QJsonObject readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** @brief Absolute path of fixture @p name's capture, ECV_TEST_DATA/NAME.jsonl. */
inline QString fixturePath(const QString &name)
{
    return QStringLiteral(ECV_TEST_DATA "/") + name + QStringLiteral(".jsonl");
}

/** @brief Fixture @p name's ground truth (NAME.expected.json); empty if missing. */
inline QJsonObject readExpected(const QString &name)
{
    return readJsonObject(QStringLiteral(ECV_TEST_DATA "/") + name +
                          QStringLiteral(".expected.json"));
}

/** @brief NAME of every fixture that has a NAME.expected.json, sorted by name. */
inline QStringList expectedFixtureNames()
{
    const QString suffix = QStringLiteral(".expected.json");
    QStringList names = QDir(QStringLiteral(ECV_TEST_DATA))
                            .entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(suffix.size());
    return names;
}

} // namespace ecv::test
