// SPDX-License-Identifier: Apache-2.0
// The display-filter language: every operator in both spellings, precedence, every example of
// eCaptureQ's SQL filter documentation verbatim, literals (numbers, addresses, CIDR, times,
// strings with escapes, bytes), functions and slices, and every error with its column.
#include <QtTest>

#include "core/filter/display_filter.h"

using namespace ecv;

namespace {

/** The compiled tree as one line: "(or A (and B C))", annotations dropped. */
QString shape(const QString &explain)
{
    struct Line
    {
        int depth;
        QString text;
    };
    QVector<Line> lines;
    for (const QString &l : explain.split(u'\n')) {
        int depth = 0;
        while (depth < l.size() && l.at(depth) == u' ')
            ++depth;
        QString text = l.mid(depth);
        if (const qsizetype a = text.lastIndexOf(QLatin1String("  [")); a >= 0)
            text.truncate(a);
        lines.append({depth / 2, text});
    }
    int pos = 0;
    std::function<QString()> node = [&]() -> QString {
        const Line line = lines.at(pos++);
        if (line.text != QLatin1String("and") && line.text != QLatin1String("or") &&
            line.text != QLatin1String("not"))
            return line.text;
        QStringList parts{line.text};
        while (pos < lines.size() && lines.at(pos).depth > line.depth)
            parts.append(node());
        return u'(' + parts.join(u' ') + u')';
    };
    return lines.isEmpty() ? QString() : node();
}

/** A test event with every index field set, a payload, and no HTTP. */
CapturedEvent sampleEvent()
{
    CapturedEvent e;
    e.frameNumber = 7;
    e.timeNs = QDateTime(QDate(2026, 11, 29), QTime(14, 0, 30)).toMSecsSinceEpoch() * 1000000LL +
               250000000LL;
    e.era = Era::V1Protobuf;
    e.probe = Probe::OpenSsl;
    e.kind = EventKind::Data;
    e.direction = Direction::Send;
    e.pid = 7389;
    e.tid = 7390;
    e.fd = 5;
    e.processName = QStringLiteral("curl");
    e.srcIp = QStringLiteral("10.0.0.5");
    e.srcPort = 35016;
    e.dstIp = QStringLiteral("2001:db8::5");
    e.dstPort = 8443;
    e.ecaptureType = 1;
    e.uuid = QStringLiteral("7389_7390_curl_5_1_10.0.0.5:35016-[2001:db8::5]:8443");
    e.data = QByteArrayLiteral("GET /api/token?x=1 HTTP/1.1\r\nHost: api.example.com\r\n\r\n");
    return e;
}

} // namespace

class TestFilterGrammar : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void spellingsCompileAlike_data();
    void spellingsCompileAlike();
    void precedence_data();
    void precedence();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void needs_data();
    void needs();
    void emptyAndCompletions();
    void hostileInputEndsWithAnError();
};

void TestFilterGrammar::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("passes");
    // Every eCaptureQ documentation example (simple mode), verbatim.
    QTest::newRow("ecaptureq dst_port IN") << "dst_port IN (80,443)" << false;
    QTest::newRow("ecaptureq src_ip LIKE") << "src_ip LIKE '192.168.1.%'" << false;
    QTest::newRow("ecaptureq is_binary payload_utf8")
        << "is_binary = false AND payload_utf8 LIKE 'GET %'" << true;
    QTest::newRow("ecaptureq or and")
        << "(src_ip='10.0.0.5' OR dst_port=3306) AND length < 1000" << true;
    // The same conditions made true or false for this event.
    QTest::newRow("ecaptureq IN true") << "dst_port IN (80,443,8443)" << true;
    QTest::newRow("ecaptureq LIKE true") << "src_ip LIKE '10.0.%'" << true;
    QTest::newRow("ecaptureq length false")
        << "(src_ip='10.0.0.5' OR dst_port=3306) AND length < 10" << false;
    QTest::newRow("sql pname") << "pname = 'curl'" << true;
    QTest::newRow("sql pid") << "pid = 7389" << true;
    QTest::newRow("sql type") << "type = 1" << true;
    QTest::newRow("sql index") << "index = 7" << true;
    QTest::newRow("sql timestamp") << "timestamp > 1000" << true;
    QTest::newRow("sql src_port") << "src_port = 35016" << true;
    QTest::newRow("sql dst_ip") << "dst_ip = '2001:db8::5'" << true;
    QTest::newRow("sql NOT IN") << "dst_port NOT IN (80, 443)" << true;
    QTest::newRow("sql NOT LIKE") << "pname NOT LIKE 'cu%'" << false;
    QTest::newRow("sql <>") << "pname <> 'wget'" << true;
    QTest::newRow("sql doubled quote") << "pname = 'cu''rl'" << false;
    QTest::newRow("LIKE underscore") << "pname LIKE 'c_rl'" << true;
    QTest::newRow("LIKE is anchored") << "pname LIKE 'url'" << false;
    QTest::newRow("LIKE is case-sensitive") << "pname LIKE 'CURL'" << false;
    // Comparisons, both spellings.
    QTest::newRow("==") << "process.name == \"curl\"" << true;
    QTest::newRow("=") << "process.name = \"curl\"" << true;
    QTest::newRow("eq") << "process.name eq \"curl\"" << true;
    QTest::newRow("EQ") << "process.name EQ \"curl\"" << true;
    QTest::newRow("== false") << "process.name == \"wget\"" << false;
    QTest::newRow("!=") << "process.name != \"wget\"" << true;
    QTest::newRow("ne") << "process.name ne \"curl\"" << false;
    QTest::newRow("<") << "tcp.srcport < 35017" << true;
    QTest::newRow("lt") << "tcp.srcport lt 35016" << false;
    QTest::newRow("<=") << "tcp.srcport <= 35016" << true;
    QTest::newRow("le") << "tcp.srcport le 35015" << false;
    QTest::newRow(">") << "tcp.srcport > 35015" << true;
    QTest::newRow("gt") << "tcp.srcport gt 35016" << false;
    QTest::newRow(">=") << "tcp.srcport >= 35016" << true;
    QTest::newRow("ge") << "tcp.srcport ge 35017" << false;
    QTest::newRow("hex number") << "tcp.dstport == 0x20fb" << true;
    QTest::newRow("signed negative") << "process.pid > -1" << true;
    // Logic, both spellings.
    QTest::newRow("&&") << "process.pid == 7389 && tcp.dstport == 8443" << true;
    QTest::newRow("and") << "process.pid == 7389 and tcp.dstport == 1" << false;
    QTest::newRow("AND") << "process.pid == 7389 AND tcp.dstport == 8443" << true;
    QTest::newRow("||") << "process.pid == 1 || tcp.dstport == 8443" << true;
    QTest::newRow("or") << "process.pid == 1 or tcp.dstport == 1" << false;
    QTest::newRow("OR") << "process.pid == 1 OR tcp.dstport == 8443" << true;
    QTest::newRow("!") << "!process.pid == 1" << true;
    QTest::newRow("not") << "not process.pid == 7389" << false;
    QTest::newRow("NOT") << "NOT (process.pid == 1)" << true;
    QTest::newRow("double not") << "not not process.name" << true;
    QTest::newRow("precedence and over or") << "process.pid == 7389 or tcp.port == 1 and "
                                               "tcp.port == 2"
                                            << true;
    QTest::newRow("parentheses") << "(process.pid == 7389 or tcp.port == 1) and tcp.port == 2"
                                 << false;
    // Text operators.
    QTest::newRow("contains") << "process.name contains \"ur\"" << true;
    QTest::newRow("contains false") << "process.name contains \"x\"" << false;
    QTest::newRow("matches") << "process.name matches \"^c.r\"" << true;
    QTest::newRow("~") << "process.name ~ \"^c.r\"" << true;
    QTest::newRow("matches case") << "process.name matches \"^CURL$\"" << false;
    QTest::newRow("matches (?i)") << "process.name matches \"(?i)^CURL$\"" << true;
    QTest::newRow("lower") << "lower(process.name) == \"curl\"" << true;
    QTest::newRow("upper") << "upper(process.name) == \"CURL\"" << true;
    QTest::newRow("len") << "len(process.name) == 4" << true;
    QTest::newRow("len payload") << "len(payload) > 20" << true;
    QTest::newRow("bare word value") << "process.name == curl" << true;
    QTest::newRow("single quotes") << "process.name == 'curl'" << true;
    QTest::newRow("escapes") << "payload contains \"1.1\\r\\nHost\"" << true;
    QTest::newRow("hex escape") << "payload contains \"\\x47\\x45T\"" << true;
    QTest::newRow("escaped quote") << "process.name == \"cu\\\"rl\"" << false;
    QTest::newRow("string ordering") << "process.name < \"d\"" << true;
    QTest::newRow("regex escapes kept") << "process.name matches \"^\\w{4}$\"" << true;
    QTest::newRow("regex escaped ?") << "process.name matches \"^cu(\\?|rl)$\"" << true;
    QTest::newRow("backslash kept") << "payload contains \"\\q\"" << false;
    // Filters the Statistics dialog emits for its rows.
    QTest::newRow("statistics conversation") << "event.conversation == 3" << false;
    QTest::newRow("statistics address") << "ip.addr == 1.2.3.4" << false;
    QTest::newRow("statistics process")
        << "process.pid == 7389 && process.name == \"curl\"" << true;
    QTest::newRow("statistics host and path")
        << "http.host == \"x\" && http.request.uri matches \"^/p(\\?|$)\"" << false;
    // Sets and ranges.
    QTest::newRow("in braces") << "tcp.dstport in {80 443 8443}" << true;
    QTest::newRow("in commas") << "tcp.dstport in {80, 443}" << false;
    QTest::newRow("IN parentheses") << "tcp.dstport IN (80, 8443)" << true;
    QTest::newRow("in range") << "tcp.port in {80 443 8000..8999}" << true;
    QTest::newRow("in range outside") << "tcp.port in {8000..8442}" << false;
    QTest::newRow("in strings") << "process.name in {\"wget\" \"curl\"}" << true;
    QTest::newRow("in addresses") << "ip.dst in {10.0.0.1 2001:db8::5}" << true;
    // Addresses.
    QTest::newRow("ip.addr either end") << "ip.addr == 2001:db8::5" << true;
    QTest::newRow("ip.addr src") << "ip.addr == 10.0.0.5" << true;
    QTest::newRow("ip.addr !=") << "ip.addr != 10.0.0.5" << false;
    QTest::newRow("cidr v4") << "ip.addr == 10.0.0.0/8" << true;
    QTest::newRow("cidr v4 outside") << "ip.src == 192.168.0.0/16" << false;
    QTest::newRow("cidr v6") << "ip.dst == 2001:db8::/32" << true;
    QTest::newRow("ipv6 other spelling") << "ip.dst == 2001:0db8:0:0::5" << true;
    QTest::newRow("address order") << "ip.src > 10.0.0.4" << true;
    QTest::newRow("address contains") << "ip.src contains \"0.0\"" << true;
    QTest::newRow("tcp.port either end") << "tcp.port == 35016 and tcp.port == 8443" << true;
    // Presence.
    QTest::newRow("presence") << "process.name" << true;
    QTest::newRow("presence absent") << "http.host" << false;
    QTest::newRow("absent fails !=") << "http.host != \"x\"" << false;
    QTest::newRow("not absent") << "!http.host" << true;
    // Bytes and slices.
    QTest::newRow("slice") << "payload[0:4] == \"GET \"" << true;
    QTest::newRow("slice hex") << "payload[0:3] == 47:45:54" << true;
    QTest::newRow("slice start-end") << "payload[1-2] == \"ET\"" << true;
    QTest::newRow("slice one byte") << "payload[0] == 47" << true;
    QTest::newRow("slice to end") << "payload[4:] contains \"token\"" << true;
    QTest::newRow("slice from end") << "payload[-4:] == \"\\r\\n\\r\\n\"" << true;
    QTest::newRow("slice outside") << "payload[1000:4]" << false;
    QTest::newRow("slice len") << "len(payload[0:4]) == 4" << true;
    QTest::newRow("slice of text") << "process.name[0:2] == \"cu\"" << true;
    QTest::newRow("payload contains") << "payload contains \"token\"" << true;
    QTest::newRow("payload matches") << "payload matches \"(?i)host: API\"" << true;
    QTest::newRow("payload_binary") << "payload_binary contains \"GET\"" << true;
    // Times.
    QTest::newRow("time >=") << "frame.time >= \"2026-11-29 14:00:00\"" << true;
    QTest::newRow("time <") << "frame.time < \"2026-11-29 14:00:00\"" << false;
    QTest::newRow("time == second") << "frame.time == \"2026-11-29 14:00:30\"" << true;
    QTest::newRow("time == day") << "frame.time == \"2026-11-29\"" << true;
    QTest::newRow("time == fraction") << "frame.time == \"2026-11-29T14:00:30.25\"" << true;
    QTest::newRow("time > second") << "frame.time > \"2026-11-29 14:00:30\"" << false;
    QTest::newRow("time in range")
        << "frame.time in {\"2026-11-29 13:00\"..\"2026-11-29 15:00\"}" << true;
    // Names are case-insensitive for aliases (SQL habit).
    QTest::newRow("PNAME") << "PNAME = 'curl'" << true;
    QTest::newRow("event.kind") << "event.kind == data" << true;
    QTest::newRow("event.probe") << "event.probe == \"openssl\"" << true;
    QTest::newRow("boolean true") << "event.roles_inferred == false" << true;
}

void TestFilterGrammar::evaluates()
{
    QFETCH(QString, text);
    QFETCH(bool, passes);
    const DisplayFilter f = DisplayFilter::compile(text);
    QVERIFY2(f.isValid(), qPrintable(f.errorMessage()));
    const CapturedEvent event = sampleEvent();
    const EventFieldContext context(event);
    QCOMPARE(f.matches(context), passes);
}

void TestFilterGrammar::spellingsCompileAlike_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("wireshark");
    QTest::newRow("= and ==") << "pname = 'curl'"
                              << "process.name == \"curl\"";
    QTest::newRow("eq") << "tcp.port eq 80"
                        << "tcp.port == 80";
    QTest::newRow("ne <>") << "dst_port <> 80"
                           << "tcp.dstport != 80";
    QTest::newRow("ne") << "dst_port ne 80"
                        << "tcp.dstport != 80";
    QTest::newRow("AND OR NOT") << "NOT a_x_is_not_used_here"
                                << "NOT a_x_is_not_used_here";
    QTest::newRow("and &&") << "pid = 1 AND type = 3"
                            << "process.pid == 1 && event.type == 3";
    QTest::newRow("or ||") << "pid = 1 OR type = 3"
                           << "process.pid == 1 || event.type == 3";
    QTest::newRow("not !") << "NOT pid = 1"
                           << "!process.pid == 1";
    QTest::newRow("IN ( ) and in { }") << "dst_port IN (80, 443)"
                                       << "tcp.dstport in {80 443}";
    QTest::newRow("~ matches") << "pname ~ 'x'"
                               << "process.name matches \"x\"";
    QTest::newRow("lt gt") << "length lt 5 or length gt 9"
                           << "event.length < 5 || event.length > 9";
    QTest::newRow("le ge") << "length le 5 or length ge 9"
                           << "event.length <= 5 || event.length >= 9";
}

void TestFilterGrammar::spellingsCompileAlike()
{
    QFETCH(QString, sql);
    QFETCH(QString, wireshark);
    const DisplayFilter a = DisplayFilter::compile(sql);
    const DisplayFilter b = DisplayFilter::compile(wireshark);
    if (sql.contains(QLatin1String("a_x_is_not_used_here"))) {
        QVERIFY(!a.isValid()); // both spellings of an unknown field fail alike
        QCOMPARE(a.errorMessage(), b.errorMessage());
        return;
    }
    QVERIFY2(a.isValid(), qPrintable(a.errorMessage()));
    QVERIFY2(b.isValid(), qPrintable(b.errorMessage()));
    QCOMPARE(a.explain(), b.explain());
}

void TestFilterGrammar::precedence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tree");
    QTest::newRow("and binds tighter than or")
        << "tcp.port == 1 or tcp.port == 2 and tcp.port == 3"
        << "(or tcp.port == 1 (and tcp.port == 2 tcp.port == 3))";
    QTest::newRow("and before or, left") << "tcp.port == 1 and tcp.port == 2 or tcp.port == 3"
                                         << "(or (and tcp.port == 1 tcp.port == 2) tcp.port == 3)";
    QTest::newRow("not binds tightest") << "not tcp.port == 1 and tcp.port == 2"
                                        << "(and (not tcp.port == 1) tcp.port == 2)";
    QTest::newRow("parentheses") << "not (tcp.port == 1 and tcp.port == 2)"
                                 << "(not (and tcp.port == 1 tcp.port == 2))";
    QTest::newRow("left associative") << "tcp.port == 1 or tcp.port == 2 or tcp.port == 3"
                                      << "(or (or tcp.port == 1 tcp.port == 2) tcp.port == 3)";
    QTest::newRow("SQL NOT IN is a negated set") << "dst_port NOT IN (80, 443)"
                                                 << "(not tcp.dstport in {80 443})";
    QTest::newRow("range in set") << "tcp.port in {80 8000..8999}"
                                  << "tcp.port in {80 8000..8999}";
    QTest::newRow("hex bytes shown") << "payload[0:2] == 4745"
                                     << "payload[0:2] == 47:45";
    QTest::newRow("alias resolves") << "pname == 'curl'"
                                    << "process.name == \"curl\"";
    QTest::newRow("len(payload) reads the index") << "len(payload) > 5"
                                                  << "len(payload) = frame.len > 5";
}

void TestFilterGrammar::precedence()
{
    QFETCH(QString, text);
    QFETCH(QString, tree);
    const DisplayFilter f = DisplayFilter::compile(text);
    QVERIFY2(f.isValid(), qPrintable(f.errorMessage()));
    QCOMPARE(shape(f.explain()), tree);
}

void TestFilterGrammar::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("value missing at end")
        << "process.name ==" << 16 << "expected a value after `==` at column 16";
    QTest::newRow("value missing before and")
        << "tcp.port == and tcp.port == 2" << 13 << "expected a value after `==` at column 13";
    QTest::newRow("field missing") << "== 80" << 1 << "expected a field name at column 1";
    QTest::newRow("field missing after and")
        << "tcp.port == 80 and" << 19 << "expected a field name after `and` at column 19";
    QTest::newRow("unknown field") << "tcp.prot == 80" << 1
                                   << "unknown field `tcp.prot` at column 1 (did you mean "
                                      "`tcp.port`?)";
    QTest::newRow("unknown field, no hint")
        << "zzzzzzzz" << 1 << "unknown field `zzzzzzzz` at column 1";
    QTest::newRow("missing )") << "(tcp.port == 80" << 16
                               << "expected `)` at column 16 to close the `(` at column 1";
    QTest::newRow("extra )") << "tcp.port == 80)" << 15 << "`)` at column 15 has no matching `(`";
    QTest::newRow("missing operator") << "tcp.port 80" << 10
                                      << "expected an operator such as `==` after `tcp.port` at "
                                         "column 10";
    QTest::newRow("junk after a test") << "tcp.port == 80 tcp.port" << 16
                                       << "unexpected `tcp.port` at column 16: expected `and`, "
                                          "`or` or the end of the filter";
    QTest::newRow("unterminated string")
        << "process.name == \"curl" << 17 << "unterminated string starting at column 17";
    QTest::newRow("bad escape") << "process.name == \"\\x4\"" << 18
                                << "`\\x` needs 2 hex digits at column 18";
    QTest::newRow("single &") << "tcp.port == 1 & tcp.port == 2" << 15
                              << "unexpected `&` at column 15: write `&&`";
    QTest::newRow("unknown character")
        << "tcp.port == 1 $" << 15 << "unexpected character `$` at column 15";
    QTest::newRow("not a number") << "tcp.port == abc" << 13
                                  << "abc is not a number (`tcp.port` is unsigned) at column 13";
    QTest::newRow("quoted not a number") << "pid = 'x'" << 7
                                         << "\"x\" is not a number (`process.pid` is signed) at "
                                            "column 7";
    QTest::newRow("not an address") << "ip.addr == 10.0.0.300" << 12
                                    << "10.0.0.300 is not an IPv4 or IPv6 address or network at "
                                       "column 12";
    QTest::newRow("bad prefix") << "ip.addr == 10.0.0.0/33" << 12
                                << "10.0.0.0/33 is not an IPv4 or IPv6 address or network at "
                                   "column 12";
    QTest::newRow("not a time") << "frame.time >= \"yesterday\"" << 15
                                << "\"yesterday\" is not a time such as \"2026-11-29 14:00:00\" "
                                   "at column 15";
    QTest::newRow("not a boolean")
        << "is_binary = maybe" << 13 << "maybe is not true or false at column 13";
    QTest::newRow("not seconds") << "http.time > soon" << 13
                                 << "soon is not a number of seconds at column 13";
    QTest::newRow("contains on a number") << "tcp.port contains 80" << 10
                                          << "`contains` applies to text or bytes, not to "
                                             "`tcp.port` (unsigned), at column 10";
    QTest::newRow("LIKE on a number") << "dst_port LIKE '44%'" << 10
                                      << "`LIKE` applies to text or bytes, not to `tcp.dstport` "
                                         "(unsigned), at column 10";
    QTest::newRow("< on a boolean") << "is_binary < true" << 11
                                    << "`<` does not apply to `payload.is_binary` (boolean) at "
                                       "column 11: use `==`";
    QTest::newRow("bad regex") << "process.name matches \"(\"" << 22
                               << "invalid regular expression at column 22: missing closing "
                                  "parenthesis";
    QTest::newRow("range of text")
        << "process.name in {a..b}" << 18 << "a range needs numbers at column 18";
    QTest::newRow("empty set") << "tcp.port in {}" << 13 << "the set at column 13 is empty";
    QTest::newRow("unclosed set") << "tcp.port in {80 443" << 20
                                  << "expected `}` at column 20 to close the set at column 13";
    QTest::newRow("in without set")
        << "tcp.port in 80" << 13 << "expected `{` or `(` after `in` at column 13";
    QTest::newRow("range backwards")
        << "tcp.port in {9..1}" << 14 << "the range at column 14 ends before it starts";
    QTest::newRow("bad slice") << "payload[x] == 1" << 9
                               << "expected a slice such as `[0:4]` at column 9";
    QTest::newRow("slice of a number") << "tcp.port[0:1] == 1" << 9
                                       << "a slice applies to bytes or text, not to `tcp.port` "
                                          "(unsigned), at column 9";
    QTest::newRow("lower of a number") << "lower(tcp.port) == 1" << 1
                                       << "lower() and upper() apply to text, not to `tcp.port` "
                                          "(unsigned), at column 1";
    QTest::newRow("len of a number") << "len(tcp.port) == 1" << 1
                                     << "len() applies to bytes or text, not to `tcp.port` "
                                        "(unsigned), at column 1";
    QTest::newRow("function unclosed")
        << "lower(process.name == 1" << 20 << "expected `)` at column 20 to close `lower(`";
    QTest::newRow("network with <")
        << "ip.src < 10.0.0.0/8" << 8 << "`<` does not apply to a network at column 8";
    QTest::newRow("SQL statement") << "SELECT * FROM packets WHERE pname='curl' UNION SELECT * "
                                      "FROM packets WHERE pname='wget'"
                                   << 1
                                   << "a whole SQL statement is not a display filter: write only "
                                      "its condition, `pname='curl' or pname='wget'` (column 1)";
    QTest::newRow("SQL statement, one where")
        << "select * from packets where dst_port IN (80,443)" << 1
        << "a whole SQL statement is not a display filter: write only its condition, "
           "`dst_port IN (80,443)` (column 1)";
    QTest::newRow("SQL statement, no where") << "SELECT * FROM packets" << 1
                                             << "a whole SQL statement is not a display filter: "
                                                "write only the condition of its WHERE clause "
                                                "(column 1)";
}

void TestFilterGrammar::errors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const DisplayFilter f = DisplayFilter::compile(text);
    QVERIFY(!f.isValid());
    QCOMPARE(f.severity(), DisplayFilter::Severity::Invalid);
    QCOMPARE(f.errorMessage(), message);
    QCOMPARE(f.errorColumn(), column);
    const CapturedEvent event = sampleEvent();
    QVERIFY(!f.matches(EventFieldContext(event)));
}

void TestFilterGrammar::warnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warning");
    QTest::newRow("!= on a repeating field")
        << "ip.addr != 10.0.0.1"
        << "`ip.addr` can have several values: `!=` at column 9 holds when none of them equals "
           "(write `!(ip.addr == …)` to say so)";
    QTest::newRow("text with <") << "process.name < \"m\""
                                 << "`<` at column 14 compares `process.name` as text, character "
                                    "by character, not as a number";
    QTest::newRow("bare boolean") << "is_binary"
                                  << "a bare `is_binary` only tests that the field is present; "
                                     "write `is_binary == true` to test its value";
    QTest::newRow("clean") << "process.name == \"m\"" << QString();
}

void TestFilterGrammar::warnings()
{
    QFETCH(QString, text);
    QFETCH(QString, warning);
    const DisplayFilter f = DisplayFilter::compile(text);
    QVERIFY(f.isValid());
    if (warning.isEmpty()) {
        QCOMPARE(f.severity(), DisplayFilter::Severity::Valid);
        QVERIFY(f.warnings().isEmpty());
    } else {
        QCOMPARE(f.severity(), DisplayFilter::Severity::Warning);
        QCOMPARE(f.warnings(), QStringList{warning});
    }
}

void TestFilterGrammar::needs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("source");
    QTest::newRow("index") << "process.name == \"curl\" && tcp.dstport in {80 443}"
                           << int(FieldSource::Index);
    QTest::newRow("len(payload) is index") << "len(payload) > 100" << int(FieldSource::Index);
    QTest::newRow("payload") << "tcp.port == 1 or payload contains \"x\""
                             << int(FieldSource::Event);
    QTest::newRow("http") << "payload contains \"x\" and http.host contains \"api\""
                          << int(FieldSource::Http);
    QTest::newRow("empty") << "" << int(FieldSource::Index);
}

void TestFilterGrammar::needs()
{
    QFETCH(QString, text);
    QFETCH(int, source);
    QCOMPARE(int(DisplayFilter::compile(text).needs()), source);
}

void TestFilterGrammar::emptyAndCompletions()
{
    for (const QString &text : {QString(), QStringLiteral("   ")}) {
        const DisplayFilter f = DisplayFilter::compile(text);
        QVERIFY(f.isEmpty());
        QVERIFY(f.isValid());
        QCOMPARE(f.severity(), DisplayFilter::Severity::Valid);
        const CapturedEvent event = sampleEvent();
        QVERIFY(f.matches(EventFieldContext(event)));
    }
    QVERIFY(DisplayFilter().isEmpty());
    const QStringList names = DisplayFilter::completions();
    for (const FieldInfo &field : FieldRegistry::fields())
        QVERIFY(names.contains(QLatin1String(field.name)));
    for (const char *alias : {"index", "timestamp", "src_ip", "src_port", "dst_ip", "dst_port",
                              "pname", "pid", "type", "length", "is_binary", "payload_utf8"}) {
        QVERIFY2(names.contains(QLatin1String(alias)), alias);
        QVERIFY2(DisplayFilter::compile(QLatin1String(alias)).isValid(), alias);
    }
    QCOMPARE(DisplayFilter::compile(QStringLiteral("pname == x")).fieldNames(),
             QStringList{QStringLiteral("process.name")});
}

void TestFilterGrammar::hostileInputEndsWithAnError()
{
    // Bounded recursion: deep nesting is an error, never a stack overflow.
    const DisplayFilter parens =
        DisplayFilter::compile(QString(100000, u'(') + QStringLiteral("tcp.port"));
    QVERIFY(!parens.isValid());
    QVERIFY(parens.errorMessage().startsWith(QLatin1String("the filter nests more than 100")));
    QCOMPARE(parens.errorColumn(), 101);
    QVERIFY(!DisplayFilter::compile(QString(50000, u'!') + QStringLiteral("tcp.port")).isValid());
    QVERIFY(!DisplayFilter::compile(QStringLiteral("lower(").repeated(5000)).isValid());
    // A long flat chain is bounded too.
    const DisplayFilter chain =
        DisplayFilter::compile(QStringList(5000, QStringLiteral("tcp.port == 1")).join(" or "));
    QVERIFY(!chain.isValid());
    QVERIFY(chain.errorMessage().startsWith(QLatin1String("the filter has more than 2000 tests")));
    const DisplayFilter ok =
        DisplayFilter::compile(QStringList(1000, QStringLiteral("tcp.port == 1")).join(" or "));
    QVERIFY(ok.isValid());
    const CapturedEvent event = sampleEvent();
    QVERIFY(!ok.matches(EventFieldContext(event)));
    // Odd bytes are scanned, not trusted.
    QVERIFY(!DisplayFilter::compile(QString::fromUtf8("\xf0\x9f\x98\x80 == \"\\u12\"")).isValid());
    QVERIFY(!DisplayFilter::compile(QStringLiteral("\"\\")).isValid());
    QVERIFY(!DisplayFilter::compile(QStringLiteral("payload[")).isValid());
}

QTEST_GUILESS_MAIN(TestFilterGrammar)
#include "tst_filter_grammar.moc"
