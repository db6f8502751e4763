// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QByteArray>
#include <QString>
#include <QVector>

namespace ecv::filter {

/** @brief A value as written in the filter: a quoted string or a bare word (number, address,
 *  true, …), or a range `lo..hi` inside a set. Typed by the semantic check. */
struct SyntaxValue
{
    bool quoted = false;
    QString text;     ///< bare word, or the string's decoded text
    QByteArray bytes; ///< quoted: the decoded bytes
    int column = 1;
    bool isRange = false;
    QString rangeEnd; ///< isRange: the upper bound
    bool rangeEndQuoted = false;
    int rangeEndColumn = 1;
};

/** @brief `payload[0:4]`, Wireshark's slice: [start:length], [start-end], [start:], [:length],
 *  [n]; a negative start counts from the end. */
struct SyntaxSlice
{
    bool present = false;
    int start = 0;
    int length = -1; ///< -1 = to the end
    int column = 1;
};

/** @brief What a test reads: a field, optionally sliced and/or passed through a function. */
struct SyntaxOperand
{
    enum class Function : quint8
    {
        None,
        Lower,
        Upper,
        Len,
    };
    QString field; ///< the name as written (an alias or a registered field)
    int column = 1;
    Function function = Function::None;
    int functionColumn = 1;
    SyntaxSlice slice;
};

/** @brief One node of the syntax tree (the parser stage's output). */
struct SyntaxNode
{
    enum class Kind : quint8
    {
        And,
        Or,
        Not,
        Presence, ///< a bare field
        Compare,  ///< operand OP value(s)
    };
    enum class Op : quint8
    {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
        Contains,
        Matches,
        Like,
        In,
    };

    Kind kind = Kind::Presence;
    std::unique_ptr<SyntaxNode> left;  ///< And/Or/Not
    std::unique_ptr<SyntaxNode> right; ///< And/Or
    SyntaxOperand operand;             ///< Presence/Compare
    Op op = Op::Eq;
    QString opText; ///< the operator as written ("==", "eq", "IN", …)
    int opColumn = 1;
    QVector<SyntaxValue> values; ///< one, or the members of an `in` set
    int column = 1;              ///< where the node's text starts
};

} // namespace ecv::filter
