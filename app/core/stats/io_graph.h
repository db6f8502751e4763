// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace ecv {

/**
 * @brief Wireshark's I/O graph data: events and bytes per time interval, per group (a source, a
 * process, a host: whatever text the caller groups by; "" = one series for everything).
 *
 * Incremental: add() events as they come (a live capture keeps adding); the interval starts at
 * @p intervalNs and doubles (buckets merged pairwise) whenever the capture outgrows
 * MaxBuckets, so memory stays bounded however long the capture runs. Times before the start are
 * counted in the first bucket. Not thread-safe.
 */
class IoGraph
{
public:
    static constexpr int MaxBuckets = 2000;

    struct Series
    {
        QString group;
        QVector<quint64> events; ///< per bucket
        QVector<quint64> bytes;  ///< per bucket
        quint64 totalBytes = 0;
    };

    /** @param startNs Unix ns of bucket 0; @param intervalNs initial width (>= 1 ms). */
    IoGraph(qint64 startNs, qint64 intervalNs = 1'000'000);

    /** @brief A width that gives at most ~MaxBuckets/2 buckets for a capture of @p spanNs:
     *  1, 2, 5 × 10^k ms, at least 1 ms. */
    static qint64 niceInterval(qint64 spanNs);

    void add(qint64 timeNs, qint64 bytes, const QString &group = QString());

    qint64 startNs() const { return m_startNs; }
    qint64 intervalNs() const { return m_intervalNs; }
    int bucketCount() const { return m_buckets; }
    /** @brief Unix ns where bucket @p bucket begins. */
    qint64 bucketStartNs(int bucket) const { return m_startNs + qint64(bucket) * m_intervalNs; }

    /**
     * @brief The series, largest by bytes first, at most @p maxGroups (the rest summed into one
     * series named @p otherName). Every series has bucketCount() entries.
     */
    QVector<Series> series(int maxGroups = 8,
                           const QString &otherName = QStringLiteral("other")) const;

private:
    void coarsen();

    qint64 m_startNs;
    qint64 m_intervalNs;
    int m_buckets = 0;
    QHash<QString, Series> m_groups;
};

} // namespace ecv
