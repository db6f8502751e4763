// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/fields/field_registry.h"

namespace ecv {

/**
 * @brief Display-filter text built from a field and a value, as Wireshark's "Apply as Filter"
 * writes it (`http.host == "example.com"`, `tcp.dstport == 443`, `ip.src == 10.0.0.1`,
 * `payload == 47:45:54`). Pure; any thread.
 */
namespace FilterExpression {

/** @brief How a new condition joins the filter already in the bar (Wireshark's menu). */
enum class Join
{
    Selected,       ///< the condition alone
    NotSelected,    ///< !(condition)
    AndSelected,    ///< (current) && condition
    OrSelected,     ///< (current) || condition
    AndNotSelected, ///< (current) && !(condition)
    OrNotSelected,  ///< (current) || !(condition)
};

/** @brief A literal the filter language reads back as @p value of @p field's type. */
QString literal(const FieldInfo &field, const FieldValue &value);
/** @brief `name == literal`, or just `name` for a field that has no value (presence). */
QString condition(const FieldInfo &field, const FieldValue *value);
/** @brief @p current joined with @p condition by @p join (an empty current: the condition). */
QString join(const QString &current, const QString &condition, Join join);

} // namespace FilterExpression

} // namespace ecv
