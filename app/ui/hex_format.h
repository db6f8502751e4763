// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace ecv {

/**
 * @brief Text forms of a byte range for copying (Wireshark's DataPrinter formats).
 * Pure functions; any thread.
 */
class HexFormat
{
public:
    /** @brief Bytes shown on one line of a hex dump. */
    static constexpr int BytesPerLine = 16;

    /**
     * @brief "00000010  47 45 54 20 ...  48 54  GET ...HT" lines, offsets starting at
     * @p baseOffset, with the ASCII column ('.' for anything not printable ASCII).
     */
    static QString hexDump(const QByteArray &bytes, qint64 baseOffset = 0);
    /** @brief "474554202f" — lower-case hex, no separators. */
    static QString hexStream(const QByteArray &bytes);
    /** @brief Printable ASCII form of one byte ('.' otherwise). */
    static char printable(uchar byte) { return byte >= 0x20 && byte < 0x7F ? char(byte) : '.'; }
};

} // namespace ecv
