// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace ecv {

/**
 * @brief Chooses a body's character set and decodes it to text.
 *
 * Order (as mitmproxy's infer_content_encoding): byte-order mark, Content-Type `charset=`,
 * JSON = UTF-8 (RFC 8259 §8.1), HTML `<meta charset>` / XML declaration / CSS `@charset`, valid
 * UTF-8, else windows-1252. Qt's QStringDecoder only guarantees UTF-8/16/32 and Latin-1, so
 * everything else (GBK, GB18030, Shift_JIS, EUC-KR, …) goes through glibc iconv(3). Invalid
 * sequences become U+FFFD (the raw bytes stay available to the caller). Pure and thread-safe.
 */
class TextCharset
{
public:
    struct Result
    {
        QString text;
        QByteArray charset; ///< label actually used, lower case (e.g. "utf-8", "gbk")
        QString source;     ///< "bom", "header", "json", "meta", "sniff"
        int replaced = 0;   ///< invalid sequences replaced by U+FFFD
    };

    /** @brief `charset` parameter of a Content-Type value, lower case, unquoted; "" if none. */
    static QByteArray charsetParameter(const QByteArray &contentType);
    /** @brief The charset to use and why (see class comment). */
    static QByteArray detect(const QByteArray &body, const QByteArray &contentType,
                             QString *source = nullptr);
    /** @brief Decode @p body with the detected charset. */
    static Result decode(const QByteArray &body, const QByteArray &contentType);
    /** @brief Decode with a given charset label (iconv for legacy ones). */
    static Result decodeAs(const QByteArray &body, const QByteArray &charset);
    static bool isValidUtf8(const QByteArray &data);
    /** @brief NUL bytes or many control characters: show as hex, not text. */
    static bool looksBinary(const QByteArray &data);
};

} // namespace ecv
