// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <memory>
#include <QHash>
#include <QList>
#include <QMutex>

#include "core/http/http_dissector.h"
#include "core/http/http_fields.h"

namespace ecv {

/**
 * @brief Dissection results per conversation, computed on demand and cached (LRU).
 *
 * The owner supplies a loader that returns a conversation's items (e.g. from CaptureStore:
 * ConversationInfo::eventIndexes -> CaptureStore::event() -> HttpDissector::itemFromEvent). An
 * entry is recomputed when the conversation has grown (more events than when it was cached).
 * Thread-safe: get() may be called from worker threads (QtConcurrent) and the GUI thread; the
 * loader runs on the calling thread without the cache lock held, so it must be safe there.
 */
class HttpAnalysisCache
{
public:
    struct Entry
    {
        quint32 conversationId = 0;
        quint64 generation = 0; ///< CaptureReadHandle::generation() of the capture it was read from
        QVector<HttpDissector::Item> items;
        HttpCaptureAnalysis analysis;
        QVector<HttpEventFields> fields; ///< per item
        QHash<int, int> itemOfEvent;     ///< caller's event index -> item index
        qint64 bytes = 0;                ///< approximate memory held

        /** @brief Fields of the caller's event @p eventIndex (empty if not in it). */
        HttpEventFields fieldsForEvent(int eventIndex) const;
    };
    using EntryPtr = std::shared_ptr<const Entry>;
    using Loader = std::function<QVector<HttpDissector::Item>(quint32 conversationId)>;

    /** @param maxBytes approximate budget for cached items + bodies (default 256 MiB). */
    explicit HttpAnalysisCache(qint64 maxBytes = 256LL * 1024 * 1024,
                               HttpDissector::Options options = {});

    /**
     * @brief The analysis of conversation @p id with @p eventCount events, computed with
     * @p loader if not cached or cached with fewer events.
     */
    EntryPtr get(quint32 id, int eventCount, const Loader &loader);
    /** @brief Cached entry or nullptr (never computes). */
    EntryPtr peek(quint32 id) const;
    /** @brief Cache @p entry (computed elsewhere, e.g. by compute() on a worker), replacing an
     *  older one of its conversation; evicts by size. An entry of a newer capture generation
     *  than the cache's empties the cache first; one of an older generation (read from a capture
     *  since closed) is not cached. */
    void put(const EntryPtr &entry);
    /** @brief Drop every entry; from now on entries of captures older than @p generation are not
     * kept. */
    void clear(quint64 generation = 0);
    qint64 bytesHeld() const;

    /** @brief Build an entry without caching (what get() computes). */
    static EntryPtr compute(quint32 id, QVector<HttpDissector::Item> items,
                            const HttpDissector::Options &options, quint64 generation = 0);

private:
    void evictLocked();

    mutable QMutex m_mutex;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    quint64 m_generation = 0;
    HttpDissector::Options m_options;
    QHash<quint32, EntryPtr> m_entries;
    QList<quint32> m_lru; ///< least recently used first
};

} // namespace ecv
