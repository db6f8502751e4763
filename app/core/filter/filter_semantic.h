// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include "core/filter/filter_program.h"
#include "core/filter/filter_syntax.h"

namespace ecv::filter {

/** @brief The compiled form of a syntax tree, or the first semantic error. */
struct CheckResult
{
    std::unique_ptr<ProgramNode> root; ///< null on error
    QString error;                     ///< translated, "" when it checked
    int errorColumn = 0;               ///< 1-based
    QStringList warnings;              ///< valid but probably not meant (translated)
};

/**
 * @brief The semantic check: resolves field names (registered names and eCaptureQ's column
 * names), checks each operator against the field's type, converts every literal to the
 * operand's kind and compiles regular expressions and LIKE patterns. Pure; any thread.
 */
CheckResult check(const SyntaxNode &root);

/** @brief The registered field @p name stands for: a registered name, or an alias such as
 *  eCaptureQ's `pname` (case-insensitive); nullptr when unknown. */
const FieldInfo *resolveField(const QString &name);

/** @brief The alias names (eCaptureQ's columns), each with the field it stands for. */
QVector<QPair<QString, QString>> fieldAliases();

} // namespace ecv::filter
