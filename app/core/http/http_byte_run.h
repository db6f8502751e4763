// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QVector>

#include <algorithm>

#include "core/http/http_message.h"

namespace ecv {

/**
 * @brief The bytes of several dissector items of one direction joined into one stream, with the
 * map from stream offsets back to (item, offset) ranges. Internal to HTTP dissection.
 */
struct HttpByteRun
{
    struct Piece
    {
        qint64 begin = 0;
        int item = -1;
        qint64 length = 0;
    };
    QByteArray bytes;
    QVector<Piece> pieces;

    void append(int item, const QByteArray &d)
    {
        pieces.append({bytes.size(), item, d.size()});
        bytes += d;
    }
    bool isEmpty() const { return pieces.isEmpty(); }
    QVector<qint64> boundaries() const
    {
        QVector<qint64> b;
        for (const Piece &p : pieces)
            b.append(p.begin);
        return b;
    }
    QVector<HttpByteRange> map(qint64 a, qint64 b) const
    {
        QVector<HttpByteRange> out;
        // First piece ending at or after a (pieces are in stream order): O(log n) per lookup.
        auto it = std::partition_point(pieces.cbegin(), pieces.cend(),
                                       [a](const Piece &p) { return p.begin + p.length < a; });
        if (a == b) {
            // An empty range still says where the message is (e.g. an empty body at an end).
            if (it != pieces.cend())
                out.append({it->item, a - it->begin, a - it->begin});
            return out;
        }
        for (; it != pieces.cend() && it->begin < b; ++it) {
            const qint64 s = std::max(a, it->begin);
            const qint64 e = std::min(b, it->begin + it->length);
            if (s < e)
                out.append({it->item, s - it->begin, e - it->begin});
        }
        return out;
    }
};

} // namespace ecv
