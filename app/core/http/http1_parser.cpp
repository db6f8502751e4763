// SPDX-License-Identifier: Apache-2.0
#include "core/http/http1_parser.h"

#include <QCoreApplication>

#include "core/http/body/chunked_decoder.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace ecv {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArray("!#$%&'*+-.^_`|~").contains(c);
}

bool isHttpVersion(QByteArrayView v)
{
    return v.size() == 8 && v.startsWith("HTTP/") && v[5] >= '0' && v[5] <= '9' && v[6] == '.' &&
           v[7] >= '0' && v[7] <= '9';
}

// Offset of the first '\n' in [pos, limit), or limit. Never looks past limit: a probe at every
// event boundary of bytes without line ends must not scan to the end each time.
qint64 lineEndBefore(const QByteArray &in, qint64 pos, qint64 limit)
{
    limit = std::min<qint64>(limit, in.size());
    if (pos >= limit)
        return limit;
    const void *nl = std::memchr(in.constData() + pos, '\n', size_t(limit - pos));
    return nl ? qint64(static_cast<const char *>(nl) - in.constData()) : limit;
}

QByteArray firstLine(const QByteArray &in, qint64 pos, qint64 limit)
{
    const qint64 nl = lineEndBefore(in, pos, limit);
    QByteArray line = in.mid(pos, nl - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// End of the header section starting at pos: index one past the empty line, or -1 when there is
// none before limit.
qint64 headerSectionEnd(const QByteArray &in, qint64 pos, qint64 limit)
{
    qint64 i = pos;
    while (true) {
        const qint64 nl = lineEndBefore(in, i, limit);
        if (nl >= limit)
            return -1;
        // Empty line: "\n" right after the previous line end, or "\r\n".
        const qint64 next = nl + 1;
        if (next < limit && in[next] == '\n')
            return next + 1;
        if (next + 1 < limit && in[next] == '\r' && in[next + 1] == '\n')
            return next + 2;
        i = next;
    }
}

// The first boundary in (from, to) where a new HTTP/1 message starts, or -1.
qint64 messageBoundaryIn(const QByteArray &in, const QVector<qint64> &boundaries, qint64 from,
                         qint64 to)
{
    // boundaries are ascending: start at the first one after `from`.
    for (auto it = std::upper_bound(boundaries.cbegin(), boundaries.cend(), from);
         it != boundaries.cend() && *it < to; ++it)
        if (Http1Parser::startsMessage(in, *it))
            return *it;
    return -1;
}

} // namespace

bool Http1Parser::startsMessage(const QByteArray &input, qint64 offset)
{
    // Called at every event boundary of a conversation: looks at the first line in place,
    // without copying or splitting it.
    if (offset < 0 || offset >= input.size())
        return false;
    const qint64 nl = lineEndBefore(input, offset, std::min<qint64>(input.size(), offset + 8192));
    QByteArrayView line(input.constData() + offset, nl - offset);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith("HTTP/")) {
        // status-line = HTTP-version SP 3DIGIT SP [reason]
        return line.size() >= 12 && isHttpVersion(line.first(8)) && line[8] == ' ' &&
               std::isdigit(uchar(line[9])) && std::isdigit(uchar(line[10])) &&
               std::isdigit(uchar(line[11]));
    }
    // request-line = method SP request-target SP HTTP-version: exactly three non-empty parts.
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0)
        return false;
    const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
    if (sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0 || !isHttpVersion(line.sliced(sp2 + 1)))
        return false;
    const QByteArrayView method = line.first(sp1);
    return std::all_of(method.begin(), method.end(), isTokenChar);
}

HttpHeaderList Http1Parser::parseHeaderLines(const QByteArray &block, QStringList *notes)
{
    HttpHeaderList out;
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line[0] == ' ' || line[0] == '\t') && !out.isEmpty()) {
            out.last().value += ' ' + line.trimmed(); // obs-fold (RFC 9112 §5.2)
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            out.append({line, QByteArray()});
            if (notes)
                *notes << QCoreApplication::translate("ecv::Http1Parser",
                                                      "malformed header line \"%1\"")
                              .arg(QString::fromLatin1(line.left(80)));
            continue;
        }
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

void Http1Parser::decodeBody(HttpMessage &m, qint64 cap)
{
    const QByteArray ce = httpHeaderValues(m.headers, "content-encoding");
    if (ce.isEmpty() || m.wireBody.isEmpty()) {
        m.body = m.wireBody;
        return;
    }
    ContentDecoder::Result r = ContentDecoder::decodeList(m.wireBody, ce, true, cap);
    m.body = r.bytes;
    m.decodeError = r.error;
    m.truncatedByCap = r.truncatedByCap;
    m.codingsApplied = r.applied;
    for (QString n : r.notes) {
        if (m.ecaptureFramed)
            n.replace(QStringLiteral("already decoded, e.g. by eCapture"),
                      QStringLiteral("decoded by eCapture"));
        m.notes << n;
    }
}

Http1Parser::Result Http1Parser::parse(const QByteArray &in, qint64 offset, const Options &opt)
{
    Result r;
    qint64 pos = offset;
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n'))
        ++pos; // RFC 9112 §2.2: ignore empty lines before a request-line
    r.begin = pos;
    if (pos >= in.size())
        return r;

    // A header section never runs across an event boundary where a new request or status line
    // starts: a message whose empty line was not captured ends there, and the next one is read
    // on its own (RFC 9112 §2.2 framing cannot tell, eCapture's event boundaries can).
    qint64 limit = in.size();
    if (!opt.ecaptureFramed) {
        const qint64 cut = messageBoundaryIn(in, opt.eventBoundaries, pos, in.size());
        if (cut >= 0)
            limit = cut;
    }
    qint64 hEnd = headerSectionEnd(in, pos, limit);
    const bool headersComplete = hEnd >= 0;
    if (!headersComplete)
        hEnd = limit;
    const QByteArray start = firstLine(in, pos, hEnd);
    HttpMessage &m = r.message;
    m.startLine = start;
    m.ecaptureFramed = opt.ecaptureFramed;
    m.headersComplete = headersComplete;

    if (start.startsWith("HTTP/")) {
        m.isRequest = false;
        const qsizetype sp1 = start.indexOf(' ');
        m.version = sp1 < 0 ? start : start.left(sp1);
        if (sp1 >= 0) {
            const QByteArray rest = start.mid(sp1 + 1);
            const qsizetype sp2 = rest.indexOf(' ');
            bool ok = false;
            m.statusCode = (sp2 < 0 ? rest : rest.left(sp2)).trimmed().toInt(&ok);
            if (!ok)
                m.statusCode = -1;
            m.reason = sp2 < 0 ? QByteArray() : rest.mid(sp2 + 1);
        }
        if (m.statusCode < 0)
            m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                   "status line without a valid status code");
    } else {
        const QList<QByteArray> parts = start.split(' ');
        if (parts.size() < 2 || parts[0].isEmpty() ||
            !std::all_of(parts[0].begin(), parts[0].end(), isTokenChar) ||
            (parts.size() >= 3 && !parts.last().startsWith("HTTP/")))
            return r; // NotHttp
        m.isRequest = true;
        m.method = parts[0];
        m.target = parts[1];
        m.version = parts.size() >= 3 ? parts.last() : QByteArray();
        if (parts.size() != 3)
            m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                   "request line has %1 parts, expected 3")
                           .arg(parts.size());
    }

    const qint64 fieldsBegin = std::min<qint64>(in.indexOf('\n', pos) + 1, hEnd);
    m.headers = parseHeaderLines(in.mid(fieldsBegin, hEnd - fieldsBegin), &m.notes);
    r.headerEnd = hEnd;
    r.bodyEnd = hEnd;
    r.status = Status::Complete;
    if (!headersComplete) {
        r.status = Status::Truncated;
        m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                               "header section incomplete (no empty line)");
        m.body.clear();
        return r;
    }

    // Message body length (RFC 9112 §6.3).
    const QByteArray te = httpHeaderValues(m.headers, "transfer-encoding").toLower();
    const QByteArray clText = httpHeaderValue(m.headers, "content-length");
    bool clOk = false;
    const qint64 cl = clText.isNull() ? -1 : clText.trimmed().split(',').first().toLongLong(&clOk);
    m.declaredLength = clOk ? cl : -1;
    const qint64 avail = in.size() - hEnd;

    if (!m.isRequest) {
        m.interim = m.statusCode >= 100 && m.statusCode < 200;
        const bool head = opt.requestMethod.compare("HEAD", Qt::CaseInsensitive) == 0;
        if (m.interim || m.statusCode == 204 || m.statusCode == 304 || head) {
            m.noBodyByRule = true;
            if (head && m.declaredLength >= 0)
                m.notes << QCoreApplication::translate(
                               "ecv::Http1Parser",
                               "response to HEAD: no body (Content-Length %1 is the "
                               "size a GET would have)")
                               .arg(m.declaredLength);
            return r;
        }
    }

    const bool chunked = te.split(',').last().trimmed() == "chunked";
    if (chunked) {
        // eCapture v1 always de-chunks; accept chunk framing there only if it decodes exactly.
        bool framedButChunked = false;
        if (opt.ecaptureFramed && ChunkedDecoder::looksChunked(in, hEnd)) {
            const ChunkedDecoder::Result c = ChunkedDecoder::decode(in, hEnd);
            framedButChunked = c.complete && c.consumed == avail;
        }
        if (avail > 0 && ((opt.ecaptureFramed && !framedButChunked) ||
                          !ChunkedDecoder::looksChunked(in, hEnd))) {
            // eCapture v1 removed the chunk framing but kept the header. Raw bytes: identity
            // up to where a later event starts a new message (never swallow the next one).
            qint64 end = in.size();
            if (!opt.ecaptureFramed) {
                const qint64 cut = messageBoundaryIn(in, opt.eventBoundaries, hEnd, in.size());
                if (cut >= 0)
                    end = cut;
            }
            m.wireBody = in.mid(hEnd, end - hEnd);
            r.bodyEnd = end;
            m.notes << QCoreApplication::translate(
                           "ecv::Http1Parser",
                           "Transfer-Encoding: chunked, but the body has no chunk "
                           "framing (%1)")
                           .arg(opt.ecaptureFramed
                                    ? QCoreApplication::translate("ecv::Http1Parser",
                                                                  "de-chunked by eCapture")
                                    : QCoreApplication::translate("ecv::Http1Parser",
                                                                  "read as identity"));
        } else {
            const ChunkedDecoder::Result c = ChunkedDecoder::decode(in, hEnd);
            m.wireBody = c.body;
            r.bodyEnd = hEnd + c.consumed;
            for (const auto &t : c.trailers)
                m.trailers.append({t.first, t.second});
            if (!c.complete && avail > 0) {
                m.bodyTruncated = true;
                r.status = Status::Truncated;
                m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                       "chunked body incomplete: %1")
                               .arg(c.error);
            } else if (!c.complete) {
                m.bodyTruncated = true;
                r.status = Status::Truncated;
                m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                       "chunked body not captured");
            }
        }
    } else if (opt.ecaptureFramed) {
        // One re-serialized message: the body is the rest of the event.
        m.wireBody = in.mid(hEnd);
        r.bodyEnd = in.size();
        if (m.declaredLength >= 0 && avail > m.declaredLength) {
            m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                   "declared %1, body %2 (decoded by eCapture)")
                           .arg(m.declaredLength)
                           .arg(avail);
        } else if (m.declaredLength >= 0 && avail < m.declaredLength) {
            m.bodyTruncated = true;
            r.bodyRemaining = m.declaredLength - avail;
            r.status = Status::Truncated;
            m.notes << QCoreApplication::translate("ecv::Http1Parser", "truncated: %1 of %2 bytes")
                           .arg(avail)
                           .arg(m.declaredLength);
        }
    } else if (m.declaredLength >= 0 || !m.isRequest) {
        // Content-Length, or a response read to the end of the connection.
        qint64 want = m.declaredLength >= 0 ? std::min(m.declaredLength, avail) : avail;
        const qint64 cut = messageBoundaryIn(in, opt.eventBoundaries, hEnd, hEnd + want);
        if (cut >= 0)
            want = cut - hEnd;
        m.wireBody = in.mid(hEnd, want);
        r.bodyEnd = hEnd + want;
        if (m.declaredLength >= 0 && want < m.declaredLength) {
            m.bodyTruncated = true;
            r.status = Status::Truncated;
            r.bodyRemaining = cut >= 0 ? -1 : m.declaredLength - want;
            m.notes << QCoreApplication::translate("ecv::Http1Parser",
                                                   "truncated: %1 of %2 bytes%3")
                           .arg(want)
                           .arg(m.declaredLength)
                           .arg(cut >= 0 ? QStringLiteral(" (the next event starts a new message)")
                                         : QString());
        }
    }
    m.wireBodyLength = r.bodyEnd - hEnd;
    decodeBody(m, opt.decodeCap);
    return r;
}

} // namespace ecv
