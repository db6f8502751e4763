// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QVector>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief Wireshark's Statistics > Endpoints (by address) and a per-process table, summed from
 * the event index alone (no payload is read): counts of events with data and their bytes, each
 * way. "Tx" of an endpoint is what it sent (it is the event's source), "Rx" what it received.
 *
 * Feed it every event once (add()), in any order; tables are sorted by bytes, largest first.
 * Not thread-safe: one job fills one instance.
 */
class TrafficStatistics
{
public:
    struct EndpointRow
    {
        QString address; ///< as the event carries it (IPv4 dotted, IPv6 RFC 5952)
        quint64 txEvents = 0;
        quint64 txBytes = 0;
        quint64 rxEvents = 0;
        quint64 rxBytes = 0;
        quint64 events() const { return txEvents + rxEvents; }
        quint64 bytes() const { return txBytes + rxBytes; }
    };
    struct ProcessRow
    {
        qint64 pid = -1;
        QString name;
        quint64 events = 0;        ///< every event of the process (notices included)
        quint64 bytesSent = 0;     ///< data the process wrote
        quint64 bytesReceived = 0; ///< data the process read
        int conversations = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
    };

    /** @brief Count one event: its index fields, data length and conversation (0 = none). */
    void add(const CapturedEvent &indexed, qint64 dataLength, quint32 conversationId);

    /** @brief Endpoints by bytes, descending (addresses unknown to eCapture are left out). */
    QVector<EndpointRow> endpoints() const;
    /** @brief Processes by bytes, descending. */
    QVector<ProcessRow> processes() const;

    /** @brief `-z endpoints` text, like `tshark -q -z endpoints,ip`. */
    static QString endpointsText(const QVector<EndpointRow> &rows);
    /** @brief `-z processes` text. */
    static QString processesText(const QVector<ProcessRow> &rows);
    static QJsonArray endpointsJson(const QVector<EndpointRow> &rows);
    static QJsonArray processesJson(const QVector<ProcessRow> &rows);

private:
    struct ProcessAccumulator
    {
        ProcessRow row;
        QHash<quint32, bool> conversations;
    };
    QHash<QString, EndpointRow> m_endpoints;
    QHash<QPair<qint64, QString>, ProcessAccumulator> m_processes;
};

} // namespace ecv
