// SPDX-License-Identifier: Apache-2.0
#include "core/stats/capture_statistics.h"

#include <algorithm>
#include <limits>

#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"
#include "core/http/http_fields.h"

namespace ecv {

namespace {

bool stopRequested(const CaptureStatistics::Request &r)
{
    return r.cancel && r.cancel->load(std::memory_order_relaxed);
}

/** The HTTP host a conversation's requests name (the first that names one), or "". */
QString hostOf(const HttpAnalysis::EntryPtr &entry)
{
    if (!entry)
        return {};
    for (const HttpMessage &m : entry->analysis.messages)
        if (m.isRequest && !m.host().isEmpty())
            return QString::fromUtf8(m.host());
    return {};
}

/** The Protocol column's word for a conversation with HTTP messages ("" without). */
QString protocolOf(const HttpAnalysis::EntryPtr &entry)
{
    if (!entry || entry->analysis.messages.isEmpty())
        return {};
    const bool http2 =
        std::any_of(entry->analysis.messages.cbegin(), entry->analysis.messages.cend(),
                    [](const HttpMessage &m) { return m.httpMajor == 2; });
    return HttpFields::protocolName(http2);
}

} // namespace

QVector<QPair<QString, QString>> CaptureStatistics::endpointsOf(const CaptureStore &store)
{
    QVector<QPair<QString, QString>> out;
    const int count = store.conversationCount();
    out.reserve(count);
    for (quint32 id = 1; id <= quint32(count); ++id) {
        const ConversationInfo info = store.conversation(id);
        out.append({ConversationListing::endpoint(info, true),
                    ConversationListing::endpoint(info, false)});
    }
    return out;
}

CaptureStatistics CaptureStatistics::collect(const Request &request)
{
    CaptureStatistics s;
    const CaptureReadHandle &capture = request.capture;
    const int count = capture.eventCount();
    const int conversations = capture.conversationCount();

    // Pass 1: which events count, the span, and per conversation its samples.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    QVector<int> counted;
    counted.reserve(count);
    for (int i = 0; i < count; ++i) {
        if ((i & 0xfff) == 0 && stopRequested(request)) {
            s.cancelled = true;
            return s;
        }
        if (request.include && !request.include(i))
            continue;
        const EventIndexEntry entry = capture.entry(i);
        first = qMin(first, entry.timeNs);
        last = qMax(last, entry.timeNs);
        counted.append(i);
    }
    s.events = int(counted.size());
    if (counted.isEmpty())
        return s;

    // HTTP per conversation (also the Host of the I/O graph's Host grouping).
    QVector<QString> hostOfConversation(conversations + 1);
    QVector<QString> protocolOfConversation(conversations + 1);
    QVector<bool> conversationCounted(conversations + 1, false);
    for (int i : counted)
        if (const quint32 id = capture.entry(i).conversationId; id > 0 && int(id) <= conversations)
            conversationCounted[int(id)] = true;
    if (request.http) {
        for (int id = 1; id <= conversations; ++id) {
            if (!conversationCounted[id])
                continue;
            if (stopRequested(request)) {
                s.cancelled = true;
                return s;
            }
            const HttpAnalysis::EntryPtr entry = request.http->analyze(capture, quint32(id));
            if (!entry)
                continue;
            hostOfConversation[id] = hostOf(entry);
            protocolOfConversation[id] = protocolOf(entry);
            if (!request.include) {
                s.http.add(entry->analysis);
                continue;
            }
            // Only the messages that begin in an event that passes.
            HttpCaptureAnalysis passing = entry->analysis;
            passing.messages.clear();
            for (const HttpMessage &m : entry->analysis.messages)
                if (m.firstItem >= 0 && m.firstItem < entry->items.size() &&
                    request.include(entry->items[m.firstItem].eventIndex))
                    passing.messages.append(m);
            s.http.add(passing);
        }
    }

    // Pass 2: tables and the graph.
    s.captureStartNs = first;
    s.captureEndNs = last;
    const qint64 interval =
        request.intervalNs > 0 ? request.intervalNs : IoGraph::niceInterval(last - first);
    s.io = IoGraph(first, interval);
    QVector<QVector<ConversationListing::Sample>> samples(conversations + 1);
    for (int i : counted) {
        const EventIndexEntry entry = capture.entry(i);
        const CapturedEvent indexed = capture.indexedEvent(i);
        s.traffic.add(indexed, entry.dataLength, entry.conversationId);
        const quint32 id = entry.conversationId;
        const bool known = id > 0 && int(id) <= conversations;
        if (known)
            samples[int(id)].append({entry.timeNs, Direction(entry.direction), entry.dataLength});
        QString group;
        switch (request.group) {
        case Group::None:
            break;
        case Group::Process:
            group = indexed.processName;
            break;
        case Group::Host:
            group = known ? hostOfConversation[int(id)] : QString();
            if (!group.isEmpty())
                break;
            [[fallthrough]];
        case Group::Address:
            if (known && int(id) <= request.conversationEndpoints.size())
                group = request.conversationEndpoints[int(id) - 1].second;
            break;
        }
        s.io.add(entry.timeNs, entry.dataLength, group);
    }
    for (int id = 1; id <= conversations; ++id) {
        if (samples[id].isEmpty())
            continue;
        ConversationListing::Row row = ConversationListing::summarize(quint32(id), samples[id]);
        if (id <= request.conversationEndpoints.size()) {
            // A is the sender of the first data event: the local end unless it first received.
            Direction a = Direction::Unknown;
            for (const auto &sample : samples[id])
                if (sample.length > 0) {
                    a = sample.direction;
                    break;
                }
            const auto &ends = request.conversationEndpoints[id - 1];
            const bool localIsA = a != Direction::Recv;
            row.addressA = localIsA ? ends.first : ends.second;
            row.addressB = localIsA ? ends.second : ends.first;
        }
        row.protocol = protocolOfConversation[id];
        s.captureStartNs = qMin(s.captureStartNs, row.firstNs);
        s.conversations.append(row);
    }
    return s;
}

} // namespace ecv
