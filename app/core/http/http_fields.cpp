// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_fields.h"

#include "core/wire/saturating_arithmetic.h"

#include <algorithm>

namespace ecv {

QString HttpFields::protocolName(bool http2)
{
    return http2 ? QStringLiteral("HTTP2") : QStringLiteral("HTTP");
}

QString HttpFields::summary(const HttpMessage &m)
{
    const QByteArray media = m.mediaType();
    const QString type =
        media.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromLatin1(media));
    const QString interim = m.interim ? tr(" (interim)") : QString();
    if (m.httpMajor == 2) {
        if (m.isRequest) {
            if (m.method.isEmpty())
                return m.headersUnknown
                           ? tr("HTTP/2 stream %1 request (headers unknown)").arg(m.streamId)
                           : tr("HTTP/2 stream %1 request (method unknown)").arg(m.streamId);
            // A block that failed part-way keeps the fields before the failure.
            return QStringLiteral("%1 %2 HTTP/2")
                       .arg(QString::fromLatin1(m.method), m.target.isEmpty()
                                                               ? QStringLiteral("?")
                                                               : QString::fromLatin1(m.target)) +
                   (m.headersUnknown ? tr(" (headers unknown)") : QString());
        }
        if (m.statusCode < 0)
            return m.headersUnknown
                       ? tr("HTTP/2 stream %1 response (headers unknown)").arg(m.streamId)
                       : tr("HTTP/2 stream %1 response (status unknown)").arg(m.streamId);
        return QStringLiteral("HTTP/2 :status %1%2%3").arg(m.statusCode).arg(type, interim);
    }
    if (m.isRequest)
        return QString::fromLatin1(m.method + ' ' + m.target + ' ' + m.version).trimmed();
    QString line =
        QString::fromLatin1(m.version) + QLatin1Char(' ') + QString::number(m.statusCode);
    if (!m.reason.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(m.reason);
    return line + type + interim;
}

namespace {

/** Messages whose header section begins in @p item, in byte order. */
QVector<int> messagesStartingIn(const HttpCaptureAnalysis &a, int item)
{
    QVector<QPair<qint64, int>> starts;
    for (int i : a.messagesByItem.value(item)) {
        const HttpMessage &m = a.messages[i];
        if (m.firstItem != item)
            continue;
        const qint64 off = m.headerRanges.isEmpty()
                               ? (m.bodyRanges.isEmpty() ? 0 : m.bodyRanges.first().begin)
                               : m.headerRanges.first().begin;
        starts.append({off, i});
    }
    std::stable_sort(starts.begin(), starts.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    QVector<int> out;
    for (const auto &s : starts)
        out.append(s.second);
    return out;
}

/** The facts of message @p idx, as if it were the only one beginning in its event. */
HttpEventFields messageFacts(const HttpCaptureAnalysis &a,
                             const QVector<HttpDissector::Item> &items, int idx)
{
    HttpEventFields f;
    const HttpMessage &m = a.messages[idx];
    f.present = true;
    f.message = idx;
    f.isRequest = m.isRequest;
    f.interim = m.interim;
    f.protocol = HttpFields::protocolName(m.httpMajor == 2);
    f.summary = HttpFields::summary(m);
    f.info = f.summary;
    if (m.isRequest) {
        f.method = QString::fromLatin1(m.method);
        f.uri = QString::fromLatin1(m.target);
        f.host = QString::fromLatin1(m.host());
        f.version = QString::fromLatin1(m.version);
        // A request carries body fields only when it has a body (POST, PUT, …), as Wireshark
        // gives http.content_type and http.file_data only then.
        if (m.bodySize() > 0 || m.wireBodyLength > 0 || m.declaredLength > 0) {
            f.contentType = QString::fromLatin1(m.mediaType());
            f.bodyLength = m.bodySize();
        }
    } else {
        f.responseCode = m.statusCode;
        f.contentType = QString::fromLatin1(m.mediaType());
        // Only for HTTP/1 responses: the ground truth (fixtures' expected.json) records the
        // body length of responses; eCapture's HTTP/2 rendering may omit gzip DATA.
        // In a live capture a body that may still continue in a later event has no length
        // yet: left out rather than a number a later read of the same capture contradicts.
        if (m.httpMajor == 1 && !m.interim && !(a.captureOpen && m.bodyMayContinue))
            f.bodyLength = m.bodySize();
    }
    if (m.httpMajor == 2)
        f.http2StreamId = m.streamId;
    const int other = a.pairedMessage(idx);
    f.hostColumn = m.isRequest  ? f.host
                   : other >= 0 ? QString::fromLatin1(a.messages[other].host())
                                : QString();
    if (other >= 0 && a.messages[other].firstItem >= 0) {
        const quint32 frame = items[a.messages[other].firstItem].frameNumber;
        if (m.isRequest) {
            f.responseIn = frame;
        } else {
            f.requestIn = frame;
            const qint64 ns = saturatingSub(m.firstTimeNs, a.messages[other].firstTimeNs);
            // eCapture stamps an event with its last merged chunk, so a response event can
            // carry an earlier time than its request event; no time rather than a negative one
            // (or a clamped one, when damaged times are INT64_MAX apart).
            f.time = double(ns) / 1e9;
            f.hasTime = ns >= 0 && ns < kInt64Max;
        }
    }
    return f;
}

} // namespace

HttpEventFields HttpFields::forItem(const HttpCaptureAnalysis &a,
                                    const QVector<HttpDissector::Item> &items, int item)
{
    HttpEventFields f;
    const QVector<int> starting = messagesStartingIn(a, item);
    int primary = -1;
    for (int idx : starting) {
        f.messages.append(messageFacts(a, items, idx));
        if (primary < 0 && !a.messages[idx].interim)
            primary = int(f.messages.size() - 1);
    }
    if (primary >= 0) {
        QVector<HttpEventFields> all = std::move(f.messages);
        f = all[primary];
        f.messages = std::move(all);
    }
    // HTTP/2 frames: every frame starting here, for http2.type and the control-frame fields.
    for (const HttpCaptureAnalysis::Http2Frame &fr : a.http2FrameInfoByItem.value(item)) {
        f.http2Types << fr.type;
        if (fr.errorCode >= 0)
            f.http2ErrorCodes << fr.errorCode;
        if (fr.lastStreamId >= 0)
            f.http2LastStreamIds << fr.lastStreamId;
    }
    QStringList infos;
    for (const HttpEventFields &m : std::as_const(f.messages))
        infos << m.summary;
    if (!infos.isEmpty()) {
        // Wireshark's Info for several PDUs in one frame: each, comma-separated.
        f.protocol = protocolName(a.http2);
        f.info = infos.join(QLatin1String(", "));
        if (primary < 0) // only 1xx responses begin here
            f.http2StreamId = f.messages.first().http2StreamId;
        return f;
    }
    const QVector<int> touching = a.messagesTouching(item);
    if (a.http2 && !a.http2FramesByItem.value(item).isEmpty()) {
        f.protocol = protocolName(true);
        f.info = a.http2FramesByItem[item].join(QLatin1String(", "));
        if (!a.http2FrameInfoByItem.value(item).isEmpty())
            f.http2StreamId = a.http2FrameInfoByItem[item].first().streamId;
    } else if (!touching.isEmpty()) {
        const HttpMessage &m = a.messages[touching.first()];
        f.protocol = protocolName(a.http2);
        f.info = m.firstItem >= 0 && m.firstItem < items.size()
                     ? tr("Continuation of frame %1").arg(items[m.firstItem].frameNumber)
                     : tr("Continuation");
    }
    return f;
}

QVector<HttpEventFields> HttpFields::forAll(const HttpCaptureAnalysis &a,
                                            const QVector<HttpDissector::Item> &items)
{
    QVector<HttpEventFields> out;
    out.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        out.append(forItem(a, items, i));
    return out;
}

} // namespace ecv
