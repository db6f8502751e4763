// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <QBitArray>
#include <QFuture>

#include "core/capture/capture_read_handle.h"
#include "core/filter/display_filter.h"
#include "core/http/http_analysis.h"

namespace ecv {

class HttpAnalysisCache;

/**
 * @brief Where the filter job gets a conversation's HTTP analysis: any thread, possibly
 * several at once for different conversations. nullptr = the conversation has no HTTP facts.
 */
using FilterHttpSource =
    std::function<HttpAnalysis::EntryPtr(const CaptureReadHandle &capture, quint32 conversation)>;

/** @brief What to filter (FilterApply::run). */
struct FilterApplyRequest
{
    DisplayFilter filter;
    CaptureReadHandle capture;
    int first = 0; ///< first event index (0-based)
    int last = -1; ///< one past the last event index; -1 = the events indexed when run starts
    /** Set (from any thread) to stop early; the result then says cancelled. May be null. */
    const std::atomic<bool> *cancel = nullptr;
    /**
     * Progress in events, (done, total): called from worker threads, one call at a time,
     * about every 1 % and once at the end. May be empty.
     */
    std::function<void(qint64 done, qint64 total)> progress;
    /** HTTP analyses for Http filters; empty = FilterApply::dissect() with no cache. */
    FilterHttpSource http;
};

/** @brief A pass bit per event of [first, last). */
struct FilterApplyResult
{
    QBitArray pass;          ///< bit i: event first + i passes
    int first = 0;           ///< the request's first
    int passed = 0;          ///< bits set
    bool cancelled = false;  ///< stopped early: pass is incomplete (do not use it)
    qint64 payloadBytes = 0; ///< bytes of event data read back from the capture file
    quint64 generation = 0;  ///< CaptureReadHandle::generation() the bits belong to
};

/**
 * @brief The display-filter job: evaluates a DisplayFilter over a range of a capture's events
 * on all cores (QtConcurrent, the global thread pool).
 *
 * - Index filters (DisplayFilter::needs() == Index) read only the index entries.
 * - Event filters read events back from the capture file chunk by chunk, in file order (each
 *   worker takes the next chunk), so the payloads are never all in memory.
 * - Http filters go conversation by conversation: a conversation's analysis comes from the
 *   request's FilterHttpSource once, when a clause first needs it (a clause that is already
 *   decided on index fields needs no analysis), and is let go after its events are done.
 *
 * Thread affinity: run() blocks the calling thread (not the GUI thread: use start()). The
 * handle keeps the capture readable whatever its store does meanwhile.
 */
class FilterApply
{
public:
    static FilterApplyResult run(const FilterApplyRequest &request);
    /** @brief run() on a worker thread (QtConcurrent::run). */
    static QFuture<FilterApplyResult> start(FilterApplyRequest request);

    /**
     * @brief The HTTP source that dissects each conversation where it is asked for (reading
     * its events through the handle, as HttpAnalysis does); with @p cache (not owned, must
     * outlive the source; thread-safe) results are kept and reused while the conversation has
     * not grown, which makes a second run over the same capture warm.
     */
    static FilterHttpSource dissect(HttpAnalysisCache *cache = nullptr);
};

} // namespace ecv
