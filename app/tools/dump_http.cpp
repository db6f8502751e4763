// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_http.h"

#include <QHash>

#include "core/stream/conversation_listing.h"
#include "core/stream/follow_stream.h"
#include "tools/terminal_text.h"

namespace ecv::dump {

namespace {

/**
 * Per-store HTTP results of the conversations being printed. Events are printed in order, so a
 * conversation's fields are kept from its first printed event to its last one, then dropped.
 */
class HttpFieldState
{
public:
    explicit HttpFieldState(const CaptureStore &store)
        : m_store(store)
    {}

    HttpEventFields fields(int index)
    {
        if (index < 0 || index >= m_store.eventCount())
            return {};
        const quint32 id = m_store.eventAt(index).conversationId;
        if (id == 0)
            return {};
        Conversation &c = m_conversations[id];
        // Newer than the last dissection (live capture), or asked again after the fields were
        // dropped: dissect the conversation as it is now.
        if (index > c.lastEvent || c.dropped)
            analyze(id, c);
        const HttpEventFields f = c.fields.value(index);
        if (index >= c.lastEvent) {
            c.fields.clear();
            c.fields.squeeze();
            c.dropped = true;
        }
        return f;
    }

private:
    struct Conversation
    {
        int lastEvent = -1;                 ///< newest event index the dissection covered
        bool dropped = false;               ///< fields released after the last event
        QHash<int, HttpEventFields> fields; ///< events with an HTTP protocol/info only
    };

    void analyze(quint32 id, Conversation &c)
    {
        const QVector<int> indexes = m_store.conversationEventIndexes(id);
        QVector<HttpDissector::Item> items;
        items.reserve(indexes.size());
        for (int i : indexes)
            items.append(HttpDissector::itemFromEvent(m_store.event(i), i));
        const HttpCaptureAnalysis analysis = HttpDissector::analyze(items);
        c.fields.clear();
        for (int i = 0; i < items.size(); ++i) {
            HttpEventFields f = HttpFields::forItem(analysis, items, i);
            if (f.present || !f.protocol.isEmpty())
                c.fields.insert(items[i].eventIndex, std::move(f));
        }
        c.lastEvent = indexes.isEmpty() ? -1 : indexes.last();
        c.dropped = false;
    }

    const CaptureStore &m_store;
    QHash<quint32, Conversation> m_conversations;
};

/** The state of @p store, created on first use and deleted with the store (or its reset). */
HttpFieldState &stateOf(const CaptureStore &store)
{
    static QHash<const CaptureStore *, HttpFieldState *> states;
    HttpFieldState *&state = states[&store];
    if (!state) {
        state = new HttpFieldState(store);
        const CaptureStore *key = &store;
        const auto forget = [key] { delete states.take(key); };
        QObject::connect(&store, &QObject::destroyed, forget);
        QObject::connect(&store, &CaptureStore::cleared, forget);
    }
    return *state;
}

QString hostPort(const QString &ip, qint32 port)
{
    const QString host =
        ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip;
    return port >= 0 ? host + QLatin1Char(':') + QString::number(port) : host;
}

bool isFollowProtocol(const QString &name)
{
    static const QStringList names = {QStringLiteral("tcp"), QStringLiteral("tls"),
                                      QStringLiteral("ssl"), QStringLiteral("http"),
                                      QStringLiteral("http2")};
    return names.contains(name);
}

} // namespace

HttpEventFields httpFields(const CaptureStore &store, int index)
{
    return stateOf(store).fields(index);
}

void addHttpFields(const CaptureStore &store, int index, const CapturedEvent &, QJsonObject &object)
{
    const QJsonObject http = httpFields(store, index).toJson();
    for (auto it = http.begin(); it != http.end(); ++it)
        object.insert(it.key(), it.value());
}

QString conversationEndpoint(const ConversationInfo &info, bool local)
{
    const QString &ip = local ? info.localIp : info.peerIp;
    if (!ip.isEmpty())
        return hostPort(ip, local ? info.localPort : info.peerPort);
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

QByteArray conversationsReport(const CaptureStore &store, const QStringList &args, QString *error)
{
    if (args.size() > 1 || (args.size() == 1 && !isFollowProtocol(args.first().trimmed()))) {
        *error = QStringLiteral("expected conv or conv,tcp");
        return {};
    }
    QVector<ConversationListing::Row> rows;
    // tshark's "Relative Start" counts from the first frame: here the first event, or an
    // earlier conversation start (eCapture may stamp events out of order).
    qint64 captureStart = store.eventCount() > 0 ? store.eventAt(0).timeNs : 0;
    const int count = store.conversationCount();
    rows.reserve(count);
    for (int id = 1; id <= count; ++id) {
        const ConversationInfo info = store.conversation(quint32(id));
        // ConversationListing::summarize's rules from the index alone (no payload read back):
        // A is the sender of the first event with data.
        ConversationListing::Row r;
        r.id = quint32(id);
        bool haveA = false;
        quint32 a = 0;
        bool first = true;
        for (int e : info.eventIndexes) {
            const EventIndexEntry &entry = store.eventAt(e);
            if (first) {
                r.firstNs = r.lastNs = entry.timeNs;
                first = false;
            }
            r.firstNs = qMin(r.firstNs, entry.timeNs);
            r.lastNs = qMax(r.lastNs, entry.timeNs);
            if (entry.dataLength == 0)
                continue;
            if (!haveA) {
                a = entry.direction;
                haveA = true;
            }
            if (entry.direction == a) {
                ++r.framesAtoB;
                r.bytesAtoB += entry.dataLength;
            } else {
                ++r.framesBtoA;
                r.bytesBtoA += entry.dataLength;
            }
        }
        // "Local" is the captured process's end: it sends what it writes.
        const bool localIsA = !haveA || Direction(a) != Direction::Recv;
        r.addressA = conversationEndpoint(info, localIsA);
        r.addressB = conversationEndpoint(info, !localIsA);
        rows.append(r);
    }
    for (const ConversationListing::Row &r : rows)
        captureStart = qMin(captureStart, r.firstNs);
    // Process names name endpoints when the tuple is unknown: they come from the stream.
    return terminal::safeUtf8(ConversationListing::text(rows, captureStart),
                              terminal::Layout::Lines);
}

QByteArray followReport(const CaptureStore &store, const QStringList &args, QString *error)
{
    FollowStream::Mode mode = FollowStream::Mode::Ascii;
    QString number;
    if (args.size() == 1) {
        number = args.first().trimmed();
    } else if (args.size() == 3 && isFollowProtocol(args.at(0).trimmed())) {
        const QString m = args.at(1).trimmed();
        if (m == QLatin1String("ascii"))
            mode = FollowStream::Mode::Ascii;
        else if (m == QLatin1String("hex"))
            mode = FollowStream::Mode::Hex;
        else if (m == QLatin1String("raw"))
            mode = FollowStream::Mode::Raw;
        else {
            *error = QStringLiteral("unknown mode %1 (ascii, hex, raw)").arg(m);
            return {};
        }
        number = args.at(2).trimmed();
    } else {
        *error = QStringLiteral("expected follow,N or follow,tcp,ascii|hex|raw,N");
        return {};
    }
    bool ok = false;
    const int id = number.toInt(&ok);
    if (!ok || id < 1 || id > store.conversationCount()) {
        *error = store.conversationCount() == 0
                     ? QStringLiteral("no conversation %1: the capture has none").arg(number)
                     : QStringLiteral("no conversation %1 (1 … %2; see -z conv)")
                           .arg(number)
                           .arg(store.conversationCount());
        return {};
    }
    const ConversationInfo info = store.conversation(quint32(id));
    QVector<HttpDissector::Item> items;
    items.reserve(info.eventIndexes.size());
    for (int i : info.eventIndexes)
        items.append(HttpDissector::itemFromEvent(store.event(i), i));
    // The dissector's item bytes: hex.Dump text eCapture sent is shown as the bytes it stands for.
    const HttpCaptureAnalysis analysis = HttpDissector::analyze(items);
    const QVector<FollowStream::Segment> segments =
        FollowStream::segments(items, analysis.itemBytes);
    const bool localFirst =
        segments.isEmpty() || items.at(segments.first().item).direction != Direction::Recv;
    // Node lines may name a process; ASCII mode keeps the payload's CR LF but no lone CR.
    return terminal::safeUtf8(FollowStream::text(segments, mode,
                                                 conversationEndpoint(info, localFirst),
                                                 conversationEndpoint(info, !localFirst), id),
                              terminal::Layout::Lines);
}

} // namespace ecv::dump
