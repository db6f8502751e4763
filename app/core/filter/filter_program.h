// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QVector>

#include "core/fields/field_registry.h"
#include "core/filter/filter_literals.h"
#include "core/filter/filter_syntax.h"

namespace ecv::filter {

/**
 * @brief What a compiled test reads from an event: a registered field, optionally sliced and
 * passed through lower()/upper()/len(), and the kind of value that gives.
 */
struct ProgramOperand
{
    enum class Kind : quint8
    {
        Number,  ///< integers: unsigned, signed, time (Unix ns), duration (ns), boolean, len()
        Text,    ///< strings (and lower()/upper() of anything)
        Address, ///< IPv4/IPv6 text, compared as addresses
        Bytes,   ///< payload, bodies and slices
    };
    const FieldInfo *field = nullptr;
    SyntaxOperand::Function function = SyntaxOperand::Function::None;
    SyntaxSlice slice;
    Kind kind = Kind::Text;
};

/** @brief An address constant: one address, or a CIDR network (prefix < the full length). */
struct AddressConstant
{
    QString text; ///< the address as the normalizer writes it (IPv4 dotted quad, RFC 5952)
    IpAddress address;
    int prefix = -1; ///< bits of a network; -1 = one address
};

/**
 * @brief One node of the compiled form (the last stage): constants already converted to the
 * operand's kind (numbers, canonical addresses, byte strings, regular expressions), so that
 * evaluation does no parsing. Immutable after compilation; evaluate() is const and safe to call
 * from several threads at once on different contexts (the regular expressions were compiled
 * and checked by the semantic stage, so matching only reads them).
 */
struct ProgramNode
{
    struct Range
    {
        qint64 lo;
        qint64 hi; ///< inclusive
    };

    SyntaxNode::Kind kind = SyntaxNode::Kind::Presence;
    SyntaxNode::Op op = SyntaxNode::Op::Eq;
    std::unique_ptr<ProgramNode> left;
    std::unique_ptr<ProgramNode> right;
    ProgramOperand operand;
    QString operandText; ///< as explain() shows it: "lower(http.host)", "payload[0:4]"

    QVector<Range> numbers;         ///< Number: each value or range (== and in), or [0] (<, …)
    QVector<QString> texts;         ///< Text: the values; Address: for contains/matches/like
    QVector<QByteArray> bytes;      ///< Bytes: the values
    QVector<AddressConstant> addrs; ///< Address: ==, in, <, …
    QRegularExpression regex;       ///< matches, like
    QByteArrayMatcher matcher;      ///< Bytes contains: the one value
    QStringList shownValues;        ///< explain()

    /** @brief Whether the event of @p context passes. */
    bool evaluate(const FieldContext &context) const;
    /** @brief Indented lines describing the node (explain()). */
    void explain(QStringList &lines, int depth) const;
    /** @brief The most expensive FieldSource the node reads. */
    FieldSource needs() const;

private:
    bool test(const FieldValue &value) const;
    bool testNumber(qint64 n) const;
    bool testText(const QString &s) const;
    bool testAddress(const QString &s) const;
    bool testBytes(const QByteArray &b) const;
};

/** @brief The canonical symbol of @p op ("==", "contains", …). */
QString opSymbol(SyntaxNode::Op op);

} // namespace ecv::filter
