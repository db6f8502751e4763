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
 *   eCapture's v1 tuple is always client→server, its v2 connect tuple too);
 * - infers which side (client/server) a v2 process is and sets rolesInferred;
 * - normalizes timeNs to Unix ns (unit classified by magnitude, else the printed local time,
 *   else the arrival time; timeSource says which).
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
    struct Connection
    {
        QString clientIp;
        qint32 clientPort = -1;
        QString serverIp;
        qint32 serverPort = -1;
        QString tuple;
        bool processIsClient = true;
        bool inferred = true;
        bool sawData = false;
    };
    using Key = QPair<qint64, qint32>;

    void rememberConnect(const CapturedEvent &event);
    void joinData(CapturedEvent &event);
    void orientV1(CapturedEvent &event) const;
    void normalizeTime(CapturedEvent &event) const;
    bool isServicePortOf(const QString &ip, qint32 port, qint64 pid) const;

    QHash<Key, Connection> m_connections;        ///< (pid, fd) → latest connect/accept
    QHash<QString, qint64> m_firstPidByEndpoint; ///< "ip|port" → first pid seen with it
};

} // namespace ecv
