// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "ui/row_filter.h"
#include "ui/worker_field_context.h"

namespace ecv {

/**
 * @brief The event list's cell text as a worker computes it: the same words as
 * EventListModel::cellText (registry `col.*` fields, EventColumns::time), from a FieldContext
 * on any thread. HTTP columns use what the context's HTTP snapshot holds.
 */
QString workerCellText(const FieldContext &context, int column, bool relativeTime);

/**
 * @brief A RowFilter passing the events whose list text (any column, Info included) contains
 * a string, case-insensitively: what Find's "in the list" matches. Immutable; thread-safe.
 */
class TextRowFilter : public RowFilter
{
public:
    TextRowFilter(QString text, bool relativeTime, std::shared_ptr<const HttpSnapshot> http,
                  qint64 captureStartNs);
    bool apply(const CaptureReadHandle &capture, int first, int last, RowJobControl &control,
               std::vector<char> &pass) const override;
    QString text() const override { return m_text; }
    /** @brief Whether one event's list text contains the string. Any thread. */
    bool matches(const CaptureReadHandle &capture, int eventIndex) const;

private:
    QString m_text;
    bool m_relative;
    std::shared_ptr<const HttpSnapshot> m_http;
    qint64 m_startNs;
};

/** @brief A RowFilter passing the events of one conversation (index only). */
class ConversationRowFilter : public RowFilter
{
public:
    explicit ConversationRowFilter(quint32 id)
        : m_id(id)
    {}
    bool apply(const CaptureReadHandle &capture, int first, int last, RowJobControl &control,
               std::vector<char> &pass) const override;
    QString text() const override;

private:
    quint32 m_id;
};

} // namespace ecv
