// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_conversations.h"

#include "core/stream/conversation_listing.h"
#include "core/stream/follow_stream.h"
#include "tools/terminal_text.h"

namespace ecv::dump {

namespace {

bool isFollowProtocol(const QString &name)
{
    static const QStringList names = {QStringLiteral("tcp"), QStringLiteral("tls"),
                                      QStringLiteral("ssl"), QStringLiteral("http"),
                                      QStringLiteral("http2")};
    return names.contains(name);
}

} // namespace

QByteArray conversationsReport(const DumpCapture &capture, const QStringList &args, QString *error)
{
    if (args.size() > 1 || (args.size() == 1 && !isFollowProtocol(args.first().trimmed()))) {
        *error = QStringLiteral("expected conv or conv,tcp");
        return {};
    }
    qint64 captureStart = 0;
    const QVector<ConversationListing::Row> rows =
        ConversationListing::fromStore(capture.store, &captureStart);
    // Process names name endpoints when the tuple is unknown: they come from the stream.
    return terminal::safeUtf8(ConversationListing::text(rows, captureStart),
                              terminal::Layout::Lines);
}

QByteArray followReport(const DumpCapture &capture, const QStringList &args, QString *error)
{
    const CaptureStore &store = capture.store;
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
    const HttpAnalysis::EntryPtr entry = capture.http.entry(quint32(id));
    const QVector<FollowStream::Segment> segments =
        FollowStream::segments(entry->items, entry->analysis.itemBytes);
    const bool localFirst =
        segments.isEmpty() || entry->items.at(segments.first().item).direction != Direction::Recv;
    // Node lines may name a process; ASCII mode keeps the payload's CR LF but no lone CR.
    return terminal::safeUtf8(
        FollowStream::text(segments, mode, ConversationListing::endpoint(info, localFirst),
                           ConversationListing::endpoint(info, !localFirst), id),
        terminal::Layout::Lines);
}

} // namespace ecv::dump
