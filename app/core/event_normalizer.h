// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include "captured_event.h"

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
    struct Connection
    {
        QString clientIp;
        qint32 clientPort = -1;
        QString serverIp;
        qint32 serverPort = -1;
        QString tuple;
        Role role = Role::Unknown;  ///< the process's side on this connection
        bool roleFromBytes = false; ///< role seen in the bytes, not guessed
    };
    using Key = QPair<qint64, qint32>;

    void rememberConnect(const CapturedEvent &event);
    void orient(CapturedEvent &event, Connection &connection);
    void normalizeTime(CapturedEvent &event);
    /** Printed local time as if it were UTC, in ms; false when it does not parse. Cached per
     *  printed second. */
    bool printedAsUtcMs(const QString &printed, qint64 *ms);
    static bool parsePrintedAsUtcMs(const QString &printed, qint64 *ms);

    QHash<Key, Connection> m_connections;   ///< (pid, fd) → latest connect/accept (v2)
    QHash<QString, Connection> m_v1Tuples;  ///< "pid|tuple" → role learned on a v1 connection
    QHash<qint64, Role> m_pidRoles;         ///< role a pid showed in its bytes
    QHash<QString, qint64> m_tupleFirstPid; ///< v2 tuple text → first pid that announced it
    qint64 m_monotonicOffsetNs = 0;         ///< Unix ns − boot ns, fixed by the first such event
    bool m_haveMonotonicOffset = false;
    qint64 m_printedOffsetNs = 0; ///< capture host's UTC offset, estimated once
    bool m_havePrintedOffset = false;
    QString m_cachedSecond;      ///< last "yyyy-MM-dd HH:mm:ss" converted
    qint64 m_cachedSecondMs = 0; ///< its parsePrintedAsUtcMs() result
    bool m_cachedSecondValid = false;
    bool m_haveCachedSecond = false;
};

} // namespace ecv
