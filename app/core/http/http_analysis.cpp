// SPDX-License-Identifier: Apache-2.0
#include "core/http/http_analysis.h"

#include <QPointer>
#include <QTimer>

#include "core/capture/capture_store.h"

namespace ecv {

HttpAnalysis::HttpAnalysis(CaptureStore *store, Mode mode, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_mode(mode)
{
    // One worker keeps dissection from competing with ingest for the second core.
    m_pool.setMaxThreadCount(1);
    m_clock.start();
    m_cache.clear(m_store->readHandle().generation());
    connect(m_store, &CaptureStore::cleared, this, &HttpAnalysis::onCleared);
}

HttpAnalysis::~HttpAnalysis()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QVector<HttpDissector::Item> HttpAnalysis::loadItems(const CaptureReadHandle &capture, quint32 id)
{
    QVector<HttpDissector::Item> items;
    const QVector<int> indexes = capture.conversationEventIndexes(id);
    items.reserve(indexes.size());
    for (int i : indexes)
        items.append(HttpDissector::itemFromEvent(capture.event(i), i));
    return items;
}

HttpAnalysis::EntryPtr HttpAnalysis::analyze(const CaptureReadHandle &capture, quint32 id) const
{
    if (id == 0 || capture.isNull() || id > quint32(capture.conversationCount()))
        return nullptr;
    const EntryPtr cached = m_cache.peek(id);
    if (cached && cached->generation == capture.generation() &&
        cached->items.size() >= capture.conversationEventCount(id))
        return cached;
    const EntryPtr fresh =
        HttpAnalysisCache::compute(id, loadItems(capture, id), m_options, capture.generation());
    if (capture.isCurrent())
        m_cache.put(fresh);
    return fresh;
}

HttpAnalysis::EntryPtr HttpAnalysis::entry(quint32 id)
{
    if (id == 0 || id > quint32(m_store->conversationCount()))
        return nullptr;
    const EntryPtr cached = m_cache.peek(id);
    if (cached && isCurrent(cached))
        return cached;
    if (m_mode == Mode::Synchronous)
        return analyze(m_store->readHandle(), id);
    if (m_pending.contains(id))
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
    return startBackground(id, cached);
}

HttpAnalysis::EntryPtr HttpAnalysis::startBackground(quint32 id, const EntryPtr &cached)
{
    m_pending.insert(id);
    // The handle keeps this capture readable however long the worker takes, closed or not.
    const CaptureReadHandle capture = m_store->readHandle();
    QPointer<HttpAnalysis> self(this);
    m_pool.start([this, self, capture, id] {
        // The pool is drained in the destructor, so `this` outlives the worker; analyze()
        // caches only while the capture is still the open one.
        analyze(capture, id);
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, generation = capture.generation()] {
                if (!self || generation != self->m_store->readHandle().generation())
                    return;
                self->m_pending.remove(id);
                emit self->conversationReady(id);
            },
            Qt::QueuedConnection);
    });
    return cached;
}

HttpAnalysis::EntryPtr HttpAnalysis::peek(quint32 id) const
{
    return id == 0 ? nullptr : m_cache.peek(id);
}

bool HttpAnalysis::isCurrent(const EntryPtr &entry) const
{
    if (!entry || entry->conversationId == 0)
        return false;
    const CaptureReadHandle capture = m_store->readHandle();
    return entry->generation == capture.generation() &&
           entry->items.size() >= capture.conversationEventCount(entry->conversationId);
}

const HttpEventFields *HttpAnalysis::fieldsOf(const EntryPtr &entry, int eventIndex)
{
    if (!entry)
        return nullptr;
    const auto item = entry->itemOfEvent.constFind(eventIndex);
    if (item == entry->itemOfEvent.cend())
        return nullptr;
    const HttpEventFields &f = entry->fields.at(*item);
    return f.present || !f.protocol.isEmpty() ? &f : nullptr;
}

const HttpMessage *HttpAnalysis::messageOf(const EntryPtr &entry, int eventIndex)
{
    const HttpEventFields *f = fieldsOf(entry, eventIndex);
    if (!f || !f->present || f->message < 0 || f->message >= entry->analysis.messages.size())
        return nullptr;
    return &entry->analysis.messages.at(f->message);
}

void HttpAnalysis::setCaptureOpen(bool open)
{
    if (m_options.captureOpen == open)
        return;
    m_options.captureOpen = open;
    // Results computed the other way are dropped like a cleared store's.
    onCleared();
}

void HttpAnalysis::waitForDone()
{
    m_pool.waitForDone();
    // Deliver what the workers queued, so entry() has it when this returns.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void HttpAnalysis::onCleared()
{
    // A running worker keeps reading the closed capture through its handle; its result is
    // dropped (generation). Queued ones are not worth starting.
    m_pool.clear();
    m_pending.clear();
    m_lastRun.clear();
    m_deferred.clear();
    m_cache.clear(m_store->readHandle().generation());
}

} // namespace ecv
