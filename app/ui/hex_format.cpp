// SPDX-License-Identifier: Apache-2.0
#include "ui/hex_format.h"

namespace ecv {

QString HexFormat::hexDump(const QByteArray &bytes, qint64 baseOffset)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    const qsizetype lines = (bytes.size() + BytesPerLine - 1) / BytesPerLine;
    out.reserve(lines * 78);
    for (qsizetype line = 0; line < lines; ++line) {
        const qsizetype start = line * BytesPerLine;
        const qsizetype n = std::min<qsizetype>(BytesPerLine, bytes.size() - start);
        out.append(QByteArray::number(baseOffset + start, 16).rightJustified(8, '0'));
        out.append("  ");
        for (int i = 0; i < BytesPerLine; ++i) {
            if (i == 8)
                out.append(' ');
            if (i < n) {
                const auto b = uchar(bytes.at(start + i));
                out.append(digits[b >> 4]);
                out.append(digits[b & 0xF]);
                out.append(' ');
            } else {
                out.append("   ");
            }
        }
        out.append(' ');
        for (qsizetype i = 0; i < n; ++i)
            out.append(printable(uchar(bytes.at(start + i))));
        out.append('\n');
    }
    return QString::fromLatin1(out);
}

QString HexFormat::hexStream(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace ecv
