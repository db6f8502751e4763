// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace ecv {

/**
 * @brief Value (0-15) of the ASCII hex digit @p c, either case, or -1 when @p c is not one.
 *
 * Shared by the chunk-size reader (RFC 9112 section 7.1), the Go hex.Dump text reader and the
 * eCapture HTTP/2 text parser's Go-quoted escapes (\x, \u). Locale-independent, unlike isxdigit().
 */
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace ecv
