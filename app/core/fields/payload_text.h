// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace ecv {

/**
 * @brief Turns payload bytes into plain text for display, never rich text.
 *
 * UTF-8 is decoded byte by byte so that each invalid byte is marked on its own (U+FFFD), C0
 * control characters are shown as their Control Pictures (U+2400 block) except tab and line
 * feed, and a CR before LF is dropped. Pure functions; any thread.
 */
class PayloadText
{
public:
    /** @brief The replacement shown for each byte that is not part of valid UTF-8. */
    static constexpr char16_t InvalidMark = 0xFFFD;

    /**
     * @brief Text of the first @p maxBytes bytes of @p data.
     * @param invalidBytes if given, receives how many bytes were not valid UTF-8.
     */
    static QString render(const QByteArray &data, qsizetype maxBytes = -1,
                          int *invalidBytes = nullptr);

    /**
     * @brief One-line summary for the event list's Info column: the first non-empty line,
     * trimmed, at most @p maxChars characters; "N bytes binary" when the start is not text.
     */
    static QString summaryLine(const QByteArray &data, int maxChars);

    /** @brief Mark placed where breakLongLines() broke a line (U+21A9). */
    static constexpr char16_t BreakMark = 0x21A9;
    /** @brief Longest line the text views get: text layout of one very long line is slow
     *  (a 1 MiB line takes seconds in QPlainTextEdit). */
    static constexpr int MaxLineChars = 1000;

    /**
     * @brief Break lines longer than @p maxChars for display, ending each piece with
     * BreakMark. @return number of breaks inserted.
     */
    static int breakLongLines(QString &text, int maxChars = MaxLineChars);

    /** @brief True when the first bytes look like binary data (not UTF-8 text). */
    static bool looksBinary(const QByteArray &data);
};

} // namespace ecv
