// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_analysis_cache.h"

#include <QMutexLocker>

namespace ecv {

HttpEventFields HttpAnalysisCache::Entry::fieldsForEvent(int eventIndex) const
{
    const int item = itemOfEvent.value(eventIndex, -1);
    return item < 0 ? HttpEventFields() : fields.value(item);
}

HttpAnalysisCache::HttpAnalysisCache(qint64 maxBytes, HttpDissector::Options options)
    : m_maxBytes(maxBytes)
    , m_options(options)
{}

HttpAnalysisCache::EntryPtr HttpAnalysisCache::compute(quint32 id,
                                                       QVector<HttpDissector::Item> items,
                                                       const HttpDissector::Options &options,
                                                       quint64 generation)
{
    auto e = std::make_shared<Entry>();
    e->conversationId = id;
    e->generation = generation;
    e->items = std::move(items);
    e->analysis = HttpDissector::analyze(e->items, options);
    e->fields = HttpFields::forAll(e->analysis, e->items);
    for (int i = 0; i < e->items.size(); ++i) {
        e->itemOfEvent.insert(e->items[i].eventIndex, i);
        e->bytes += e->items[i].data.size();
    }
    for (const HttpMessage &m : e->analysis.messages)
        e->bytes += m.body.size() + m.wireBody.size();
    return e;
}

HttpAnalysisCache::EntryPtr HttpAnalysisCache::peek(quint32 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(id);
}

HttpAnalysisCache::EntryPtr HttpAnalysisCache::get(quint32 id, int eventCount, const Loader &loader)
{
    {
        QMutexLocker lock(&m_mutex);
        const EntryPtr hit = m_entries.value(id);
        if (hit && hit->items.size() >= eventCount) {
            m_lru.removeOne(id);
            m_lru.append(id);
            return hit;
        }
    }
    // Compute outside the lock: dissection can take a while and other conversations must not
    // wait. Two threads may compute the same entry; the later one simply replaces it.
    quint64 generation;
    {
        QMutexLocker lock(&m_mutex);
        generation = m_generation;
    }
    EntryPtr fresh = compute(id, loader(id), m_options, generation);
    put(fresh);
    return fresh;
}

void HttpAnalysisCache::put(const EntryPtr &fresh)
{
    const quint32 id = fresh->conversationId;
    QMutexLocker lock(&m_mutex);
    // Generations increase with every capture a store opens: a newer one replaces what the
    // cache holds, an older one (a worker finishing on a closed capture) is not kept.
    if (fresh->generation < m_generation)
        return;
    if (fresh->generation > m_generation) {
        m_entries.clear();
        m_lru.clear();
        m_bytes = 0;
        m_generation = fresh->generation;
    }
    const EntryPtr old = m_entries.value(id);
    if (old)
        m_bytes -= old->bytes;
    m_entries.insert(id, fresh);
    m_bytes += fresh->bytes;
    m_lru.removeOne(id);
    m_lru.append(id);
    evictLocked();
}

void HttpAnalysisCache::evictLocked()
{
    // Keep at least the newest entry, whatever its size.
    while (m_bytes > m_maxBytes && m_lru.size() > 1) {
        const quint32 victim = m_lru.takeFirst();
        const EntryPtr e = m_entries.take(victim);
        if (e)
            m_bytes -= e->bytes;
    }
}

void HttpAnalysisCache::clear(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_entries.clear();
    m_lru.clear();
    m_bytes = 0;
}

qint64 HttpAnalysisCache::bytesHeld() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace ecv
