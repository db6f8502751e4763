// SPDX-License-Identifier: Apache-2.0
#include "core/stats/io_graph.h"

#include <algorithm>

namespace ecv {

IoGraph::IoGraph(qint64 startNs, qint64 intervalNs)
    : m_startNs(startNs)
    , m_intervalNs(qMax<qint64>(1'000'000, intervalNs))
{}

qint64 IoGraph::niceInterval(qint64 spanNs)
{
    const qint64 wanted = qMax<qint64>(1, spanNs / (MaxBuckets / 2));
    for (qint64 decade = 1'000'000; decade <= 1'000'000'000'000'000LL; decade *= 10)
        for (qint64 step : {1, 2, 5})
            if (step * decade >= wanted)
                return step * decade;
    return 1'000'000'000'000'000LL;
}

void IoGraph::add(qint64 timeNs, qint64 bytes, const QString &group)
{
    // In double: damaged times must not overflow the subtraction.
    const double offset = double(timeNs) - double(m_startNs);
    qint64 bucket = offset <= 0 ? 0 : qint64(offset / double(m_intervalNs));
    while (bucket >= MaxBuckets) {
        coarsen();
        bucket = qint64(offset / double(m_intervalNs));
    }
    const int b = int(bucket);
    if (b >= m_buckets) {
        m_buckets = b + 1;
        for (Series &s : m_groups) {
            s.events.resize(m_buckets);
            s.bytes.resize(m_buckets);
        }
    }
    Series &s = m_groups[group];
    if (s.events.size() < m_buckets) {
        s.group = group;
        s.events.resize(m_buckets);
        s.bytes.resize(m_buckets);
    }
    ++s.events[b];
    const quint64 n = quint64(qMax<qint64>(0, bytes));
    s.bytes[b] += n;
    s.totalBytes += n;
}

void IoGraph::coarsen()
{
    m_intervalNs *= 2;
    const int buckets = (m_buckets + 1) / 2;
    for (Series &s : m_groups) {
        for (int i = 0; i < buckets; ++i) {
            const int a = 2 * i;
            const int c = a + 1;
            s.events[i] = s.events.value(a) + s.events.value(c);
            s.bytes[i] = s.bytes.value(a) + s.bytes.value(c);
        }
        s.events.resize(buckets);
        s.bytes.resize(buckets);
    }
    m_buckets = buckets;
}

QVector<IoGraph::Series> IoGraph::series(int maxGroups, const QString &otherName) const
{
    QVector<Series> all(m_groups.cbegin(), m_groups.cend());
    std::sort(all.begin(), all.end(), [](const Series &a, const Series &b) {
        return a.totalBytes != b.totalBytes ? a.totalBytes > b.totalBytes : a.group < b.group;
    });
    for (Series &s : all) {
        s.events.resize(m_buckets);
        s.bytes.resize(m_buckets);
    }
    if (all.size() <= maxGroups || maxGroups < 1)
        return all;
    Series other;
    other.group = otherName;
    other.events.resize(m_buckets);
    other.bytes.resize(m_buckets);
    for (qsizetype g = maxGroups - 1; g < all.size(); ++g) {
        for (int b = 0; b < m_buckets; ++b) {
            other.events[b] += all[g].events[b];
            other.bytes[b] += all[g].bytes[b];
        }
        other.totalBytes += all[g].totalBytes;
    }
    all.resize(maxGroups - 1);
    all.append(other);
    return all;
}

} // namespace ecv
