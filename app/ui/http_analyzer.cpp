// SPDX-License-Identifier: Apache-2.0
#include "ui/http_analyzer.h"

#include <QPointer>
#include <QTimer>

#include "core/capture/capture_store.h"

namespace ecv {

HttpAnalyzer::HttpAnalyzer(CaptureStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // One worker keeps dissection from competing with ingest for the second core.
    m_pool.setMaxThreadCount(1);
    m_clock.start();
    connect(m_store, &CaptureStore::cleared, this, &HttpAnalyzer::onCleared);
}

HttpAnalyzer::~HttpAnalyzer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

HttpAnalysisCache::EntryPtr HttpAnalyzer::entry(quint32 id)
{
    if (id == 0 || id > quint32(m_store->conversationCount()))
        return nullptr;
    HttpAnalysisCache::EntryPtr cached = m_cache.peek(id);
    if ((cached && isCurrent(cached)) || m_pending.contains(id))
        return cached;
    // A growing live conversation is re-dissected at most once a second: each run reads the
    // whole conversation back.
    const qint64 now = m_clock.elapsed();
    if (const qint64 since = now - m_lastRun.value(id, -RefreshMs); cached && since < RefreshMs) {
        if (!m_deferred.contains(id)) {
            // Come back when the second is over, so the last growth is dissected too.
            m_deferred.insert(id);
            QTimer::singleShot(int(RefreshMs - since), this, [this, id] {
                m_deferred.remove(id);
                entry(id);
            });
        }
        return cached;
    }
    m_lastRun.insert(id, now);
    m_pending.insert(id);
    const int count = int(m_store->conversation(id).eventIndexes.size());
    const quint64 generation = m_generation;
    CaptureStore *store = m_store;
    HttpAnalysisCache *cache = &m_cache;
    QPointer<HttpAnalyzer> self(this);
    m_pool.start([=] {
        const auto loader = [store](quint32 conversation) {
            QVector<HttpDissector::Item> items;
            const QVector<int> indexes = store->conversationEventIndexes(conversation);
            items.reserve(indexes.size());
            for (int i : indexes)
                items.append(HttpDissector::itemFromEvent(store->event(i), i));
            return items;
        };
        cache->get(id, count, loader);
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_pending.remove(id);
                emit self->conversationReady(id);
            },
            Qt::QueuedConnection);
    });
    return cached;
}

HttpAnalysisCache::EntryPtr HttpAnalyzer::peek(quint32 id) const
{
    return id == 0 ? nullptr : m_cache.peek(id);
}

bool HttpAnalyzer::isCurrent(const HttpAnalysisCache::EntryPtr &entry) const
{
    if (!entry || entry->conversationId == 0 ||
        entry->conversationId > quint32(m_store->conversationCount()))
        return false;
    return entry->items.size() >= m_store->conversation(entry->conversationId).eventIndexes.size();
}

void HttpAnalyzer::waitForDone()
{
    m_pool.waitForDone();
}

void HttpAnalyzer::onCleared()
{
    // Workers read the store: let them finish before its index is gone for good.
    m_pool.clear();
    m_pool.waitForDone();
    ++m_generation;
    m_pending.clear();
    m_lastRun.clear();
    m_deferred.clear();
    m_cache.clear();
}

} // namespace ecv
