// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

namespace ecv {

/**
 * @brief application/x-www-form-urlencoded fields (WHATWG URL §5.1): `&`-separated, `+` is a
 * space, percent-decoded as UTF-8. Order and duplicates kept; also used for URL query strings.
 * Pure and thread-safe.
 */
class FormUrlEncoded
{
public:
    using Field = QPair<QString, QString>;
    static QVector<Field> parse(const QByteArray &body);
    /** @brief Query of a request target ("/p?a=1&b" -> a=1, b=""). */
    static QVector<Field> parseQuery(const QByteArray &target);
};

} // namespace ecv
