// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include "core/http/http_dissector.h"

namespace ecv {

/**
 * @brief Conversation table text like `tshark -q -z conv,tcp`: per conversation the frames and
 * bytes each way, the total, the relative start and the duration. A is the sender of the
 * conversation's first data event ("->" = A to B). Pure and thread-safe.
 */
class ConversationListing
{
public:
    struct Row
    {
        quint32 id = 0;   ///< conversation number (shown first, for -z follow,N)
        QString addressA; ///< "ip:port" or a description ("curl pid 4711 fd 5")
        QString addressB;
        quint64 framesAtoB = 0;
        quint64 bytesAtoB = 0;
        quint64 framesBtoA = 0;
        quint64 bytesBtoA = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        QString protocol; ///< "HTTP", "HTTP2" or empty
    };

    /** @brief Counts for one conversation's items (A = direction of the first item with data). */
    static Row summarize(quint32 id, const QVector<HttpDissector::Item> &items,
                         const QString &addressA, const QString &addressB);
    /** @brief The table; @p captureStartNs is the "Relative Start" origin. */
    static QString text(const QVector<Row> &rows, qint64 captureStartNs);
};

} // namespace ecv
