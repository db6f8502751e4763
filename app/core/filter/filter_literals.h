// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <optional>
#include <QString>

namespace ecv::filter {

/** @brief An IPv4 or IPv6 address in network byte order (IPv4 in the first 4 bytes). */
struct IpAddress
{
    bool v6 = false;
    std::array<quint8, 16> bytes{};

    int bits() const { return v6 ? 128 : 32; }
    /** @brief Whether the first @p prefix bits equal @p network's (same family). */
    bool inNetwork(const IpAddress &network, int prefix) const;
    /** @brief Order: IPv4 before IPv6, then by bytes. */
    int compare(const IpAddress &other) const;
};

/** @brief IPv4 dotted quad or IPv6 text (inet_pton; brackets allowed), or nullopt. */
std::optional<IpAddress> parseIpAddress(const QString &text);
/** @brief The address as the normalizer writes it (inet_ntop: dotted quad, RFC 5952). */
QString ipAddressText(const IpAddress &address);

/** @brief A decimal or 0x-hex integer with an optional sign, or nullopt (also on overflow). */
std::optional<qint64> parseInteger(const QString &text);

/** @brief A time literal as a range of Unix ns [lo, hi]: the precision written decides the
 *  width ("2026-11-29" is the whole day, "… 14:00:00" the second, ".5" the tenth). */
struct TimeRange
{
    qint64 lo = 0;
    qint64 hi = 0;
};
/**
 * @brief "YYYY-MM-DD[ HH:MM[:SS[.fraction]]]" (or T between date and time), local time unless
 * it ends in Z or ±HH:MM; frame.time prints local time the same way. nullopt when not a time.
 */
std::optional<TimeRange> parseTime(const QString &text);

/** @brief A decimal number of seconds ("1.5", "0.000001") as ns, or nullopt. */
std::optional<qint64> parseSeconds(const QString &text);

/** @brief "47:45:54", "47-45-54", "47.45.54" or "474554" as bytes, or nullopt. */
std::optional<QByteArray> parseHexBytes(const QString &text);

/** @brief SQL LIKE pattern (% any run, _ one character) as an anchored regular expression. */
QString likeToRegex(const QString &pattern);

} // namespace ecv::filter
