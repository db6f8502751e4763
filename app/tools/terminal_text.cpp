// SPDX-License-Identifier: Apache-2.0
#include "tools/terminal_text.h"

namespace ecv::terminal {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

} // namespace

QString safeText(QString text, Layout layout)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c))
            continue;
        if (layout == Layout::Lines &&
            (c == u'\n' || c == u'\t' || (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')))
            continue;
        text[i] = QLatin1Char('.');
    }
    return text;
}

QByteArray safeUtf8(const QString &text, Layout layout)
{
    return safeText(text, layout).toUtf8();
}

QByteArray safeJson(const QByteArray &json)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const uchar c = uchar(json.at(i));
        int code = -1;
        qsizetype length = 1;
        if (c == 0x7f) {
            code = 0x7f;
        } else if (c == 0xc2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80 &&
                   uchar(json.at(i + 1)) < 0xa0) {
            code = uchar(json.at(i + 1)); // U+0080..U+009F in UTF-8
            length = 2;
        }
        if (code < 0)
            continue;
        if (out.isEmpty())
            out.reserve(json.size() + 16);
        out.append(json.constData() + copied, i - copied);
        out.append("\\u00");
        out.append(hex[code >> 4]);
        out.append(hex[code & 0xf]);
        i += length - 1;
        copied = i + 1;
    }
    if (copied == 0)
        return json;
    out.append(json.constData() + copied, json.size() - copied);
    return out;
}

} // namespace ecv::terminal
