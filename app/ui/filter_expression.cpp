// SPDX-License-Identifier: Apache-2.0
#include "ui/filter_expression.h"

#include <QDateTime>

namespace ecv {

namespace FilterExpression {

namespace {
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

bool needsParentheses(const QString &expression)
{
    // A bare comparison joins without parentheses; anything with a logical operator gets them.
    static const QStringList operators = {QStringLiteral("&&"),    QStringLiteral("||"),
                                          QStringLiteral(" and "), QStringLiteral(" or "),
                                          QStringLiteral(" AND "), QStringLiteral(" OR ")};
    for (const QString &op : operators) {
        if (expression.contains(op))
            return true;
    }
    return false;
}

QString grouped(const QString &expression)
{
    return needsParentheses(expression) ? QLatin1Char('(') + expression + QLatin1Char(')')
                                        : expression;
}
} // namespace

QString literal(const FieldInfo &field, const FieldValue &value)
{
    switch (field.type) {
    case FieldType::Unsigned:
    case FieldType::Signed:
    case FieldType::Duration:
        return QString::number(value.number);
    case FieldType::Boolean:
        return value.number ? QStringLiteral("1") : QStringLiteral("0");
    case FieldType::Time:
        // The language reads local "yyyy-MM-dd HH:mm:ss.fffffffff" times.
        return quoted(FieldRegistry::text(field, value));
    case FieldType::Address:
        return value.text;
    case FieldType::Bytes:
        if (value.bytes.isEmpty())
            return quoted(QString());
        return QString::fromLatin1(value.bytes.toHex(':'));
    case FieldType::String:
        break;
    }
    return quoted(value.text);
}

QString condition(const FieldInfo &field, const FieldValue *value)
{
    const QString name = QString::fromLatin1(field.name);
    if (!value)
        return name;
    return name + QStringLiteral(" == ") + literal(field, *value);
}

QString join(const QString &current, const QString &condition, Join how)
{
    const QString base = current.trimmed();
    const QString negated = QStringLiteral("!(") + condition + QLatin1Char(')');
    if (base.isEmpty() || how == Join::Selected || how == Join::NotSelected)
        return how == Join::NotSelected || how == Join::AndNotSelected || how == Join::OrNotSelected
                   ? negated
                   : condition;
    switch (how) {
    case Join::AndSelected:
        return grouped(base) + QStringLiteral(" && ") + condition;
    case Join::OrSelected:
        return grouped(base) + QStringLiteral(" || ") + condition;
    case Join::AndNotSelected:
        return grouped(base) + QStringLiteral(" && ") + negated;
    case Join::OrNotSelected:
        return grouped(base) + QStringLiteral(" || ") + negated;
    default:
        return condition;
    }
}

} // namespace FilterExpression

} // namespace ecv
