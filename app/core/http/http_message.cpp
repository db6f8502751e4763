// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_message.h"

#include <QCoreApplication>

#include "core/http/body/content_decoder.h"

namespace ecv {

QByteArray httpHeaderValue(const HttpHeaderList &headers, const QByteArray &name)
{
    for (const HttpHeaderField &f : headers)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    return {};
}

QByteArray httpHeaderValues(const HttpHeaderList &headers, const QByteArray &name)
{
    QByteArray out;
    bool any = false;
    for (const HttpHeaderField &f : headers) {
        if (f.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (any)
            out += ", ";
        out += f.value;
        any = true;
    }
    return any ? out : QByteArray();
}

QByteArray httpMediaType(const QByteArray &contentType)
{
    QByteArray t = contentType;
    const qsizetype semi = t.indexOf(';');
    if (semi >= 0)
        t.truncate(semi);
    return t.trimmed().toLower();
}

QByteArray HttpMessage::decodedBody() const
{
    if (!bodyReleased)
        return body;
    // The cap is the size decoded the first time: the same bytes come out.
    return ContentDecoder::decodeList(wireBody, httpHeaderValues(headers, "content-encoding"), true,
                                      releasedBodySize)
        .bytes;
}

QString HttpMessage::bodySizeText() const
{
    const qint64 size = bodySize();
    // eCapture v1 hands over bodies it already decoded (its HTTP/2 "Merged Data Frame" block
    // carries no wire size at all): there is no encoded size to report.
    if (ecaptureFramed && codingsApplied.isEmpty() && wireBodyLength == 0 && size > 0)
        return QStringLiteral("%1 bytes (decoded by eCapture)").arg(size);
    if (!codingsApplied.isEmpty() || wireBodyLength != size)
        return QStringLiteral("%1 bytes encoded → %2 decoded").arg(wireBodyLength).arg(size);
    return QStringLiteral("%1 bytes").arg(size);
}

QByteArray HttpMessage::mediaType() const
{
    return httpMediaType(httpHeaderValue(headers, "content-type"));
}

QByteArray HttpMessage::host() const
{
    QByteArray h = httpHeaderValue(headers, ":authority");
    if (h.isNull())
        h = httpHeaderValue(headers, "host");
    return h;
}

QByteArray HttpMessage::joinedCookie() const
{
    QByteArray out;
    int crumbs = 0;
    for (const HttpHeaderField &f : headers) {
        if (f.name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        if (crumbs++ > 0)
            out += "; ";
        out += f.value;
    }
    return crumbs > 1 ? out : QByteArray();
}

QString HttpMessage::headerLossText() const
{
    switch (headerLoss) {
    case HeaderLoss::None:
        break;
    case HeaderLoss::NotCaptured:
        return QCoreApplication::translate("ecv::HttpDissector",
                                           "HEADERS of stream %1 not captured")
            .arg(streamId);
    case HeaderLoss::StateMissing:
        return QCoreApplication::translate(
            "ecv::HttpDissector", "HPACK state missing: the connection's start was not captured");
    case HeaderLoss::CompressionError:
        return QCoreApplication::translate(
                   "ecv::HttpDissector",
                   "HPACK compression error in a connection captured from its start "
                   "(nghttp2: %1)")
            .arg(headerError);
    }
    return headersUnknown
               ? QCoreApplication::translate("ecv::HttpDissector", "header fields unknown")
               : QString();
}

} // namespace ecv
