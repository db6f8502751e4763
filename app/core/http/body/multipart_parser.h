// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "core/http/http_message.h"

namespace ecv {

/**
 * @brief Splits a multipart body (RFC 2046 §5.1, RFC 7578 multipart/form-data) into parts.
 * Lenient: a missing close delimiter keeps the last part (marked incomplete). Pure, thread-safe.
 */
class MultipartParser
{
public:
    struct Part
    {
        HttpHeaderList headers;
        QByteArray body;
        QString name;      ///< Content-Disposition name="…"
        QString fileName;  ///< Content-Disposition filename="…"
        qint64 offset = 0; ///< body offset in the multipart input
        bool complete = true;
    };

    /** @brief `boundary` parameter of a Content-Type value (unquoted), "" if none. */
    static QByteArray boundary(const QByteArray &contentType);
    static QVector<Part> parse(const QByteArray &body, const QByteArray &boundary);
};

} // namespace ecv
