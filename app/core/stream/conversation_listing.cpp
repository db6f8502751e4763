// SPDX-License-Identifier: Apache-2.0
#include "core/stream/conversation_listing.h"

#include "core/capture/capture_store.h"
#include "core/normalize/endpoint_text.h"
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
    QVector<Sample> samples;
    samples.reserve(items.size());
    for (const HttpDissector::Item &it : items)
        samples.append({it.timeNs, it.direction, quint64(it.data.size())});
    Row r = summarize(id, samples);
    r.addressA = addressA;
    r.addressB = addressB;
    return r;
}

ConversationListing::Row ConversationListing::summarize(quint32 id, const QVector<Sample> &samples)
{
    Row r;
    r.id = id;
    Direction a = Direction::Unknown;
    bool haveA = false;
    bool first = true;
    for (const Sample &it : samples) {
        if (first) {
            r.firstNs = r.lastNs = it.timeNs;
            first = false;
        }
        r.firstNs = qMin(r.firstNs, it.timeNs);
        r.lastNs = qMax(r.lastNs, it.timeNs);
        if (it.length == 0)
            continue;
        if (!haveA) {
            a = it.direction;
            haveA = true;
        }
        if (it.direction == a) {
            ++r.framesAtoB;
            r.bytesAtoB += it.length;
        } else {
            ++r.framesBtoA;
            r.bytesBtoA += it.length;
        }
    }
    return r;
}

QVector<ConversationListing::Row> ConversationListing::fromStore(const CaptureStore &store,
                                                                 qint64 *captureStartNs)
{
    QVector<Row> rows;
    qint64 start = store.eventCount() > 0 ? store.eventAt(0).timeNs : 0;
    const int count = store.conversationCount();
    rows.reserve(count);
    QVector<Sample> samples;
    for (int id = 1; id <= count; ++id) {
        const ConversationInfo info = store.conversation(quint32(id));
        samples.clear();
        samples.reserve(info.eventIndexes.size());
        Direction a = Direction::Unknown;
        bool haveA = false;
        for (int e : info.eventIndexes) {
            const EventIndexEntry &entry = store.eventAt(e);
            samples.append({entry.timeNs, Direction(entry.direction), entry.dataLength});
            if (!haveA && entry.dataLength > 0) {
                a = Direction(entry.direction);
                haveA = true;
            }
        }
        Row r = summarize(quint32(id), samples);
        // "Local" is the captured process's end: it sends what it writes.
        const bool localIsA = !haveA || a != Direction::Recv;
        r.addressA = endpoint(info, localIsA);
        r.addressB = endpoint(info, !localIsA);
        start = qMin(start, r.firstNs);
        rows.append(r);
    }
    if (captureStartNs)
        *captureStartNs = start;
    return rows;
}

QString ConversationListing::endpoint(const ConversationInfo &info, bool local)
{
    const QString &ip = local ? info.localIp : info.peerIp;
    if (!ip.isEmpty())
        return endpointText(ip, local ? info.localPort : info.peerPort);
    if (!local)
        return QStringLiteral("peer");
    QString name = info.processName.isEmpty() ? QStringLiteral("pid") : info.processName;
    if (info.pid >= 0)
        name += (info.processName.isEmpty() ? QStringLiteral(" ") : QStringLiteral(" pid ")) +
                QString::number(info.pid);
    if (info.fd >= 0)
        name += QStringLiteral(" fd ") + QString::number(info.fd);
    return name;
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
