// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief Parser for eCapture's human-readable event text.
 *
 * This is what eCapture v2.1+ puts in Event.payload (the event's `String()` plus a '\n' that
 * TextHandler appends when missing, internal/output/handlers/text_handler.go), what connect-out
 * mode sends base64-encoded, and what v1.4.3–1.5.2 wrote raw for bash/zsh (with tabs and the
 * comm's NUL padding). Shapes (README "What it understands"):
 * - openssl data `[YYYY-MM-DD HH:MM:SS.mmm] PID:p TID:t Comm:c FD:f READ|WRITE (N bytes):\n<N
 * bytes>`
 * - connect/accept `PID:p, Comm:c, TID:t, FD:f, Tuple: [ip]:port->[ip]:port` (PID 0 with
 *   `[::]:0->[::]:0` is tcp_v4_destroy_sock noise)
 * - gotls `PID:p, TID:t, Comm:c, FD:f, Tuple:[a]:p->[b]:q, Type:READ|WRITE, Len:N\nData:\n<N
 * bytes>`
 * - bash `PID:p, UID:u, Comm:c, Retvalue:r, Line:\n<lines>`; zsh `PID:p, UID:u, \tComm:c,
 * \tLine:\n…`
 * - mysql `MySQL Query[PID=p, Comm=c, Len=n/total, Status=s]: <query>`
 * - postgres `PID=p Comm=c Query=<query>`
 * - nspr `TLSDataEvent{… PID: p, Direction: read|write, DataLen: N}` (no data)
 * - v1.x connect-out worker output `PID:p, Comm:c, Src:ip:port, Dest:ip:port,\n<payload>`
 *
 * Data is taken by the declared byte count, never by line: payloads may hold any bytes.
 * Thread-safe (no state).
 */
namespace V2EventText {

/**
 * @brief Fills @p event's probe, kind, pid, tid, uid, fd, processName, direction, tuple and
 * addresses as printed (not oriented), declaredLength, data, format, returnValue, status,
 * printedTime and warnings from @p text.
 * @return false when @p text has none of the known shapes (then @p event is unchanged).
 */
bool parse(const QByteArray &text, CapturedEvent &event);

/** @brief True when @p bytes start like a bash/zsh event text ("PID:<digits>, UID:"). Cheap. */
bool looksLikeShellText(const QByteArray &bytes);

/**
 * @brief v2's printed local time ("yyyy-MM-dd HH:mm:ss.zzz", CapturedEvent::printedTime) read as
 * if it were UTC, in ms. eCapture prints the capture host's wall clock without a zone.
 * @return false when the text does not parse.
 */
bool parsePrintedAsUtcMs(const QString &printed, qint64 *ms);

} // namespace V2EventText

} // namespace ecv
