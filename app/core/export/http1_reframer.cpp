// SPDX-License-Identifier: Apache-2.0
#include "core/export/http1_reframer.h"

#include "core/http/body/content_decoder.h"
#include "core/http/http1_parser.h"

namespace ecv {

namespace {

QByteArray lineName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon <= 0 ? QByteArray() : line.left(colon).trimmed().toLower();
}

QByteArray withoutEol(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

/** The codings of a Content-Encoding value without the outermost one eCapture removed. */
QList<QByteArray> remainingCodings(const QByteArray &value, const QByteArray &body)
{
    QList<QByteArray> codings;
    for (const QByteArray &part : value.split(','))
        if (!part.trimmed().isEmpty())
            codings << part.trimmed();
    if (codings.isEmpty())
        return codings;
    const QByteArray outer = codings.last().toLower();
    const bool gzip = outer == "gzip" || outer == "x-gzip";
    if ((gzip && !ContentDecoder::looksGzip(body)) ||
        (outer == "zstd" && !ContentDecoder::looksZstd(body)))
        codings.removeLast();
    return codings;
}

} // namespace

Http1Reframer::Result Http1Reframer::reframe(const QByteArray &in, qint64 bodyLength)
{
    Result out;
    Http1Parser::Options options;
    options.ecaptureFramed = true;
    options.decodeCap = 1; // only the framing is needed here, not the decoded body
    const Http1Parser::Result parsed = Http1Parser::parse(in, 0, options);
    if (parsed.status == Http1Parser::Status::NotHttp)
        return out;
    const HttpMessage &m = parsed.message;
    out.isHttp = true;
    out.isRequest = m.isRequest;
    out.headerEnd = parsed.headerEnd;
    out.declaredLength = m.declaredLength;
    out.bodyInInput = in.size() - parsed.headerEnd;
    out.headerSection = in.left(parsed.headerEnd);
    if (!m.headersComplete || m.noBodyByRule ||
        (!m.isRequest && m.statusCode >= 100 && m.statusCode < 200))
        return out;
    const QByteArray te = httpHeaderValues(m.headers, "transfer-encoding").toLower();
    const bool chunked = te.split(',').last().trimmed() == "chunked";
    // The parser took the body as chunk-framed only when the framing decoded exactly.
    out.chunkFramed = chunked && m.wireBody.size() != parsed.bodyEnd - parsed.headerEnd;
    const QByteArray body = in.mid(parsed.headerEnd);
    const qint64 length = bodyLength >= 0 ? bodyLength : out.bodyInInput;

    // Rewrite the header lines one by one; everything else stays as eCapture wrote it.
    const qsizetype fieldsBegin = in.indexOf('\n', parsed.begin) + 1;
    QByteArray rebuilt = in.left(fieldsBegin);
    // New lines end like the start line (eCapture writes CRLF; a raw LF-only message stays so).
    const QByteArray eol = in.mid(fieldsBegin - 2, 2) == "\r\n" ? "\r\n" : "\n";
    bool haveLength = false;
    qsizetype pos = fieldsBegin;
    while (pos < parsed.headerEnd) {
        qsizetype nl = in.indexOf('\n', pos);
        if (nl < 0 || nl >= parsed.headerEnd)
            nl = parsed.headerEnd - 1;
        const QByteArray line = in.mid(pos, nl + 1 - pos);
        pos = nl + 1;
        const QByteArray name = lineName(line);
        const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
        QByteArray replacement = line;
        if (name == "transfer-encoding" && chunked && !out.chunkFramed) {
            replacement =
                haveLength ? QByteArray() : "Content-Length: " + QByteArray::number(length) + eol;
            haveLength = true;
        } else if (name == "content-length" && !out.chunkFramed) {
            const bool ok = !haveLength && value == QByteArray::number(length);
            replacement = haveLength ? QByteArray()
                          : ok       ? line
                                     : "Content-Length: " + QByteArray::number(length) + eol;
            haveLength = true;
        } else if (name == "content-encoding") {
            const QList<QByteArray> codings = remainingCodings(value, body);
            const qsizetype colon = line.indexOf(':');
            if (codings.isEmpty())
                replacement.clear();
            else if (codings.size() != value.split(',').size())
                replacement = line.left(colon) + ": " + codings.join(", ") + eol;
        }
        if (replacement != line) {
            out.originalLines << QString::fromLatin1(withoutEol(line));
            if (!replacement.isEmpty())
                out.newLines << QString::fromLatin1(withoutEol(replacement));
        }
        // A chunked message with a Content-Length line (RFC 9112 §6.3 says TE wins) keeps both.
        rebuilt += replacement;
    }
    if (!haveLength && !out.chunkFramed && (length > 0 || !m.isRequest)) {
        // No length at all: insert one before the empty line ending the section.
        const QByteArray line = "Content-Length: " + QByteArray::number(length) + eol;
        const qsizetype emptyLine = rebuilt.endsWith("\r\n") ? 2 : 1;
        rebuilt.insert(rebuilt.size() - emptyLine, line);
        out.newLines << QString::fromLatin1(withoutEol(line));
    }
    out.changed = rebuilt != out.headerSection;
    out.headerSection = rebuilt;
    return out;
}

} // namespace ecv
