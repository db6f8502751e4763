// SPDX-License-Identifier: Apache-2.0
#include "ui/display_row_filter.h"

namespace ecv {

DisplayRowFilter::DisplayRowFilter(DisplayFilter filter, FilterHttpSource http)
    : m_filter(std::move(filter))
    , m_http(std::move(http))
{}

bool DisplayRowFilter::apply(const CaptureReadHandle &capture, int first, int last,
                             RowJobControl &control, std::vector<char> &pass) const
{
    FilterApplyRequest request;
    request.filter = m_filter;
    request.capture = capture;
    request.first = first;
    request.last = last;
    request.cancel = &control.cancel;
    const qint64 before = control.done.load();
    request.progress = [&control, before](qint64 done, qint64) {
        control.done.store(before + done, std::memory_order_relaxed);
    };
    request.http = m_http;
    const FilterApplyResult result = FilterApply::run(request);
    if (result.cancelled)
        return false;
    for (int i = 0; i < last - first; ++i)
        pass[size_t(i)] = result.pass.testBit(i) ? 1 : 0;
    return true;
}

} // namespace ecv
