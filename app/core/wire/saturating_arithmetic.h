// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>

/**
 * @file
 * @brief 64-bit arithmetic that clamps instead of overflowing. Times and lengths come from
 * arbitrary programs and damaged files (INT64_MIN, INT64_MAX, 1e300): a sum or difference of
 * two of them must give the nearest representable value, never a wrapped (negative) one, which
 * is undefined behaviour in C++ besides.
 */
namespace ecv {

inline constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
inline constexpr qint64 kInt64Min = std::numeric_limits<qint64>::min();

/** @brief @p a + @p b, clamped to [INT64_MIN, INT64_MAX]. */
constexpr qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? kInt64Max : kInt64Min;
    return sum;
}

/** @brief @p a - @p b, clamped to [INT64_MIN, INT64_MAX]. */
constexpr qint64 saturatingSub(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return b < 0 ? kInt64Max : kInt64Min;
    return difference;
}

/** @brief @p a × @p b, clamped to [INT64_MIN, INT64_MAX]. */
constexpr qint64 saturatingMul(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return (a < 0) != (b < 0) ? kInt64Min : kInt64Max;
    return product;
}

/**
 * @brief @p value rounded toward zero and clamped to [INT64_MIN, INT64_MAX]; NaN gives 0.
 * (Converting an out-of-range double to an integer is undefined behaviour.)
 */
inline qint64 saturatingFromDouble(double value)
{
    if (std::isnan(value))
        return 0;
    // 2^63 is exactly representable; every double below it converts.
    constexpr double kLimit = 9223372036854775808.0;
    if (value >= kLimit)
        return kInt64Max;
    if (value < -kLimit)
        return kInt64Min;
    return qint64(value);
}

} // namespace ecv
