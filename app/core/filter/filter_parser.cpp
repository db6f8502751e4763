// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ecv::filter {

namespace {

/// Messages are translated in one context, whichever stage words them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ecv::DisplayFilter)
};

using Kind = Token::Kind;
using Op = SyntaxNode::Op;

/** Thrown inside the parser only: the first error ends the parse. */
struct ParseError
{
    QString message;
    int column;
};

class Parser
{
public:
    explicit Parser(const QVector<Token> &tokens)
        : m_tokens(tokens)
    {}

    std::unique_ptr<SyntaxNode> parseAll()
    {
        std::unique_ptr<SyntaxNode> root = parseOr();
        const Token &t = peek();
        if (t.kind == Kind::End)
            return root;
        if (t.kind == Kind::RParen)
            fail(Text::tr("`)` at column %1 has no matching `(`").arg(t.column), t.column);
        if (root->kind == SyntaxNode::Kind::Presence && isValueToken(t))
            fail(Text::tr("expected an operator such as `==` after `%1` at column %2")
                     .arg(root->operand.field)
                     .arg(t.column),
                 t.column);
        fail(Text::tr("unexpected `%1` at column %2: expected `and`, `or` or the end of the filter")
                 .arg(t.text)
                 .arg(t.column),
             t.column);
        return nullptr;
    }

private:
    [[noreturn]] static void fail(const QString &message, int column)
    {
        throw ParseError{message, column};
    }

    const Token &peek(int ahead = 0) const
    {
        const int i = qMin(m_pos + ahead, int(m_tokens.size()) - 1);
        return m_tokens.at(i);
    }
    const Token &take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    const Token &previous() const { return m_tokens.at(qMax(0, m_pos - 1)); }

    static bool isKeywordToken(const Token &t)
    {
        static const char *const keywords[] = {"and", "or",   "not",    "eq", "ne",
                                               "lt",  "le",   "gt",     "ge", "contains",
                                               "in",  "like", "matches"};
        for (const char *k : keywords)
            if (isKeyword(t, k))
                return true;
        return false;
    }
    static bool isValueToken(const Token &t)
    {
        return t.kind == Kind::String || (t.kind == Kind::Word && !isKeywordToken(t));
    }
    bool atAnd() const { return peek().kind == Kind::And || isKeyword(peek(), "and"); }
    bool atOr() const { return peek().kind == Kind::Or || isKeyword(peek(), "or"); }
    bool atNot() const { return peek().kind == Kind::Not || isKeyword(peek(), "not"); }

    void enter(const Token &at)
    {
        if (++m_depth > kMaxFilterDepth)
            fail(Text::tr("the filter nests more than %1 levels deep at column %2")
                     .arg(kMaxFilterDepth)
                     .arg(at.column),
                 at.column);
    }

    static std::unique_ptr<SyntaxNode> join(SyntaxNode::Kind kind, std::unique_ptr<SyntaxNode> a,
                                            std::unique_ptr<SyntaxNode> b)
    {
        auto n = std::make_unique<SyntaxNode>();
        n->kind = kind;
        n->column = a->column;
        n->left = std::move(a);
        n->right = std::move(b);
        return n;
    }

    std::unique_ptr<SyntaxNode> parseOr()
    {
        std::unique_ptr<SyntaxNode> left = parseAnd();
        while (atOr()) {
            take();
            left = join(SyntaxNode::Kind::Or, std::move(left), parseAnd());
        }
        return left;
    }

    std::unique_ptr<SyntaxNode> parseAnd()
    {
        std::unique_ptr<SyntaxNode> left = parseUnary();
        while (atAnd()) {
            take();
            left = join(SyntaxNode::Kind::And, std::move(left), parseUnary());
        }
        return left;
    }

    std::unique_ptr<SyntaxNode> parseUnary()
    {
        if (atNot()) {
            const Token &t = take();
            enter(t);
            auto n = std::make_unique<SyntaxNode>();
            n->kind = SyntaxNode::Kind::Not;
            n->column = t.column;
            n->left = parseUnary();
            --m_depth;
            return n;
        }
        return parsePrimary();
    }

    std::unique_ptr<SyntaxNode> parsePrimary()
    {
        const Token &t = peek();
        if (t.kind == Kind::LParen) {
            take();
            enter(t);
            std::unique_ptr<SyntaxNode> inner = parseOr();
            if (peek().kind != Kind::RParen)
                fail(Text::tr("expected `)` at column %1 to close the `(` at column %2")
                         .arg(peek().column)
                         .arg(t.column),
                     peek().column);
            take();
            --m_depth;
            return inner;
        }
        return parseTest();
    }

    void expectField(const Token &t) const
    {
        if (t.kind == Kind::Word && !isKeywordToken(t))
            return;
        const int column = t.column;
        if (m_pos == 0)
            fail(Text::tr("expected a field name at column %1").arg(column), column);
        fail(Text::tr("expected a field name after `%1` at column %2")
                 .arg(previous().text)
                 .arg(column),
             column);
    }

    SyntaxOperand parseOperand()
    {
        SyntaxOperand operand;
        const Token &t = peek();
        expectField(t);
        static const struct
        {
            const char *name;
            SyntaxOperand::Function function;
        } functions[] = {{"lower", SyntaxOperand::Function::Lower},
                         {"upper", SyntaxOperand::Function::Upper},
                         {"len", SyntaxOperand::Function::Len}};
        for (const auto &f : functions) {
            if (!isKeyword(t, f.name) || peek(1).kind != Kind::LParen)
                continue;
            take();
            const Token &open = take();
            enter(open);
            SyntaxOperand inner = parseOperand();
            if (inner.function != SyntaxOperand::Function::None)
                fail(Text::tr("`%1()` takes a field, not another function, at column %2")
                         .arg(t.text)
                         .arg(inner.functionColumn),
                     inner.functionColumn);
            if (peek().kind != Kind::RParen)
                fail(Text::tr("expected `)` at column %1 to close `%2(`")
                         .arg(peek().column)
                         .arg(t.text),
                     peek().column);
            take();
            --m_depth;
            inner.function = f.function;
            inner.functionColumn = t.column;
            return inner;
        }
        take();
        operand.field = t.text;
        operand.column = t.column;
        if (peek().kind == Kind::LBracket)
            operand.slice = parseSlice();
        return operand;
    }

    SyntaxSlice parseSlice()
    {
        const Token &open = take();
        SyntaxSlice slice;
        slice.present = true;
        slice.column = open.column;
        const Token &body = peek();
        // [start:length], [start-end], [start:], [:length], [n] (Wireshark's slice forms).
        static const QRegularExpression form(QStringLiteral("^(-?\\d+)?(?:(:)(\\d+)?|-(\\d+))?$"));
        const QRegularExpressionMatch m =
            body.kind == Kind::Word ? form.match(body.text) : QRegularExpressionMatch();
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()) ||
            peek(1).kind != Kind::RBracket)
            fail(Text::tr("expected a slice such as `[0:4]` at column %1").arg(body.column),
                 body.column);
        take();
        take();
        bool ok = true;
        const auto number = [&](const QString &s) {
            const qlonglong v = s.toLongLong(&ok);
            if (!ok || v > 0x7fffffff || v < -0x7fffffff)
                fail(Text::tr("the slice `%1` is out of range at column %2")
                         .arg(body.text)
                         .arg(body.column),
                     body.column);
            return int(v);
        };
        slice.start = m.captured(1).isEmpty() ? 0 : number(m.captured(1));
        if (!m.captured(2).isEmpty()) {
            slice.length = m.captured(3).isEmpty() ? -1 : number(m.captured(3));
        } else if (!m.captured(4).isEmpty()) {
            const int end = number(m.captured(4));
            if (end < slice.start || slice.start < 0)
                fail(Text::tr("the slice `%1` ends before it starts at column %2")
                         .arg(body.text)
                         .arg(body.column),
                     body.column);
            slice.length = end - slice.start + 1;
        } else {
            slice.length = 1;
        }
        return slice;
    }

    /** The operator after an operand, if there is one. */
    bool parseOperator(SyntaxNode &n)
    {
        const Token &t = peek();
        static const struct
        {
            Kind kind;
            const char *keyword;
            Op op;
        } ops[] = {{Kind::Eq, "eq", Op::Eq},
                   {Kind::Ne, "ne", Op::Ne},
                   {Kind::Lt, "lt", Op::Lt},
                   {Kind::Le, "le", Op::Le},
                   {Kind::Gt, "gt", Op::Gt},
                   {Kind::Ge, "ge", Op::Ge},
                   {Kind::Tilde, "matches", Op::Matches},
                   {Kind::End, "contains", Op::Contains},
                   {Kind::End, "like", Op::Like},
                   {Kind::End, "in", Op::In}};
        for (const auto &o : ops) {
            if ((o.kind != Kind::End && t.kind == o.kind) || isKeyword(t, o.keyword)) {
                n.op = o.op;
                n.opText = t.text;
                n.opColumn = t.column;
                take();
                return true;
            }
        }
        return false;
    }

    SyntaxValue parseValue(const Token &after)
    {
        const Token &t = peek();
        if (!isValueToken(t))
            fail(Text::tr("expected a value after `%1` at column %2").arg(after.text).arg(t.column),
                 t.column);
        take();
        SyntaxValue v;
        v.quoted = t.kind == Kind::String;
        v.text = t.text;
        v.bytes = t.bytes;
        v.column = t.column;
        return v;
    }

    void parseSet(SyntaxNode &n, const Token &in)
    {
        const Token &open = peek();
        if (open.kind != Kind::LBrace && open.kind != Kind::LParen)
            fail(Text::tr("expected `{` or `(` after `%1` at column %2")
                     .arg(in.text)
                     .arg(open.column),
                 open.column);
        take();
        const Kind close = open.kind == Kind::LBrace ? Kind::RBrace : Kind::RParen;
        const QString closeText = close == Kind::RBrace ? QStringLiteral("}") : QStringLiteral(")");
        while (peek().kind != close) {
            if (!n.values.isEmpty() && peek().kind == Kind::Comma)
                take();
            const Token &t = peek();
            if (t.kind == Kind::End)
                fail(Text::tr("expected `%1` at column %2 to close the set at column %3")
                         .arg(closeText)
                         .arg(t.column)
                         .arg(open.column),
                     t.column);
            if (!isValueToken(t))
                fail(Text::tr("expected a value in the set at column %1").arg(t.column), t.column);
            SyntaxValue v = parseValue(in);
            if (peek().kind == Kind::Range) {
                const Token &range = take();
                const Token &end = peek();
                if (!isValueToken(end))
                    fail(Text::tr("expected a value after `..` at column %1").arg(end.column),
                         end.column);
                take();
                v.isRange = true;
                v.rangeEnd = end.text;
                v.rangeEndQuoted = end.kind == Kind::String;
                v.rangeEndColumn = end.column;
                Q_UNUSED(range);
            }
            n.values.append(v);
        }
        if (n.values.isEmpty())
            fail(Text::tr("the set at column %1 is empty").arg(open.column), open.column);
        take();
    }

    std::unique_ptr<SyntaxNode> parseTest()
    {
        auto n = std::make_unique<SyntaxNode>();
        n->column = peek().column;
        if (++m_tests > kMaxFilterTests)
            fail(Text::tr("the filter has more than %1 tests at column %2")
                     .arg(kMaxFilterTests)
                     .arg(n->column),
                 n->column);
        n->operand = parseOperand();
        // SQL's `x NOT IN (…)`, `x NOT LIKE '…'`: a negated test.
        bool negated = false;
        if (isKeyword(peek(), "not") &&
            (isKeyword(peek(1), "in") || isKeyword(peek(1), "like") ||
             isKeyword(peek(1), "contains") || isKeyword(peek(1), "matches"))) {
            take();
            negated = true;
        }
        if (!parseOperator(*n)) {
            n->kind = SyntaxNode::Kind::Presence;
            return n;
        }
        n->kind = SyntaxNode::Kind::Compare;
        const Token &opToken = previous();
        if (n->op == Op::In)
            parseSet(*n, opToken);
        else
            n->values.append(parseValue(opToken));
        if (!negated)
            return n;
        auto notNode = std::make_unique<SyntaxNode>();
        notNode->kind = SyntaxNode::Kind::Not;
        notNode->column = n->column;
        notNode->left = std::move(n);
        return notNode;
    }

    const QVector<Token> &m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    int m_tests = 0;
};

/**
 * The condition(s) of a `SELECT … WHERE …` statement as one filter expression, or "". Read
 * character by character (quotes respected): a statement holds `*` and other text the filter
 * scanner rejects.
 */
QString sqlCondition(const QString &text)
{
    QStringList parts;
    qsizetype where = -1;
    auto flush = [&](qsizetype end) {
        if (where < 0)
            return;
        const QString part = text.mid(where, end - where).trimmed();
        if (!part.isEmpty())
            parts.append(part);
        where = -1;
    };
    QChar quote;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            ++i;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            ++i;
            continue;
        }
        if (!c.isLetter() || (i > 0 && (text.at(i - 1).isLetterOrNumber() ||
                                        text.at(i - 1) == u'_' || text.at(i - 1) == u'.'))) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < text.size() && (text.at(e).isLetterOrNumber() || text.at(e) == u'_'))
            ++e;
        const QString word = text.mid(i, e - i).toLower();
        if (word == QLatin1String("where") && where < 0)
            where = e;
        else if (word == QLatin1String("union") || word == QLatin1String("order") ||
                 word == QLatin1String("limit"))
            flush(i);
        i = e;
    }
    flush(text.size());
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return parts.first();
    for (QString &p : parts) {
        const ParseResult r = parse(p);
        if (!r.root || r.root->kind == SyntaxNode::Kind::Or)
            p = QLatin1Char('(') + p + QLatin1Char(')');
    }
    return parts.join(QLatin1String(" or "));
}

} // namespace

ParseResult parse(const QString &text)
{
    ParseResult result;
    static const QRegularExpression statement(QStringLiteral("^\\s*select\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (statement.match(text).hasMatch()) {
        const QString condition = sqlCondition(text);
        result.error =
            condition.isEmpty()
                ? Text::tr(
                      "a whole SQL statement is not a display filter: write only the condition "
                      "of its WHERE clause (column 1)")
                : Text::tr(
                      "a whole SQL statement is not a display filter: write only its condition, "
                      "`%1` (column 1)")
                      .arg(condition);
        result.errorColumn = 1;
        return result;
    }
    const ScanResult scanned = scan(text);
    if (!scanned.error.isEmpty()) {
        result.error = scanned.error;
        result.errorColumn = scanned.errorColumn;
        return result;
    }
    if (scanned.tokens.size() == 1)
        return result; // empty filter
    try {
        Parser parser(scanned.tokens);
        result.root = parser.parseAll();
    } catch (const ParseError &e) {
        result.root.reset();
        result.error = e.message;
        result.errorColumn = e.column;
    }
    return result;
}

} // namespace ecv::filter
