// SPDX-License-Identifier: Apache-2.0
#include "ui/text_row_filter.h"

#include "core/fields/event_columns.h"
#include "core/fields/field_registry.h"
#include "ui/event_list_model.h"

namespace ecv {

QString workerCellText(const FieldContext &context, int column, bool relativeTime)
{
    switch (column) {
    case EventListModel::Number:
        return QString::number(context.indexed().frameNumber);
    case EventListModel::Time:
        return EventColumns::time(context.indexed().timeNs, relativeTime, context.captureStartNs());
    case EventListModel::Length:
        return QString::number(context.dataLength());
    default:
        return FieldRegistry::firstText(EventListModel::columnField(column), context);
    }
}

TextRowFilter::TextRowFilter(QString text, bool relativeTime,
                             std::shared_ptr<const HttpSnapshot> http, qint64 captureStartNs)
    : m_text(std::move(text))
    , m_relative(relativeTime)
    , m_http(std::move(http))
    , m_startNs(captureStartNs)
{}

bool TextRowFilter::matches(const CaptureReadHandle &capture, int eventIndex) const
{
    const WorkerFieldContext context(capture, eventIndex, m_http.get(), m_startNs);
    for (int c = 0; c < EventListModel::ColumnCount; ++c) {
        if (workerCellText(context, c, m_relative).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TextRowFilter::apply(const CaptureReadHandle &capture, int first, int last,
                          RowJobControl &control, std::vector<char> &pass) const
{
    return forEachChunk(first, last, control, [&](int begin, int end) {
        for (int i = begin; i < end; ++i)
            pass[size_t(i - first)] = matches(capture, i) ? 1 : 0;
        control.done.fetch_add(end - begin, std::memory_order_relaxed);
    });
}

bool ConversationRowFilter::apply(const CaptureReadHandle &capture, int first, int last,
                                  RowJobControl &control, std::vector<char> &pass) const
{
    return forEachChunk(first, last, control, [&](int begin, int end) {
        for (int i = begin; i < end; ++i)
            pass[size_t(i - first)] = capture.entry(i).conversationId == m_id ? 1 : 0;
        control.done.fetch_add(end - begin, std::memory_order_relaxed);
    });
}

QString ConversationRowFilter::text() const
{
    return QStringLiteral("conversation == %1").arg(m_id);
}

} // namespace ecv
