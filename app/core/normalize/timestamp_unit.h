// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

#include "core/wire/run_log_entry.h"

namespace ecv {

/**
 * @brief Guesses the unit of an eCapture timestamp from its magnitude.
 *
 * eCapture has sent Unix ns (v1.4.3–1.5.2 processor events), Unix s (v1.4.0 JSON events,
 * every heartbeat) and, in an unmerged refactor (#994), raw bpf monotonic ns. The official GUI
 * guesses by magnitude too (ecaptureQ timeUtils.ts). A value is read in the unit (s, ms, µs, ns)
 * whose result lies within a day of the arrival time; failing that, as ns or s when that gives a
 * plausible date (2000–2100: the units eCapture really used, so a file replayed years later still
 * reads right); failing that, a positive value is boot-clock (monotonic) ns, unless it exceeds a
 * real (post-2000) arrival time, which no boot clock can: then it is Invalid.
 */
namespace TimestampUnit {

enum class Unit : quint8
{
    Invalid,
    Seconds,
    Milliseconds,
    Microseconds,
    Nanoseconds,
    Monotonic
};

/** @brief Classifies @p value; @p arrivalNs (Unix ns, 0 = unknown) breaks ties. */
Unit classify(qint64 value, qint64 arrivalNs = 0);
/** @brief @p value in Unix ns for a wall-clock @p unit; -1 for Invalid/Monotonic or overflow. */
qint64 toUnixNs(qint64 value, Unit unit);
/** @brief "s", "ms", "us", "ns", "monotonic" or "invalid". */
QString name(Unit unit);

/**
 * @brief Unix ns of a heartbeat: eCapture's timestamp (Unix seconds; unit classified as above)
 * when it is a usable wall-clock value, else the frame's arrival time.
 */
qint64 heartbeatTimeNs(const HeartbeatRecord &heartbeat);

} // namespace TimestampUnit

} // namespace ecv
