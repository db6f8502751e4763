// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace event {
class Event;
}

namespace ecv {

/**
 * @brief Demo only: makes a looped recording's pass N look like new connections.
 *
 * The capture store keys a conversation by pid + 4-tuple (ConversationTracker), so a recording
 * replayed unchanged would append pass 2 to pass 1's conversations, and an HTTP/2 connection
 * would see a second connection preface mid-stream. Pass 0 is left as recorded; pass N > 0 gets
 *
 * - every pid and tid + 1000·N (wrapping within 1..kPidMax; 0 = "no process" stays 0);
 * - the client port of every tuple + 7·N, wrapping within 1024..65535. The client port is the
 *   higher of the tuple's two ports (the ephemeral one: eCapture prints a READ tuple of a v2
 *   gotls event server-first, so the side alone does not tell); ports 0 and < 1024 stay.
 *
 * v1.x events (structured): `pid`, `src_port`/`dst_port` and the uuid text (its leading
 * pid_tid and its tuple); `pname` and the payload are untouched. v2 events (text only, no uuid):
 * only the header line of the payload text (`PID:`/`TID:` numbers, the `[ip]:port->[ip]:port`
 * tuple of connect, data and gotls texts); the data after it is untouched, so the "(N bytes)" and
 * "Len:N" counts stay right; the event's `length` follows the payload's new size.
 * Stateless; any thread.
 */
class LoopPassRewriter
{
public:
    static constexpr qint64 kPidMax = 4194304; ///< Linux pid_max limit (PID_MAX_LIMIT)

    /** @brief @p pid + 1000·@p pass, wrapped within 1..kPidMax; pid <= 0 unchanged. */
    static qint64 shiftPid(qint64 pid, int pass);
    /** @brief @p port + 7·@p pass, wrapped within 1024..65535; ports < 1024 unchanged. */
    static quint32 shiftPort(quint32 port, int pass);
    /** @brief Shift the client (higher) port of the pair @p a / @p b in place. */
    static void shiftClientPort(quint32 *a, quint32 *b, int pass);
    /** @brief Rewrite one event for @p pass. @return true if anything changed. */
    static bool rewriteEvent(event::Event *ev, int pass);
    /** @brief A v1 uuid with its pid_tid and tuple shifted (unknown shapes: pid only or as is). */
    static QByteArray rewriteUuid(const QByteArray &uuid, const QByteArray &oldTuple,
                                  const QByteArray &newTuple, int pass);
    /** @brief A v2 event text with its header line shifted (data after the first '\n' kept). */
    static QByteArray rewriteV2Text(const QByteArray &text, int pass);
};

} // namespace ecv
