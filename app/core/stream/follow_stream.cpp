// SPDX-License-Identifier: Apache-2.0
#include "core/stream/follow_stream.h"

namespace ecv {

namespace {

const char *const Separator =
    "===================================================================\n";

const char *modeName(FollowStream::Mode m)
{
    switch (m) {
    case FollowStream::Mode::Ascii:
        return "ascii";
    case FollowStream::Mode::Hex:
        return "hex";
    case FollowStream::Mode::Raw:
        return "raw";
    }
    return "ascii";
}

} // namespace

QVector<FollowStream::Segment> FollowStream::segments(const QVector<HttpDissector::Item> &items,
                                                      const QVector<QByteArray> &itemBytes)
{
    QVector<Segment> out;
    Direction first = Direction::Unknown;
    bool haveFirst = false;
    for (int i = 0; i < items.size(); ++i) {
        const QByteArray &b = i < itemBytes.size() ? itemBytes[i] : items[i].data;
        if (b.isEmpty())
            continue;
        if (!haveFirst) {
            first = items[i].direction;
            haveFirst = true;
        }
        Segment s;
        s.item = i;
        s.node = items[i].direction == first ? 0 : 1;
        s.frameNumber = items[i].frameNumber;
        s.timeNs = items[i].timeNs;
        s.bytes = b;
        out.append(s);
    }
    return out;
}

QString FollowStream::hexLines(const QByteArray &data, quint32 offset, const QString &prefix)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    for (qsizetype i = 0; i < data.size(); i += 16) {
        QByteArray line = QByteArray::number(offset + quint32(i), 16).rightJustified(8, '0');
        line += "  ";
        QByteArray ascii;
        const qsizetype n = qMin<qsizetype>(16, data.size() - i);
        for (qsizetype k = 0; k < 16; ++k) {
            if (k < n) {
                const uchar v = uchar(data[i + k]);
                line += hex[v >> 4];
                line += hex[v & 15];
                line += ' ';
                ascii += (v >= 0x20 && v < 0x7f) ? char(v) : '.';
            } else {
                line += "   ";
            }
            if (k == 7) {
                line += ' ';
                if (k < n - 1)
                    ascii += ' ';
            }
        }
        line += ' ';
        out += prefix + QString::fromLatin1(line + ascii) + QLatin1Char('\n');
    }
    return out;
}

QString FollowStream::text(const QVector<Segment> &segments, Mode mode, const QString &node0,
                           const QString &node1, int streamIndex)
{
    QString out = QStringLiteral("\n") + QLatin1String(Separator);
    out += QStringLiteral("Follow: tcp,%1\n").arg(QLatin1String(modeName(mode)));
    out += QStringLiteral("Filter: tcp.stream eq %1\n").arg(streamIndex);
    out += QStringLiteral("Node 0: %1\nNode 1: %2\n").arg(node0, node1);
    quint32 offset[2] = {0, 0};
    for (const Segment &s : segments) {
        const QString tab = s.node ? QStringLiteral("\t") : QString();
        switch (mode) {
        case Mode::Ascii: {
            out += tab + QString::number(s.bytes.size()) + QLatin1Char('\n');
            QByteArray d = s.bytes;
            for (char &c : d) {
                const uchar u = uchar(c);
                if (c != '\r' && c != '\n' && (u < 0x20 || u >= 0x7f))
                    c = '.';
            }
            out += QString::fromLatin1(d) + QLatin1Char('\n');
            break;
        }
        case Mode::Hex:
            out += hexLines(s.bytes, offset[s.node], tab);
            break;
        case Mode::Raw:
            out += tab + QString::fromLatin1(s.bytes.toHex()) + QLatin1Char('\n');
            break;
        }
        offset[s.node] += quint32(s.bytes.size());
    }
    out += QLatin1String(Separator);
    return out;
}

} // namespace ecv
