// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_filter.h"

#include "core/filter/filter_apply.h"

namespace ecv::dump {

DumpFilter::DumpFilter(const CaptureStore &store, const QString &text)
    : m_store(store)
    , m_filter(DisplayFilter::compile(text))
{}

void DumpFilter::update()
{
    const int count = m_store.eventCount();
    const int done = int(m_pass.size());
    if (!active() || count <= done)
        return;
    FilterApplyRequest request;
    request.filter = m_filter;
    request.capture = m_store.readHandle();
    request.first = done;
    request.last = count;
    request.http = FilterApply::dissect(&m_http);
    const FilterApplyResult r = FilterApply::run(request);
    m_pass.resize(count);
    for (int i = 0; i < r.pass.size(); ++i)
        m_pass.setBit(done + i, r.pass.testBit(i));
}

int DumpFilter::passedCount() const
{
    return active() ? int(m_pass.count(true)) : m_store.eventCount();
}

QVector<int> DumpFilter::passingIndexes() const
{
    QVector<int> out;
    const int count = active() ? int(m_pass.size()) : m_store.eventCount();
    for (int i = 0; i < count; ++i)
        if (passes(i))
            out.append(i);
    return out;
}

} // namespace ecv::dump
