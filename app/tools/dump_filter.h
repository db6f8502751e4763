// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBitArray>
#include <QVector>

#include "core/capture/capture_store.h"
#include "core/filter/display_filter.h"
#include "core/http/http_analysis_cache.h"

namespace ecv::dump {

/**
 * @brief `ecapture-dump -Y FILTER`: the pass bit of every event indexed so far. New events are
 * run through the filter job (FilterApply, all cores) in one batch each time update() is
 * called: the whole capture at once with -r, what arrived since the last call with -i. With no
 * filter every event passes. Owner thread of the store.
 */
class DumpFilter
{
public:
    DumpFilter(const CaptureStore &store, const QString &text);

    bool active() const { return !m_filter.isEmpty(); }
    /** @brief Test the events indexed since the last call. */
    void update();
    /** @brief Whether event @p index passes (update() first for new events). */
    bool passes(int index) const { return !active() || (index < m_pass.size() && m_pass[index]); }
    /** @brief Events that passed so far. */
    int passedCount() const;
    /** @brief Their indexes, ascending. */
    QVector<int> passingIndexes() const;

private:
    const CaptureStore &m_store;
    DisplayFilter m_filter;
    HttpAnalysisCache m_http;
    QBitArray m_pass;
};

} // namespace ecv::dump
