// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include "core/http/http_dissector.h"

namespace ecv {

/**
 * @brief HTTP statistics of a capture, like `tshark -z http,stat` / `http_req,tree` and
 * `kyanos stat`: requests by host and by host + path, status codes, methods, and response
 * latency (request's first event to response's first event) min/p50/p90/p99/max per host and
 * per path.
 *
 * Feed it every conversation's analysis once (add()). Paths are request targets without the
 * query. Not thread-safe: one job fills one instance.
 */
class HttpStatistics
{
public:
    struct Row
    {
        QString host;             ///< Host / :authority ("" when the request had none)
        QString path;             ///< "" in the per-host table
        quint64 requests = 0;     ///< requests seen (with or without a response)
        quint64 responses = 0;    ///< of them, answered
        quint64 byClass[6] = {};  ///< responses by status class: [1]=1xx … [5]=5xx, [0]=other
        qint64 latencyMinNs = -1; ///< -1: no latency known
        qint64 latencyP50Ns = -1;
        qint64 latencyP90Ns = -1;
        qint64 latencyP99Ns = -1;
        qint64 latencyMaxNs = -1;
    };

    /** @brief Count the exchanges of one conversation. */
    void add(const HttpCaptureAnalysis &analysis);

    /** @brief Per host, most requests first. */
    QVector<Row> byHost() const;
    /** @brief Per host and path, most requests first. */
    QVector<Row> byPath() const;
    /** @brief Final status code → responses. */
    const QMap<int, quint64> &statusCodes() const { return m_codes; }
    /** @brief Method → requests. */
    const QMap<QString, quint64> &methods() const { return m_methods; }
    quint64 requestCount() const { return m_requests; }
    quint64 responseCount() const { return m_responses; }

    /** @brief `-z http,stat` text. */
    QString text() const;
    /** @brief `-z http,stat` with `-T json`. */
    QJsonObject json() const;

    /** @brief Nearest-rank percentile @p p (0–100) of @p sorted (ascending); -1 if empty. */
    static qint64 percentile(const QVector<qint64> &sorted, double p);

private:
    struct Accumulator
    {
        Row row;
        QVector<qint64> latencies;
    };
    static void count(Accumulator &a, int status, qint64 latencyNs);
    static QVector<Row> rows(const QHash<QString, Accumulator> &table);

    QHash<QString, Accumulator> m_hosts; ///< key: host
    QHash<QString, Accumulator> m_paths; ///< key: host + '\n' + path
    QMap<int, quint64> m_codes;
    QMap<QString, quint64> m_methods;
    quint64 m_requests = 0;
    quint64 m_responses = 0;
};

} // namespace ecv
