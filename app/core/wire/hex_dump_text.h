// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace ecv {

/**
 * @brief Go `encoding/hex.Dump` text back to bytes.
 *
 * eCapture v1 sends a type-0 payload whose first byte is not printable as hex.Dump text
 * (`pkg/event_processor/iparser.go` DefaultParser.Display): lines of
 * `00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|`.
 * Pure and thread-safe.
 */
class HexDumpText
{
public:
    /** @brief Whether @p text is hex.Dump output (first line has the offset + hex shape). */
    static bool looksLikeHexDump(const QByteArray &text);
    /**
     * @brief The bytes the dump stands for. Lines that do not have the shape are skipped;
     * @p ok (optional) is false if any line was skipped or offsets were not contiguous.
     */
    static QByteArray decode(const QByteArray &text, bool *ok = nullptr);
    /** @brief Go hex.Dump of @p data (for tests and for showing bytes the same way). */
    static QByteArray encode(const QByteArray &data);
};

} // namespace ecv
