// SPDX-License-Identifier: Apache-2.0
#include "core/fields/payload_text.h"

#include <QCoreApplication>
#include <utility>

namespace ecv {

namespace {

/** Length of the valid UTF-8 sequence at @p i, 0 if the byte at @p i does not start one. */
int validSequenceLength(const uchar *p, qsizetype i, qsizetype end, char32_t *codePoint)
{
    const uchar b0 = p[i];
    if (b0 < 0x80) {
        *codePoint = b0;
        return 1;
    }
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > end)
        return 0;
    for (int k = 1; k < len; ++k) {
        const uchar b = p[i + k];
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 (RFC 3629 §3).
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    *codePoint = cp;
    return len;
}

} // namespace

QString PayloadText::render(const QByteArray &data, qsizetype maxBytes, int *invalidBytes)
{
    const qsizetype end = maxBytes < 0 ? data.size() : std::min<qsizetype>(data.size(), maxBytes);
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    QString out;
    out.reserve(end);
    int invalid = 0;
    for (qsizetype i = 0; i < end;) {
        char32_t cp = 0;
        const int len = validSequenceLength(p, i, end, &cp);
        if (len == 0) {
            out.append(QChar(InvalidMark));
            ++invalid;
            ++i;
            continue;
        }
        i += len;
        if (cp == '\r' && i < end && p[i] == '\n')
            continue;
        if (cp < 0x20 && cp != '\t' && cp != '\n')
            out.append(QChar(char16_t(0x2400 + cp)));
        else if (cp == 0x7F)
            out.append(QChar(char16_t(0x2421)));
        else if (cp < 0x10000)
            out.append(QChar(char16_t(cp)));
        else
            out.append(QString::fromUcs4(&cp, 1));
    }
    if (invalidBytes)
        *invalidBytes = invalid;
    return out;
}

int PayloadText::breakLongLines(QString &text, int maxChars)
{
    // Fast path: nothing to do when no line is long.
    qsizetype run = 0;
    bool needed = false;
    for (const QChar c : std::as_const(text)) {
        run = c == QLatin1Char('\n') ? 0 : run + 1;
        if (run > maxChars) {
            needed = true;
            break;
        }
    }
    if (!needed)
        return 0;
    QString out;
    out.reserve(text.size() + text.size() / maxChars * 2 + 2);
    int breaks = 0;
    run = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\n')) {
            run = 0;
        } else if (run == maxChars) {
            out.append(QChar(BreakMark));
            out.append(QLatin1Char('\n'));
            ++breaks;
            run = 0;
        }
        if (c != QLatin1Char('\n'))
            ++run;
        out.append(c);
    }
    text = std::move(out);
    return breaks;
}

bool PayloadText::looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 64);
    if (n == 0)
        return false;
    int bad = 0;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    for (qsizetype i = 0; i < n;) {
        char32_t cp = 0;
        const int len = validSequenceLength(p, i, data.size(), &cp);
        if (len == 0) {
            ++bad;
            ++i;
            continue;
        }
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
            ++bad;
        i += len;
    }
    return bad * 8 > n; // more than 1 byte in 8 is not text
}

QString PayloadText::summaryLine(const QByteArray &data, int maxChars)
{
    if (data.isEmpty())
        return {};
    if (looksBinary(data))
        return QCoreApplication::translate("ecv::PayloadText", "%1 bytes binary").arg(data.size());
    // Only the start is needed: the first line of a 16 MiB body is not worth decoding whole.
    const QString text = render(data, std::min<qsizetype>(data.size(), maxChars * 4 + 256));
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.left(maxChars).toString();
    }
    return {};
}

} // namespace ecv
