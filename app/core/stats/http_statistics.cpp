// SPDX-License-Identifier: Apache-2.0
#include "core/stats/http_statistics.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>

namespace ecv {

qint64 HttpStatistics::percentile(const QVector<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

void HttpStatistics::count(Accumulator &a, int status, qint64 latencyNs)
{
    ++a.row.requests;
    if (status >= 0) {
        ++a.row.responses;
        const int cls = status / 100;
        ++a.row.byClass[cls >= 1 && cls <= 5 ? cls : 0];
    }
    if (latencyNs >= 0)
        a.latencies.append(latencyNs);
}

void HttpStatistics::add(const HttpCaptureAnalysis &analysis)
{
    for (const HttpExchange &x : analysis.exchanges) {
        if (x.request < 0)
            continue; // a response whose request was not captured: no host, no path
        const HttpMessage &request = analysis.messages.at(x.request);
        const int status = x.response >= 0 ? analysis.messages.at(x.response).statusCode : -1;
        const QString host = QString::fromLatin1(request.host());
        QString path = QString::fromLatin1(request.target);
        if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0)
            path.truncate(q);
        ++m_requests;
        if (!request.method.isEmpty())
            ++m_methods[QString::fromLatin1(request.method)];
        if (x.response >= 0) {
            ++m_responses;
            if (status >= 0)
                ++m_codes[status];
        }
        const qint64 latency = x.response >= 0 ? x.timeNs : -1;
        Accumulator &h = m_hosts[host];
        h.row.host = host;
        count(h, x.response >= 0 ? status : -1, latency);
        Accumulator &p = m_paths[host + QLatin1Char('\n') + path];
        p.row.host = host;
        p.row.path = path;
        count(p, x.response >= 0 ? status : -1, latency);
    }
}

QVector<HttpStatistics::Row> HttpStatistics::rows(const QHash<QString, Accumulator> &table)
{
    QVector<Row> out;
    out.reserve(table.size());
    for (Accumulator a : table) {
        std::sort(a.latencies.begin(), a.latencies.end());
        if (!a.latencies.isEmpty()) {
            a.row.latencyMinNs = a.latencies.first();
            a.row.latencyP50Ns = percentile(a.latencies, 50);
            a.row.latencyP90Ns = percentile(a.latencies, 90);
            a.row.latencyP99Ns = percentile(a.latencies, 99);
            a.row.latencyMaxNs = a.latencies.last();
        }
        out.append(a.row);
    }
    std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        if (a.requests != b.requests)
            return a.requests > b.requests;
        return a.host != b.host ? a.host < b.host : a.path < b.path;
    });
    return out;
}

QVector<HttpStatistics::Row> HttpStatistics::byHost() const
{
    return rows(m_hosts);
}

QVector<HttpStatistics::Row> HttpStatistics::byPath() const
{
    return rows(m_paths);
}

namespace {

QString ms(qint64 ns)
{
    return ns < 0 ? QStringLiteral("-") : QString::number(double(ns) / 1e6, 'f', 3);
}

QString table(const QVector<HttpStatistics::Row> &rows, bool withPath)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12\n")
                      .arg(withPath ? QStringLiteral("Host / Path") : QStringLiteral("Host"), -40)
                      .arg(QStringLiteral("Requests"), 8)
                      .arg(QStringLiteral("2xx"), 6)
                      .arg(QStringLiteral("3xx"), 6)
                      .arg(QStringLiteral("4xx"), 6)
                      .arg(QStringLiteral("5xx"), 6)
                      .arg(QStringLiteral("Min ms"), 9)
                      .arg(QStringLiteral("P50 ms"), 9)
                      .arg(QStringLiteral("P90 ms"), 9)
                      .arg(QStringLiteral("P99 ms"), 9)
                      .arg(QStringLiteral("Max ms"), 9)
                      .arg(QStringLiteral("Unanswered"), 10);
    for (const HttpStatistics::Row &r : rows) {
        const QString name = withPath ? r.host + QLatin1Char(' ') + r.path
                                      : (r.host.isEmpty() ? QStringLiteral("(no host)") : r.host);
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12\n")
                   .arg(name, -40)
                   .arg(r.requests, 8)
                   .arg(r.byClass[2], 6)
                   .arg(r.byClass[3], 6)
                   .arg(r.byClass[4], 6)
                   .arg(r.byClass[5], 6)
                   .arg(ms(r.latencyMinNs), 9)
                   .arg(ms(r.latencyP50Ns), 9)
                   .arg(ms(r.latencyP90Ns), 9)
                   .arg(ms(r.latencyP99Ns), 9)
                   .arg(ms(r.latencyMaxNs), 9)
                   .arg(r.requests - r.responses, 10);
    }
    return out;
}

QJsonArray rowsJson(const QVector<HttpStatistics::Row> &rows, bool withPath)
{
    QJsonArray a;
    for (const HttpStatistics::Row &r : rows) {
        QJsonObject o{{QStringLiteral("host"), r.host},
                      {QStringLiteral("requests"), qint64(r.requests)},
                      {QStringLiteral("responses"), qint64(r.responses)}};
        if (withPath)
            o.insert(QStringLiteral("path"), r.path);
        QJsonObject classes;
        for (int c = 1; c <= 5; ++c)
            classes.insert(QStringLiteral("%1xx").arg(c), qint64(r.byClass[c]));
        classes.insert(QStringLiteral("other"), qint64(r.byClass[0]));
        o.insert(QStringLiteral("status_classes"), classes);
        if (r.latencyMinNs >= 0)
            o.insert(QStringLiteral("latency_ns"),
                     QJsonObject{{QStringLiteral("min"), r.latencyMinNs},
                                 {QStringLiteral("p50"), r.latencyP50Ns},
                                 {QStringLiteral("p90"), r.latencyP90Ns},
                                 {QStringLiteral("p99"), r.latencyP99Ns},
                                 {QStringLiteral("max"), r.latencyMaxNs}});
        a.append(o);
    }
    return a;
}

} // namespace

QString HttpStatistics::text() const
{
    const QString sep(80, QLatin1Char('='));
    QString out = sep + QStringLiteral("\nHTTP Statistics\nFilter:<No Filter>\n");
    out += QStringLiteral("Requests: %1  Responses: %2\n\n").arg(m_requests).arg(m_responses);
    out += QStringLiteral("Status codes:\n");
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key(), 3).arg(it.value(), 10);
    out += QStringLiteral("\nMethods:\n");
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key(), -10).arg(it.value(), 10);
    out += QStringLiteral("\nBy host:\n") + table(byHost(), false);
    out += QStringLiteral("\nBy host and path:\n") + table(byPath(), true);
    return out + sep + QLatin1Char('\n');
}

QJsonObject HttpStatistics::json() const
{
    QJsonObject codes;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        codes.insert(QString::number(it.key()), qint64(it.value()));
    QJsonObject methods;
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        methods.insert(it.key(), qint64(it.value()));
    return QJsonObject{{QStringLiteral("requests"), qint64(m_requests)},
                       {QStringLiteral("responses"), qint64(m_responses)},
                       {QStringLiteral("status_codes"), codes},
                       {QStringLiteral("methods"), methods},
                       {QStringLiteral("hosts"), rowsJson(byHost(), false)},
                       {QStringLiteral("paths"), rowsJson(byPath(), true)}};
}

} // namespace ecv
