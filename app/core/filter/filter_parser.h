// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/filter/filter_scanner.h"
#include "core/filter/filter_syntax.h"

namespace ecv::filter {

/** @brief The syntax tree of a filter, or the first syntax error. */
struct ParseResult
{
    std::unique_ptr<SyntaxNode> root; ///< null for an empty filter or on error
    QString error;                    ///< translated, "" when it parsed
    int errorColumn = 0;              ///< 1-based
};

/** @brief Deepest nesting of parentheses and `not` the parser accepts (bounded recursion). */
inline constexpr int kMaxFilterDepth = 100;
/** @brief Most tests one filter may hold (and/or chains nest one level per test). */
inline constexpr int kMaxFilterTests = 2000;

/**
 * @brief Parse @p text (the parser stage): precedence from loosest to tightest is or, and, not,
 * then a test (`field`, `field OP value`, `field in {…}`, `field not in (…)`, `field not like
 * '…'`). Recursion is bounded by kMaxFilterDepth, so no input can exhaust the stack. A text that
 * is a whole SQL statement (`SELECT … WHERE …`) gets an error naming its condition. Pure; any
 * thread.
 */
ParseResult parse(const QString &text);

} // namespace ecv::filter
