// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ecv {

/**
 * @brief Pretty-prints JSON by re-indenting its original tokens.
 *
 * Unlike QJsonDocument (which sorts object keys, merges duplicates and reformats numbers), the
 * output keeps every key in its order, duplicates, number spelling and string escapes exactly as
 * sent; only whitespace between tokens changes. Also yields token spans for syntax colouring.
 * Invalid input: what was recognised is indented, the rest appended unchanged, @c error set.
 * Input is UTF-8 (RFC 8259 §8.1). Pure and thread-safe.
 */
class JsonReindenter
{
public:
    enum class TokenKind : quint8
    {
        Key,
        String,
        Number,
        Literal,
        Punctuation
    };

    struct Token
    {
        TokenKind kind;
        int begin; ///< index into Result::text (QString units)
        int length;
    };

    struct Result
    {
        QString text;
        QVector<Token> tokens;
        QString error;           ///< empty when the input was well-formed JSON
        qint64 errorOffset = -1; ///< byte offset of the problem in the input
        /** The first problem is a token JSON does not allow there (a stray bracket, a bare
         *  word): not JSON at all, unlike input that only ends early. */
        bool unexpectedToken = false;
    };

    /** @brief Re-indent @p json with @p indent spaces per level. */
    static Result reindent(const QByteArray &json, int indent = 2);
    /** @brief Whether @p data looks like JSON (first non-space byte is `{` or `[`). */
    static bool looksLikeJson(const QByteArray &data);
};

} // namespace ecv
