// SPDX-License-Identifier: Apache-2.0
#include "core/stream/conversation_listing.h"

#include "core/wire/saturating_arithmetic.h"

namespace ecv {

namespace {

QString bytesText(quint64 n)
{
    if (n < 10000)
        return QStringLiteral("%1 bytes").arg(n);
    if (n < 10000 * 1024ULL)
        return QStringLiteral("%1 kB").arg(n / 1024);
    return QStringLiteral("%1 MB").arg(n / (1024 * 1024));
}

} // namespace

ConversationListing::Row ConversationListing::summarize(quint32 id,
                                                        const QVector<HttpDissector::Item> &items,
                                                        const QString &addressA,
                                                        const QString &addressB)
{
    Row r;
    r.id = id;
    r.addressA = addressA;
    r.addressB = addressB;
    Direction a = Direction::Unknown;
    bool haveA = false;
    bool first = true;
    for (const HttpDissector::Item &it : items) {
        if (first) {
            r.firstNs = r.lastNs = it.timeNs;
            first = false;
        }
        r.firstNs = qMin(r.firstNs, it.timeNs);
        r.lastNs = qMax(r.lastNs, it.timeNs);
        if (it.data.isEmpty())
            continue;
        if (!haveA) {
            a = it.direction;
            haveA = true;
        }
        if (it.direction == a) {
            ++r.framesAtoB;
            r.bytesAtoB += quint64(it.data.size());
        } else {
            ++r.framesBtoA;
            r.bytesBtoA += quint64(it.data.size());
        }
    }
    return r;
}

QString ConversationListing::text(const QVector<Row> &rows, qint64 captureStartNs)
{
    const QString sep(80, QLatin1Char('='));
    QString out = sep + QStringLiteral("\nTCP Conversations\nFilter:<No Filter>\n");
    const int addrWidth = 26;
    const QString pad(4 + addrWidth * 2 + 5, QLatin1Char(' '));
    out += pad + QStringLiteral("|       <-      | |       ->      | |     Total     |    Relative"
                                "    |   Duration   |\n");
    out += pad + QStringLiteral("| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start "
                                "    |              |\n");
    for (const Row &r : rows) {
        // Damaged times may be INT64_MIN and INT64_MAX in one conversation: clamp, never wrap.
        const double start = double(saturatingSub(r.firstNs, captureStartNs)) / 1e9;
        const double duration = double(saturatingSub(r.lastNs, r.firstNs)) / 1e9;
        out += QStringLiteral("%1 %2 <-> %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                   .arg(r.id, 3)
                   .arg(r.addressA, -addrWidth)
                   .arg(r.addressB, -addrWidth)
                   .arg(r.framesBtoA, 6)
                   .arg(bytesText(r.bytesBtoA), 10)
                   .arg(r.framesAtoB, 6)
                   .arg(bytesText(r.bytesAtoB), 10)
                   .arg(r.framesAtoB + r.framesBtoA, 6)
                   .arg(bytesText(r.bytesAtoB + r.bytesBtoA), 10)
                   .arg(start, 16, 'f', 9)
                   .arg(duration, 14, 'f', 4);
    }
    out += sep + QLatin1Char('\n');
    return out;
}

} // namespace ecv
