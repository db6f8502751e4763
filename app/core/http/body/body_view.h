// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "core/http/body/form_urlencoded.h"
#include "core/http/body/json_reindenter.h"
#include "core/http/body/multipart_parser.h"

namespace ecv {

struct HttpMessage;

/**
 * @brief Headless body views: picks how to show a decoded body (by media type and sniffing) and
 * prepares the text. The widget layer only draws the result (JSON tokens for colouring, form
 * fields as a table, multipart parts, image bytes, hex). Pure and thread-safe.
 */
class BodyView
{
public:
    enum class Kind : quint8
    {
        Empty,
        Json,
        Xml,
        Html,
        Form,
        Multipart,
        Image,
        Text,
        Hex
    };

    struct Rendered
    {
        Kind kind = Kind::Empty;
        QString text;                          ///< Json/Xml/Html/Text: what to show
        QVector<JsonReindenter::Token> tokens; ///< Json: spans in text for colouring
        QVector<FormUrlEncoded::Field> fields; ///< Form
        QVector<MultipartParser::Part> parts;  ///< Multipart
        QByteArray charset;                    ///< charset used for text kinds
        QByteArray mediaType;                  ///< declared, else sniffed
        QString note;                          ///< e.g. "not valid JSON: …", "too large to
                                               ///< pretty-print", "3 invalid sequences"
    };

    /** @brief Media type from the bytes' signature ("image/png", "application/json", …). */
    static QByteArray sniffMediaType(const QByteArray &body);
    /** @brief View for @p declaredMediaType (may be empty) and the bytes. */
    static Kind choose(const QByteArray &declaredMediaType, const QByteArray &body);
    /** @brief Indent XML with QXmlStreamWriter auto-formatting; "" + @p error when not XML. */
    static QString xmlIndented(const QByteArray &xml, QString *error = nullptr);
    /**
     * @brief Render @p body declared as @p contentType. Bodies over @p prettyLimit bytes are
     * shown as plain text instead of re-indented (Getman's 512 KB rule, decoding-and-export A3).
     */
    static Rendered render(const QByteArray &body, const QByteArray &contentType,
                           qint64 prettyLimit = 512 * 1024);
    /** @brief render() for a dissected message's decoded body. */
    static Rendered render(const HttpMessage &message, qint64 prettyLimit = 512 * 1024);
};

} // namespace ecv
