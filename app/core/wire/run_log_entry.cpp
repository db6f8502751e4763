// SPDX-License-Identifier: Apache-2.0
#include "core/wire/run_log_entry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/wire/json_members.h"

namespace ecv {

namespace {

QString jsonString(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']');
    return doc.array().at(0).toString();
}

/** zerolog's default TimeFieldFormat is RFC 3339 (time.RFC3339), seconds precision. */
qint64 parseTime(const QJsonValue &value)
{
    if (value.isString()) {
        QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(value.toString(), Qt::ISODate);
        // Unix ns end in 2262: a time outside 1970 … 2200 is garbage, not a wrapped number.
        constexpr qint64 latestMs = 7258118400000LL; // 2200-01-01 UTC
        const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : -1;
        return ms >= 0 && ms <= latestMs ? ms * 1000000LL : -1;
    }
    if (value.isDouble()) {
        // zerolog.TimeFormatUnix* variants write a number: seconds unless clearly larger.
        const double v = value.toDouble();
        const double ns = v > 1e17 ? v : v > 1e14 ? v * 1e3 : v > 1e11 ? v * 1e6 : v * 1e9;
        // Past 2200 (or NaN) is garbage: qint64(ns) would overflow.
        if (v > 0 && ns < 7.2e18)
            return qint64(ns);
    }
    return -1;
}

} // namespace

RunLogEntry RunLogEntry::parse(const QString &line)
{
    RunLogEntry entry;
    entry.raw = line;
    while (entry.raw.endsWith(u'\n') || entry.raw.endsWith(u'\r'))
        entry.raw.chop(1);
    const QByteArray utf8 = entry.raw.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    QList<QPair<QString, QByteArray>> members;
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !JsonMembers::split(utf8, members)) {
        entry.message = entry.raw;
        return entry;
    }
    const QJsonObject object = doc.object();
    entry.level = object.value(QLatin1String("level")).toString();
    entry.message = object.value(QLatin1String("message")).toString();
    entry.timeNs = parseTime(object.value(QLatin1String("time")));
    for (const auto &member : members) {
        if (member.first == QLatin1String("level") || member.first == QLatin1String("time") ||
            member.first == QLatin1String("message"))
            continue;
        entry.fields.append({member.first, QString::fromUtf8(member.second)});
    }
    return entry;
}

QString RunLogEntry::ecaptureVersion() const
{
    // e.g. "linux_amd64:v2.5.1-20260621-5ccbc23:[CORE]" (cli/cmd/root.go logs GitVersion).
    static const QRegularExpression version(QStringLiteral("(?:^|[:\\s])(v\\d+\\.\\d+\\.\\d+)"));
    for (const auto &field : fields) {
        if (field.first != QLatin1String("Version"))
            continue;
        const QString value =
            field.second.startsWith(u'"') ? jsonString(field.second.toUtf8()) : field.second;
        const QRegularExpressionMatch match = version.match(value);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

} // namespace ecv
