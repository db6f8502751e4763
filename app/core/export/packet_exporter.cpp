// SPDX-License-Identifier: Apache-2.0
#include "core/export/packet_exporter.h"

#include <algorithm>
#include <limits>

#include "core/capture/conversation_tracker.h"
#include "core/export/export_comments.h"
#include "core/export/http1_reframer.h"
#include "core/http/h2/http2_dissection.h"
#include "core/http/http1_parser.h"
#include "core/http/http_dissector.h"
#include "core/wire/hex_dump_text.h"

namespace ecv {

namespace {

using Side = TcpConnectionSynthesizer::Side;
using Kind = TcpConnectionSynthesizer::PacketKind;

const QByteArray &http2Preface()
{
    static const QByteArray preface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    return preface;
}

bool isRawFormat(PayloadFormat f)
{
    return f == PayloadFormat::Raw || f == PayloadFormat::HexDumpText;
}

qsizetype skipEmptyLines(const QByteArray &b)
{
    qsizetype p = 0;
    while (p < b.size() && (b[p] == '\r' || b[p] == '\n'))
        ++p;
    return p;
}

bool startsResponse(const QByteArray &b)
{
    const qsizetype p = skipEmptyLines(b);
    return b.mid(p, 5) == "HTTP/" && Http1Parser::startsMessage(b, p);
}

bool startsRequest(const QByteArray &b)
{
    return b.startsWith(http2Preface()) ||
           (!startsResponse(b) && Http1Parser::startsMessage(b, skipEmptyLines(b)));
}

Direction opposite(Direction d)
{
    return d == Direction::Send   ? Direction::Recv
           : d == Direction::Recv ? Direction::Send
                                  : Direction::Unknown;
}

QByteArray wireBytes(const CapturedEvent &e)
{
    return e.format == PayloadFormat::HexDumpText ? HexDumpText::decode(e.data) : e.data;
}

PcapngWriter::Direction packetDirection(Direction d)
{
    return d == Direction::Send   ? PcapngWriter::Direction::Outbound
           : d == Direction::Recv ? PcapngWriter::Direction::Inbound
                                  : PcapngWriter::Direction::Unknown;
}

} // namespace

struct PacketExporter::Held
{
    CapturedEvent event;
    QByteArray bytes; ///< what goes on the wire before reframing (hex.Dump decoded)
    int eventIndex = -1;
    qint64 arrivedMs = 0;
    quint64 sequence = 0;
    bool framedRequest = false;  ///< eCapture type 1/2 message
    bool framedResponse = false; ///< eCapture type 3/4 message
    qint64 bodyRemaining = 0;    ///< type 1/3: Content-Length bytes not in this event
};

struct PacketExporter::Conversation
{
    quint32 id = 0;
    bool rolesKnown = false;
    Direction clientDirection = Direction::Unknown; ///< direction of the client's bytes
    std::unique_ptr<TcpConnectionSynthesizer> tcp;
    bool hintChecked = false;
    int framedRequestsWritten = 0;
    int framedResponsesWritten = 0;
    int eventsSeen = 0;
    QList<Held> queue[2]; ///< waiting events per side (0 = client, 1 = server)
    qint64 lastTimeNs = std::numeric_limits<qint64>::min();
    qint64 pid = -1;
    qint32 fd = -1;
    QString processName;
    bool closePending = false;
    qint64 closeTimeNs = 0;
    int closeEvent = -1;

    PcapngWriter::Direction directionOf(Side side) const
    {
        const Direction d = side == Side::Client ? clientDirection : opposite(clientDirection);
        return packetDirection(d);
    }
    bool idle() const { return queue[0].isEmpty() && queue[1].isEmpty(); }
};

qint64 PacketExporter::Counts::leftOutTotal() const
{
    qint64 n = 0;
    for (qint64 v : leftOut)
        n += v;
    return n;
}

PacketExporter::PacketExporter(PacketSink *sink, Options options)
    : m_sink(sink)
    , m_options(options)
{}

PacketExporter::~PacketExporter() = default;

QString PacketExporter::errorString() const
{
    return m_error;
}

void PacketExporter::expect(quint32 conversationId, Expectation expectation)
{
    m_expected.insert(conversationId, expectation);
}

int PacketExporter::http2HintPort(const CapturedEvent &e)
{
    if (e.kind != EventKind::Data || !isRawFormat(e.format) || !ConversationTracker::hasTuple(e))
        return -1;
    const QByteArray bytes = wireBytes(e);
    int port = -1;
    if (bytes.startsWith(http2Preface())) {
        port = e.dstPort; // the client sends the preface (RFC 9113 §3.4)
    } else {
        HttpByteRun run;
        run.append(0, bytes);
        if (!Http2Dissection::looksLikeRawHttp2({run}))
            return -1;
        port = qMin(e.srcPort, e.dstPort); // frames without a preface: guess the lower port
    }
    return port == 80 ? -1 : port;
}

QString PacketExporter::http2HintComment(const QList<int> &ports)
{
    QStringList options;
    QStringList list;
    for (int p : ports) {
        options << QStringLiteral("-d tcp.port==%1,http2").arg(p);
        list << QString::number(p);
    }
    return QStringLiteral("Raw HTTP/2 on TCP port %1, which Wireshark does not dissect as HTTP/2 "
                          "by itself: open with `tshark %2` (Wireshark: Analyze > Decode As… > "
                          "TCP port, HTTP2).")
        .arg(list.join(QStringLiteral(", ")), options.join(QLatin1Char(' ')));
}

PacketExporter::Conversation &PacketExporter::conversationFor(const CapturedEvent &e,
                                                              quint32 conversationId)
{
    if (conversationId == 0) {
        // Data no key could place (no tuple, fd or uuid): one connection per process.
        quint32 &fallback = m_fallbackByPid[e.pid];
        if (fallback == 0)
            fallback = m_nextFallbackId++;
        conversationId = fallback;
    }
    std::shared_ptr<Conversation> &slot = m_conversations[conversationId];
    if (!slot) {
        slot = std::make_shared<Conversation>();
        slot->id = conversationId;
        slot->pid = e.pid;
        slot->fd = e.fd;
        slot->processName = e.processName;
    }
    return *slot;
}

Side PacketExporter::sideOf(Conversation &c, const CapturedEvent &e)
{
    const bool framed =
        e.format == PayloadFormat::Http1Message || e.format == PayloadFormat::Http2Rendering;
    const QByteArray bytes = isRawFormat(e.format) ? wireBytes(e) : QByteArray();
    const bool response = framed ? (e.ecaptureType == 3 || e.ecaptureType == 4)
                                 : isRawFormat(e.format) && startsResponse(bytes);
    const bool request =
        framed ? (e.ecaptureType == 1 || e.ecaptureType == 2) : startsRequest(bytes);
    if (!c.rolesKnown) {
        c.rolesKnown = true;
        c.clientDirection = response ? opposite(e.direction) : e.direction;
        return response ? Side::Server : Side::Client;
    }
    if (c.clientDirection == Direction::Unknown && e.direction != Direction::Unknown &&
        (request || response))
        c.clientDirection = response ? opposite(e.direction) : e.direction;
    if (e.direction != Direction::Unknown && c.clientDirection != Direction::Unknown)
        return e.direction == c.clientDirection ? Side::Client : Side::Server;
    return response ? Side::Server : Side::Client;
}

bool PacketExporter::add(const CapturedEvent &e, int eventIndex, quint32 conversationId,
                         qint64 nowMs)
{
    if (failed())
        return false;
    ++m_counts.events;
    if (e.kind == EventKind::Connect || e.kind == EventKind::SocketDestroy)
        closeMatching(e);
    if (e.kind != EventKind::Data || e.data.isEmpty())
        return writeNote(e, eventIndex);

    Conversation &c = conversationFor(e, conversationId);
    ++c.eventsSeen;
    const int side = sideOf(c, e) == Side::Client ? 0 : 1;
    Held h;
    h.event = e;
    h.bytes = wireBytes(e);
    h.eventIndex = eventIndex;
    h.arrivedMs = nowMs;
    h.sequence = m_sequence++;
    if (e.format == PayloadFormat::Http1Message || e.format == PayloadFormat::Http2Rendering) {
        h.framedRequest = e.ecaptureType == 1 || e.ecaptureType == 2;
        h.framedResponse = e.ecaptureType == 3 || e.ecaptureType == 4;
    }
    if (e.format == PayloadFormat::Http1Message) {
        const Http1Reframer::Result r = Http1Reframer::reframe(h.bytes);
        if (r.isHttp && !r.chunkFramed && r.declaredLength > r.bodyInInput)
            h.bodyRemaining = r.declaredLength - r.bodyInInput;
    }
    c.queue[side].push_back(std::move(h));
    return pump(c, nowMs);
}

bool PacketExporter::ready(const Conversation &c, const Held &h, int side, qint64 nowMs) const
{
    if (m_finishing || (m_options.holdMs >= 0 && nowMs - h.arrivedMs >= m_options.holdMs))
        return true;
    const Expectation x = m_expected.value(c.id);
    if (h.framedResponse && c.framedRequestsWritten <= c.framedResponsesWritten &&
        !(x.framedRequests >= 0 && c.framedRequestsWritten >= x.framedRequests))
        return false; // its request has not been written yet
    if (h.bodyRemaining > 0) {
        if (x.events >= 0 && c.eventsSeen >= x.events)
            return true; // nothing more will come
        qint64 have = 0;
        const QList<Held> &q = c.queue[side];
        for (auto it = q.begin() + 1; it != q.end(); ++it) {
            if (!isRawFormat(it->event.format) || startsRequest(it->bytes) ||
                startsResponse(it->bytes))
                return true; // the body stopped there
            have += it->bytes.size();
            if (have >= h.bodyRemaining)
                return true;
        }
        return false;
    }
    return true;
}

bool PacketExporter::pump(Conversation &c, qint64 nowMs)
{
    while (!failed()) {
        int pick = -1;
        for (int s = 0; s < 2; ++s) {
            if (c.queue[s].isEmpty() || !ready(c, c.queue[s].front(), s, nowMs))
                continue;
            if (pick < 0 || c.queue[s].front().sequence < c.queue[pick].front().sequence)
                pick = s;
        }
        if (pick < 0)
            break;
        if (!writeHeld(c, pick))
            return false;
    }
    if (c.closePending && c.idle() && c.tcp && !failed()) {
        c.closePending = false;
        const qint64 t = std::max(c.closeTimeNs, c.lastTimeNs);
        const Side from = c.clientDirection == Direction::Recv ? Side::Server : Side::Client;
        QStringList comments = {QStringLiteral("synthesized: connection closed (event %1 says "
                                               "the socket is gone)")
                                    .arg(c.closeEvent + 1)};
        c.tcp->close(from, [&](const TcpConnectionSynthesizer::Emitted &e) {
            emitPacket(c, e, t, comments);
            comments.clear();
        });
    }
    return !failed();
}

bool PacketExporter::writeHeld(Conversation &c, int sideIndex)
{
    QList<Held> &q = c.queue[sideIndex];
    Held h = std::move(q.front());
    const Side side = sideIndex == 0 ? Side::Client : Side::Server;
    const CapturedEvent &e = h.event;
    QByteArray bytes = h.bytes;
    QStringList comments = {ExportComments::eventComment(e, h.eventIndex)};
    if (e.format == PayloadFormat::Http1Message) {
        qint64 bodyLength = -1;
        if (h.bodyRemaining > 0) {
            // How much of the body later raw events of this direction carry: the HTTP
            // dissector's answer over this message and what waits behind it.
            QVector<HttpDissector::Item> items;
            items.append(HttpDissector::itemFromEvent(e, h.eventIndex));
            for (auto it = q.begin() + 1; it != q.end() && isRawFormat(it->event.format); ++it)
                items.append(HttpDissector::itemFromEvent(it->event, it->eventIndex));
            HttpDissector::Options options;
            options.decodeCap = 1;
            const HttpCaptureAnalysis a = HttpDissector::analyze(items, options);
            for (const HttpMessage &m : a.messages)
                if (m.firstItem == 0) {
                    bodyLength = 0;
                    for (const HttpByteRange &r : m.bodyRanges)
                        bodyLength += r.end - r.begin;
                    break;
                }
        }
        const Http1Reframer::Result r = Http1Reframer::reframe(bytes, bodyLength);
        if (r.changed) {
            bytes = r.headerSection + bytes.mid(r.headerEnd);
            ++m_counts.reframed;
            comments << QStringLiteral("eCapture re-serialized this HTTP/1 message (its body is "
                                       "already de-chunked or decoded): framing headers "
                                       "rewritten to match the bytes. Written: %1. Original: %2")
                            .arg(r.newLines.isEmpty() ? QStringLiteral("(none)")
                                                      : r.newLines.join(QStringLiteral(" | ")),
                                 r.originalLines.join(QStringLiteral(" | ")));
        }
    } else if (e.format == PayloadFormat::Http2Rendering) {
        ++m_counts.http2Renderings;
        comments << QStringLiteral("eCapture's text rendering of HTTP/2 frames (type %1), not "
                                   "the bytes on the wire: written as TCP data")
                        .arg(e.ecaptureType);
    } else if (e.format == PayloadFormat::HexDumpText) {
        comments << QStringLiteral("eCapture sent these bytes as hex.Dump text: written as the "
                                   "%1 bytes it stands for")
                        .arg(bytes.size());
    }
    if (h.framedRequest)
        ++c.framedRequestsWritten;
    if (h.framedResponse)
        ++c.framedResponsesWritten;
    if (side == Side::Client && !c.hintChecked) {
        c.hintChecked = true;
        const int port = http2HintPort(e);
        if (port > 0)
            comments << http2HintComment({port});
    }
    const qint64 t = std::max(e.timeNs, c.lastTimeNs);
    if (t != e.timeNs)
        comments << QStringLiteral("event time %1 ns; written later to keep this connection's "
                                   "packets in order")
                        .arg(e.timeNs);
    q.removeFirst();
    if (!c.tcp || c.tcp->isClosed())
        start(c, e, side, t);
    const QString segmentOf = QStringLiteral("segment %1 of %2 of event %3");
    c.tcp->data(
        side, bytes.constData(), bytes.size(), [&](const TcpConnectionSynthesizer::Emitted &p) {
            if (p.kind != Kind::Data)
                emitPacket(c, p, t, {QStringLiteral("synthesized ACK")});
            else if (p.segment == 0)
                emitPacket(c, p, t, comments);
            else
                emitPacket(c, p, t,
                           {comments.first(),
                            segmentOf.arg(p.segment + 1).arg(p.segments).arg(h.eventIndex + 1)});
        });
    c.lastTimeNs = t;
    ++m_counts.tcpEvents;
    return !failed();
}

void PacketExporter::start(Conversation &c, const CapturedEvent &e, Side side, qint64 timeNs)
{
    TcpEndpoint client;
    TcpEndpoint server;
    if (ConversationTracker::hasTuple(e)) {
        const TcpEndpoint src = TcpEndpoint::fromText(e.srcIp, quint16(e.srcPort));
        const TcpEndpoint dst = TcpEndpoint::fromText(e.dstIp, quint16(e.dstPort));
        client = side == Side::Client ? src : dst;
        server = side == Side::Client ? dst : src;
    }
    const QByteArray key = QStringLiteral("%1/%2/%3/%4")
                               .arg(c.id)
                               .arg(c.pid)
                               .arg(c.fd)
                               .arg(e.uuid.isEmpty() ? e.tuple : e.uuid)
                               .toUtf8();
    const EndpointAllocator::Choice choice =
        m_endpoints.allocate(client, server, EndpointAllocator::stableHash(key));
    c.tcp = std::make_unique<TcpConnectionSynthesizer>(
        choice.client, choice.server, EndpointAllocator::stableHash(key + "/client"),
        EndpointAllocator::stableHash(key + "/server"));
    ++m_counts.connections;
    if (choice.placeholder)
        ++m_counts.placeholders;
    QString who = c.processName.isEmpty() ? QStringLiteral("process") : c.processName;
    if (c.pid >= 0)
        who += QStringLiteral(" pid %1").arg(c.pid);
    if (c.fd >= 0)
        who += QStringLiteral(" fd %1").arg(c.fd);
    QString note = QStringLiteral("synthesized: TCP handshake of %1 (comm=%2)")
                       .arg(who, c.processName.isEmpty() ? QStringLiteral("?") : c.processName);
    if (choice.placeholder)
        note += QStringLiteral("; eCapture gave no addresses: %1 -> %2 are placeholders")
                    .arg(choice.client.toString(), choice.server.toString());
    else if (choice.remapped)
        note += QStringLiteral("; client port changed from %1 to %2 (another connection of this "
                               "file has the same addresses and ports)")
                    .arg(client.port)
                    .arg(choice.client.port);
    QStringList comments = {note};
    qint64 step = 3;
    c.tcp->handshake([&](const TcpConnectionSynthesizer::Emitted &p) {
        emitPacket(c, p, timeNs - step--, comments);
        comments.clear();
    });
}

void PacketExporter::emitPacket(Conversation &c, const TcpConnectionSynthesizer::Emitted &e,
                                qint64 timeNs, const QStringList &comments)
{
    if (failed())
        return;
    if (!m_sink->writePacket(PacketSink::Interface::Ip, timeNs, *e.packet, comments,
                             c.directionOf(e.from)))
        m_error = m_sink->errorString();
    ++m_counts.packets;
}

bool PacketExporter::writeNote(const CapturedEvent &e, int eventIndex)
{
    if (!m_sink->keepsNotes()) {
        ++m_counts.leftOut[e.kind];
        return true;
    }
    if (!m_sink->writePacket(PacketSink::Interface::Note, e.timeNs, ExportComments::notePayload(e),
                             {ExportComments::eventComment(e, eventIndex)},
                             packetDirection(e.direction))) {
        m_error = m_sink->errorString();
        return false;
    }
    ++m_counts.noteEvents;
    ++m_counts.packets;
    return true;
}

void PacketExporter::closeMatching(const CapturedEvent &notice)
{
    // A connect notice for a pid and fd that an earlier connection used means that one was
    // closed; a socket-destroy notice names the connection by pid and fd (when eCapture says).
    if (notice.pid <= 0 || notice.fd < 0)
        return;
    for (const std::shared_ptr<Conversation> &c : std::as_const(m_conversations)) {
        if (!c->tcp || c->tcp->isClosed() || c->closePending || c->pid != notice.pid ||
            c->fd != notice.fd)
            continue;
        c->closePending = true;
        c->closeTimeNs = notice.timeNs;
        c->closeEvent = int(m_counts.events - 1);
        pump(*c, 0);
    }
}

bool PacketExporter::releaseHeld(qint64 nowMs)
{
    for (const std::shared_ptr<Conversation> &c : std::as_const(m_conversations))
        if (!c->idle() && !pump(*c, nowMs))
            return false;
    return !failed();
}

bool PacketExporter::finish()
{
    m_finishing = true;
    // Conversations still waiting, oldest first.
    QList<Conversation *> waiting;
    for (const std::shared_ptr<Conversation> &c : std::as_const(m_conversations))
        if (!c->idle() || c->closePending)
            waiting << c.get();
    std::sort(waiting.begin(), waiting.end(), [](const Conversation *a, const Conversation *b) {
        const auto first = [](const Conversation *c) {
            quint64 s = std::numeric_limits<quint64>::max();
            for (const QList<Held> &q : c->queue)
                if (!q.isEmpty())
                    s = std::min(s, q.front().sequence);
            return s;
        };
        return first(a) < first(b);
    });
    for (Conversation *c : waiting)
        if (!pump(*c, 0))
            return false;
    if (!m_sink->flush())
        m_error = m_sink->errorString();
    return !failed();
}

} // namespace ecv
