// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_scanner.h"

#include <QCoreApplication>

namespace ecv::filter {

namespace {

/// Messages are translated in one context, whichever stage words them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ecv::DisplayFilter)
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u':' || c == u'/' || c == u'-';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/** Reads the quoted string at @p pos (the quote); false with an error message. */
bool scanString(const QString &text, qsizetype &pos, Token &token, ScanResult &result)
{
    const QChar quote = text.at(pos);
    const qsizetype start = pos;
    QByteArray bytes;
    ++pos;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == quote) {
            // SQL writes a quote inside a string by doubling it.
            if (pos + 1 < text.size() && text.at(pos + 1) == quote) {
                bytes.append(char(quote.unicode()));
                pos += 2;
                continue;
            }
            ++pos;
            token.kind = Token::Kind::String;
            token.bytes = bytes;
            token.text = QString::fromUtf8(bytes);
            token.length = int(pos - start);
            return true;
        }
        if (c != u'\\') {
            // Keep surrogate pairs together so the UTF-8 stays valid.
            qsizetype n = 1;
            if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
                n = 2;
            bytes.append(text.mid(pos, n).toUtf8());
            pos += n;
            continue;
        }
        const qsizetype escape = pos;
        if (++pos >= text.size())
            break;
        const QChar e = text.at(pos++);
        switch (e.unicode()) {
        case 'n':
            bytes.append('\n');
            break;
        case 'r':
            bytes.append('\r');
            break;
        case 't':
            bytes.append('\t');
            break;
        case '0':
            bytes.append('\0');
            break;
        case 'x':
        case 'u': {
            const int digits = e == u'x' ? 2 : 4;
            uint value = 0;
            int i = 0;
            for (; i < digits && pos < text.size() && hexValue(text.at(pos)) >= 0; ++i, ++pos)
                value = value * 16 + uint(hexValue(text.at(pos)));
            if (i != digits) {
                result.error = Text::tr("`\\%1` needs %2 hex digits at column %3")
                                   .arg(e)
                                   .arg(digits)
                                   .arg(escape + 1);
                result.errorColumn = int(escape + 1);
                return false;
            }
            if (e == u'x')
                bytes.append(char(value));
            else
                bytes.append(QString(QChar(char16_t(value))).toUtf8());
            break;
        }
        case '\\':
        case '"':
        case '\'':
            bytes.append(char(e.unicode()));
            break;
        default:
            // Any other escape keeps its backslash, so regular expressions read as written:
            // "\d+", "^/p(\?|$)".
            bytes.append('\\');
            bytes.append(QString(e).toUtf8());
            break;
        }
    }
    result.error = Text::tr("unterminated string starting at column %1").arg(start + 1);
    result.errorColumn = int(start + 1);
    return false;
}

} // namespace

bool isKeyword(const Token &token, const char *keyword)
{
    return token.kind == Token::Kind::Word &&
           token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

ScanResult scan(const QString &text)
{
    ScanResult result;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    auto at = [&](qsizetype i) { return i < size ? text.at(i) : QChar(); };
    while (true) {
        while (pos < size && text.at(pos).isSpace())
            ++pos;
        Token token;
        token.column = int(pos + 1);
        if (pos >= size) {
            token.kind = Token::Kind::End;
            result.tokens.append(token);
            return result;
        }
        const QChar c = text.at(pos);
        const QChar next = at(pos + 1);
        auto single = [&](Token::Kind kind, int length) {
            token.kind = kind;
            token.length = length;
            token.text = text.mid(pos, length);
            pos += length;
        };
        if (c == u'"' || c == u'\'') {
            if (!scanString(text, pos, token, result))
                return result;
        } else if (c == u'.' && next == u'.') {
            single(Token::Kind::Range, 2);
        } else if (isWordChar(c)) {
            const qsizetype start = pos;
            // ".." ends a word: 8000..8999 is a range of two numbers.
            while (pos < size && isWordChar(text.at(pos)) &&
                   !(text.at(pos) == u'.' && at(pos + 1) == u'.'))
                ++pos;
            token.kind = Token::Kind::Word;
            token.text = text.mid(start, pos - start);
            token.length = int(pos - start);
        } else if (c == u'(') {
            single(Token::Kind::LParen, 1);
        } else if (c == u')') {
            single(Token::Kind::RParen, 1);
        } else if (c == u'{') {
            single(Token::Kind::LBrace, 1);
        } else if (c == u'}') {
            single(Token::Kind::RBrace, 1);
        } else if (c == u'[') {
            single(Token::Kind::LBracket, 1);
        } else if (c == u']') {
            single(Token::Kind::RBracket, 1);
        } else if (c == u',') {
            single(Token::Kind::Comma, 1);
        } else if (c == u'=') {
            single(Token::Kind::Eq, next == u'=' ? 2 : 1);
        } else if (c == u'!') {
            if (next == u'=')
                single(Token::Kind::Ne, 2);
            else
                single(Token::Kind::Not, 1);
        } else if (c == u'<') {
            if (next == u'>')
                single(Token::Kind::Ne, 2);
            else if (next == u'=')
                single(Token::Kind::Le, 2);
            else
                single(Token::Kind::Lt, 1);
        } else if (c == u'>') {
            if (next == u'=')
                single(Token::Kind::Ge, 2);
            else
                single(Token::Kind::Gt, 1);
        } else if (c == u'&' && next == u'&') {
            single(Token::Kind::And, 2);
        } else if (c == u'|' && next == u'|') {
            single(Token::Kind::Or, 2);
        } else if (c == u'~') {
            single(Token::Kind::Tilde, 1);
        } else {
            const QString shown = (c == u'&' || c == u'|') ? QString(c) + c : QString(c);
            result.error =
                (c == u'&' || c == u'|')
                    ? Text::tr("unexpected `%1` at column %2: write `%3`")
                          .arg(c)
                          .arg(pos + 1)
                          .arg(shown)
                    : Text::tr("unexpected character `%1` at column %2").arg(c).arg(pos + 1);
            result.errorColumn = int(pos + 1);
            return result;
        }
        result.tokens.append(token);
    }
}

} // namespace ecv::filter
