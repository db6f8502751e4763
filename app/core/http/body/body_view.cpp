// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/body_view.h"

#include <QCoreApplication>

#include "core/http/body/content_decoder.h"
#include "core/http/body/text_charset.h"
#include "core/http/http_message.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ecv {

namespace {

QByteArray firstNonSpace(const QByteArray &b, int n)
{
    qsizetype i = b.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        ++i;
    return b.mid(i, n);
}

} // namespace

QByteArray BodyView::sniffMediaType(const QByteArray &b)
{
    if (b.isEmpty())
        return {};
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (b.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return "image/gif";
    if (b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return "image/webp";
    if (b.startsWith("BM") && b.size() > 14)
        return "image/bmp";
    if (b.startsWith(QByteArray("\x00\x00\x01\x00", 4)))
        return "image/x-icon";
    if (b.startsWith("%PDF-"))
        return "application/pdf";
    if (ContentDecoder::looksGzip(b))
        return "application/gzip";
    if (ContentDecoder::looksZstd(b))
        return "application/zstd";
    if (b.startsWith("PK\x03\x04"))
        return "application/zip";
    const QByteArray head = firstNonSpace(b, 256).toLower();
    if (head.startsWith("<?xml")) {
        if (b.left(1024).contains("<svg"))
            return "image/svg+xml";
        return "application/xml";
    }
    if (head.startsWith("<svg"))
        return "image/svg+xml";
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") ||
        head.startsWith("<body"))
        return "text/html";
    // A sample cut short is still JSON; a token JSON does not allow is not (the message text
    // is translated, so the reindenter says which it was).
    if (JsonReindenter::looksLikeJson(b) &&
        !JsonReindenter::reindent(b.left(64 * 1024)).unexpectedToken)
        return "application/json";
    if (TextCharset::looksBinary(b))
        return "application/octet-stream";
    // Untyped bytes that are not UTF-8 and mostly >= 0x80: binary rather than legacy text.
    QByteArray sample = b.left(4096);
    // A sample cut from a longer body may end inside a UTF-8 sequence: drop that tail.
    for (int k = 0;
         k < 3 && sample.size() < b.size() && !sample.isEmpty() && uchar(sample.back()) >= 0x80;
         ++k)
        sample.chop(1);
    if (!TextCharset::isValidUtf8(sample)) {
        qsizetype high = 0;
        for (char c : sample)
            high += uchar(c) >= 0x80;
        if (high * 10 > sample.size() * 3)
            return "application/octet-stream";
    }
    return "text/plain";
}

BodyView::Kind BodyView::choose(const QByteArray &declared, const QByteArray &body)
{
    if (body.isEmpty())
        return Kind::Empty;
    const QByteArray sniffed = sniffMediaType(body);
    QByteArray t = declared.trimmed().toLower();
    // A declared type the bytes contradict (e.g. text/plain over a PNG) loses to the signature.
    if (t.isEmpty() || t == "application/octet-stream" || sniffed.startsWith("image/") ||
        (t.startsWith("text/") && sniffed == "application/octet-stream"))
        t = sniffed;
    if (t == "application/json" || t.endsWith("+json") || t == "text/json")
        return JsonReindenter::looksLikeJson(body) ? Kind::Json : Kind::Text;
    if (t == "image/svg+xml")
        return Kind::Xml;
    if (t.startsWith("image/"))
        return Kind::Image;
    if (t == "application/xml" || t == "text/xml" || t.endsWith("+xml"))
        return Kind::Xml;
    if (t == "text/html" || t == "application/xhtml+xml")
        return Kind::Html;
    if (t == "application/x-www-form-urlencoded")
        return Kind::Form;
    if (t.startsWith("multipart/"))
        return Kind::Multipart;
    if (TextCharset::looksBinary(body))
        return Kind::Hex;
    return Kind::Text;
}

QString BodyView::xmlIndented(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    while (!r.atEnd()) {
        r.readNext();
        if (r.hasError())
            break;
        if (r.tokenType() == QXmlStreamReader::Characters && r.isWhitespace())
            continue;
        // The reader reports a StartDocument even without an XML declaration: keep it out.
        if (r.tokenType() == QXmlStreamReader::StartDocument && r.documentVersion().isEmpty())
            continue;
        w.writeCurrentToken(r);
    }
    if (r.hasError()) {
        if (error)
            *error = r.errorString();
        return {};
    }
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    return out;
}

BodyView::Rendered BodyView::render(const QByteArray &body, const QByteArray &contentType,
                                    qint64 prettyLimit)
{
    Rendered v;
    const QByteArray declared = httpMediaType(contentType);
    v.mediaType = declared.isEmpty() ? sniffMediaType(body) : declared;
    v.kind = choose(declared, body);
    auto asText = [&]() {
        const TextCharset::Result t = TextCharset::decode(body, contentType);
        v.text = t.text;
        v.charset = t.charset;
        if (t.replaced > 0)
            v.note = QStringLiteral("%1 invalid %2 sequence(s) shown as U+FFFD")
                         .arg(t.replaced)
                         .arg(QString::fromLatin1(t.charset));
    };
    const bool pretty = body.size() <= prettyLimit;
    switch (v.kind) {
    case Kind::Empty:
    case Kind::Image:
    case Kind::Hex:
        break;
    case Kind::Json:
        if (pretty) {
            const JsonReindenter::Result j = JsonReindenter::reindent(body);
            v.text = j.text;
            v.tokens = j.tokens;
            v.charset = "utf-8";
            if (!j.error.isEmpty())
                v.note =
                    QCoreApplication::translate("ecv::HttpBody", "not valid JSON at byte %1: %2")
                        .arg(j.errorOffset)
                        .arg(j.error);
        } else {
            asText();
            v.note = QCoreApplication::translate("ecv::HttpBody", "too large to pretty-print");
        }
        break;
    case Kind::Xml: {
        QString err;
        const QString x = pretty ? xmlIndented(body, &err) : QString();
        if (!x.isEmpty()) {
            v.text = x;
            v.charset = "utf-8";
        } else {
            asText();
            if (!err.isEmpty())
                v.note = QCoreApplication::translate("ecv::HttpBody", "not well-formed XML: %1")
                             .arg(err);
        }
        break;
    }
    case Kind::Form:
        v.fields = FormUrlEncoded::parse(body);
        asText();
        break;
    case Kind::Multipart:
        v.parts = MultipartParser::parse(body, MultipartParser::boundary(contentType));
        if (v.parts.isEmpty())
            v.note = QCoreApplication::translate(
                "ecv::HttpBody", "multipart body without parts (boundary not found)");
        break;
    case Kind::Html:
    case Kind::Text:
        asText();
        break;
    }
    return v;
}

BodyView::Rendered BodyView::render(const HttpMessage &m, qint64 prettyLimit)
{
    return render(m.decodedBody(), httpHeaderValue(m.headers, "content-type"), prettyLimit);
}

} // namespace ecv
