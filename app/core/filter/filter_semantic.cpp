// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_semantic.h"

#include <QCoreApplication>

namespace ecv::filter {

namespace {

/// Messages are translated in one context, whichever stage words them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ecv::DisplayFilter)
};

using Op = SyntaxNode::Op;
using OKind = ProgramOperand::Kind;
using Function = SyntaxOperand::Function;

struct CheckError
{
    QString message;
    int column;
};

[[noreturn]] void fail(const QString &message, int column)
{
    throw CheckError{message, column};
}

/// eCaptureQ's column names (its SQL filter's vocabulary) and a few Wireshark habits.
const QVector<QPair<QString, QString>> &aliasTable()
{
    static const QVector<QPair<QString, QString>> aliases = {
        {QStringLiteral("index"), QStringLiteral("frame.number")},
        {QStringLiteral("timestamp"), QStringLiteral("frame.time")},
        {QStringLiteral("src_ip"), QStringLiteral("ip.src")},
        {QStringLiteral("src_port"), QStringLiteral("tcp.srcport")},
        {QStringLiteral("dst_ip"), QStringLiteral("ip.dst")},
        {QStringLiteral("dst_port"), QStringLiteral("tcp.dstport")},
        {QStringLiteral("pname"), QStringLiteral("process.name")},
        {QStringLiteral("pid"), QStringLiteral("process.pid")},
        {QStringLiteral("type"), QStringLiteral("event.type")},
        {QStringLiteral("length"), QStringLiteral("event.length")},
        {QStringLiteral("is_binary"), QStringLiteral("payload.is_binary")},
        {QStringLiteral("payload_utf8"), QStringLiteral("payload.utf8")},
        {QStringLiteral("payload_binary"), QStringLiteral("payload")},
        {QStringLiteral("uuid"), QStringLiteral("event.uuid")},
        {QStringLiteral("tcp.stream"), QStringLiteral("event.conversation")},
    };
    return aliases;
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = qMin(qMin(row[j] + 1, row[j - 1] + 1),
                          diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
            diagonal = up;
        }
    }
    return row[b.size()];
}

QString suggestion(const QString &name)
{
    QString best;
    int bestDistance = 3;
    auto consider = [&](const QString &candidate) {
        const int d = editDistance(name.toLower(), candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    };
    for (const FieldInfo &f : FieldRegistry::fields())
        consider(QLatin1String(f.name));
    for (const auto &a : aliasTable())
        consider(a.first);
    return best;
}

QString typeText(const ProgramOperand &operand)
{
    if (operand.function == Function::Len)
        return QStringLiteral("len()");
    return FieldRegistry::typeName(operand.field->type);
}

class Checker
{
public:
    QStringList warnings;

    std::unique_ptr<ProgramNode> node(const SyntaxNode &s)
    {
        auto n = std::make_unique<ProgramNode>();
        n->kind = s.kind;
        switch (s.kind) {
        case SyntaxNode::Kind::And:
        case SyntaxNode::Kind::Or:
            n->left = node(*s.left);
            n->right = node(*s.right);
            return n;
        case SyntaxNode::Kind::Not:
            n->left = node(*s.left);
            return n;
        case SyntaxNode::Kind::Presence:
            operand(s.operand, *n);
            if (n->operand.field->type == FieldType::Boolean &&
                n->operand.function == Function::None && !n->operand.slice.present)
                warnings.append(Text::tr("a bare `%1` only tests that the field is present; write "
                                         "`%1 == true` to test its value")
                                    .arg(s.operand.field));
            return n;
        case SyntaxNode::Kind::Compare:
            break;
        }
        operand(s.operand, *n);
        n->op = s.op;
        checkOperator(s, *n);
        for (const SyntaxValue &v : s.values)
            value(s, v, *n);
        finish(s, *n);
        return n;
    }

private:
    void operand(const SyntaxOperand &s, ProgramNode &n)
    {
        const FieldInfo *field = resolveField(s.field);
        if (!field) {
            const QString hint = suggestion(s.field);
            fail(hint.isEmpty()
                     ? Text::tr("unknown field `%1` at column %2").arg(s.field).arg(s.column)
                     : Text::tr("unknown field `%1` at column %2 (did you mean `%3`?)")
                           .arg(s.field)
                           .arg(s.column)
                           .arg(hint),
                 s.column);
        }
        ProgramOperand &o = n.operand;
        o.field = field;
        o.function = s.function;
        o.slice = s.slice;
        const bool numeric = field->type != FieldType::String &&
                             field->type != FieldType::Address && field->type != FieldType::Bytes;
        if (s.slice.present && numeric)
            fail(Text::tr("a slice applies to bytes or text, not to `%1` (%2), at column %3")
                     .arg(s.field, FieldRegistry::typeName(field->type))
                     .arg(s.slice.column),
                 s.slice.column);
        if ((s.function == Function::Lower || s.function == Function::Upper) && numeric)
            fail(Text::tr("lower() and upper() apply to text, not to `%1` (%2), at column %3")
                     .arg(s.field, FieldRegistry::typeName(field->type))
                     .arg(s.functionColumn),
                 s.functionColumn);
        if (s.function == Function::Len && numeric)
            fail(Text::tr("len() applies to bytes or text, not to `%1` (%2), at column %3")
                     .arg(s.field, FieldRegistry::typeName(field->type))
                     .arg(s.functionColumn),
                 s.functionColumn);
        QString text = QLatin1String(field->name);
        if (s.slice.present)
            text += s.slice.length < 0
                        ? QStringLiteral("[%1:]").arg(s.slice.start)
                        : QStringLiteral("[%1:%2]").arg(s.slice.start).arg(s.slice.length);
        if (s.function == Function::Len && !s.slice.present &&
            qstrcmp(field->name, "payload") == 0) {
            // The index knows every event's length: len(payload) reads no payload.
            o.field = &FieldRegistry::field("frame.len");
            o.function = Function::None;
            o.kind = OKind::Number;
            n.operandText = QStringLiteral("len(payload) = frame.len");
            return;
        }
        switch (s.function) {
        case Function::Len:
            o.kind = OKind::Number;
            n.operandText = QStringLiteral("len(%1)").arg(text);
            return;
        case Function::Lower:
        case Function::Upper:
            o.kind = OKind::Text;
            n.operandText = QStringLiteral("%1(%2)").arg(
                s.function == Function::Lower ? QStringLiteral("lower") : QStringLiteral("upper"),
                text);
            return;
        case Function::None:
            break;
        }
        n.operandText = text;
        if (s.slice.present) {
            o.kind = OKind::Bytes;
            return;
        }
        switch (field->type) {
        case FieldType::String:
            o.kind = OKind::Text;
            break;
        case FieldType::Address:
            o.kind = OKind::Address;
            break;
        case FieldType::Bytes:
            o.kind = OKind::Bytes;
            break;
        default:
            o.kind = OKind::Number;
            break;
        }
    }

    void checkOperator(const SyntaxNode &s, ProgramNode &n)
    {
        const ProgramOperand &o = n.operand;
        const bool textual = s.op == Op::Contains || s.op == Op::Matches || s.op == Op::Like;
        const bool ordering = s.op == Op::Lt || s.op == Op::Le || s.op == Op::Gt || s.op == Op::Ge;
        if (textual && o.kind == OKind::Number)
            fail(Text::tr("`%1` applies to text or bytes, not to `%2` (%3), at column %4")
                     .arg(s.opText, n.operandText, typeText(o))
                     .arg(s.opColumn),
                 s.opColumn);
        if (ordering && o.field->type == FieldType::Boolean && o.function == Function::None)
            fail(Text::tr("`%1` does not apply to `%2` (boolean) at column %3: use `==`")
                     .arg(s.opText, n.operandText)
                     .arg(s.opColumn),
                 s.opColumn);
        if (ordering && o.kind == OKind::Text)
            warnings.append(Text::tr("`%1` at column %2 compares `%3` as text, character by "
                                     "character, not as a number")
                                .arg(s.opText)
                                .arg(s.opColumn)
                                .arg(n.operandText));
        if (s.op == Op::Ne && o.field->repeats())
            warnings.append(
                Text::tr("`%1` can have several values: `!=` at column %2 holds when none "
                         "of them equals (write `!(%1 == …)` to say so)")
                    .arg(n.operandText)
                    .arg(s.opColumn));
        if ((s.op == Op::Matches || s.op == Op::Like || s.op == Op::Contains) &&
            s.values.size() != 1)
            fail(Text::tr("`%1` takes one value at column %2").arg(s.opText).arg(s.opColumn),
                 s.opColumn);
    }

    qint64 number(const ProgramOperand &o, const QString &text, bool quoted, int column, bool upper)
    {
        const QString shown = quoted ? QLatin1Char('"') + text + QLatin1Char('"') : text;
        if (o.function == Function::None && o.field->type == FieldType::Time) {
            if (const auto t = parseTime(text))
                return upper ? t->hi : t->lo;
            if (!quoted)
                if (const auto n = parseInteger(text))
                    return *n;
            fail(Text::tr("%1 is not a time such as \"2026-11-29 14:00:00\" at column %2")
                     .arg(shown)
                     .arg(column),
                 column);
        }
        if (o.function == Function::None && o.field->type == FieldType::Duration) {
            if (const auto s = parseSeconds(text))
                return *s;
            fail(Text::tr("%1 is not a number of seconds at column %2").arg(shown).arg(column),
                 column);
        }
        if (o.function == Function::None && o.field->type == FieldType::Boolean) {
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                text == QLatin1String("1"))
                return 1;
            if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ||
                text == QLatin1String("0"))
                return 0;
            fail(Text::tr("%1 is not true or false at column %2").arg(shown).arg(column), column);
        }
        if (const auto n = parseInteger(text))
            return *n;
        fail(Text::tr("%1 is not a number (`%2` is %3) at column %4")
                 .arg(shown, operandName, typeText(o))
                 .arg(column),
             column);
    }

    void value(const SyntaxNode &s, const SyntaxValue &v, ProgramNode &n)
    {
        const ProgramOperand &o = n.operand;
        operandName = n.operandText;
        const QString shown = v.quoted ? QLatin1Char('"') + v.text + QLatin1Char('"') : v.text;
        if (v.isRange && o.kind != OKind::Number)
            fail(Text::tr("a range needs numbers at column %1").arg(v.column), v.column);
        if (s.op == Op::Matches || s.op == Op::Like) {
            n.regex.setPattern(s.op == Op::Like ? likeToRegex(v.text) : v.text);
            n.regex.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
            // isValid() compiles the pattern now, so that matching later only reads it.
            if (!n.regex.isValid())
                fail(Text::tr("invalid regular expression at column %1: %2")
                         .arg(v.column)
                         .arg(n.regex.errorString()),
                     v.column);
            n.shownValues.append(shown);
            return;
        }
        switch (o.kind) {
        case OKind::Number: {
            const qint64 lo = number(o, v.text, v.quoted, v.column, false);
            const qint64 hi = v.isRange
                                  ? number(o, v.rangeEnd, v.rangeEndQuoted, v.rangeEndColumn, true)
                                  : number(o, v.text, v.quoted, v.column, true);
            if (hi < lo)
                fail(Text::tr("the range at column %1 ends before it starts").arg(v.column),
                     v.column);
            n.numbers.append({lo, hi});
            n.shownValues.append(v.isRange ? v.text + QStringLiteral("..") + v.rangeEnd : shown);
            return;
        }
        case OKind::Text:
            n.texts.append(v.text);
            n.shownValues.append(QLatin1Char('"') + v.text + QLatin1Char('"'));
            return;
        case OKind::Address: {
            n.shownValues.append(shown);
            if (s.op == Op::Contains) {
                n.texts.append(v.text);
                return;
            }
            AddressConstant a;
            const qsizetype slash = v.text.indexOf(u'/');
            const auto parsed = parseIpAddress(slash < 0 ? v.text : v.text.left(slash));
            bool prefixOk = true;
            if (parsed && slash >= 0) {
                a.prefix = v.text.mid(slash + 1).toInt(&prefixOk);
                prefixOk = prefixOk && a.prefix >= 0 && a.prefix <= parsed->bits();
            }
            if (!parsed || !prefixOk)
                fail(Text::tr("%1 is not an IPv4 or IPv6 address or network at column %2")
                         .arg(shown)
                         .arg(v.column),
                     v.column);
            if (a.prefix >= 0 && s.op != Op::Eq && s.op != Op::Ne && s.op != Op::In)
                fail(Text::tr("`%1` does not apply to a network at column %2")
                         .arg(s.opText)
                         .arg(s.opColumn),
                     s.opColumn);
            a.address = *parsed;
            a.text = ipAddressText(*parsed);
            if (a.prefix == parsed->bits())
                a.prefix = -1;
            n.addrs.append(a);
            return;
        }
        case OKind::Bytes: {
            // A bare 47:45:54 is bytes in hex (Wireshark); a string is its UTF-8 (or \x bytes).
            const auto hex = v.quoted ? std::nullopt : parseHexBytes(v.text);
            n.bytes.append(hex ? *hex : v.quoted ? v.bytes : v.text.toUtf8());
            n.shownValues.append(hex ? QString::fromLatin1(hex->toHex(':')) : shown);
            return;
        }
        }
    }

    void finish(const SyntaxNode &s, ProgramNode &n)
    {
        if (s.op == Op::Contains && n.operand.kind == OKind::Bytes)
            n.matcher.setPattern(n.bytes.first());
    }

    QString operandName;
};

} // namespace

const FieldInfo *resolveField(const QString &name)
{
    if (const FieldInfo *f = FieldRegistry::find(name))
        return f;
    const QString lower = name.toLower();
    if (const FieldInfo *f = FieldRegistry::find(lower))
        return f;
    for (const auto &a : aliasTable())
        if (a.first == lower)
            return FieldRegistry::find(a.second);
    return nullptr;
}

QVector<QPair<QString, QString>> fieldAliases()
{
    return aliasTable();
}

CheckResult check(const SyntaxNode &root)
{
    CheckResult result;
    Checker checker;
    try {
        result.root = checker.node(root);
        result.warnings = checker.warnings;
    } catch (const CheckError &e) {
        result.root.reset();
        result.error = e.message;
        result.errorColumn = e.column;
    }
    return result;
}

} // namespace ecv::filter
