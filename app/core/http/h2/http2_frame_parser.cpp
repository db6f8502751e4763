// SPDX-License-Identifier: Apache-2.0
#include "core/http/h2/http2_frame_parser.h"

#include <algorithm>
#include <QCoreApplication>

#include <nghttp2/nghttp2.h>

namespace ecv {

namespace {

constexpr quint8 FlagEndStream = 0x1;
constexpr quint8 FlagEndHeaders = 0x4;
constexpr quint8 FlagPadded = 0x8;
constexpr quint8 FlagPriority = 0x20;

quint32 be24(const uchar *p)
{
    return (quint32(p[0]) << 16) | (quint32(p[1]) << 8) | p[2];
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

Http2Event::Kind kindOf(quint8 type)
{
    switch (type) {
    case 0x0:
        return Http2Event::Kind::Data;
    case 0x1:
        return Http2Event::Kind::Headers;
    case 0x2:
        return Http2Event::Kind::Priority;
    case 0x3:
        return Http2Event::Kind::RstStream;
    case 0x4:
        return Http2Event::Kind::Settings;
    case 0x5:
        return Http2Event::Kind::PushPromise;
    case 0x6:
        return Http2Event::Kind::Ping;
    case 0x7:
        return Http2Event::Kind::GoAway;
    case 0x8:
        return Http2Event::Kind::WindowUpdate;
    default:
        return Http2Event::Kind::Unknown;
    }
}

} // namespace

QString http2KindName(Http2Event::Kind kind)
{
    static const char *const names[] = {"HEADERS",       "DATA",         "PRIORITY", "RST_STREAM",
                                        "SETTINGS",      "PUSH_PROMISE", "PING",     "GOAWAY",
                                        "WINDOW_UPDATE", "UNKNOWN"};
    return QString::fromLatin1(names[int(kind)]);
}

QString http2ErrorName(quint32 code)
{
    // nghttp2 names the codes of RFC 9113 §7 and says "unknown" for others.
    const QString name = QString::fromLatin1(nghttp2_http2_strerror(code));
    if (name.isEmpty() || name.startsWith(QLatin1String("unknown")))
        return QStringLiteral("0x%1").arg(code, 0, 16);
    return name;
}

QString http2FrameText(const Http2Event &e)
{
    QString t = QStringLiteral("%1[%2]").arg(http2KindName(e.kind)).arg(e.streamId);
    if (!e.hasErrorCode)
        return t;
    if (e.kind == Http2Event::Kind::RstStream)
        t += QStringLiteral(" (%1)").arg(http2ErrorName(e.errorCode));
    else if (e.kind == Http2Event::Kind::GoAway)
        t += QStringLiteral(" (%1, last stream %2)")
                 .arg(http2ErrorName(e.errorCode))
                 .arg(e.lastStreamId);
    return t;
}

const QByteArray &Http2FrameParser::preface()
{
    static const QByteArray p("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    return p;
}

bool Http2FrameParser::looksLikeHttp2(const QByteArray &in, qint64 offset)
{
    if (in.mid(offset, 24) == preface().left(qMin<qint64>(24, in.size() - offset)) &&
        in.size() - offset >= 14)
        return true;
    if (in.size() - offset < 9)
        return false;
    const uchar *p = reinterpret_cast<const uchar *>(in.constData() + offset);
    const quint32 len = be24(p);
    const quint8 type = p[3];
    const quint32 sid = be32(p + 5) & 0x7fffffff;
    // A server's first frame is SETTINGS on stream 0 (RFC 9113 §3.4); accept any known type
    // on a sane length so a capture that starts mid-connection is still recognised.
    if (type == 0x4)
        return sid == 0 && len % 6 == 0 && len <= 16384 * 6;
    return type <= 0x9 && len <= 16777215 &&
           (in.size() - offset < 9 + qint64(len) + 9 ||
            kindOf(uchar(in[offset + 9 + len + 3])) != Http2Event::Kind::Unknown);
}

Http2FrameParser::Result Http2FrameParser::parse(const QByteArray &in, qint64 offset, qint64 end)
{
    Result r;
    const qint64 size = end < 0 ? in.size() : std::min<qint64>(end, in.size());
    qint64 pos = offset;
    if (size - pos >= preface().size() && in.mid(pos, preface().size()) == preface()) {
        r.hadPreface = true;
        pos += preface().size();
    }
    int openBlock = -1; // index of a HEADERS/PUSH_PROMISE event waiting for CONTINUATION
    while (pos + 9 <= size) {
        const uchar *p = reinterpret_cast<const uchar *>(in.constData() + pos);
        const quint32 len = be24(p);
        const quint8 type = p[3];
        const quint8 flags = p[4];
        const quint32 sid = be32(p + 5) & 0x7fffffff;
        const qint64 frameEnd = pos + 9 + len;
        const bool whole = frameEnd <= size;
        const qint64 payBegin = pos + 9;
        const qint64 payEnd = whole ? frameEnd : size;
        QByteArray pay = in.mid(payBegin, payEnd - payBegin);

        if (type == 0x9) { // CONTINUATION
            if (openBlock >= 0 && r.events[openBlock].streamId == sid) {
                Http2Event &h = r.events[openBlock];
                h.payload += pay;
                h.ranges.append({pos, payEnd});
                if (flags & FlagEndHeaders) {
                    h.complete = whole;
                    openBlock = -1;
                }
            } else {
                r.notes << QCoreApplication::translate("ecv::Http2",
                                                       "CONTINUATION on stream %1 without HEADERS")
                               .arg(sid);
            }
            pos = payEnd;
            continue;
        }
        if (openBlock >= 0) {
            r.notes << QCoreApplication::translate(
                           "ecv::Http2", "header block on stream %1 not ended by END_HEADERS")
                           .arg(r.events[openBlock].streamId);
            r.events[openBlock].complete = false;
            openBlock = -1;
        }

        Http2Event e;
        e.type = type;
        e.kind = kindOf(type);
        e.flags = flags;
        e.streamId = sid;
        e.complete = whole;
        e.ranges.append({pos, payEnd});
        e.endStream = (type == 0x0 || type == 0x1) && (flags & FlagEndStream);
        qint64 b = 0;
        qint64 eEnd = pay.size();
        if ((type == 0x0 || type == 0x1 || type == 0x5) && (flags & FlagPadded) && !pay.isEmpty()) {
            const int padLen = uchar(pay[0]);
            b = 1;
            eEnd = whole ? qMax<qint64>(b, qint64(len) - padLen) : eEnd;
        }
        if (type == 0x1 && (flags & FlagPriority))
            b += 5; // stream dependency (4) + weight (1)
        if (type == 0x5) {
            if (b + 4 <= pay.size())
                e.promisedStreamId =
                    be32(reinterpret_cast<const uchar *>(pay.constData()) + b) & 0x7fffffff;
            b += 4; // promised stream id
        }
        switch (e.kind) {
        case Http2Event::Kind::Data:
        case Http2Event::Kind::Headers:
        case Http2Event::Kind::PushPromise:
            e.payload = b < eEnd ? pay.mid(b, eEnd - b) : QByteArray();
            if (type != 0x0 && !(flags & FlagEndHeaders)) {
                e.complete = false;
                openBlock = int(r.events.size());
            }
            break;
        case Http2Event::Kind::RstStream:
            if (pay.size() >= 4) {
                e.errorCode = be32(reinterpret_cast<const uchar *>(pay.constData()));
                e.hasErrorCode = true;
            }
            break;
        case Http2Event::Kind::GoAway:
            if (pay.size() >= 8) {
                e.lastStreamId =
                    be32(reinterpret_cast<const uchar *>(pay.constData())) & 0x7fffffff;
                e.errorCode = be32(reinterpret_cast<const uchar *>(pay.constData()) + 4);
                e.hasErrorCode = true;
            }
            break;
        case Http2Event::Kind::Settings:
            for (qsizetype i = 0; i + 6 <= pay.size(); i += 6) {
                const uchar *s = reinterpret_cast<const uchar *>(pay.constData()) + i;
                e.settings.append({quint16((s[0] << 8) | s[1]), be32(s + 2)});
            }
            break;
        default:
            e.payload = pay;
            break;
        }
        r.events.append(e);
        pos = payEnd;
    }
    if (pos < size)
        r.notes << QStringLiteral("%1 trailing bytes (incomplete frame header)").arg(size - pos);
    r.consumed = pos - offset;
    return r;
}

} // namespace ecv
