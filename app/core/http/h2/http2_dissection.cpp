// SPDX-License-Identifier: Apache-2.0
#include "core/http/h2/http2_dissection.h"

#include <QCoreApplication>

#include <memory>
#include <QSet>
#include <vector>

#include "core/http/h2/ecapture_http2_text_parser.h"
#include "core/http/h2/hpack_decoder.h"
#include "core/http/h2/http2_assembler.h"
#include "core/http/h2/http2_frame_parser.h"
#include "core/http/http1_parser.h"

namespace ecv {

bool Http2Dissection::looksLikeRawHttp2(const QVector<HttpByteRun> &runs)
{
    for (const HttpByteRun &r : runs) {
        if (r.isEmpty())
            continue;
        if (r.bytes.size() >= 16 && r.bytes.startsWith(Http2FrameParser::preface().left(
                                        std::min<qsizetype>(24, r.bytes.size()))))
            return true;
        // A capture that starts mid-connection: the bytes must be whole frames of known
        // types, end to end, and not an HTTP/1 message.
        if (Http1Parser::startsMessage(r.bytes, 0))
            continue;
        const Http2FrameParser::Result f = Http2FrameParser::parse(r.bytes);
        bool plausible = !f.events.isEmpty() && f.consumed == r.bytes.size();
        for (const Http2Event &e : f.events)
            plausible = plausible && e.complete && e.kind != Http2Event::Kind::Unknown;
        if (plausible)
            return true;
    }
    return false;
}

namespace {

/**
 * Raw bytes of one direction parsed as frames, split at every connection preface that starts on
 * a frame boundary: a preface past the start means a new HTTP/2 connection on a reused tuple
 * (RFC 9113 §3.4), so its frames start a new generation. Ranges stay absolute in @p bytes.
 */
Http2FrameParser::Result parseRaw(const QByteArray &bytes, QVector<int> *prefaceEvents,
                                  QVector<qint64> *prefaceOffsets)
{
    const QByteArray &preface = Http2FrameParser::preface();
    QVector<qint64> cuts;
    for (qint64 at = bytes.indexOf(preface, 1); at > 0; at = bytes.indexOf(preface, at + 1))
        cuts.append(at);
    cuts.append(bytes.size());
    Http2FrameParser::Result all;
    qint64 begin = 0;
    for (qint64 cut : cuts) {
        // A preface inside a frame (a body that quotes it) is no restart: parse on past it.
        Http2FrameParser::Result r = Http2FrameParser::parse(bytes, begin, cut);
        if (cut < bytes.size() && r.consumed != cut - begin)
            continue;
        if (r.hadPreface) {
            prefaceEvents->append(int(all.events.size()));
            prefaceOffsets->append(begin);
        }
        all.hadPreface = all.hadPreface || r.hadPreface;
        for (Http2Event &e : r.events)
            all.events.append(std::move(e));
        all.notes += r.notes;
        all.consumed += r.consumed;
        begin = cut;
    }
    return all;
}

bool isSettings(const Http2Event &e)
{
    return e.kind == Http2Event::Kind::Settings && e.streamId == 0 && !(e.flags & 0x1);
}

/**
 * Generation (0, 1, …) of each event of one direction: a new HTTP/2 connection on the same
 * tuple starts at @p forced events (a preface), or at a SETTINGS on stream 0 that may open a
 * connection (@p canOpen) when a HEADERS after it reuses a stream id of the current generation
 * (stream ids only grow within a connection, RFC 9113 §5.1.1).
 */
QVector<int> generations(const QVector<Http2Event> &events, const QVector<bool> &forced,
                         const QVector<bool> &canOpen)
{
    QVector<int> gen(events.size(), 0);
    int g = 0;
    int candidate = -1;
    QSet<quint32> seen;
    for (int i = 0; i < events.size(); ++i) {
        const Http2Event &e = events[i];
        if (forced.value(i) && i > 0) {
            ++g;
            seen.clear();
            candidate = -1;
        } else if (canOpen.value(i) && isSettings(e)) {
            candidate = i;
        }
        gen[i] = g;
        if (e.kind != Http2Event::Kind::Headers)
            continue;
        if (seen.contains(e.streamId) && candidate >= 0) {
            ++g;
            seen.clear();
            for (int j = candidate; j <= i; ++j)
                gen[j] = g;
        }
        candidate = -1;
        seen.insert(e.streamId);
    }
    return gen;
}

} // namespace

void Http2Dissection::run(const Input &in, const HttpDissector::Options &options,
                          DecodedBodyBudget &budget, HttpCaptureAnalysis &out)
{
    const qint64 maxHeaderListSize = options.maxHeaderListSize;
    const QVector<HttpDissector::Item> &items = *in.items;
    out.http2 = true;
    const Direction dirOf[3] = {Direction::Send, Direction::Recv, Direction::Unknown};
    // eCapture's text rendering: each event on its own.
    QVector<Http2FrameParser::Result> raw(3);
    QVector<int> rawPrefaceEvents[3];
    QVector<qint64> rawPrefaceOffsets[3];
    bool clientSlot[3] = {false, false, false};
    bool decided[3] = {false, false, false};
    QVector<QVector<QPair<int, EcaptureHttp2TextParser::Result>>> text(3);
    for (int s = 0; s < 3; ++s) {
        for (int i : in.directionItems[s])
            if (items[i].format == PayloadFormat::Http2Rendering)
                text[s].append({i, EcaptureHttp2TextParser::parse((*in.itemBytes)[i])});
        raw[s] = parseRaw(in.runs[s].bytes, &rawPrefaceEvents[s], &rawPrefaceOffsets[s]);
        if (raw[s].hadPreface) {
            clientSlot[s] = decided[s] = true;
        }
    }
    // Generations (HTTP/2 connections on one reused tuple), per direction. Raw: at a preface,
    // or at a non-ACK SETTINGS followed by a reused stream id. Text: eCapture v1 renders a
    // connection from its start (HTTP2Request is only detected at the preface), so an item
    // whose first frame is SETTINGS[0] may open one; a client rendering (type 2) always does.
    QVector<int> rawGen[3];
    QVector<int> textGen[3];
    int generationCount = 1;
    for (int s = 0; s < 3; ++s) {
        QVector<bool> forced(raw[s].events.size(), false);
        for (int e : rawPrefaceEvents[s])
            if (e < forced.size())
                forced[e] = true;
        rawGen[s] = generations(raw[s].events, forced, QVector<bool>(forced.size(), true));
        QVector<Http2Event> flat;
        QVector<bool> textForced, textCanOpen;
        QVector<int> firstOfItem;
        for (const auto &t : text[s]) {
            firstOfItem.append(int(flat.size()));
            for (int k = 0; k < t.second.events.size(); ++k) {
                const bool first = k == 0 && isSettings(t.second.events[k]);
                textForced.append(first && items[t.first].ecaptureType == 2);
                textCanOpen.append(first);
                flat.append(t.second.events[k]);
            }
        }
        const QVector<int> g = generations(flat, textForced, textCanOpen);
        int last = 0;
        for (int k = 0; k < text[s].size(); ++k) {
            // An item with no frames stays with the generation before it.
            const int f = firstOfItem[k];
            last =
                (f < g.size() && (k + 1 == text[s].size() || firstOfItem[k + 1] > f)) ? g[f] : last;
            textGen[s].append(last);
        }
        for (int v : rawGen[s])
            generationCount = qMax(generationCount, v + 1);
        for (int v : textGen[s])
            generationCount = qMax(generationCount, v + 1);
    }
    // HPACK: one inflater per direction and generation; SETTINGS_HEADER_TABLE_SIZE (0x1) from
    // the peer.
    quint32 peerTableSize[3] = {0, 0, 0};
    for (int s = 0; s < 3; ++s)
        for (const Http2Event &e : raw[s].events)
            if (e.kind == Http2Event::Kind::Settings && !(e.flags & 0x1))
                for (const auto &kv : e.settings)
                    if (kv.first == 0x1 && kv.second > 4096)
                        for (int o = 0; o < 2; ++o)
                            if (o != s)
                                peerTableSize[o] = qMax(peerTableSize[o], quint32(kv.second));
    // Generations whose connection preface was captured: their HPACK state is complete unless
    // a header block of the direction was lost, so a failure there is a real compression error.
    QSet<int> fromStart;
    for (int s = 0; s < 3; ++s)
        for (int e : rawPrefaceEvents[s])
            if (e < rawGen[s].size())
                fromStart.insert(rawGen[s][e]);
    for (int s = 0; s < 3; ++s) {
        std::unique_ptr<HpackDecoder> hpack;
        int hpackGen = -1;
        bool lostBlock = false;
        for (int i = 0; i < raw[s].events.size(); ++i) {
            Http2Event &e = raw[s].events[i];
            if (e.kind != Http2Event::Kind::Headers && e.kind != Http2Event::Kind::PushPromise)
                continue;
            if (!hpack || hpackGen != rawGen[s][i]) {
                hpack = std::make_unique<HpackDecoder>();
                hpackGen = rawGen[s][i];
                lostBlock = false;
                if (peerTableSize[s] > 0)
                    hpack->setMaxTableSize(peerTableSize[s]);
            }
            if (!e.complete) {
                e.error = QCoreApplication::translate(
                    "ecv::Http2", "header block incomplete in the capture; not decoded");
                e.loss = HttpMessage::HeaderLoss::NotCaptured;
                lostBlock = true;
                continue;
            }
            const HpackDecoder::Result r = hpack->decode(e.payload, maxHeaderListSize);
            e.fields = r.fields;
            e.fieldsDecoded = true;
            if (r.listTruncated)
                e.headerListNote =
                    QCoreApplication::translate(
                        "ecv::Http2", "header list of stream %1 cut at %2 of %3 bytes (%4 of %5 "
                                      "fields kept): the viewer's limit per message, as nghttp2's "
                                      "max_header_list_size (RFC 9113 §6.5.2)")
                        .arg(e.streamId)
                        .arg(maxHeaderListSize)
                        .arg(r.listSize)
                        .arg(r.fields.size())
                        .arg(r.fieldCount);
            if (r.ok)
                continue;
            e.hpackError = r.nghttp2Error;
            if (fromStart.contains(hpackGen) && !lostBlock) {
                e.loss = HttpMessage::HeaderLoss::CompressionError;
                e.error = QCoreApplication::translate(
                              "ecv::Http2", "HPACK COMPRESSION_ERROR in a connection captured from "
                                            "its preface (nghttp2: %1)")
                              .arg(r.nghttp2Error);
            } else {
                e.loss = HttpMessage::HeaderLoss::StateMissing;
                e.error = lostBlock
                              ? QCoreApplication::translate(
                                    "ecv::Http2", "HPACK state missing: an earlier header "
                                                  "block of this direction was not captured "
                                                  "(COMPRESSION_ERROR, nghttp2: %1)")
                                    .arg(r.nghttp2Error)
                              : QCoreApplication::translate("ecv::Http2",
                                                            "HPACK state missing: the connection's "
                                                            "start (preface) was not captured "
                                                            "(COMPRESSION_ERROR, nghttp2: %1)")
                                    .arg(r.nghttp2Error);
            }
            lostBlock = true; // the decoder was recreated: later blocks lack its table
        }
    }
    auto hasField = [](const QVector<Http2Event> &evs, const QByteArray &name) {
        for (const Http2Event &e : evs)
            if (e.kind == Http2Event::Kind::Headers && !httpHeaderValue(e.fields, name).isNull())
                return true;
        return false;
    };
    for (int s = 0; s < 3; ++s) {
        if (decided[s])
            continue;
        bool method = hasField(raw[s].events, ":method");
        bool status = hasField(raw[s].events, ":status");
        for (const auto &t : text[s]) {
            method = method || hasField(t.second.events, ":method");
            status = status || hasField(t.second.events, ":status");
        }
        if (method || status) {
            clientSlot[s] = method;
        } else {
            qint64 type = -1;
            for (int i : in.directionItems[s])
                if (items[i].format == PayloadFormat::Http2Rendering)
                    type = items[i].ecaptureType;
            clientSlot[s] = type == 2 || (type < 0 && s == 0 && !raw[1].hadPreface);
        }
    }
    // eCapture renders both directions of a connection it joined late with its response
    // parser (type 4), and the requests' fields are lost ("Incorrect HPACK context"): when
    // only one direction shows :status, the other one is the client.
    bool anyClient = false;
    int statusSlots = 0;
    for (int s = 0; s < 3; ++s) {
        anyClient = anyClient || clientSlot[s];
        bool status = hasField(raw[s].events, ":status");
        for (const auto &t : text[s])
            status = status || hasField(t.second.events, ":status");
        statusSlots += status ? 1 : 0;
    }
    if (!anyClient && statusSlots == 1) {
        for (int s = 0; s < 3; ++s) {
            bool status = hasField(raw[s].events, ":status");
            for (const auto &t : text[s])
                status = status || hasField(t.second.events, ":status");
            clientSlot[s] = !status && !decided[s] && !in.directionItems[s].isEmpty();
        }
    }
    // Per item, the frames that start in it, Wireshark style ("SETTINGS[0], HEADERS[1]").
    out.http2FramesByItem.resize(items.size());
    out.http2FrameInfoByItem.resize(items.size());
    auto noteFrame = [&out](int item, const Http2Event &e) {
        if (item < 0 || item >= out.http2FramesByItem.size())
            return;
        out.http2FramesByItem[item] << http2FrameText(e);
        HttpCaptureAnalysis::Http2Frame f;
        f.type = http2KindName(e.kind);
        f.streamId = e.streamId;
        if (e.hasErrorCode && e.kind == Http2Event::Kind::RstStream)
            f.errorCode = e.errorCode;
        if (e.hasErrorCode && e.kind == Http2Event::Kind::GoAway) {
            f.errorCode = e.errorCode;
            f.lastStreamId = e.lastStreamId;
        }
        out.http2FrameInfoByItem[item].append(f);
    };
    for (int s = 0; s < 3; ++s) {
        const HttpByteRun &run = in.runs[s];
        for (qint64 at : rawPrefaceOffsets[s]) {
            const QVector<HttpByteRange> where = run.map(at, at + 1);
            if (!where.isEmpty())
                out.http2FramesByItem[where.first().item] << QStringLiteral("Magic");
        }
        for (const Http2Event &e : raw[s].events)
            if (!e.ranges.isEmpty())
                noteFrame(run.map(e.ranges.first().first, e.ranges.first().first + 1).value(0).item,
                          e);
        for (const auto &t : text[s])
            for (const Http2Event &e : t.second.events)
                if (!e.ecaptureMerged)
                    noteFrame(t.first, e);
    }
    // One assembler per generation: streams never pair across a restart.
    std::vector<std::unique_ptr<Http2Assembler>> assemblers;
    for (int g = 0; g < generationCount; ++g)
        assemblers.push_back(
            std::make_unique<Http2Assembler>([&items](int item) { return items[item].timeNs; }));
    for (int s = 0; s < 3; ++s) {
        const HttpByteRun &run = in.runs[s];
        // Events by generation in one pass (a pass per generation would be quadratic when
        // every event opens a new connection).
        std::vector<QVector<Http2Event>> byGeneration(static_cast<size_t>(generationCount));
        for (int i = 0; i < raw[s].events.size(); ++i)
            byGeneration[size_t(rawGen[s][i])].append(std::move(raw[s].events[i]));
        for (int g = 0; g < generationCount; ++g) {
            const QVector<Http2Event> &events = byGeneration[size_t(g)];
            if (!events.isEmpty())
                assemblers[g]->addEvents(
                    events, clientSlot[s], dirOf[s],
                    [&run](qint64 a, qint64 b) { return run.map(a, b); }, false);
        }
        for (int k = 0; k < text[s].size(); ++k) {
            const auto &t = text[s][k];
            const int item = t.first;
            assemblers[textGen[s][k]]->addEvents(
                t.second.events, clientSlot[s], dirOf[s],
                [item](qint64 a, qint64 b) {
                    return QVector<HttpByteRange>{HttpByteRange{item, a, b}};
                },
                true);
            out.notes += t.second.notes;
        }
        out.notes += raw[s].notes;
    }
    for (auto &assembler : assemblers)
        assembler->finish(out.messages, out.exchanges, options.decodeCap, &budget);
}

} // namespace ecv
