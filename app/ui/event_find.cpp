// SPDX-License-Identifier: Apache-2.0
#include "ui/event_find.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include "core/capture/capture_store.h"
#include "core/fields/field_registry.h"
#include "ui/event_list_model.h"
#include "ui/text_row_filter.h"

namespace ecv {

namespace EventFind {

bool parseHex(const QString &text, QByteArray *bytes, QString *error)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    static const QRegularExpression separators(QStringLiteral("[\\s:\\-]"));
    digits.remove(separators);
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    if (!hex.match(digits).hasMatch()) {
        if (error)
            *error = QObject::tr("not a hex string: give pairs of hex digits, e.g. 47 45 54");
        return false;
    }
    *bytes = QByteArray::fromHex(digits.toLatin1());
    return true;
}

namespace {

bool matches(const FindRequest &request, const QByteArray &lowerNeedle,
             HttpAnalysisCache *httpCache, const TextRowFilter *listText, int eventIndex)
{
    switch (request.scope) {
    case FindScope::ListText:
        return listText->matches(request.capture, eventIndex);
    case FindScope::PayloadText:
    case FindScope::PayloadHex:
        return request.capture.event(eventIndex).data.contains(request.bytes);
    case FindScope::HttpBody: {
        const WorkerFieldContext context(request.capture, eventIndex, request.http.get(),
                                         request.captureStartNs, httpCache);
        const FieldValues bodies =
            FieldRegistry::values(FieldRegistry::field("http.body"), context);
        for (const FieldValue &body : bodies) {
            if (body.bytes.toLower().contains(lowerNeedle))
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace

FindResult run(const FindRequest &request, RowJobControl &control)
{
    FindResult result;
    const int n = int(request.rows.size());
    control.total.store(n);
    if (n == 0)
        return result;
    const QByteArray lowerNeedle = request.text.toUtf8().toLower();
    // Conversations the window has not dissected yet are dissected here, for this Find only.
    HttpAnalysisCache httpCache(64LL * 1024 * 1024);
    const TextRowFilter listText(request.text, request.relativeTime, request.http,
                                 request.captureStartNs);
    const int start = request.startRow < 0 ? (request.backward ? n : -1) : request.startRow;
    const int step = request.backward ? -1 : 1;
    // Position k (1 … n) is row (start + step * k) mod n; blocks of positions are tested in
    // parallel and the first match in a block wins.
    constexpr int Block = 4096;
    for (int from = 1; from <= n; from += Block) {
        const int to = qMin(n + 1, from + Block);
        std::atomic<int> best{INT_MAX};
        const bool complete = forEachChunk(from, to, control, [&](int begin, int end) {
            for (int k = begin; k < end && k < best.load(std::memory_order_relaxed); ++k) {
                const int row = ((start + step * k) % n + n) % n;
                if (matches(request, lowerNeedle, &httpCache, &listText, request.rows.at(row))) {
                    int seen = best.load();
                    while (k < seen && !best.compare_exchange_weak(seen, k)) {
                    }
                    break;
                }
            }
            control.done.fetch_add(end - begin, std::memory_order_relaxed);
        });
        if (!complete) {
            result.cancelled = true;
            return result;
        }
        if (best.load() != INT_MAX) {
            const int k = best.load();
            result.row = ((start + step * k) % n + n) % n;
            result.eventIndex = request.rows.at(result.row);
            result.wrapped = request.backward ? result.row >= start : result.row <= start;
            return result;
        }
    }
    return result;
}

} // namespace EventFind

EventFinder::EventFinder(EventListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

EventFinder::~EventFinder()
{
    cancel();
}

void EventFinder::cancel()
{
    ++m_generation;
    if (m_control)
        m_control->cancel.store(true);
    m_control.reset();
}

bool EventFinder::find(const QString &text, FindScope scope, int startRow, bool backward,
                       bool relativeTime, QString *error)
{
    FindRequest request;
    if (text.isEmpty()) {
        if (error)
            *error = tr("nothing to find");
        return false;
    }
    if (scope == FindScope::PayloadHex) {
        if (!EventFind::parseHex(text, &request.bytes, error))
            return false;
    } else {
        request.bytes = text.toUtf8();
    }
    cancel();
    request.capture = m_model->store()->readHandle();
    request.rows = m_model->visibleEvents(); // shared, not copied
    request.startRow = startRow;
    request.backward = backward;
    request.scope = scope;
    request.text = text;
    request.relativeTime = relativeTime;
    request.http = m_model->httpSnapshot();
    request.captureStartNs = m_model->captureStartNs();
    auto control = std::make_shared<RowJobControl>();
    m_control = control;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<FindResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_control.reset();
        const FindResult result = watcher->result();
        if (!result.cancelled)
            emit finished(result);
    });
    watcher->setFuture(QtConcurrent::run(
        [request = std::move(request), control] { return EventFind::run(request, *control); }));
    return true;
}

} // namespace ecv
