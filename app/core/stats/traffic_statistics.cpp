// SPDX-License-Identifier: Apache-2.0
#include "core/stats/traffic_statistics.h"

#include <algorithm>
#include <QJsonObject>

namespace ecv {

void TrafficStatistics::add(const CapturedEvent &e, qint64 dataLength, quint32 conversationId)
{
    const quint64 bytes = quint64(qMax<qint64>(0, dataLength));
    if (bytes > 0) {
        if (!e.srcIp.isEmpty()) {
            EndpointRow &src = m_endpoints[e.srcIp];
            src.address = e.srcIp;
            ++src.txEvents;
            src.txBytes += bytes;
        }
        if (!e.dstIp.isEmpty()) {
            EndpointRow &dst = m_endpoints[e.dstIp];
            dst.address = e.dstIp;
            ++dst.rxEvents;
            dst.rxBytes += bytes;
        }
    }
    if (e.pid < 0 && e.processName.isEmpty())
        return;
    ProcessAccumulator &p = m_processes[qMakePair(e.pid, e.processName)];
    if (p.row.events == 0) {
        p.row.pid = e.pid;
        p.row.name = e.processName;
        p.row.firstNs = p.row.lastNs = e.timeNs;
    }
    ++p.row.events;
    p.row.firstNs = qMin(p.row.firstNs, e.timeNs);
    p.row.lastNs = qMax(p.row.lastNs, e.timeNs);
    if (e.direction == Direction::Send)
        p.row.bytesSent += bytes;
    else if (e.direction == Direction::Recv)
        p.row.bytesReceived += bytes;
    if (conversationId != 0)
        p.conversations.insert(conversationId, true);
}

QVector<TrafficStatistics::EndpointRow> TrafficStatistics::endpoints() const
{
    QVector<EndpointRow> rows(m_endpoints.cbegin(), m_endpoints.cend());
    std::sort(rows.begin(), rows.end(), [](const EndpointRow &a, const EndpointRow &b) {
        return a.bytes() != b.bytes() ? a.bytes() > b.bytes() : a.address < b.address;
    });
    return rows;
}

QVector<TrafficStatistics::ProcessRow> TrafficStatistics::processes() const
{
    QVector<ProcessRow> rows;
    rows.reserve(m_processes.size());
    for (const ProcessAccumulator &p : m_processes) {
        ProcessRow r = p.row;
        r.conversations = int(p.conversations.size());
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const ProcessRow &a, const ProcessRow &b) {
        const quint64 ab = a.bytesSent + a.bytesReceived;
        const quint64 bb = b.bytesSent + b.bytesReceived;
        if (ab != bb)
            return ab > bb;
        return a.pid != b.pid ? a.pid < b.pid : a.name < b.name;
    });
    return rows;
}

QString TrafficStatistics::endpointsText(const QVector<EndpointRow> &rows)
{
    const QString sep(80, QLatin1Char('='));
    QString out = sep + QStringLiteral("\nEndpoints\nFilter:<No Filter>\n");
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("Address"), -40)
               .arg(QStringLiteral("Events"), 8)
               .arg(QStringLiteral("Bytes"), 12)
               .arg(QStringLiteral("Tx Events"), 10)
               .arg(QStringLiteral("Tx Bytes"), 12)
               .arg(QStringLiteral("Rx Events"), 10)
               .arg(QStringLiteral("Rx Bytes"), 12);
    for (const EndpointRow &r : rows)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(r.address, -40)
                   .arg(r.events(), 8)
                   .arg(r.bytes(), 12)
                   .arg(r.txEvents, 10)
                   .arg(r.txBytes, 12)
                   .arg(r.rxEvents, 10)
                   .arg(r.rxBytes, 12);
    return out + sep + QLatin1Char('\n');
}

QString TrafficStatistics::processesText(const QVector<ProcessRow> &rows)
{
    const QString sep(80, QLatin1Char('='));
    QString out = sep + QStringLiteral("\nProcesses\nFilter:<No Filter>\n");
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("PID"), 8)
               .arg(QStringLiteral("Name"), -16)
               .arg(QStringLiteral("Events"), 8)
               .arg(QStringLiteral("Sent"), 12)
               .arg(QStringLiteral("Received"), 12)
               .arg(QStringLiteral("Convs"), 6)
               .arg(QStringLiteral("Duration"), 12);
    for (const ProcessRow &r : rows)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(r.pid >= 0 ? QString::number(r.pid) : QStringLiteral("?"), 8)
                   .arg(r.name.isEmpty() ? QStringLiteral("?") : r.name, -16)
                   .arg(r.events, 8)
                   .arg(r.bytesSent, 12)
                   .arg(r.bytesReceived, 12)
                   .arg(r.conversations, 6)
                   .arg((double(r.lastNs) - double(r.firstNs)) / 1e9, 12, 'f', 6);
    return out + sep + QLatin1Char('\n');
}

QJsonArray TrafficStatistics::endpointsJson(const QVector<EndpointRow> &rows)
{
    QJsonArray a;
    for (const EndpointRow &r : rows)
        a.append(QJsonObject{{QStringLiteral("address"), r.address},
                             {QStringLiteral("events"), qint64(r.events())},
                             {QStringLiteral("bytes"), qint64(r.bytes())},
                             {QStringLiteral("tx_events"), qint64(r.txEvents)},
                             {QStringLiteral("tx_bytes"), qint64(r.txBytes)},
                             {QStringLiteral("rx_events"), qint64(r.rxEvents)},
                             {QStringLiteral("rx_bytes"), qint64(r.rxBytes)}});
    return a;
}

QJsonArray TrafficStatistics::processesJson(const QVector<ProcessRow> &rows)
{
    QJsonArray a;
    for (const ProcessRow &r : rows) {
        QJsonObject o{{QStringLiteral("events"), qint64(r.events)},
                      {QStringLiteral("bytes_sent"), qint64(r.bytesSent)},
                      {QStringLiteral("bytes_received"), qint64(r.bytesReceived)},
                      {QStringLiteral("conversations"), r.conversations},
                      {QStringLiteral("first_ns"), r.firstNs},
                      {QStringLiteral("last_ns"), r.lastNs}};
        if (r.pid >= 0)
            o.insert(QStringLiteral("pid"), r.pid);
        if (!r.name.isEmpty())
            o.insert(QStringLiteral("name"), r.name);
        a.append(o);
    }
    return a;
}

} // namespace ecv
