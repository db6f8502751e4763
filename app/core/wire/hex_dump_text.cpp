// SPDX-License-Identifier: Apache-2.0
#include "core/wire/hex_dump_text.h"

#include <QList>

#include "core/wire/hex_digit.h"

namespace ecv {

namespace {

bool isHexN(const QByteArray &s, qsizetype from, qsizetype n)
{
    if (from + n > s.size())
        return false;
    for (qsizetype i = from; i < from + n; ++i)
        if (hexDigitValue(s[i]) < 0)
            return false;
    return true;
}

// Parses one line: "OOOOOOOO  hh hh ... |ascii|". Returns false if the shape is wrong.
bool parseLine(const QByteArray &line, qint64 *offset, QByteArray *out)
{
    if (line.size() < 10 || !isHexN(line, 0, 8) || line[8] != ' ' || line[9] != ' ')
        return false;
    *offset = line.left(8).toLongLong(nullptr, 16);
    // Hex area ends where the ASCII column starts (two spaces then '|'), or at line end.
    qsizetype end = line.size();
    const qsizetype bar = line.indexOf("  |", 10);
    if (bar >= 0)
        end = bar;
    qsizetype i = 10;
    while (i < end) {
        if (line[i] == ' ') {
            ++i;
            continue;
        }
        if (!isHexN(line, i, 2) || (i + 2 < end && line[i + 2] != ' '))
            return false;
        out->append(char(hexDigitValue(line[i]) * 16 + hexDigitValue(line[i + 1])));
        i += 2;
    }
    return true;
}

} // namespace

bool HexDumpText::looksLikeHexDump(const QByteArray &text)
{
    const qsizetype nl = text.indexOf('\n');
    const QByteArray first = nl < 0 ? text : text.left(nl);
    QByteArray bytes;
    qint64 off = -1;
    return first.startsWith("00000000  ") && parseLine(first, &off, &bytes) && off == 0 &&
           !bytes.isEmpty();
}

QByteArray HexDumpText::decode(const QByteArray &text, bool *ok)
{
    QByteArray out;
    bool good = true;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        qint64 off = 0;
        QByteArray bytes;
        if (!parseLine(line, &off, &bytes)) {
            good = false;
            continue;
        }
        if (off != out.size())
            good = false;
        out.append(bytes);
    }
    if (ok)
        *ok = good;
    return out;
}

QByteArray HexDumpText::encode(const QByteArray &data)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    for (qsizetype off = 0; off < data.size(); off += 16) {
        QByteArray line = QByteArray::number(qlonglong(off), 16).rightJustified(8, '0');
        line += "  ";
        QByteArray ascii;
        for (int i = 0; i < 16; ++i) {
            if (off + i < data.size()) {
                const uchar b = uchar(data[off + i]);
                line += digits[b >> 4];
                line += digits[b & 15];
                line += ' ';
                ascii += (b >= 32 && b <= 126) ? char(b) : '.';
            } else {
                line += "   ";
            }
            if (i == 7)
                line += ' ';
        }
        line += " |" + ascii + "|\n";
        out += line;
    }
    return out;
}

} // namespace ecv
