// SPDX-License-Identifier: Apache-2.0
#include "core/http/h2/ecapture_http2_text_parser.h"

#include <QCoreApplication>

#include "core/wire/hex_digit.h"
#include "core/wire/saturating_arithmetic.h"

namespace ecv {

namespace {

const QByteArray FrameMarker("Frame Type\t=>\t");
const QByteArray MergedMarker("Merged Data Frame, StreamID\t=>\t");
const QByteArray LengthMarker("Frame Length\t=>\t");
const QByteArray StreamMarker("Frame StreamID\t=>\t");
const QByteArray FinalLengthMarker("Merged Data Frame, Final Length\t=>\t");
const QByteArray GzipPlaceholder("Partial entity body with gzip encoding ...");
// eCapture decodes each event's HEADERS with a fresh hpack.Decoder (http2_request.go,
// http2_response.go Display), so a block that refers to the connection's dynamic table fails
// there and gets this line instead of its fields.
const QByteArray HpackContextLine("Incorrect HPACK context");
const QByteArray ContinuationLine("Not Supported HEADERS Frame with CONTINUATION frames");

/**
 * Finds each marker's next line-start occurrence at or after a position, remembering the last
 * answer: parse() asks with growing positions, so every marker is scanned for once over the
 * whole text (one search from each block would make 64,000 blocks quadratic).
 */
class MarkerScanner
{
public:
    MarkerScanner(const QByteArray &text, const QByteArray &marker)
        : m_text(text)
        , m_marker(marker)
    {}

    /** Offset of the next occurrence that starts a line at or after @p pos, or -1. */
    qint64 next(qint64 pos)
    {
        if (m_found == -1 && m_searchedFrom <= pos)
            return -1; // none left after an earlier, smaller position
        if (m_found >= pos && m_searchedFrom <= pos)
            return m_found;
        qint64 i = pos;
        while ((i = m_text.indexOf(m_marker, i)) >= 0) {
            if (i == 0 || m_text[i - 1] == '\n')
                break;
            ++i;
        }
        m_searchedFrom = pos;
        m_found = i;
        return i;
    }

private:
    const QByteArray &m_text;
    const QByteArray &m_marker;
    qint64 m_searchedFrom = kInt64Max; ///< position of the last search (none yet)
    qint64 m_found = -2;               ///< its answer
};

/**
 * A length or id printed by eCapture, read as a non-negative integer no larger than @p limit;
 * -1 when it is missing, not a number, negative or larger (the text is arbitrary bytes: a
 * length like 9223372036854775807 must never reach a pointer sum).
 */
qint64 boundedNumber(const QByteArray &text, qint64 limit)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok && v >= 0 && v <= limit ? v : -1;
}

// Reads "marker<value>\n" at pos; returns the value and advances pos, or null on mismatch.
QByteArray readField(const QByteArray &t, qint64 &pos, const QByteArray &marker)
{
    if (t.mid(pos, marker.size()) != marker)
        return {};
    const qint64 nl = t.indexOf('\n', pos);
    const qint64 end = nl < 0 ? t.size() : nl;
    QByteArray v = t.mid(pos + marker.size(), end - pos - marker.size());
    pos = nl < 0 ? t.size() : nl + 1;
    return v.isNull() ? QByteArray("") : v;
}

Http2Event::Kind kindFromName(const QByteArray &n, quint8 *type)
{
    static const QList<QByteArray> names = {
        "DATA",         "HEADERS", "PRIORITY", "RST_STREAM",    "SETTINGS",
        "PUSH_PROMISE", "PING",    "GOAWAY",   "WINDOW_UPDATE", "CONTINUATION"};
    const qsizetype i = names.indexOf(n);
    *type = i < 0 ? 0xff : quint8(i);
    static const Http2Event::Kind kinds[] = {
        Http2Event::Kind::Data,      Http2Event::Kind::Headers,  Http2Event::Kind::Priority,
        Http2Event::Kind::RstStream, Http2Event::Kind::Settings, Http2Event::Kind::PushPromise,
        Http2Event::Kind::Ping,      Http2Event::Kind::GoAway,   Http2Event::Kind::WindowUpdate,
        Http2Event::Kind::Unknown};
    return i < 0 ? Http2Event::Kind::Unknown : kinds[i];
}

// Parses `header field "name" = "value"[ (sensitive)]`.
bool parseHeaderLine(const QByteArray &line, HttpHeaderField *f)
{
    static const QByteArray prefix("header field \"");
    if (!line.startsWith(prefix))
        return false;
    // Find the closing quote of the name: a '"' not escaped, followed by ` = "`.
    qsizetype i = prefix.size();
    while (i < line.size()) {
        if (line[i] == '\\') {
            i += 2;
            continue;
        }
        if (line[i] == '"')
            break;
        ++i;
    }
    if (i >= line.size() || line.mid(i, 5) != "\" = \"")
        return false;
    f->name = EcaptureHttp2TextParser::goUnquote(line.mid(prefix.size(), i - prefix.size()));
    QByteArray rest = line.mid(i + 5);
    if (rest.endsWith(" (sensitive)"))
        rest.chop(12);
    if (rest.endsWith('"'))
        rest.chop(1);
    f->value = EcaptureHttp2TextParser::goUnquote(rest);
    return true;
}

} // namespace

QByteArray EcaptureHttp2TextParser::goUnquote(const QByteArray &q)
{
    QByteArray out;
    out.reserve(q.size());
    for (qsizetype i = 0; i < q.size(); ++i) {
        const char c = q[i];
        if (c != '\\' || i + 1 >= q.size()) {
            out += c;
            continue;
        }
        const char e = q[++i];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        case '\\':
            out += '\\';
            break;
        case '"':
            out += '"';
            break;
        case '\'':
            out += '\'';
            break;
        case 'x':
            if (i + 2 < q.size() + 0 && hexDigitValue(q[i + 1]) >= 0 &&
                hexDigitValue(q[i + 2]) >= 0) {
                out += char(hexDigitValue(q[i + 1]) * 16 + hexDigitValue(q[i + 2]));
                i += 2;
            } else {
                out += "\\x";
            }
            break;
        case 'u':
        case 'U': {
            const int n = e == 'u' ? 4 : 8;
            uint cp = 0;
            bool ok = i + n < q.size();
            for (int k = 1; ok && k <= n; ++k) {
                const int v = hexDigitValue(q[i + k]);
                ok = v >= 0;
                cp = cp * 16 + uint(v);
            }
            if (ok) {
                const char32_t ch = char32_t(cp);
                out += QString::fromUcs4(&ch, 1).toUtf8();
                i += n;
            } else {
                out += '\\';
                out += e;
            }
            break;
        }
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return out;
}

bool EcaptureHttp2TextParser::looksLikeRendering(const QByteArray &text)
{
    qint64 i = 0;
    while (i < text.size() && (text[i] == '\n' || text[i] == '\r'))
        ++i;
    return text.mid(i, FrameMarker.size()) == FrameMarker ||
           text.mid(i, MergedMarker.size()) == MergedMarker;
}

EcaptureHttp2TextParser::Result EcaptureHttp2TextParser::parse(const QByteArray &t)
{
    Result r;
    qint64 pos = 0;
    MarkerScanner frames(t, FrameMarker);
    MarkerScanner mergedBlocks(t, MergedMarker);
    while (pos < t.size()) {
        const qint64 f = frames.next(pos);
        const qint64 m = mergedBlocks.next(pos);
        if (f < 0 && m < 0)
            break;
        const bool merged = m >= 0 && (f < 0 || m < f);
        qint64 p = merged ? m : f;
        const qint64 blockBegin = p;
        Http2Event e;
        if (merged) {
            bool ok = false;
            e.kind = Http2Event::Kind::Data;
            e.type = 0;
            e.ecaptureMerged = true;
            e.streamId = readField(t, p, MergedMarker).trimmed().toUInt(&ok);
            // Bounded by the text: the merged body is printed right here.
            const qint64 len = boundedNumber(readField(t, p, FinalLengthMarker), t.size());
            if (p < t.size() && t[p] == '\n')
                ++p;
            const qint64 have = qMax<qint64>(0, qMin<qint64>(len, t.size() - p));
            e.payload = t.mid(p, have);
            e.complete = len >= 0 && have == len;
            if (len < 0)
                r.notes << QCoreApplication::translate(
                               "ecv::Http2", "Merged Data Frame of stream %1: the final length is "
                                             "not a length; the body is cut short")
                               .arg(e.streamId);
            p += have;
            e.ranges.append({p - have, p});
            r.events.append(e);
            pos = p;
            continue;
        }
        e.kind = kindFromName(readField(t, p, FrameMarker).trimmed(), &e.type);
        e.streamId = readField(t, p, StreamMarker).trimmed().toUInt();
        // A frame length (RFC 9113 §4.1: 24 bits) that does not fit the text is treated as
        // missing below: the payload runs to the next block instead.
        qint64 len = -1;
        bool lengthGiven = false;
        if (t.mid(p, LengthMarker.size()) == LengthMarker) {
            lengthGiven = true;
            const QByteArray text = readField(t, p, LengthMarker);
            len = boundedNumber(text, t.size());
            if (len < 0)
                r.notes << QCoreApplication::translate(
                               "ecv::Http2", "Frame Length of stream %1 is not a length that fits "
                                             "the event (\"%2\"); read to the next frame instead")
                               .arg(e.streamId)
                               .arg(QString::fromLatin1(text.trimmed().left(40)));
        }
        const qint64 nextF = frames.next(p);
        const qint64 nextM = mergedBlocks.next(p);
        qint64 next = t.size();
        if (nextF >= 0)
            next = nextF;
        if (nextM >= 0 && nextM < next)
            next = nextM;
        if (e.kind == Http2Event::Kind::Headers || e.kind == Http2Event::Kind::PushPromise) {
            e.fieldsDecoded = true;
            const qint64 fieldsBegin = p;
            while (p < next) {
                const qint64 nl = t.indexOf('\n', p);
                const qint64 end = (nl < 0 || nl > next) ? next : nl;
                const QByteArray line = t.mid(p, end - p);
                p = end + 1;
                if (line.isEmpty())
                    break;
                HttpHeaderField hf;
                if (parseHeaderLine(line, &hf)) {
                    e.fields.append(hf);
                } else if (line.startsWith(HpackContextLine)) {
                    e.loss = HttpMessage::HeaderLoss::StateMissing;
                    e.error = QCoreApplication::translate(
                                  "ecv::Http2", "eCapture: \"%1\" (it decodes each event without "
                                                "the connection's HPACK state)")
                                  .arg(QString::fromLatin1(line.trimmed()));
                } else if (line.startsWith(ContinuationLine)) {
                    e.loss = HttpMessage::HeaderLoss::NotCaptured;
                    e.error = QCoreApplication::translate("ecv::Http2", "eCapture: \"%1\"")
                                  .arg(QString::fromLatin1(line.trimmed()));
                } else
                    r.notes << QCoreApplication::translate(
                                   "ecv::Http2", "unrecognised line in HEADERS of stream %1: %2")
                                   .arg(e.streamId)
                                   .arg(QString::fromUtf8(line.left(80)));
            }
            e.ranges.append({fieldsBegin, qMin(p, next)});
            Q_UNUSED(blockBegin);
        } else if (e.kind == Http2Event::Kind::Data) {
            if (t.mid(p, GzipPlaceholder.size()) == GzipPlaceholder) {
                e.ecapturePlaceholder = true;
            } else if (len >= 0 && len <= t.size() - p &&
                       (p + len == t.size() || t[p + len] == '\n')) {
                e.payload = t.mid(p, len);
                e.ranges.append({p, p + len});
                p += len;
            } else {
                // Length does not fit the text: take everything up to the next block.
                qint64 end = next;
                while (end > p && t[end - 1] == '\n')
                    --end;
                e.payload = t.mid(p, end - p);
                e.complete = !lengthGiven || e.payload.size() == len;
                e.ranges.append({p, end});
                p = end;
            }
        }
        r.events.append(e);
        pos = qMax(p, qMin(next, t.size()));
        if (pos <= blockBegin)
            pos = blockBegin + 1;
    }
    return r;
}

} // namespace ecv
