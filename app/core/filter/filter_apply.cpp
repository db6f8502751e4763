// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_apply.h"

#include <QMutex>
#include <QtConcurrent>

#include "core/filter/capture_field_context.h"
#include "core/http/http_analysis_cache.h"

namespace ecv {

namespace {

/// Events per task of an index or payload filter: big enough that scheduling is noise, small
/// enough that two cores share the work evenly and a payload chunk stays small in memory.
constexpr int kIndexChunk = 16384;
constexpr int kEventChunk = 1024;
/// How often a worker looks at the cancel flag.
constexpr int kCancelEvery = 256;

/** One unit of work: a range of event indexes, or a list (one conversation's events). */
struct Task
{
    int begin = 0;
    int end = 0;
    QVector<int> indexes; ///< when not empty: these events instead of [begin, end)
};

struct Job
{
    explicit Job(const FilterApplyRequest &r)
        : request(r)
    {}

    const FilterApplyRequest &request;
    int first = 0;
    int last = 0;
    qint64 startNs = 0;
    QByteArray passStore;     ///< one byte per event (workers write different bytes)
    char *passByte = nullptr; ///< passStore's data, taken once (no detach checks in workers)
    std::atomic<qint64> done{0};
    std::atomic<qint64> payloadBytes{0};
    std::atomic<bool> stopped{false};
    QMutex progressLock;
    qint64 reported = 0;

    bool cancelled()
    {
        if (request.cancel && request.cancel->load(std::memory_order_relaxed))
            stopped.store(true, std::memory_order_relaxed);
        return stopped.load(std::memory_order_relaxed);
    }

    void advance(qint64 events)
    {
        const qint64 total = last - first;
        const qint64 now = done.fetch_add(events) + events;
        if (!request.progress)
            return;
        QMutexLocker locker(&progressLock);
        if (now - reported >= qMax<qint64>(1, total / 100) || (now == total && reported != now)) {
            reported = now;
            request.progress(now, total);
        }
    }

    void runTask(const Task &task)
    {
        if (cancelled())
            return;
        const CaptureFieldContext::HttpLookup lookup = [this](quint32 id) {
            return request.http ? request.http(request.capture, id)
                                : FilterApply::dissect()(request.capture, id);
        };
        CaptureFieldContext context(request.capture, startNs, &lookup);
        qint64 bytes = 0;
        if (task.indexes.isEmpty()) {
            for (int b = task.begin; b < task.end; b += kCancelEvery) {
                if (cancelled())
                    return;
                const int end = qMin(task.end, b + kCancelEvery);
                for (int i = b; i < end; ++i) {
                    context.setEvent(i, request.capture.entry(i));
                    passByte[i - first] = request.filter.matches(context) ? 1 : 0;
                    if (context.readPayload())
                        bytes += context.dataLength();
                }
                advance(end - b);
            }
            payloadBytes.fetch_add(bytes);
            return;
        }
        qsizetype since = 0;
        for (const int i : task.indexes) {
            if (++since == kCancelEvery) {
                advance(since);
                since = 0;
                if (cancelled())
                    return;
            }
            context.setEvent(i, request.capture.entry(i));
            passByte[i - first] = request.filter.matches(context) ? 1 : 0;
            if (context.readPayload())
                bytes += context.dataLength();
        }
        payloadBytes.fetch_add(bytes);
        advance(since);
    }
};

/** Tasks of an Http filter: one per conversation that has events in the range, then the
 *  events that belong to no conversation in ranges. */
QVector<Task> conversationTasks(const CaptureReadHandle &capture, int first, int last)
{
    QVector<Task> tasks;
    QByteArray covered(last - first, 0);
    const int conversations = capture.conversationCount();
    for (int id = 1; id <= conversations; ++id) {
        Task t;
        for (int i : capture.conversationEventIndexes(quint32(id))) {
            if (i >= first && i < last) {
                t.indexes.append(i);
                covered[i - first] = 1;
            }
        }
        if (!t.indexes.isEmpty())
            tasks.append(std::move(t));
    }
    Task rest;
    for (int i = first; i < last; ++i) {
        if (covered.at(i - first))
            continue;
        rest.indexes.append(i);
        if (rest.indexes.size() == kEventChunk) {
            tasks.append(std::move(rest));
            rest = Task();
        }
    }
    if (!rest.indexes.isEmpty())
        tasks.append(std::move(rest));
    return tasks;
}

} // namespace

FilterApplyResult FilterApply::run(const FilterApplyRequest &request)
{
    FilterApplyResult result;
    const CaptureReadHandle &capture = request.capture;
    const int count = capture.eventCount();
    Job job(request);
    job.first = qBound(0, request.first, count);
    job.last = request.last < 0 ? count : qBound(job.first, request.last, count);
    result.first = job.first;
    result.generation = capture.generation();
    const int n = job.last - job.first;
    if (!request.filter.isValid()) {
        result.pass = QBitArray(n, false);
        return result;
    }
    if (request.filter.isEmpty()) {
        result.pass = QBitArray(n, true);
        result.passed = n;
        return result;
    }
    job.passStore = QByteArray(n, 0);
    job.passByte = job.passStore.data();
    job.startNs = count > 0 ? capture.entry(0).timeNs : 0;

    QVector<Task> tasks;
    if (request.filter.needs() == FieldSource::Http) {
        tasks = conversationTasks(capture, job.first, job.last);
    } else {
        const int chunk = request.filter.needs() == FieldSource::Index ? kIndexChunk : kEventChunk;
        for (int b = job.first; b < job.last; b += chunk)
            tasks.append(Task{b, qMin(job.last, b + chunk), {}});
    }
    QtConcurrent::blockingMap(tasks, [&job](const Task &task) { job.runTask(task); });

    result.cancelled = job.cancelled();
    result.payloadBytes = job.payloadBytes.load();
    result.pass = QBitArray(n, false);
    if (result.cancelled)
        return result;
    const char *bytes = job.passStore.constData();
    for (int i = 0; i < n; ++i) {
        if (bytes[i]) {
            result.pass.setBit(i);
            ++result.passed;
        }
    }
    return result;
}

QFuture<FilterApplyResult> FilterApply::start(FilterApplyRequest request)
{
    return QtConcurrent::run([request = std::move(request)] { return run(request); });
}

FilterHttpSource FilterApply::dissect(HttpAnalysisCache *cache)
{
    // The one place the filter job reaches the HTTP analysis (what HttpAnalysis does on its
    // worker: the conversation's events through the handle, then the dissector).
    return [cache](const CaptureReadHandle &capture, quint32 id) -> HttpAnalysis::EntryPtr {
        const auto loader = [&capture](quint32 c) { return HttpAnalysis::loadItems(capture, c); };
        if (cache)
            return cache->get(id, capture.conversationEventCount(id), loader);
        return HttpAnalysisCache::compute(id, loader(id), {});
    };
}

} // namespace ecv
