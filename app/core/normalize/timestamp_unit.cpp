// SPDX-License-Identifier: Apache-2.0
#include "core/normalize/timestamp_unit.h"

#include <limits>

namespace ecv {

namespace {

constexpr qint64 kYear2000Ns = 946684800LL * 1000000000LL;
constexpr qint64 kYear2100Ns = 4102444800LL * 1000000000LL;
constexpr qint64 kDayNs = 86400LL * 1000000000LL;

qint64 multiplier(TimestampUnit::Unit unit)
{
    switch (unit) {
    case TimestampUnit::Unit::Seconds:
        return 1000000000LL;
    case TimestampUnit::Unit::Milliseconds:
        return 1000000LL;
    case TimestampUnit::Unit::Microseconds:
        return 1000LL;
    case TimestampUnit::Unit::Nanoseconds:
        return 1;
    case TimestampUnit::Unit::Invalid:
    case TimestampUnit::Unit::Monotonic:
        break;
    }
    return 0;
}

constexpr TimestampUnit::Unit kWallUnits[] = {
    TimestampUnit::Unit::Nanoseconds, TimestampUnit::Unit::Microseconds,
    TimestampUnit::Unit::Milliseconds, TimestampUnit::Unit::Seconds};

} // namespace

qint64 TimestampUnit::toUnixNs(qint64 value, Unit unit)
{
    const qint64 factor = multiplier(unit);
    if (factor == 0 || value < 0 || value > std::numeric_limits<qint64>::max() / factor)
        return -1;
    return value * factor;
}

TimestampUnit::Unit TimestampUnit::classify(qint64 value, qint64 arrivalNs)
{
    if (value <= 0)
        return Unit::Invalid;
    if (arrivalNs > 0) {
        for (Unit unit : kWallUnits) {
            const qint64 ns = toUnixNs(value, unit);
            if (ns >= 0 && qAbs(ns - arrivalNs) <= kDayNs)
                return unit;
        }
    }
    // eCapture itself only ever sent Unix s and Unix ns; ms/µs ranges overlap plausible boot
    // times (an hour, a month of uptime in ns), so they need the arrival time's confirmation.
    for (Unit unit : {Unit::Nanoseconds, Unit::Seconds}) {
        const qint64 ns = toUnixNs(value, unit);
        if (ns >= kYear2000Ns && ns < kYear2100Ns)
            return unit;
    }
    // A boot clock counts from a boot after 1970: it cannot exceed a real arrival time (a value
    // near INT64_MAX taken as boot time would make every later event's time negative).
    if (arrivalNs >= kYear2000Ns && value > arrivalNs)
        return Unit::Invalid;
    return Unit::Monotonic;
}

QString TimestampUnit::name(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return QStringLiteral("s");
    case Unit::Milliseconds:
        return QStringLiteral("ms");
    case Unit::Microseconds:
        return QStringLiteral("us");
    case Unit::Nanoseconds:
        return QStringLiteral("ns");
    case Unit::Monotonic:
        return QStringLiteral("monotonic");
    case Unit::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

qint64 TimestampUnit::heartbeatTimeNs(const HeartbeatRecord &h)
{
    if (!h.timestampValid)
        return h.arrivalNs;
    const Unit unit = classify(h.timestamp, h.arrivalNs);
    const qint64 ns = unit == Unit::Monotonic ? -1 : toUnixNs(h.timestamp, unit);
    return ns >= 0 ? ns : h.arrivalNs;
}

} // namespace ecv
