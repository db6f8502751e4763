// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/json_reindenter.h"

#include <QCoreApplication>

#include <QVector>

namespace ecv {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool JsonReindenter::looksLikeJson(const QByteArray &data)
{
    qsizetype i = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < data.size() && isSpace(data[i]))
        ++i;
    return i < data.size() && (data[i] == '{' || data[i] == '[');
}

JsonReindenter::Result JsonReindenter::reindent(const QByteArray &in, int indent)
{
    Result r;
    QString &out = r.text;
    out.reserve(in.size() + in.size() / 4);
    QVector<char> stack;     // open containers
    QVector<bool> expectKey; // per object level: next string is a key
    bool afterOpen = false;  // last token was '{' or '['
    qsizetype i = in.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    auto newline = [&]() {
        out += QLatin1Char('\n');
        out += QString(int(stack.size()) * indent, QLatin1Char(' '));
    };
    auto put = [&](TokenKind kind, const QString &text) {
        r.tokens.append({kind, int(out.size()), int(text.size())});
        out += text;
    };
    auto fail = [&](const QString &why, bool unexpected = false) {
        if (r.error.isEmpty()) {
            r.error = why;
            r.errorOffset = i;
            r.unexpectedToken = unexpected;
        }
    };

    while (i < in.size()) {
        const char c = in[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (afterOpen && c != '}' && c != ']')
            newline();
        switch (c) {
        case '{':
        case '[': {
            put(TokenKind::Punctuation, QString(QLatin1Char(c)));
            stack.append(c);
            expectKey.append(c == '{');
            afterOpen = true;
            ++i;
            continue;
        }
        case '}':
        case ']': {
            const char open = c == '}' ? '{' : '[';
            if (stack.isEmpty() || stack.last() != open) {
                fail(QCoreApplication::translate("ecv::HttpBody", "unexpected '%1'")
                         .arg(QLatin1Char(c)),
                     true);
                break;
            }
            stack.removeLast();
            expectKey.removeLast();
            if (!afterOpen)
                newline();
            put(TokenKind::Punctuation, QString(QLatin1Char(c)));
            afterOpen = false;
            ++i;
            continue;
        }
        case ',':
            put(TokenKind::Punctuation, QStringLiteral(","));
            if (!expectKey.isEmpty() && stack.last() == '{')
                expectKey.last() = true;
            newline();
            afterOpen = false;
            ++i;
            continue;
        case ':':
            put(TokenKind::Punctuation, QStringLiteral(":"));
            out += QLatin1Char(' ');
            if (!expectKey.isEmpty())
                expectKey.last() = false;
            afterOpen = false;
            ++i;
            continue;
        case '"': {
            qsizetype j = i + 1;
            while (j < in.size() && in[j] != '"') {
                if (in[j] == '\\')
                    ++j;
                ++j;
            }
            if (j >= in.size()) {
                fail(QCoreApplication::translate("ecv::HttpBody", "unterminated string"));
                break;
            }
            const bool key = !expectKey.isEmpty() && expectKey.last() && stack.last() == '{';
            put(key ? TokenKind::Key : TokenKind::String,
                QString::fromUtf8(in.constData() + i, j + 1 - i));
            afterOpen = false;
            i = j + 1;
            continue;
        }
        default: {
            qsizetype j = i;
            while (j < in.size() && !isSpace(in[j]) && !QByteArray(",:{}[]\"").contains(in[j]))
                ++j;
            const QByteArray word = in.mid(i, j - i);
            const bool number =
                !word.isEmpty() && (word[0] == '-' || (word[0] >= '0' && word[0] <= '9'));
            if (!number && word != "true" && word != "false" && word != "null") {
                fail(QCoreApplication::translate("ecv::HttpBody", "unexpected \"%1\"")
                         .arg(QString::fromUtf8(word.left(20))),
                     true);
                break;
            }
            put(number ? TokenKind::Number : TokenKind::Literal, QString::fromLatin1(word));
            afterOpen = false;
            i = j;
            continue;
        }
        }
        break; // failed: fall out of the loop
    }
    if (!r.error.isEmpty()) {
        out += QString::fromUtf8(in.mid(i));
    } else if (!stack.isEmpty()) {
        r.error = QStringLiteral("%1 unclosed container(s) at end of input").arg(stack.size());
        r.errorOffset = in.size();
    }
    return r;
}

} // namespace ecv
