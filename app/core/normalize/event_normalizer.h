// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include "core/normalize/tuple_key.h"
#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief Completes decoded events using what earlier frames said.
 *
 * Feed events in frame order. For each event it:
 * - joins v2 data events to the most recent connect/accept event with the same (pid, fd)
 *   seen *before* it (fds are reused, so the join is by time, not a static map);
 * - orients src/dst so the source is the sender of the event's bytes (Wireshark's view;
 *   eCapture's v1 uuid tuple is always client→server, its v2 connect/accept tuple too);
 * - infers which side (client/server) a process is, when the frame does not say, and sets
 *   rolesInferred: first from the bytes (an HTTP request or the HTTP/2 preface is written by
 *   the client, a status line by the server), then from what the same pid showed on other
 *   connections, then from a second pid announcing a tuple already announced (the acceptor),
 *   else the process is taken as the client (eCapture's usual target: TLS clients);
 * - normalizes timeNs to Unix ns (Event.timestamp unit classified by magnitude; else the v2
 *   printed local time, its zone offset estimated from the arrival time; else the arrival time;
 *   timeSource says which).
 *
 * Not thread-safe; one instance per capture.
 */
class EventNormalizer
{
public:
    /** @brief Completes @p event in place (see class comment). */
    void normalize(CapturedEvent &event);
    /** @brief Forgets every connection seen (start of a new capture). */
    void reset();

private:
    enum class Role : quint8
    {
        Unknown,
        Client,
        Server
    };
    /** What the normalizer remembers of a connection: 20 bytes, its addresses are ids in
     *  m_tupleKeys (a capture may have millions of connections). */
    struct Connection
    {
        quint32 clientIp = 0; ///< TupleKeys id, 0 = none yet
        qint32 clientPort = -1;
        quint32 serverIp = 0;
        qint32 serverPort = -1;
        Role role = Role::Unknown;  ///< the process's side on this connection
        bool roleFromBytes = false; ///< role seen in the bytes, not guessed
    };
    /** A v2 connect/accept: the connection and eCapture's tuple text, for its data events. */
    struct V2Connection
    {
        Connection connection;
        TupleKey tuple;
    };
    using Key = QPair<qint64, qint32>;
    /** A v1 connection: the pid and eCapture's tuple text of its uuid. */
    struct V1Key
    {
        qint64 pid = -1;
        TupleKey tuple;
        friend bool operator==(const V1Key &a, const V1Key &b)
        {
            return a.pid == b.pid && a.tuple == b.tuple;
        }
        friend size_t qHash(const V1Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.pid, key.tuple);
        }
    };

    void rememberConnect(const CapturedEvent &event);
    void orient(CapturedEvent &event, Connection &connection);
    void normalizeTime(CapturedEvent &event);
    /** Starts the connection memories afresh when the address table got too big. */
    void boundMemory();
    /** Printed local time as if it were UTC, in ms; false when it does not parse. Cached per
     *  printed second. */
    bool printedAsUtcMs(const QString &printed, qint64 *ms);

    TupleKeys m_tupleKeys;                   ///< addresses and tuple texts the maps refer to
    QHash<Key, V2Connection> m_connections;  ///< (pid, fd) → latest connect/accept (v2)
    QHash<V1Key, Connection> m_v1Tuples;     ///< (pid, tuple) → role learned on a v1 connection
    QHash<qint64, Role> m_pidRoles;          ///< role a pid showed in its bytes
    QHash<TupleKey, qint64> m_tupleFirstPid; ///< v2 tuple → first pid that announced it
    qint64 m_monotonicOffsetNs = 0;          ///< Unix ns − boot ns, fixed by the first such event
    bool m_haveMonotonicOffset = false;
    qint64 m_printedOffsetNs = 0; ///< capture host's UTC offset, estimated once
    bool m_havePrintedOffset = false;
    QString m_cachedSecond;      ///< last "yyyy-MM-dd HH:mm:ss" converted
    qint64 m_cachedSecondMs = 0; ///< its parsePrintedAsUtcMs() result
    bool m_cachedSecondValid = false;
    bool m_haveCachedSecond = false;
};

} // namespace ecv
