// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_dissector.h"

#include <QCoreApplication>

#include "core/http/h2/http2_dissection.h"
#include "core/http/h2/http2_frame_parser.h"
#include "core/http/http1_parser.h"
#include "core/http/http_byte_run.h"
#include "core/wire/hex_dump_text.h"
#include "core/wire/saturating_arithmetic.h"

#include <QHash>

#include <algorithm>

namespace ecv {

namespace {

using Item = HttpDissector::Item;

/** Header sections of the eCapture-framed messages seen so far -> the first message with it. */
using FramedSeen = QHash<QByteArray, int>;

QByteArray headerSectionKey(const HttpMessage &m)
{
    // Length-prefixed, so no name or value can make two different sections equal.
    QByteArray key = QByteArray::number(m.startLine.size()) + ':' + m.startLine;
    for (const HttpHeaderField &f : m.headers)
        key += QByteArray::number(f.name.size()) + ':' + f.name +
               QByteArray::number(f.value.size()) + ':' + f.value;
    return key;
}

struct Pending
{
    int message = -1;
    qint64 remaining = 0;
};

class Dissection
{
public:
    Dissection(const QVector<Item> &items, const HttpDissector::Options &opt)
        : m_items(items)
        , m_opt(opt)
        , m_budget(opt.heldBodyLimit)
    {
        m_out.itemBytes.resize(items.size());
        for (int i = 0; i < items.size(); ++i) {
            const Item &it = items[i];
            if (it.format == PayloadFormat::HexDumpText)
                m_out.itemBytes[i] = HexDumpText::decode(it.data);
            else
                m_out.itemBytes[i] = it.data;
            m_slots[slotOf(it.direction)].append(i);
        }
    }

    HttpCaptureAnalysis run()
    {
        m_out.captureOpen = m_opt.captureOpen;
        bool anyText = false;
        for (const Item &it : m_items)
            anyText = anyText || it.format == PayloadFormat::Http2Rendering;
        if (anyText || rawHttp2())
            dissectHttp2();
        else
            dissectHttp1();
        m_out.messagesByItem.resize(m_items.size());
        for (int i = 0; i < m_out.messages.size(); ++i) {
            const HttpMessage &m = m_out.messages[i];
            for (const auto *v : {&m.headerRanges, &m.bodyRanges})
                for (const HttpByteRange &r : *v)
                    if (r.item >= 0 && r.item < m_items.size() &&
                        (m_out.messagesByItem[r.item].isEmpty() ||
                         m_out.messagesByItem[r.item].last() != i))
                        m_out.messagesByItem[r.item].append(i);
        }
        return m_out;
    }

private:
    static int slotOf(Direction d)
    {
        return d == Direction::Send ? 0 : d == Direction::Recv ? 1 : 2;
    }
    static Direction dirOf(int slot)
    {
        return slot == 0 ? Direction::Send : slot == 1 ? Direction::Recv : Direction::Unknown;
    }
    bool isRawItem(int i) const
    {
        const PayloadFormat f = m_items[i].format;
        return f == PayloadFormat::Raw || f == PayloadFormat::HexDumpText;
    }

    HttpByteRun rawRun(int slot) const
    {
        HttpByteRun r;
        for (int i : m_slots[slot])
            if (isRawItem(i))
                r.append(i, m_out.itemBytes[i]);
        return r;
    }

    void place(HttpMessage &m, Direction dir) const
    {
        m.direction = dir;
        int first = -1;
        int last = -1;
        for (const auto *v : {&m.headerRanges, &m.bodyRanges})
            for (const HttpByteRange &r : *v) {
                if (first < 0 || (v == &m.headerRanges && r.item < first))
                    first = first < 0 ? r.item : std::min(first, r.item);
                last = std::max(last, r.item);
            }
        if (!m.headerRanges.isEmpty())
            first = m.headerRanges.first().item;
        m.firstItem = first;
        m.lastItem = last;
        if (first >= 0)
            m.firstTimeNs = m_items[first].timeNs;
        if (last >= 0)
            m.lastTimeNs = m_items[last].timeNs;
    }

    // ---- HTTP/1 -----------------------------------------------------------------------------

    bool slotIsResponseSide(int slot) const
    {
        for (int i : m_slots[slot]) {
            const QByteArray &b = m_out.itemBytes[i];
            qint64 p = 0;
            while (p < b.size() && (b[p] == '\r' || b[p] == '\n'))
                ++p;
            if (p >= b.size())
                continue;
            if (b.mid(p, 5) == "HTTP/")
                return true;
            if (Http1Parser::startsMessage(b, p))
                return false;
        }
        return false;
    }

    QByteArray nextRequestMethod()
    {
        if (m_methodCursor < m_requestMethods.size())
            return m_requestMethods[m_methodCursor];
        return {};
    }

    void addHttp1Message(Http1Parser::Result &res, const HttpByteRun &run, Direction dir,
                         bool isResponse, FramedSeen &framedSeen)
    {
        HttpMessage &m = res.message;
        m.headerRanges = run.map(res.begin, res.headerEnd);
        m.bodyRanges = run.map(res.headerEnd, res.bodyEnd);
        place(m, dir);
        if (m.ecaptureFramed) {
            // The first earlier message with this very header section (one hash lookup, not a
            // scan of every earlier message).
            const QByteArray key = headerSectionKey(m);
            const auto seen = framedSeen.constFind(key);
            if (seen != framedSeen.cend()) {
                m.notes << QCoreApplication::translate(
                               "ecv::HttpDissector",
                               "repeats the header section of frame %1 "
                               "(eCapture flushed it again); shown on its own")
                               .arg(m_items[m_out.messages[*seen].firstItem].frameNumber);
            } else {
                framedSeen.insert(key, int(m_out.messages.size()));
            }
        }
        if (isResponse && !m.isRequest && !m.interim)
            ++m_methodCursor;
        if (!isResponse && m.isRequest)
            m_requestMethods.append(m.method);
        m_budget.settle(m, int(m_out.messages.size()));
        m_out.messages.append(m);
    }

    void parseRun(const HttpByteRun &run, Direction dir, bool isResponse, Pending &pending,
                  FramedSeen &framedSeen)
    {
        qint64 pos = 0;
        const QByteArray &b = run.bytes;
        if (pending.message >= 0 && pending.remaining > 0 && !Http1Parser::startsMessage(b, 0)) {
            const qint64 take = std::min<qint64>(pending.remaining, b.size());
            HttpMessage &m = m_out.messages[pending.message];
            m.wireBody += b.left(take);
            m.wireBodyLength += take;
            m.bodyRanges += run.map(0, take);
            pending.remaining -= take;
            m.notes.removeIf(
                [](const QString &n) { return n.startsWith(QLatin1String("truncated:")); });
            m.notes << QCoreApplication::translate("ecv::HttpDissector",
                                                   "body continues in later event(s)");
            if (pending.remaining > 0)
                m.notes << QCoreApplication::translate("ecv::HttpDissector",
                                                       "truncated: %1 of %2 bytes")
                               .arg(m.wireBody.size())
                               .arg(m.declaredLength);
            m.bodyTruncated = pending.remaining > 0;
            Http1Parser::decodeBody(m, m_opt.decodeCap);
            m_budget.settle(m, pending.message);
            place(m, dir);
            pos = take;
        }
        pending = {};
        // Only the event boundaries where a new message starts matter to the parser; finding
        // them once keeps each message's look-ahead O(log n) (the parser checks them again).
        QVector<qint64> bounds;
        for (qint64 at : run.boundaries())
            if (Http1Parser::startsMessage(b, at))
                bounds.append(at);
        while (pos < b.size()) {
            Http1Parser::Options o;
            o.eventBoundaries = bounds;
            o.decodeCap = m_opt.decodeCap;
            if (isResponse)
                o.requestMethod = nextRequestMethod();
            Http1Parser::Result res = Http1Parser::parse(b, pos, o);
            if (res.status == Http1Parser::Status::NotHttp) {
                const auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), pos);
                const qint64 next = it == bounds.cend() ? b.size() : *it;
                bool blank = true;
                for (qint64 i = pos; i < next && blank; ++i)
                    blank = b[i] == '\r' || b[i] == '\n';
                const int at = run.map(pos, pos + 1).value(0).item;
                if (!blank && at >= 0)
                    m_out.notes << QStringLiteral("%1 bytes in frame %2 are not HTTP")
                                       .arg(next - pos)
                                       .arg(m_items[at].frameNumber);
                pos = next;
                continue;
            }
            const qint64 remaining = res.bodyRemaining;
            const qint64 end = std::max(res.bodyEnd, res.begin + 1);
            addHttp1Message(res, run, dir, isResponse, framedSeen);
            if (remaining > 0)
                pending = {int(m_out.messages.size() - 1), remaining};
            pos = end;
        }
    }

    void parseHttp1Slot(int slot, bool isResponse)
    {
        const Direction dir = dirOf(slot);
        const qsizetype firstMessage = m_out.messages.size();
        Pending pending;
        FramedSeen framedSeen;
        HttpByteRun run;
        for (int i : m_slots[slot]) {
            if (isRawItem(i)) {
                run.append(i, m_out.itemBytes[i]);
                continue;
            }
            if (!run.isEmpty()) {
                parseRun(run, dir, isResponse, pending, framedSeen);
                run = HttpByteRun();
            }
            if (m_items[i].format != PayloadFormat::Http1Message)
                continue;
            HttpByteRun one;
            one.append(i, m_out.itemBytes[i]);
            Http1Parser::Options o;
            o.ecaptureFramed = true;
            o.decodeCap = m_opt.decodeCap;
            if (isResponse)
                o.requestMethod = nextRequestMethod();
            Http1Parser::Result res = Http1Parser::parse(one.bytes, 0, o);
            if (res.status == Http1Parser::Status::NotHttp) {
                m_out.notes << QCoreApplication::translate(
                                   "ecv::HttpDissector",
                                   "frame %1: eCapture HTTP/1 event without an HTTP "
                                   "start line")
                                   .arg(m_items[i].frameNumber);
                continue;
            }
            const qint64 remaining = res.bodyRemaining;
            addHttp1Message(res, one, dir, isResponse, framedSeen);
            pending =
                remaining > 0 ? Pending{int(m_out.messages.size() - 1), remaining} : Pending{};
        }
        if (!run.isEmpty())
            parseRun(run, dir, isResponse, pending, framedSeen);
        // The direction's last message may still grow when its body is cut short here.
        if (m_out.messages.size() > firstMessage) {
            HttpMessage &last = m_out.messages.last();
            last.bodyMayContinue = last.bodyTruncated && !last.noBodyByRule;
        }
    }

    void dissectHttp1()
    {
        QVector<int> requestSlots;
        QVector<int> responseSlots;
        for (int s = 0; s < 3; ++s) {
            if (m_slots[s].isEmpty())
                continue;
            (slotIsResponseSide(s) ? responseSlots : requestSlots).append(s);
        }
        for (int s : requestSlots)
            parseHttp1Slot(s, false);
        for (int s : responseSlots)
            parseHttp1Slot(s, true);
        pairHttp1();
    }

    void pairHttp1()
    {
        QVector<int> requests;
        QVector<int> finals;
        QVector<QVector<int>> interimsBefore;
        QVector<int> pendingInterim;
        for (int i = 0; i < m_out.messages.size(); ++i) {
            const HttpMessage &m = m_out.messages[i];
            if (m.isRequest) {
                requests.append(i);
            } else if (m.interim) {
                pendingInterim.append(i);
            } else {
                finals.append(i);
                interimsBefore.append(pendingInterim);
                pendingInterim.clear();
            }
        }
        const qsizetype n = std::max(requests.size(), finals.size());
        for (qsizetype k = 0; k < n; ++k) {
            HttpExchange x;
            x.request = k < requests.size() ? requests[k] : -1;
            x.response = k < finals.size() ? finals[k] : -1;
            if (k < finals.size())
                x.interim = interimsBefore[k];
            if (x.request >= 0 && x.response >= 0)
                x.timeNs = saturatingSub(m_out.messages[x.response].firstTimeNs,
                                         m_out.messages[x.request].firstTimeNs);
            const int xi = int(m_out.exchanges.size());
            m_out.exchanges.append(x);
            for (int idx : {x.request, x.response})
                if (idx >= 0)
                    m_out.messages[idx].exchange = xi;
            for (int idx : x.interim)
                m_out.messages[idx].exchange = xi;
        }
        if (!pendingInterim.isEmpty()) {
            HttpExchange x;
            if (requests.size() > finals.size())
                x.request = requests[finals.size()];
            x.interim = pendingInterim;
            const int xi = x.request >= 0 ? m_out.messages[x.request].exchange : -1;
            if (xi >= 0) {
                m_out.exchanges[xi].interim += pendingInterim;
                for (int idx : pendingInterim)
                    m_out.messages[idx].exchange = xi;
            }
        }
    }

    // ---- HTTP/2 -----------------------------------------------------------------------------

    bool rawHttp2() const
    {
        QVector<HttpByteRun> runs;
        for (int s = 0; s < 3; ++s)
            runs.append(rawRun(s));
        return Http2Dissection::looksLikeRawHttp2(runs);
    }

    void dissectHttp2()
    {
        Http2Dissection::Input in;
        in.items = &m_items;
        in.itemBytes = &m_out.itemBytes;
        for (int s = 0; s < 3; ++s) {
            in.directionItems[s] = m_slots[s];
            in.runs[s] = rawRun(s);
        }
        Http2Dissection::run(in, m_opt, m_budget, m_out);
    }

    const QVector<Item> &m_items;
    HttpDissector::Options m_opt;
    DecodedBodyBudget m_budget;
    HttpCaptureAnalysis m_out;
    QVector<int> m_slots[3];
    QVector<QByteArray> m_requestMethods;
    int m_methodCursor = 0;
};

} // namespace

int HttpCaptureAnalysis::firstMessageStartingIn(int item, bool skipInterim) const
{
    int best = -1;
    qint64 bestOffset = 0;
    for (int i : messagesByItem.value(item)) {
        const HttpMessage &m = messages[i];
        if (m.firstItem != item || (skipInterim && m.interim))
            continue;
        const qint64 off = m.headerRanges.isEmpty()
                               ? (m.bodyRanges.isEmpty() ? 0 : m.bodyRanges.first().begin)
                               : m.headerRanges.first().begin;
        if (best < 0 || off < bestOffset) {
            best = i;
            bestOffset = off;
        }
    }
    return best;
}

QVector<int> HttpCaptureAnalysis::messagesTouching(int item) const
{
    return messagesByItem.value(item);
}

int HttpCaptureAnalysis::pairedMessage(int message) const
{
    if (message < 0 || message >= messages.size())
        return -1;
    const int xi = messages[message].exchange;
    if (xi < 0)
        return -1;
    const HttpExchange &x = exchanges[xi];
    if (x.request == message)
        return x.response;
    if (x.response == message || x.interim.contains(message))
        return x.request;
    return -1;
}

HttpDissector::Item HttpDissector::itemFromEvent(const CapturedEvent &e, int eventIndex)
{
    Item it;
    it.eventIndex = eventIndex;
    it.frameNumber = e.frameNumber;
    it.timeNs = e.timeNs;
    it.direction = e.direction;
    it.format = e.format;
    it.ecaptureType = e.ecaptureType;
    it.data = e.data;
    return it;
}

HttpCaptureAnalysis HttpDissector::analyze(const QVector<Item> &items)
{
    return analyze(items, Options());
}

HttpCaptureAnalysis HttpDissector::analyze(const QVector<Item> &items, const Options &options)
{
    return Dissection(items, options).run();
}

} // namespace ecv
