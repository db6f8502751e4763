// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include "core/export/endpoint_allocator.h"
#include "core/export/packet_sink.h"
#include "core/export/tcp_connection_synthesizer.h"
#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief Turns captured events into the packets of a capture file Wireshark dissects: one
 * synthesized TCP connection (TcpConnectionSynthesizer over raw IPv4/IPv6) per conversation.
 *
 * Feed events in capture order with add(), then call finish(). Per conversation:
 * - the client is the side that sends requests (eCapture type 1/2, a request line, the HTTP/2
 *   preface; else the sender of the first event); the direction of each event comes from the
 *   normalized event (who sent the bytes), never from eCapture's src/dst order;
 * - endpoints come from EndpointAllocator (real ones, or distinct placeholders);
 * - a three-way handshake precedes the first data; a FIN exchange follows when the connection
 *   is known to be closed (a socket-destroy notice naming it, or a connect notice reusing its
 *   pid and fd);
 * - bytes written: raw data as captured, hex.Dump text as the bytes it stands for, eCapture's
 *   re-serialized HTTP/1 messages with framing headers that match their bytes (Http1Reframer;
 *   the original lines in the comment), eCapture's HTTP/2 text rendering as it is (TCP data,
 *   the comment says so).
 * - eCapture's v1 worker flushes each direction on its own, so a response event may arrive
 *   before its request: a re-serialized response waits until as many requests were written
 *   (requests pair with responses first in, first out, RFC 9112 §9.3.2); a re-serialized
 *   message whose body continues in later raw events waits for them, so its Content-Length can
 *   count them. Events behind a waiting one in the same direction wait too (byte order).
 *   Without expectations (a live capture), Options::holdMs bounds the wait.
 * - packet times are the events' times, raised where needed so that a conversation's packets
 *   never go back in time (the comment then gives the event's own time).
 * Events that are not TCP data become note records when the sink keeps them (pcapng) and are
 * counted as left out otherwise (pcap).
 *
 * Memory: the events waiting (usually none or a few per conversation) and a small record per
 * conversation. Not thread-safe: one thread feeds it (the export job's, or the live capture's).
 */
class PacketExporter
{
public:
    struct Options
    {
        /** Longest an event may wait (ms of arrival time, see add()); -1 = until finish(). */
        qint64 holdMs = -1;
    };

    /** @brief What the export did, for the dialog and ecapture-dump's summary line. */
    struct Counts
    {
        qint64 events = 0;               ///< events given to add()
        qint64 tcpEvents = 0;            ///< written as TCP data
        qint64 noteEvents = 0;           ///< written as note records (pcapng)
        qint64 packets = 0;              ///< packets written (handshakes, ACKs and FINs included)
        qint64 connections = 0;          ///< TCP connections synthesized
        qint64 placeholders = 0;         ///< … of them with placeholder endpoints
        qint64 reframed = 0;             ///< HTTP/1 messages whose framing headers were rewritten
        qint64 http2Renderings = 0;      ///< eCapture HTTP/2 text renderings written as TCP data
        QMap<EventKind, qint64> leftOut; ///< events not written, by kind (pcap: non-TCP events)
        qint64 leftOutTotal() const;
    };

    /** @brief Batch knowledge of one conversation: lets waiting events go as early as possible. */
    struct Expectation
    {
        int events = -1;         ///< events of the conversation that will be added
        int framedRequests = -1; ///< … of them eCapture request messages (type 1 or 2)
    };

    PacketExporter(PacketSink *sink, Options options);
    ~PacketExporter();
    Q_DISABLE_COPY_MOVE(PacketExporter)

    /** @brief Say what conversation @p conversationId will bring (optional, before add()). */
    void expect(quint32 conversationId, Expectation expectation);
    /**
     * @brief Export one event. @p conversationId is the store's (0 = none: such data events get
     * a connection per process). @p nowMs is the caller's clock for Options::holdMs.
     * @return false once the sink failed (see errorString()).
     */
    bool add(const CapturedEvent &event, int eventIndex, quint32 conversationId, qint64 nowMs = 0);
    /** @brief Write events that waited longer than Options::holdMs by @p nowMs. */
    bool releaseHeld(qint64 nowMs);
    /** @brief Write everything still waiting and flush the sink. */
    bool finish();

    const Counts &counts() const { return m_counts; }
    QString errorString() const;

    /**
     * @brief TCP port of the server when @p event (a conversation's first data event) starts raw
     * HTTP/2 (connection preface or frames) on a port Wireshark does not dissect as HTTP/2 by
     * itself (any but 80); -1 otherwise. For the section comment of a file export.
     */
    static int http2HintPort(const CapturedEvent &event);
    /** @brief Section comment asking for `-d tcp.port==N,http2` for each of @p ports. */
    static QString http2HintComment(const QList<int> &ports);

private:
    struct Held;
    struct Conversation;
    using Side = TcpConnectionSynthesizer::Side;

    Conversation &conversationFor(const CapturedEvent &event, quint32 conversationId);
    Side sideOf(Conversation &c, const CapturedEvent &event);
    bool ready(const Conversation &c, const Held &held, int side, qint64 nowMs) const;
    bool pump(Conversation &c, qint64 nowMs);
    bool writeHeld(Conversation &c, int side);
    void start(Conversation &c, const CapturedEvent &event, Side side, qint64 timeNs);
    void emitPacket(Conversation &c, const TcpConnectionSynthesizer::Emitted &e, qint64 timeNs,
                    const QStringList &comments);
    bool writeNote(const CapturedEvent &event, int eventIndex);
    void closeMatching(const CapturedEvent &notice);
    bool failed() const { return !m_error.isEmpty(); }

    PacketSink *m_sink;
    Options m_options;
    Counts m_counts;
    EndpointAllocator m_endpoints;
    QHash<quint32, std::shared_ptr<Conversation>> m_conversations;
    QHash<quint32, Expectation> m_expected;
    QHash<qint64, quint32> m_fallbackByPid; ///< data events without a conversation
    quint32 m_nextFallbackId = 0x80000000u;
    quint64 m_sequence = 0; ///< arrival order of held events
    bool m_finishing = false;
    QString m_error;
};

} // namespace ecv
