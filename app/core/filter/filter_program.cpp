// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_program.h"

namespace ecv::filter {

namespace {

using Op = SyntaxNode::Op;
using OKind = ProgramOperand::Kind;

/** Wireshark's slice of @p data: negative start from the end, clipped; empty when outside. */
QByteArray sliceOf(const QByteArray &data, const SyntaxSlice &slice, bool *inside)
{
    qsizetype start = slice.start < 0 ? data.size() + slice.start : slice.start;
    const qsizetype length = slice.length < 0 ? data.size() - start : slice.length;
    // A slice that does not fit gives no value, as in Wireshark ("frame[100:4]" on 50 bytes).
    *inside = start >= 0 && length >= 0 && start + length <= data.size();
    return *inside ? data.mid(start, length) : QByteArray();
}

template <typename T> int order(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool ordered(Op op, int c)
{
    switch (op) {
    case Op::Lt:
        return c < 0;
    case Op::Le:
        return c <= 0;
    case Op::Gt:
        return c > 0;
    case Op::Ge:
        return c >= 0;
    default:
        return false;
    }
}

} // namespace

QString opSymbol(SyntaxNode::Op op)
{
    switch (op) {
    case Op::Eq:
        return QStringLiteral("==");
    case Op::Ne:
        return QStringLiteral("!=");
    case Op::Lt:
        return QStringLiteral("<");
    case Op::Le:
        return QStringLiteral("<=");
    case Op::Gt:
        return QStringLiteral(">");
    case Op::Ge:
        return QStringLiteral(">=");
    case Op::Contains:
        return QStringLiteral("contains");
    case Op::Matches:
        return QStringLiteral("matches");
    case Op::Like:
        return QStringLiteral("like");
    case Op::In:
        return QStringLiteral("in");
    }
    return {};
}

bool ProgramNode::evaluate(const FieldContext &context) const
{
    switch (kind) {
    case SyntaxNode::Kind::And:
        return left->evaluate(context) && right->evaluate(context);
    case SyntaxNode::Kind::Or:
        return left->evaluate(context) || right->evaluate(context);
    case SyntaxNode::Kind::Not:
        return !left->evaluate(context);
    case SyntaxNode::Kind::Presence:
    case SyntaxNode::Kind::Compare:
        break;
    }
    FieldValues values;
    operand.field->read(context, values);
    bool any = false;
    bool present = false;
    for (const FieldValue &v : values) {
        if (operand.slice.present) {
            // Slices read bytes: of a bytes field, or of a text field's UTF-8.
            bool inside = false;
            const QByteArray b =
                sliceOf(operand.field->type == FieldType::Bytes ? v.bytes : v.text.toUtf8(),
                        operand.slice, &inside);
            if (!inside)
                continue;
            present = true;
            if (kind == SyntaxNode::Kind::Presence)
                return true;
            FieldValue sliced;
            sliced.bytes = b;
            if (operand.function == SyntaxOperand::Function::Len)
                sliced.number = b.size();
            else if (operand.function != SyntaxOperand::Function::None)
                sliced.text = QString::fromUtf8(b);
            any = test(sliced);
        } else {
            present = true;
            if (kind == SyntaxNode::Kind::Presence)
                return true;
            any = test(v);
        }
        // `!=` holds when no value equals (so `ip.addr != x` excludes both ends); others
        // hold when any value does.
        if (any)
            return op != Op::Ne;
    }
    if (!present)
        return false; // an absent field passes no test, `!=` included (as in SQL and Wireshark)
    return op == Op::Ne;
}

bool ProgramNode::test(const FieldValue &value) const
{
    using F = SyntaxOperand::Function;
    switch (operand.function) {
    case F::Len:
        if (operand.slice.present)
            return testNumber(value.number);
        if (operand.field->type == FieldType::Bytes)
            return testNumber(value.bytes.size());
        return testNumber(value.text.size());
    case F::Lower:
    case F::Upper: {
        const QString t = operand.field->type == FieldType::Bytes && !operand.slice.present
                              ? QString::fromUtf8(value.bytes)
                              : value.text;
        return testText(operand.function == F::Lower ? t.toLower() : t.toUpper());
    }
    case F::None:
        break;
    }
    if (operand.slice.present)
        return testBytes(value.bytes);
    switch (operand.kind) {
    case OKind::Number:
        return testNumber(value.number);
    case OKind::Text:
        return testText(value.text);
    case OKind::Address:
        return testAddress(value.text);
    case OKind::Bytes:
        return testBytes(value.bytes);
    }
    return false;
}

bool ProgramNode::testNumber(qint64 n) const
{
    if (op == Op::Eq || op == Op::Ne || op == Op::In) {
        for (const Range &r : numbers)
            if (n >= r.lo && n <= r.hi)
                return true;
        return false;
    }
    const Range &r = numbers.first();
    // A time literal is a range (its precision): `>` is after it, `<` before it.
    switch (op) {
    case Op::Lt:
        return n < r.lo;
    case Op::Le:
        return n <= r.hi;
    case Op::Gt:
        return n > r.hi;
    case Op::Ge:
        return n >= r.lo;
    default:
        return false;
    }
}

bool ProgramNode::testText(const QString &s) const
{
    switch (op) {
    case Op::Eq:
    case Op::Ne:
    case Op::In:
        for (const QString &t : texts)
            if (s == t)
                return true;
        return false;
    case Op::Contains:
        return s.contains(texts.first());
    case Op::Matches:
    case Op::Like:
        return regex.match(s).hasMatch();
    default:
        return ordered(op, order(s, texts.first()));
    }
}

bool ProgramNode::testAddress(const QString &s) const
{
    if (op == Op::Contains || op == Op::Matches || op == Op::Like)
        return testText(s);
    if (op == Op::Eq || op == Op::Ne || op == Op::In) {
        std::optional<IpAddress> parsed;
        bool triedParse = false;
        for (const AddressConstant &a : addrs) {
            // The normalizer writes one text per address: equal text is the common fast case.
            if (a.prefix < 0 && s == a.text)
                return true;
            if (!triedParse) {
                parsed = parseIpAddress(s);
                triedParse = true;
            }
            if (!parsed)
                return false;
            if (a.prefix < 0 ? parsed->compare(a.address) == 0
                             : parsed->inNetwork(a.address, a.prefix))
                return true;
        }
        return false;
    }
    const std::optional<IpAddress> parsed = parseIpAddress(s);
    return parsed && ordered(op, parsed->compare(addrs.first().address));
}

bool ProgramNode::testBytes(const QByteArray &b) const
{
    switch (op) {
    case Op::Eq:
    case Op::Ne:
    case Op::In:
        for (const QByteArray &t : bytes)
            if (b == t)
                return true;
        return false;
    case Op::Contains:
        return matcher.indexIn(b) >= 0;
    case Op::Matches:
    case Op::Like:
        return regex.match(QString::fromUtf8(b)).hasMatch();
    default:
        return ordered(op, order(b, bytes.first()));
    }
}

FieldSource ProgramNode::needs() const
{
    FieldSource s = operand.field ? operand.field->source : FieldSource::Index;
    if (left)
        s = qMax(s, left->needs());
    if (right)
        s = qMax(s, right->needs());
    return s;
}

void ProgramNode::explain(QStringList &lines, int depth) const
{
    const QString indent(depth * 2, u' ');
    switch (kind) {
    case SyntaxNode::Kind::And:
    case SyntaxNode::Kind::Or:
        lines.append(indent + (kind == SyntaxNode::Kind::And ? QStringLiteral("and")
                                                             : QStringLiteral("or")));
        left->explain(lines, depth + 1);
        right->explain(lines, depth + 1);
        return;
    case SyntaxNode::Kind::Not:
        lines.append(indent + QStringLiteral("not"));
        left->explain(lines, depth + 1);
        return;
    case SyntaxNode::Kind::Presence:
    case SyntaxNode::Kind::Compare:
        break;
    }
    static const char *const sources[] = {"index", "event", "http"};
    const QString about = QStringLiteral("  [%1, %2]")
                              .arg(FieldRegistry::typeName(operand.field->type),
                                   QLatin1String(sources[int(operand.field->source)]));
    if (kind == SyntaxNode::Kind::Presence) {
        lines.append(indent + operandText + QStringLiteral(" present") + about);
        return;
    }
    const QString shown = op == Op::In
                              ? QLatin1Char('{') + shownValues.join(u' ') + QLatin1Char('}')
                              : shownValues.value(0);
    lines.append(indent + operandText + u' ' + opSymbol(op) + u' ' + shown + about);
}

} // namespace ecv::filter
