// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include "core/http/http_analysis_cache.h"

namespace ecv {

class CaptureStore;

/**
 * @brief Runs HTTP dissection per conversation off the GUI thread and caches the results.
 *
 * entry() answers at once with what is cached (possibly older than the conversation, or
 * nothing) and, if that is not up to date, queues one analysis of the conversation on a worker
 * thread (at most one pending per conversation, a growing one at most once a second);
 * conversationReady() follows when it is done.
 * Dissection never runs on the ingest path. GUI thread API; the worker reads events through
 * CaptureStore's any-thread read-back functions.
 */
class HttpAnalyzer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpAnalyzer)
public:
    /** @brief @p store is not owned and must outlive the analyzer. */
    explicit HttpAnalyzer(CaptureStore *store, QObject *parent = nullptr);
    ~HttpAnalyzer() override;

    /** @brief Cached analysis of conversation @p id (nullptr if none yet); requests an update
     *  when it is missing or the conversation has grown. */
    HttpAnalysisCache::EntryPtr entry(quint32 id);
    /** @brief Cached analysis only, never requests one. */
    HttpAnalysisCache::EntryPtr peek(quint32 id) const;
    /** @brief Whether @p entry covers every event the conversation has now. */
    bool isCurrent(const HttpAnalysisCache::EntryPtr &entry) const;
    /** @brief Block until queued analyses are done (tests, shutdown). */
    void waitForDone();

signals:
    void conversationReady(quint32 id);

private:
    void onCleared();

    CaptureStore *m_store;
    HttpAnalysisCache m_cache;
    QThreadPool m_pool;
    QSet<quint32> m_pending;
    QSet<quint32> m_deferred;         ///< a re-request is scheduled
    QHash<quint32, qint64> m_lastRun; ///< m_clock ms of each conversation's last request
    QElapsedTimer m_clock;
    static constexpr qint64 RefreshMs = 1000;
    quint64 m_generation = 0; ///< bumped when the store is cleared: late results are dropped
};

} // namespace ecv
