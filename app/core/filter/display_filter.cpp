// SPDX-License-Identifier: Apache-2.0
#include "core/filter/display_filter.h"

#include "core/filter/filter_parser.h"
#include "core/filter/filter_program.h"
#include "core/filter/filter_semantic.h"

namespace ecv {

struct DisplayFilter::Data
{
    QString text;
    std::unique_ptr<filter::ProgramNode> root; ///< null: empty or invalid
    QString error;
    int errorColumn = 0;
    QStringList warnings;
    FieldSource needs = FieldSource::Index;
};

DisplayFilter::DisplayFilter()
    : d(std::make_shared<Data>())
{}

DisplayFilter DisplayFilter::compile(const QString &text)
{
    auto data = std::make_shared<Data>();
    data->text = text;
    filter::ParseResult parsed = filter::parse(text);
    if (!parsed.error.isEmpty()) {
        data->error = parsed.error;
        data->errorColumn = parsed.errorColumn;
    } else if (parsed.root) {
        filter::CheckResult checked = filter::check(*parsed.root);
        if (!checked.error.isEmpty()) {
            data->error = checked.error;
            data->errorColumn = checked.errorColumn;
        } else {
            data->root = std::move(checked.root);
            data->warnings = checked.warnings;
            data->needs = data->root->needs();
        }
    }
    DisplayFilter f;
    f.d = std::move(data);
    return f;
}

QString DisplayFilter::text() const
{
    return d->text;
}

bool DisplayFilter::isEmpty() const
{
    return d->error.isEmpty() && !d->root;
}

bool DisplayFilter::isValid() const
{
    return d->error.isEmpty();
}

DisplayFilter::Severity DisplayFilter::severity() const
{
    if (!d->error.isEmpty())
        return Severity::Invalid;
    return d->warnings.isEmpty() ? Severity::Valid : Severity::Warning;
}

QString DisplayFilter::errorMessage() const
{
    return d->error;
}

int DisplayFilter::errorColumn() const
{
    return d->errorColumn;
}

QStringList DisplayFilter::warnings() const
{
    return d->warnings;
}

FieldSource DisplayFilter::needs() const
{
    return d->needs;
}

namespace {
void collectFields(const filter::ProgramNode &n, QStringList &out)
{
    if (n.operand.field && !out.contains(QLatin1String(n.operand.field->name)))
        out.append(QLatin1String(n.operand.field->name));
    if (n.left)
        collectFields(*n.left, out);
    if (n.right)
        collectFields(*n.right, out);
}
} // namespace

QStringList DisplayFilter::fieldNames() const
{
    QStringList out;
    if (d->root)
        collectFields(*d->root, out);
    return out;
}

bool DisplayFilter::matches(const FieldContext &context) const
{
    if (!d->error.isEmpty())
        return false;
    return !d->root || d->root->evaluate(context);
}

QString DisplayFilter::explain() const
{
    if (!d->error.isEmpty())
        return d->error;
    if (!d->root)
        return QStringLiteral("(empty: every event passes)");
    QStringList lines;
    d->root->explain(lines, 0);
    return lines.join(u'\n');
}

QStringList DisplayFilter::completions()
{
    QStringList names;
    for (const FieldInfo &f : FieldRegistry::fields())
        names.append(QLatin1String(f.name));
    for (const auto &a : filter::fieldAliases())
        names.append(a.first);
    names.sort();
    names.removeDuplicates();
    return names;
}

QVector<QPair<QString, QString>> DisplayFilter::aliases()
{
    return filter::fieldAliases();
}

} // namespace ecv
