// SPDX-License-Identifier: Apache-2.0
#include "http2_dissection.h"

#include "ecapture_http2_text_parser.h"
#include "hpack_decoder.h"
#include "http1_parser.h"
#include "http2_assembler.h"
#include "http2_frame_parser.h"

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

void Http2Dissection::run(const Input &in, qint64 decodeCap, HttpCaptureAnalysis &out)
{
    const QVector<HttpDissector::Item> &items = *in.items;
    out.http2 = true;
    const Direction dirOf[3] = {Direction::Send, Direction::Recv, Direction::Unknown};
    Http2Assembler assembler([&items](int item) { return items[item].timeNs; });
    // eCapture's text rendering: each event on its own.
    QVector<Http2FrameParser::Result> raw(3);
    bool clientSlot[3] = {false, false, false};
    bool decided[3] = {false, false, false};
    QVector<QVector<QPair<int, EcaptureHttp2TextParser::Result>>> text(3);
    for (int s = 0; s < 3; ++s) {
        for (int i : in.directionItems[s])
            if (items[i].format == PayloadFormat::Http2Rendering)
                text[s].append({i, EcaptureHttp2TextParser::parse((*in.itemBytes)[i])});
        raw[s] = Http2FrameParser::parse(in.runs[s].bytes);
        if (raw[s].hadPreface) {
            clientSlot[s] = decided[s] = true;
        }
    }
    // HPACK: one inflater per direction; SETTINGS_HEADER_TABLE_SIZE (0x1) from the peer.
    HpackDecoder hpack[3];
    for (int s = 0; s < 3; ++s)
        for (const Http2Event &e : raw[s].events)
            if (e.kind == Http2Event::Kind::Settings && !(e.flags & 0x1))
                for (const auto &kv : e.settings)
                    if (kv.first == 0x1 && kv.second > 4096)
                        for (int o = 0; o < 2; ++o)
                            if (o != s)
                                hpack[o].setMaxTableSize(kv.second);
    for (int s = 0; s < 3; ++s) {
        for (Http2Event &e : raw[s].events) {
            if (e.kind != Http2Event::Kind::Headers && e.kind != Http2Event::Kind::PushPromise)
                continue;
            if (!e.complete) {
                e.error = QStringLiteral("header block incomplete in the capture; not decoded");
                continue;
            }
            const HpackDecoder::Result r = hpack[s].decode(e.payload);
            e.fields = r.fields;
            e.fieldsDecoded = true;
            e.error = r.error;
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
    // Per item, the frames that start in it, Wireshark style ("SETTINGS[0], HEADERS[1]").
    out.http2FramesByItem.resize(items.size());
    auto noteFrame = [&out](int item, const Http2Event &e) {
        if (item >= 0 && item < out.http2FramesByItem.size())
            out.http2FramesByItem[item]
                << QStringLiteral("%1[%2]").arg(http2KindName(e.kind)).arg(e.streamId);
    };
    for (int s = 0; s < 3; ++s) {
        const HttpByteRun &run = in.runs[s];
        if (raw[s].hadPreface && !run.isEmpty())
            out.http2FramesByItem[run.pieces.first().item] << QStringLiteral("Magic");
        for (const Http2Event &e : raw[s].events)
            if (!e.ranges.isEmpty())
                noteFrame(run.map(e.ranges.first().first, e.ranges.first().first + 1).value(0).item,
                          e);
        for (const auto &t : text[s])
            for (const Http2Event &e : t.second.events)
                if (!e.ecaptureMerged)
                    noteFrame(t.first, e);
    }
    for (int s = 0; s < 3; ++s) {
        const HttpByteRun &run = in.runs[s];
        if (!raw[s].events.isEmpty())
            assembler.addEvents(
                raw[s].events, clientSlot[s], dirOf[s],
                [&run](qint64 a, qint64 b) { return run.map(a, b); }, false);
        for (const auto &t : text[s]) {
            const int item = t.first;
            assembler.addEvents(
                t.second.events, clientSlot[s], dirOf[s],
                [item](qint64 a, qint64 b) {
                    return QVector<HttpByteRange>{HttpByteRange{item, a, b}};
                },
                true);
            out.notes += t.second.notes;
        }
        out.notes += raw[s].notes;
    }
    assembler.finish(out.messages, out.exchanges, decodeCap);
}

} // namespace ecv
