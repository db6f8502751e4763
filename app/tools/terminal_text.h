// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

/**
 * @file
 * @brief Text from the stream made harmless for a terminal. Process names, HTTP text, payload
 * bytes, file names, a server's close reason: any of them may hold ESC sequences, BEL, CR or C1
 * controls that would move the cursor, retitle the window or rewrite earlier lines. Every text
 * ecapture-dump and ecapture-replay print goes through one of these.
 */
namespace ecv::terminal {

/** @brief How much layout a text keeps. */
enum class Layout
{
    OneLine, ///< every control character becomes '.' (a -T text line, a message on stderr)
    Lines,   ///< LF, TAB and CR LF are kept (reports such as -z conv and -z follow)
};

/**
 * @brief @p text with C0 controls, DEL and C1 controls (U+0080–U+009F) replaced by '.', except
 * what @p layout keeps. Printable characters, including non-ASCII ones, are unchanged.
 */
QString safeText(QString text, Layout layout = Layout::OneLine);

/** @brief safeText() of @p text, UTF-8 encoded. */
QByteArray safeUtf8(const QString &text, Layout layout = Layout::OneLine);

/**
 * @brief JSON text (QJsonDocument output) with DEL and C1 controls written as \\u escapes.
 * QJsonDocument escapes C0 itself but writes DEL and U+0080–U+009F as raw bytes; JSON allows
 * any character escaped (RFC 8259 section 7), and only strings can hold them, so the values
 * read back unchanged.
 */
QByteArray safeJson(const QByteArray &json);

} // namespace ecv::terminal
