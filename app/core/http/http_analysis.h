// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include "core/capture/capture_read_handle.h"
#include "core/http/http_analysis_cache.h"

namespace ecv {

class CaptureStore;

/**
 * @brief The one HTTP analysis of a capture, used by the window and `ecapture-dump` alike: it
 * loads a conversation's events from the store, dissects them (HttpDissector), caches the
 * result per conversation and answers per-event HTTP facts in O(1) once a conversation is
 * analysed.
 *
 * Two modes:
 * - Background (the window): entry() answers at once with what is cached (possibly older than
 *   the conversation, or nothing) and, when that is not current, queues one analysis on a
 *   worker thread (at most one pending per conversation; a growing live conversation at most
 *   once a second); conversationReady() follows. Dissection never runs on the ingest path.
 * - Synchronous (`ecapture-dump`): entry() analyses on the calling thread when the cache is not
 *   current, so the answer always covers every event the conversation has now.
 *
 * Thread affinity: the store's thread (entry(), peek(), fieldsOf(), signals). Workers read the
 * capture through a CaptureReadHandle, which keeps it readable even when it is closed meanwhile;
 * results for a capture that has since been closed are dropped (each entry carries its
 * capture's generation), and the store waits for no one. analyze() may be called from any
 * thread.
 */
class HttpAnalysis : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpAnalysis)
public:
    using EntryPtr = HttpAnalysisCache::EntryPtr;
    enum class Mode
    {
        Background,
        Synchronous
    };

    /** @brief @p store is not owned and must outlive the analysis. */
    explicit HttpAnalysis(CaptureStore *store, Mode mode = Mode::Background,
                          QObject *parent = nullptr);
    ~HttpAnalysis() override;

    Mode mode() const { return m_mode; }

    /**
     * @brief The analysis of conversation @p id (nullptr if none yet); asks for an update when
     * it is missing or the conversation has grown (see the modes above).
     */
    EntryPtr entry(quint32 id);
    /**
     * @brief The analysis of conversation @p id of @p capture covering every event it has now:
     * from the cache when current, else dissected on the calling thread (and cached when
     * @p capture is still the store's open capture). Null for an unknown id. Any thread: for
     * jobs on workers (display filter, export, statistics); shares one cache with entry(), so
     * what the window analysed is warm for them and the other way round.
     */
    EntryPtr analyze(const CaptureReadHandle &capture, quint32 id) const;
    /** @brief Cached analysis only; never starts one. */
    EntryPtr peek(quint32 id) const;
    /** @brief Whether @p entry covers every event its conversation has now. O(1). */
    bool isCurrent(const EntryPtr &entry) const;
    /**
     * @brief HTTP facts of event @p eventIndex within @p entry, or nullptr when the event is
     * not in it or carries no HTTP (neither a message start nor part of one). O(1). The pointer
     * lives as long as @p entry.
     */
    static const HttpEventFields *fieldsOf(const EntryPtr &entry, int eventIndex);
    /** @brief The message beginning in @p eventIndex (fieldsOf()->message), or nullptr. */
    static const HttpMessage *messageOf(const EntryPtr &entry, int eventIndex);

    /**
     * @brief The dissector's input for conversation @p id: its events read back through
     * @p capture, in frame order. Any thread.
     */
    static QVector<HttpDissector::Item> loadItems(const CaptureReadHandle &capture, quint32 id);

    /**
     * @brief Whether the capture is still growing (a live capture; default false). While it
     * is, a message cut short at the end of what was captured may continue, and facts that
     * depend on its end (http.body_length) are left out. Setting it drops cached analyses.
     */
    void setCaptureOpen(bool open);

    /** @brief Block until queued analyses are done (tests, shutdown). */
    void waitForDone();

signals:
    /** @brief A background analysis of conversation @p id finished (entry() has it now). */
    void conversationReady(quint32 id);

private:
    void onCleared();
    EntryPtr startBackground(quint32 id, const EntryPtr &cached);

    CaptureStore *m_store;
    Mode m_mode;
    mutable HttpAnalysisCache m_cache; ///< thread-safe; analyze() fills it from workers
    HttpDissector::Options m_options;  ///< set on the owner thread while no job runs
    QThreadPool m_pool;
    QSet<quint32> m_pending;
    QSet<quint32> m_deferred;         ///< a re-request is scheduled
    QHash<quint32, qint64> m_lastRun; ///< m_clock ms of each conversation's last request
    QElapsedTimer m_clock;
    static constexpr qint64 RefreshMs = 1000;
};

} // namespace ecv
