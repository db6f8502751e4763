// SPDX-License-Identifier: Apache-2.0
#include "core/wire/json_members.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ecv {

namespace {

void skipSpace(const QByteArray &s, qsizetype &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
}

/** Moves @p i past the string starting at s[i] == '"'. */
bool skipString(const QByteArray &s, qsizetype &i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"') {
            ++i;
            return true;
        }
    }
    return false;
}

/** Moves @p i past one JSON value (string, number, literal, object, array). */
bool skipValue(const QByteArray &s, qsizetype &i)
{
    if (i >= s.size())
        return false;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char ch = s[i];
            if (ch == '"') {
                if (!skipString(s, i))
                    return false;
                continue;
            }
            if (ch == '{' || ch == '[')
                ++depth;
            else if (ch == '}' || ch == ']') {
                if (--depth == 0) {
                    ++i;
                    return true;
                }
            }
            ++i;
        }
        return false;
    }
    const qsizetype start = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' &&
           s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
        ++i;
    return i > start;
}

QString decodeKey(const QByteArray &quoted)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']');
    return doc.array().at(0).toString();
}

} // namespace

bool JsonMembers::split(const QByteArray &json, QList<QPair<QString, QByteArray>> &members)
{
    members.clear();
    qsizetype i = 0;
    skipSpace(json, i);
    if (i >= json.size() || json[i] != '{')
        return false;
    ++i;
    skipSpace(json, i);
    if (i < json.size() && json[i] == '}')
        return true;
    while (i < json.size()) {
        skipSpace(json, i);
        if (i >= json.size() || json[i] != '"')
            break;
        const qsizetype keyStart = i;
        if (!skipString(json, i))
            break;
        const QByteArray key = json.mid(keyStart, i - keyStart);
        skipSpace(json, i);
        if (i >= json.size() || json[i] != ':')
            break;
        ++i;
        skipSpace(json, i);
        const qsizetype valueStart = i;
        if (!skipValue(json, i))
            break;
        members.append({decodeKey(key), json.mid(valueStart, i - valueStart)});
        skipSpace(json, i);
        if (i < json.size() && json[i] == ',') {
            ++i;
            continue;
        }
        if (i < json.size() && json[i] == '}')
            return true;
        break;
    }
    members.clear();
    return false;
}

QByteArray JsonMembers::rawValue(const QByteArray &json, const QString &key)
{
    QList<QPair<QString, QByteArray>> members;
    if (!split(json, members))
        return {};
    for (const auto &member : members)
        if (member.first == key)
            return member.second;
    return {};
}

} // namespace ecv
