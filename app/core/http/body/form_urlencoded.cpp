// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/form_urlencoded.h"

#include <QList>

namespace ecv {

namespace {

QString decodeComponent(QByteArray s)
{
    s.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s));
}

} // namespace

QVector<FormUrlEncoded::Field> FormUrlEncoded::parse(const QByteArray &body)
{
    QVector<Field> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            out.append({decodeComponent(pair), QString()});
        else
            out.append({decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1))});
    }
    return out;
}

QVector<FormUrlEncoded::Field> FormUrlEncoded::parseQuery(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return {};
    QByteArray query = target.mid(q + 1);
    const qsizetype hash = query.indexOf('#');
    if (hash >= 0)
        query.truncate(hash);
    return parse(query);
}

} // namespace ecv
