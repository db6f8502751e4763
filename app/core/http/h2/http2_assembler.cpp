// SPDX-License-Identifier: Apache-2.0
#include "core/http/h2/http2_assembler.h"

#include <QCoreApplication>

#include "core/http/body/content_decoder.h"
#include "core/http/body/decoded_body_budget.h"
#include "core/wire/saturating_arithmetic.h"

namespace ecv {

namespace {

void applyPseudoHeaders(HttpMessage &m)
{
    m.method = httpHeaderValue(m.headers, ":method");
    m.target = httpHeaderValue(m.headers, ":path");
    const QByteArray status = httpHeaderValue(m.headers, ":status");
    if (!status.isNull()) {
        m.isRequest = false;
        bool ok = false;
        m.statusCode = status.toInt(&ok);
        if (!ok)
            m.statusCode = -1;
        m.interim = m.statusCode >= 100 && m.statusCode < 200;
    }
    if (!m.method.isNull())
        m.isRequest = true;
    const QByteArray cl = httpHeaderValue(m.headers, "content-length");
    bool ok = false;
    const qint64 n = cl.toLongLong(&ok);
    m.declaredLength = ok ? n : -1;
}

/** Fills @p m from the decoded header block of a HEADERS or PUSH_PROMISE event @p e. */
void takeHeaderBlock(HttpMessage &m, const Http2Event &e)
{
    m.headers = e.fields;
    m.headersComplete = e.complete && e.headerListNote.isEmpty();
    if (!e.headerListNote.isEmpty())
        m.notes << e.headerListNote;
    if (!e.error.isEmpty()) {
        m.headersUnknown = true;
        m.headerLoss =
            e.loss == HttpMessage::HeaderLoss::None ? HttpMessage::HeaderLoss::NotCaptured : e.loss;
        m.headerError = e.hpackError;
        m.notes << e.error;
    }
    applyPseudoHeaders(m);
}

} // namespace

void Http2Assembler::touch(HttpMessage &m, const QVector<HttpByteRange> &ranges)
{
    if (ranges.isEmpty())
        return;
    if (m.firstItem < 0) {
        m.firstItem = ranges.first().item;
        m.firstTimeNs = m_itemTime(m.firstItem);
    }
    if (ranges.last().item > m.lastItem) {
        m.lastItem = ranges.last().item;
        m.lastTimeNs = m_itemTime(m.lastItem);
    }
}

int Http2Assembler::startMessage(quint32 streamId, bool isClient, Direction dir, bool fromText)
{
    HttpMessage m;
    m.httpMajor = 2;
    m.version = "HTTP/2";
    m.streamId = streamId;
    m.isRequest = isClient;
    m.direction = dir;
    m.fromHttp2Text = fromText;
    m.ecaptureFramed = fromText;
    m_messages.append(m);
    if (!m_streamsSeen.contains(streamId)) {
        m_streamsSeen.insert(streamId);
        m_streamOrder.append(streamId);
    }
    return int(m_messages.size() - 1);
}

void Http2Assembler::addEvents(const QVector<Http2Event> &events, bool isClient, Direction dir,
                               const RangeMapper &map, bool fromText)
{
    QMap<quint32, StreamSide> &sides = isClient ? m_client : m_server;
    for (const Http2Event &e : events) {
        if (e.streamId == 0)
            continue; // connection-level frames (SETTINGS, PING, GOAWAY, WINDOW_UPDATE)
        QVector<HttpByteRange> ranges;
        for (const auto &r : e.ranges)
            ranges += map(r.first, r.second);
        if (e.kind == Http2Event::Kind::PushPromise && e.promisedStreamId != 0) {
            // The server promises a response on a new stream; the promised request fields
            // stand for that stream's request (RFC 9113 §8.4).
            StreamSide &promised = m_client[e.promisedStreamId];
            if (promised.messages.isEmpty()) {
                const int idx = startMessage(e.promisedStreamId, true, dir, fromText);
                promised.messages.append(idx);
                HttpMessage &m = m_messages[idx];
                takeHeaderBlock(m, e);
                m.isRequest = true;
                m.notes << QCoreApplication::translate(
                               "ecv::Http2", "pushed by the server (PUSH_PROMISE on stream %1)")
                               .arg(e.streamId);
                m.headerRanges = ranges;
                touch(m, ranges);
            }
            continue;
        }
        StreamSide &side = sides[e.streamId];
        if (e.kind == Http2Event::Kind::Headers) {
            const bool trailers = side.sawData && !side.messages.isEmpty();
            // A second HEADERS before any DATA that is not after a 1xx: treat as trailers too.
            const bool continueInterim =
                !side.messages.isEmpty() && !m_messages[side.messages.last()].interim;
            if (trailers || continueInterim) {
                HttpMessage &m = m_messages[side.messages.last()];
                m.trailers += e.fields;
                if (!e.headerListNote.isEmpty())
                    m.notes << e.headerListNote;
                touch(m, ranges);
                continue;
            }
            const int idx = startMessage(e.streamId, isClient, dir, fromText);
            side.messages.append(idx);
            HttpMessage &m = m_messages[idx];
            takeHeaderBlock(m, e);
            if (m.headersUnknown && m.method.isNull() && m.statusCode < 0)
                m.isRequest = isClient;
            m.headerRanges = ranges;
            touch(m, ranges);
        } else if (e.kind == Http2Event::Kind::Data) {
            if (side.messages.isEmpty()) {
                const int idx = startMessage(e.streamId, isClient, dir, fromText);
                side.messages.append(idx);
                m_messages[idx].headersUnknown = true;
                m_messages[idx].headerLoss = HttpMessage::HeaderLoss::NotCaptured;
                m_messages[idx].notes << QCoreApplication::translate(
                                             "ecv::Http2", "HEADERS of stream %1 not captured")
                                             .arg(e.streamId);
            }
            HttpMessage &m = m_messages[side.messages.last()];
            side.sawData = true;
            if (e.ecaptureMerged) {
                side.merged += e.payload;
                side.hasMerged = true;
                m.notes << QCoreApplication::translate(
                               "ecv::Http2",
                               "body gunzipped by eCapture (Merged Data Frame, %1 bytes)")
                               .arg(e.payload.size());
            } else if (e.ecapturePlaceholder) {
                m.notes << QCoreApplication::translate(
                    "ecv::Http2", "DATA frame shown by eCapture only as \"Partial entity "
                                  "body with gzip encoding\"");
            } else {
                m.wireBody += e.payload;
                if (!e.complete)
                    m.bodyTruncated = true;
            }
            m.bodyRanges += ranges;
            touch(m, ranges);
        } else if (e.kind == Http2Event::Kind::RstStream && !side.messages.isEmpty()) {
            m_messages[side.messages.last()].notes
                << (e.hasErrorCode
                        ? QCoreApplication::translate("ecv::Http2", "stream reset (RST_STREAM %1)")
                              .arg(http2ErrorName(e.errorCode))
                        : QCoreApplication::translate("ecv::Http2", "stream reset (RST_STREAM)"));
        }
    }
}

void Http2Assembler::finish(QVector<HttpMessage> &messages, QVector<HttpExchange> &exchanges,
                            qint64 cap, DecodedBodyBudget *budget)
{
    const int base = int(messages.size());
    QSet<int> mergedInto; // messages whose body eCapture's merged block replaces below
    for (auto *sides : {&m_client, &m_server})
        for (auto it = sides->cbegin(); it != sides->cend(); ++it)
            if (it->hasMerged && !it->messages.isEmpty())
                mergedInto.insert(it->messages.last());
    for (int i = 0; i < m_messages.size(); ++i) {
        HttpMessage &m = m_messages[i];
        m.wireBodyLength = m.wireBody.size();
        const QByteArray ce = httpHeaderValues(m.headers, "content-encoding");
        if (!ce.isEmpty() && !m.wireBody.isEmpty()) {
            ContentDecoder::Result r = ContentDecoder::decodeList(m.wireBody, ce, true, cap);
            m.body = r.bytes;
            m.decodeError = r.error;
            m.truncatedByCap = r.truncatedByCap;
            m.codingsApplied = r.applied;
            m.notes += r.notes;
        } else {
            m.body = m.wireBody;
        }
        if (m.declaredLength >= 0 && m.wireBody.size() < m.declaredLength && !m.interim) {
            m.bodyTruncated = true;
        }
        // Settled as each body is decoded, so no more than the budget is ever held at once.
        if (budget && !mergedInto.contains(i))
            budget->settle(m, base + i);
    }
    // eCapture's merged (already gunzipped) bodies replace the placeholder DATA.
    for (auto *sides : {&m_client, &m_server}) {
        for (auto it = sides->cbegin(); it != sides->cend(); ++it) {
            if (!it->hasMerged || it->messages.isEmpty())
                continue;
            HttpMessage &m = m_messages[it->messages.last()];
            m.body = it->merged;
            m.decodeError.clear();
            m.bodyTruncated = false;
        }
    }
    messages.reserve(base + m_messages.size());
    for (HttpMessage &m : m_messages)
        messages.append(std::move(m));
    m_messages.clear();
    for (quint32 sid : m_streamOrder) {
        HttpExchange x;
        x.streamId = sid;
        static const StreamSide none;
        const auto ci = m_client.constFind(sid);
        const auto si = m_server.constFind(sid);
        const StreamSide &c = ci == m_client.cend() ? none : *ci;
        const StreamSide &s = si == m_server.cend() ? none : *si;
        if (!c.messages.isEmpty())
            x.request = base + c.messages.first();
        for (int idx : s.messages) {
            if (messages[base + idx].interim)
                x.interim.append(base + idx);
            else if (x.response < 0)
                x.response = base + idx;
        }
        if (x.request >= 0 && x.response >= 0)
            x.timeNs =
                saturatingSub(messages[x.response].firstTimeNs, messages[x.request].firstTimeNs);
        const int xi = int(exchanges.size());
        exchanges.append(x);
        if (x.request >= 0)
            messages[x.request].exchange = xi;
        if (x.response >= 0)
            messages[x.response].exchange = xi;
        for (int i : x.interim)
            messages[i].exchange = xi;
    }
}

} // namespace ecv
