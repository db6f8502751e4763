// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_fields.h"

#include "core/wire/saturating_arithmetic.h"

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
    if (m.httpMajor == 2) {
        if (m.isRequest) {
            if (m.method.isEmpty())
                return tr("HTTP/2 stream %1 (headers unknown)").arg(m.streamId);
            return QStringLiteral("%1 %2 HTTP/2")
                .arg(QString::fromLatin1(m.method), QString::fromLatin1(m.target));
        }
        if (m.statusCode < 0)
            return tr("HTTP/2 stream %1 (headers unknown)").arg(m.streamId);
        return QStringLiteral("HTTP/2 :status %1%2").arg(m.statusCode).arg(type);
    }
    if (m.isRequest)
        return QString::fromLatin1(m.method + ' ' + m.target + ' ' + m.version).trimmed();
    QString line =
        QString::fromLatin1(m.version) + QLatin1Char(' ') + QString::number(m.statusCode);
    if (!m.reason.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(m.reason);
    return line + type;
}

HttpEventFields HttpFields::forItem(const HttpCaptureAnalysis &a,
                                    const QVector<HttpDissector::Item> &items, int item)
{
    HttpEventFields f;
    const int idx = a.firstMessageStartingIn(item, true);
    if (idx < 0) {
        const QVector<int> touching = a.messagesTouching(item);
        const int interim = a.firstMessageStartingIn(item, false);
        if (interim >= 0) {
            f.protocol = protocolName(a.http2);
            f.info = summary(a.messages[interim]);
        } else if (a.http2 && !a.http2FramesByItem.value(item).isEmpty()) {
            f.protocol = protocolName(true);
            f.info = a.http2FramesByItem[item].join(QLatin1String(", "));
        } else if (!touching.isEmpty()) {
            const HttpMessage &m = a.messages[touching.first()];
            f.protocol = protocolName(a.http2);
            f.info = m.firstItem >= 0 && m.firstItem < items.size()
                         ? tr("Continuation of frame %1").arg(items[m.firstItem].frameNumber)
                         : tr("Continuation");
        }
        return f;
    }
    const HttpMessage &m = a.messages[idx];
    f.present = true;
    f.message = idx;
    f.isRequest = m.isRequest;
    f.protocol = protocolName(m.httpMajor == 2);
    f.info = summary(m);
    int others = 0;
    for (int i = 0; i < a.messages.size(); ++i)
        if (i != idx && a.messages[i].firstItem == item && !a.messages[i].interim)
            ++others;
    if (others > 0)
        f.info += tr(" (+%1 more)").arg(others);
    if (m.isRequest) {
        f.method = QString::fromLatin1(m.method);
        f.uri = QString::fromLatin1(m.target);
        f.host = QString::fromLatin1(m.host());
        f.version = QString::fromLatin1(m.version);
    } else {
        f.responseCode = m.statusCode;
        f.contentType = QString::fromLatin1(m.mediaType());
        // Only for HTTP/1 responses: the ground truth (fixtures' expected.json) records the
        // body length of responses; eCapture's HTTP/2 rendering may omit gzip DATA.
        if (m.httpMajor == 1)
            f.bodyLength = m.body.size();
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
