// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "core/capture/capture_read_handle.h"

namespace ecv {

/**
 * @brief Shared state of one worker job of the event list: the GUI thread sets cancel, the
 * workers count the events they are done with (read by the GUI thread for progress).
 */
struct RowJobControl
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};  ///< units of work finished (events tested or keyed)
    std::atomic<qint64> total{0}; ///< units of work in the job
    bool cancelled() const { return cancel.load(std::memory_order_relaxed); }
};

/**
 * @brief Run @p fn(first, last) over [@p first, @p last) split into chunks on all cores (the
 * global QThreadPool plus the calling thread), and wait. @p fn must be thread-safe. Returns
 * false when @p control was cancelled meanwhile.
 */
bool forEachChunk(int first, int last, RowJobControl &control,
                  const std::function<void(int first, int last)> &fn);

/**
 * @brief What decides which events the event list shows: a pass bit per event, computed by a
 * worker (never on the GUI thread). Implementations are immutable once built, so one may be
 * read by several workers at once.
 */
class RowFilter
{
public:
    virtual ~RowFilter() = default;
    /**
     * @brief Set @p pass[i - first] to 1 for each event i in [@p first, @p last) that passes and
     * 0 otherwise (@p pass has last - first elements). Worker thread; adds to control.done per
     * event. @return false when cancelled (the bits are then incomplete).
     */
    virtual bool apply(const CaptureReadHandle &capture, int first, int last,
                       RowJobControl &control, std::vector<char> &pass) const = 0;
    /** @brief The filter's text, as the user typed it. */
    virtual QString text() const = 0;
    /** @brief True when the filter reads HTTP analyses (slow the first time: progress shown). */
    virtual bool needsHttp() const { return false; }
};

using RowFilterPtr = std::shared_ptr<const RowFilter>;

} // namespace ecv
