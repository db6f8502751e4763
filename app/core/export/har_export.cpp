// SPDX-License-Identifier: Apache-2.0
#include "core/export/har_export.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include "core/capture/capture_read_handle.h"
#include "core/export/curl_command.h"
#include "core/export/export_http.h"
#include "core/http/body/form_urlencoded.h"
#include "core/http/body/multipart_parser.h"
#include "core/http/body/text_charset.h"

namespace ecv {

namespace {

constexpr int ProgressEvery = 1024;

QString latin(const QByteArray &b)
{
    return QString::fromUtf8(b);
}

bool isPseudo(const QByteArray &name)
{
    return name.startsWith(':');
}

QJsonArray headerArray(const HttpMessage &m, bool keepPseudo)
{
    QJsonArray out;
    for (const HttpHeaderField &h : m.headers)
        if (keepPseudo || !isPseudo(h.name))
            out.append(QJsonObject{{QStringLiteral("name"), latin(h.name)},
                                   {QStringLiteral("value"), latin(h.value)}});
    return out;
}

/** Cookie: a=1; b=2 (RFC 6265 §5.4) and Set-Cookie: a=1; Path=/; HttpOnly (§5.2). */
QJsonArray cookies(const HttpMessage &m, bool response)
{
    QJsonArray out;
    for (const HttpHeaderField &h : m.headers) {
        if (h.name.compare(response ? "set-cookie" : "cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parts = h.value.split(';');
        for (int i = 0; i < parts.size(); ++i) {
            const QByteArray part = parts[i].trimmed();
            const qsizetype eq = part.indexOf('=');
            if (response && i > 0) {
                // Attributes of the cookie just added.
                if (out.isEmpty())
                    break;
                QJsonObject c = out.last().toObject();
                const QByteArray key = (eq < 0 ? part : part.left(eq)).toLower();
                const QString value = eq < 0 ? QString() : latin(part.mid(eq + 1));
                if (key == "path")
                    c.insert(QStringLiteral("path"), value);
                else if (key == "domain")
                    c.insert(QStringLiteral("domain"), value);
                else if (key == "expires")
                    c.insert(QStringLiteral("expires"), value);
                else if (key == "httponly")
                    c.insert(QStringLiteral("httpOnly"), true);
                else if (key == "secure")
                    c.insert(QStringLiteral("secure"), true);
                out.replace(out.size() - 1, c);
                continue;
            }
            if (part.isEmpty() || eq <= 0)
                continue;
            out.append(QJsonObject{{QStringLiteral("name"), latin(part.left(eq))},
                                   {QStringLiteral("value"), latin(part.mid(eq + 1))}});
        }
    }
    return out;
}

QString httpVersion(const HttpMessage &m)
{
    if (m.httpMajor == 2)
        return QStringLiteral("http/2.0"); // as Chrome writes it
    return m.version.isEmpty() ? QStringLiteral("HTTP/1.1") : latin(m.version);
}

qint64 headersSize(const HttpMessage &m)
{
    if (m.httpMajor == 2 || m.headerRanges.isEmpty())
        return -1; // HPACK-compressed: no meaningful size
    qint64 n = 0;
    for (const HttpByteRange &r : m.headerRanges)
        n += r.end - r.begin;
    return n;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QJsonObject postData(const HttpMessage &m)
{
    const QByteArray body = m.decodedBody(); // decoded again if it was released from memory
    const QByteArray contentType = httpHeaderValue(m.headers, "content-type");
    QJsonObject out;
    out.insert(QStringLiteral("mimeType"), latin(contentType));
    bool base64 = false;
    out.insert(QStringLiteral("text"), HarExport::bodyText(body, contentType, &base64));
    if (base64)
        out.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
    const QByteArray media = httpMediaType(contentType);
    QJsonArray params;
    if (media == "application/x-www-form-urlencoded") {
        for (const FormUrlEncoded::Field &f : FormUrlEncoded::parse(body))
            params.append(QJsonObject{{QStringLiteral("name"), f.first},
                                      {QStringLiteral("value"), f.second}});
    } else if (media == "multipart/form-data") {
        const QByteArray boundary = MultipartParser::boundary(contentType);
        for (const MultipartParser::Part &p : MultipartParser::parse(body, boundary)) {
            QJsonObject param{{QStringLiteral("name"), p.name}};
            if (!p.fileName.isEmpty()) {
                param.insert(QStringLiteral("fileName"), p.fileName);
                param.insert(QStringLiteral("contentType"),
                             latin(httpHeaderValue(p.headers, "content-type")));
            } else {
                bool partBase64 = false;
                param.insert(QStringLiteral("value"), HarExport::bodyText(p.body, {}, &partBase64));
            }
            params.append(param);
        }
    }
    if (!params.isEmpty())
        out.insert(QStringLiteral("params"), params);
    return out;
}

QJsonObject noResponse()
{
    return QJsonObject{
        {QStringLiteral("status"), 0},
        {QStringLiteral("statusText"), QString()},
        {QStringLiteral("httpVersion"), QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QString()}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1}};
}

QJsonObject response(const HttpMessage &m)
{
    const QByteArray contentType = httpHeaderValue(m.headers, "content-type");
    const QByteArray body = m.decodedBody(); // decoded again if it was released from memory
    QJsonObject content{{QStringLiteral("size"), qint64(body.size())},
                        {QStringLiteral("mimeType"), latin(contentType)}};
    if (!m.codingsApplied.isEmpty())
        content.insert(QStringLiteral("compression"),
                       qint64(m.wireBody.size()) - qint64(body.size()));
    if (!body.isEmpty()) {
        bool base64 = false;
        content.insert(QStringLiteral("text"), HarExport::bodyText(body, contentType, &base64));
        if (base64)
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    if (m.bodyTruncated || m.truncatedByCap || !m.decodeError.isEmpty())
        content.insert(QStringLiteral("comment"), m.notes.join(QStringLiteral("; ")));
    return QJsonObject{
        {QStringLiteral("status"), m.statusCode},
        {QStringLiteral("statusText"), latin(m.reason)},
        {QStringLiteral("httpVersion"), httpVersion(m)},
        {QStringLiteral("cookies"), cookies(m, true)},
        {QStringLiteral("headers"), headerArray(m, false)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), latin(httpHeaderValue(m.headers, "location"))},
        {QStringLiteral("headersSize"), headersSize(m)},
        {QStringLiteral("bodySize"), qint64(m.wireBody.size())}};
}

} // namespace

QString HarExport::bodyText(const QByteArray &body, const QByteArray &contentType, bool *base64)
{
    *base64 = false;
    if (body.isEmpty())
        return {};
    if (!TextCharset::looksBinary(body)) {
        const TextCharset::Result text = TextCharset::decode(body, contentType);
        if (text.replaced == 0)
            return text.text;
    }
    *base64 = true; // binary, or text the charset does not round-trip: keep the bytes
    return QString::fromLatin1(body.toBase64());
}

QJsonObject HarExport::entry(const HttpCaptureAnalysis &a, const HttpExchange &x,
                             const QString &describe, const QString &serverIp)
{
    const HttpMessage &req = a.messages.at(x.request);
    const HttpMessage *resp = x.response >= 0 ? &a.messages.at(x.response) : nullptr;
    QJsonArray query;
    for (const FormUrlEncoded::Field &f : FormUrlEncoded::parseQuery(req.target))
        query.append(
            QJsonObject{{QStringLiteral("name"), f.first}, {QStringLiteral("value"), f.second}});
    QJsonObject request{{QStringLiteral("method"), latin(req.method)},
                        {QStringLiteral("url"), latin(CurlCommand::requestUrl(req))},
                        {QStringLiteral("httpVersion"), httpVersion(req)},
                        {QStringLiteral("cookies"), cookies(req, false)},
                        {QStringLiteral("headers"), headerArray(req, true)},
                        {QStringLiteral("queryString"), query},
                        {QStringLiteral("headersSize"), headersSize(req)},
                        {QStringLiteral("bodySize"), qint64(req.wireBody.size())}};
    if (req.bodySize() > 0)
        request.insert(QStringLiteral("postData"), postData(req));

    const double send = std::max(0.0, ms(req.lastTimeNs - req.firstTimeNs));
    const double wait = resp ? std::max(0.0, ms(resp->firstTimeNs - req.lastTimeNs)) : -1;
    const double receive = resp ? std::max(0.0, ms(resp->lastTimeNs - resp->firstTimeNs)) : -1;
    const QJsonObject timings{{QStringLiteral("blocked"), -1},     {QStringLiteral("dns"), -1},
                              {QStringLiteral("connect"), -1},     {QStringLiteral("ssl"), -1},
                              {QStringLiteral("send"), send},      {QStringLiteral("wait"), wait},
                              {QStringLiteral("receive"), receive}};
    QString comment = describe;
    if (!resp)
        comment += QStringLiteral("; no response captured");
    QJsonObject e{{QStringLiteral("startedDateTime"),
                   QDateTime::fromMSecsSinceEpoch(req.firstTimeNs / 1000000, Qt::UTC)
                       .toString(Qt::ISODateWithMs)},
                  {QStringLiteral("time"), send + std::max(0.0, wait) + std::max(0.0, receive)},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("response"), resp ? response(*resp) : noResponse()},
                  {QStringLiteral("cache"), QJsonObject()},
                  {QStringLiteral("timings"), timings},
                  {QStringLiteral("comment"), comment}};
    if (!serverIp.isEmpty())
        e.insert(QStringLiteral("serverIPAddress"), serverIp);
    return e;
}

HarExport::Result HarExport::write(const CaptureReadHandle &capture,
                                   const QVector<ExportEventRef> &refs, QIODevice *device,
                                   const Progress &progress)
{
    Result result;
    ExportHttp http(capture);
    struct Entry
    {
        qint64 timeNs;
        int order;
        QJsonObject json;
    };
    QVector<Entry> entries;
    const qint64 total = refs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % ProgressEvery == 0 && !progress(i, total)) {
            result.cancelled = true;
            return result;
        }
        const ExportEventRef &r = refs.at(i);
        const HttpAnalysis::EntryPtr analysis = http.entry(r.conversationId);
        const auto item = analysis ? analysis->itemOfEvent.constFind(r.eventIndex)
                                   : QHash<int, int>::const_iterator();
        if (!analysis || item == analysis->itemOfEvent.cend())
            continue;
        // Every request that begins in this event (an HTTP/2 event may start several).
        const HttpCaptureAnalysis &a = analysis->analysis;
        const CapturedEvent first = capture.indexedEvent(r.eventIndex);
        for (int msg : a.messagesByItem.value(*item)) {
            const HttpMessage &m = a.messages.at(msg);
            if (!m.isRequest || m.firstItem != *item || m.exchange < 0)
                continue;
            const HttpExchange &x = a.exchanges.at(m.exchange);
            if (x.request != msg)
                continue;
            QString describe =
                first.processName.isEmpty() ? QStringLiteral("process") : first.processName;
            if (first.pid >= 0)
                describe += QStringLiteral(" pid %1").arg(first.pid);
            if (first.fd >= 0)
                describe += QStringLiteral(" fd %1").arg(first.fd);
            QStringList events;
            for (int part : {x.request, x.response})
                if (part >= 0)
                    for (int it = a.messages.at(part).firstItem;
                         it >= 0 && it <= a.messages.at(part).lastItem; ++it)
                        events << QString::number(analysis->items.at(it).eventIndex + 1);
            events.removeDuplicates();
            describe += QStringLiteral(", eCapture event%1 %2")
                            .arg(events.size() == 1 ? QString() : QStringLiteral("s"),
                                 events.join(QStringLiteral(", ")));
            if (x.response < 0)
                ++result.withoutResponse;
            entries.append(
                {m.firstTimeNs, int(entries.size()), entry(a, x, describe, first.dstIp)});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.timeNs < b.timeNs; });
    QJsonArray array;
    for (Entry &e : entries)
        array.append(std::move(e.json));
    const QJsonObject log{
        {QStringLiteral("log"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                     {QStringLiteral("creator"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("eCapture Viewer")},
                                  {QStringLiteral("version"), QStringLiteral(ECV_VERSION)}}},
                     {QStringLiteral("pages"), QJsonArray()},
                     {QStringLiteral("entries"), array}}}};
    if (!ExportIo::writeAll(device, QJsonDocument(log).toJson(QJsonDocument::Indented),
                            &result.error))
        return result;
    result.entries = int(entries.size());
    result.ok = true;
    if (progress)
        progress(total, total);
    return result;
}

} // namespace ecv
