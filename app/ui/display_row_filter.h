// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/filter/display_filter.h"
#include "core/filter/filter_apply.h"
#include "ui/row_filter.h"

namespace ecv {

/**
 * @brief The event list's RowFilter for a display filter: FilterApply (all cores, index filters
 * read no payload, payload filters in file order, HTTP per conversation) over the requested
 * range, its pass bits handed to the model. Immutable; thread-safe.
 */
class DisplayRowFilter : public RowFilter
{
public:
    /** @p http: where HTTP filters get their analyses (FilterApply::dissect over a cache that
     *  lives as long as the capture, so a second run is warm). */
    DisplayRowFilter(DisplayFilter filter, FilterHttpSource http);

    bool apply(const CaptureReadHandle &capture, int first, int last, RowJobControl &control,
               std::vector<char> &pass) const override;
    QString text() const override { return m_filter.text(); }
    bool needsHttp() const override { return m_filter.needs() == FieldSource::Http; }
    const DisplayFilter &filter() const { return m_filter; }

private:
    DisplayFilter m_filter;
    FilterHttpSource m_http;
};

} // namespace ecv
