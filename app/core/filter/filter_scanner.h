// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ecv::filter {

/** @brief One token of a display filter (the scanner stage, as Wireshark's dfilter scanner). */
struct Token
{
    enum class Kind : quint8
    {
        End,      ///< end of the text (column = length + 1)
        Word,     ///< field name, keyword, number, address, bare value: [letters digits _ . : / -]
        String,   ///< quoted string; escapes resolved into `bytes`
        LParen,   ///< (
        RParen,   ///< )
        LBrace,   ///< {
        RBrace,   ///< }
        LBracket, ///< [
        RBracket, ///< ]
        Comma,    ///< ,
        Range,    ///< .. (inside a set: 8000..8999)
        Eq,       ///< == = (eq is a Word keyword)
        Ne,       ///< != <>
        Lt,
        Le,
        Gt,
        Ge,
        And,   ///< && (and/AND are Word keywords)
        Or,    ///< ||
        Not,   ///< !
        Tilde, ///< ~ (matches)
    };

    Kind kind = Kind::End;
    QString text;     ///< the token as written (a String: its decoded value as UTF-8 text)
    QByteArray bytes; ///< String only: the decoded bytes (\xHH gives any byte)
    int column = 1;   ///< 1-based column of the first character (in UTF-16 units)
    int length = 0;   ///< characters the token spans in the text
};

/** @brief The tokens of a filter text, or the first scanning error. */
struct ScanResult
{
    QVector<Token> tokens; ///< always ends with an End token when error is empty
    QString error;         ///< translated message, "" when the text scanned
    int errorColumn = 0;   ///< 1-based
};

/**
 * @brief Split @p text into tokens. Strings are single- or double-quoted with C escapes
 * (\\ \" \' \n \r \t \0 \xHH \uHHHH; any other escape keeps its backslash, for regular
 * expressions such as "\d+") and SQL's doubled quote ('O''Brien'). Pure; any thread.
 */
ScanResult scan(const QString &text);

/** @brief Whether a Word token is the keyword @p keyword (ASCII, case-insensitive). */
bool isKeyword(const Token &token, const char *keyword);

} // namespace ecv::filter
