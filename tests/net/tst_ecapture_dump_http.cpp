// SPDX-License-Identifier: Apache-2.0
// The HTTP side of the ecapture-dump program (ECV_BIN_DIR): every fixture's http.* facts from
// NAME.expected.json through -T jsonl (exactly those fields, absent ones absent), request/response
// pairing, the Protocol/Host/Info text columns, -z conv and -z follow (tshark's layouts).
#include <QtTest>

#include "common/fixture_files.h"
#include "common/program_run.h"

using namespace Qt::StringLiterals;
using ecv::test::fixturePath;
using ecv::test::readExpected;

namespace {

const QString kDump = QStringLiteral(ECV_BIN_DIR "/ecapture-dump");

using Run = ecv::test::ProgramRun;

Run runDump(const QStringList &args)
{
    return ecv::test::runProgram(kDump, args);
}

QVector<QJsonObject> jsonlRows(const QString &fixture)
{
    const Run r = runDump({u"-r"_s, fixturePath(fixture), u"-T"_s, u"jsonl"_s});
    if (r.exitCode != 0)
        return {};
    return ecv::test::parseJsonLines(r.out);
}

bool isHttpKey(const QString &key)
{
    return key.startsWith(u"http."_s) || key.startsWith(u"http2."_s);
}

/// Fields the dump prints that the fixtures' expected.json do not record; checked for
/// consistency (pairing) instead of against a value.
// http.messages: every message beginning in the event, each with its own http.* keys (the first
// one's are checked through the flat keys below); http2.type etc.: the frames of the event.
const QStringList kDerivedKeys = {u"http.request.version"_s, u"http.response_in"_s,
                                  u"http.request_in"_s,      u"http.time"_s,
                                  u"http.messages"_s,        u"http2.type"_s,
                                  u"http2.error_code"_s,     u"http2.goaway.last_stream_id"_s};

int frameOf(const QJsonObject &row)
{
    return row.value(u"frame.number"_s).toInt();
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

} // namespace

class TestEcaptureDumpHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(kDump).isExecutable(), qPrintable(kDump)); }

    void httpFields_data()
    {
        QTest::addColumn<QString>("fixture");
        const QStringList names = ecv::test::expectedFixtureNames();
        QVERIFY(names.size() >= 9);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    /** Every http.* fact of the expected events, exactly; no other http.* fact; pairing. */
    void httpFields()
    {
        QFETCH(QString, fixture);
        const QJsonArray want = readExpected(fixture).value(u"events"_s).toArray();
        const QVector<QJsonObject> rows = jsonlRows(fixture);
        QCOMPARE(rows.size(), want.size());

        QStringList bad;
        QHash<int, int> rowOfFrame;
        for (int i = 0; i < rows.size(); ++i)
            rowOfFrame.insert(frameOf(rows[i]), i);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            const QJsonObject &g = rows[i];
            for (auto it = w.begin(); it != w.end(); ++it) {
                if (!isHttpKey(it.key()))
                    continue;
                const QJsonValue v = g.value(it.key());
                const bool same = it.value().isDouble()
                                      ? v.isDouble() && v.toDouble() == it.value().toDouble()
                                      : v == it.value();
                if (!same)
                    bad << u"event %1 %2: want %3, got %4"_s.arg(i + 1).arg(
                        it.key(), it.value().toVariant().toString(),
                        v.isUndefined() ? u"nothing"_s : v.toVariant().toString());
            }
            for (auto it = g.begin(); it != g.end(); ++it) {
                if (isHttpKey(it.key()) && !w.contains(it.key()) &&
                    !kDerivedKeys.contains(it.key()))
                    bad << u"event %1: unexpected %2 = %3"_s.arg(i + 1).arg(
                        it.key(), it.value().toVariant().toString());
            }
            const bool request = g.contains(u"http.request.method"_s);
            const bool response = g.contains(u"http.response.code"_s);
            if (g.contains(u"http.request.version"_s) != request)
                bad << u"event %1: http.request.version without a request"_s.arg(i + 1);
            if (!response && (g.contains(u"http.request_in"_s) || g.contains(u"http.time"_s)))
                bad << u"event %1: http.request_in/http.time on a non-response"_s.arg(i + 1);
            if (!request && g.contains(u"http.response_in"_s))
                bad << u"event %1: http.response_in on a non-request"_s.arg(i + 1);
            // A link names an event of the same conversation that links back.
            for (const auto &[link, back] :
                 {std::pair{u"http.response_in"_s, u"http.request_in"_s},
                  std::pair{u"http.request_in"_s, u"http.response_in"_s}}) {
                if (!g.contains(link))
                    continue;
                const int other = rowOfFrame.value(g.value(link).toInt(), -1);
                if (other < 0 || rows[other].value(back).toInt() != frameOf(g) ||
                    rows[other].value(u"event.conversation"_s) != g.value(u"event.conversation"_s))
                    bad << u"event %1: %2 %3 does not link back"_s.arg(i + 1).arg(
                        link, g.value(link).toVariant().toString());
            }
            if (g.contains(u"http.time"_s) && g.value(u"http.time"_s).toDouble() < 0)
                bad << u"event %1: negative http.time"_s.arg(i + 1);
        }

        // Pairing from the expected facts: HTTP/2 by stream id, HTTP/1 first-in first-out per
        // connection (RFC 9112 §9.3.2) where every request of the connection was answered.
        QMap<int, QVector<int>> requests, responses;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            const int conversation = rows[i].value(u"event.conversation"_s).toInt();
            if (w.contains(u"http.request.method"_s))
                requests[conversation].append(i);
            if (w.contains(u"http.response.code"_s))
                responses[conversation].append(i);
        }
        int pairs = 0;
        for (auto it = requests.begin(); it != requests.end(); ++it) {
            const QVector<int> &req = it.value();
            const QVector<int> res = responses.value(it.key());
            for (int k = 0; k < req.size(); ++k) {
                const QJsonObject w = want.at(req[k]).toObject();
                int match = -1;
                if (w.contains(u"http2.streamid"_s)) {
                    for (int r : res)
                        if (want.at(r).toObject().value(u"http2.streamid"_s) ==
                            w.value(u"http2.streamid"_s))
                            match = r;
                } else if (req.size() == res.size()) {
                    match = res[k];
                }
                if (match < 0)
                    continue;
                ++pairs;
                if (rows[req[k]].value(u"http.response_in"_s).toInt() != frameOf(rows[match]))
                    bad << u"event %1: want http.response_in %2, got %3"_s.arg(req[k] + 1)
                               .arg(frameOf(rows[match]))
                               .arg(rows[req[k]].value(u"http.response_in"_s).toInt());
            }
        }
        if (!requests.isEmpty())
            QVERIFY2(pairs > 0, "no request/response pair found in a fixture with requests");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 12).join(QLatin1Char('\n'))));
    }

    void textColumns_data() { httpFields_data(); }

    /** -T text: Protocol HTTP/HTTP2, the request's host, and the decoded summary as Info. */
    void textColumns()
    {
        QFETCH(QString, fixture);
        const QVector<QJsonObject> rows = jsonlRows(fixture);
        const Run text = runDump({u"-r"_s, fixturePath(fixture)});
        QCOMPARE(text.exitCode, 0);
        QStringList textLines = lines(text.out);
        textLines.removeAll(QString());
        QCOMPARE(textLines.size(), rows.size());
        static const QRegularExpression httpLine(
            uR"(^\s*(\d+) .* -> \S+\s+(HTTP2?)\s+(\d+) (\S+)\s+(.*)$)"_s);
        QHash<int, QString> hostOfFrame;
        for (const QJsonObject &row : rows)
            if (row.contains(u"http.host"_s))
                hostOfFrame.insert(frameOf(row), row.value(u"http.host"_s).toString());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject &row = rows[i];
            const bool request = row.contains(u"http.request.method"_s);
            const bool response = row.contains(u"http.response.code"_s);
            if (!request && !response)
                continue;
            const QRegularExpressionMatch m = httpLine.match(textLines[i]);
            QVERIFY2(m.hasMatch(), qPrintable(textLines[i]));
            QCOMPARE(m.captured(1).toInt(), frameOf(row));
            const bool http2 = row.contains(u"http2.streamid"_s);
            QCOMPARE(m.captured(2), http2 ? u"HTTP2"_s : u"HTTP"_s);
            const QString info = m.captured(5);
            if (request) {
                QCOMPARE(m.captured(4), row.value(u"http.host"_s).toString(u"-"_s));
                const QString line =
                    u"%1 %2 %3"_s.arg(row.value(u"http.request.method"_s).toString(),
                                      row.value(u"http.request.uri"_s).toString(),
                                      row.value(u"http.request.version"_s).toString());
                QVERIFY2(info.startsWith(line), qPrintable(info + u" / "_s + line));
            } else {
                const int code = row.value(u"http.response.code"_s).toInt();
                const QString start =
                    http2 ? u"HTTP/2 :status %1"_s.arg(code) : u"HTTP/1.1 %1"_s.arg(code);
                QVERIFY2(info.startsWith(start) || info.startsWith(u"HTTP/1.0 %1"_s.arg(code)),
                         qPrintable(info));
                const QString type = row.value(u"http.content_type"_s).toString();
                if (!type.isEmpty())
                    QVERIFY2(info.contains(u"("_s + type + u")"_s), qPrintable(info));
                if (row.contains(u"http.request_in"_s))
                    QCOMPARE(m.captured(4),
                             hostOfFrame.value(row.value(u"http.request_in"_s).toInt(), u"-"_s));
            }
        }
    }

    /** -z conv: tshark's conversation table, exact rows for the curl fixture. */
    void conversations()
    {
        const Run r =
            runDump({u"-r"_s, fixturePath(u"v152-http1-curl"_s), u"-q"_s, u"-z"_s, u"conv"_s});
        QCOMPARE(r.exitCode, 0);
        const QString sep(80, QLatin1Char('='));
        const QStringList expected = {
            sep,
            u"TCP Conversations"_s,
            u"Filter:<No Filter>"_s,
            QString(61, QLatin1Char(' ')) +
                u"|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |"_s,
            QString(61, QLatin1Char(' ')) +
                u"| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |"_s,
            u"  1 192.168.1.23:44592         <-> 203.0.113.10:443                1  874 bytes      1   90 bytes      2  964 bytes      0.000000000         0.0005"_s,
            u"  2 192.168.1.23:44600         <-> 203.0.113.25:443                1  590 bytes      1  112 bytes      2  702 bytes      2.530650734         0.0005"_s,
            u"  3 192.168.1.23:44604         <-> 203.0.113.10:443                1 6098 bytes      1  121 bytes      2 6219 bytes      5.065274318         0.0006"_s,
            u"  4 192.168.1.23:44612         <-> 203.0.113.10:443                1  309 bytes      1   91 bytes      2  400 bytes      7.599933298         0.0014"_s,
            u"  5 192.168.1.23:60976         <-> 203.0.113.25:443                1  245 bytes      1  167 bytes      2  412 bytes     10.133820397         0.0005"_s,
            u"  6 192.168.1.23:60986         <-> 203.0.113.10:443                1  344 bytes      1  211 bytes      2  555 bytes     12.666918274         0.0005"_s,
            u"  7 192.168.1.23:60988         <-> 203.0.113.10:443                1  520 bytes      1   92 bytes      2  612 bytes     15.202261067         0.0004"_s,
            sep,
            QString(),
        };
        QCOMPARE(lines(r.out), expected);

        // The same counts from the per-event output, for every fixture with conversations.
        static const QRegularExpression row(
            uR"(^\s*(\d+) (\S.*?)\s+<-> (\S.*?)\s+(\d+)\s+(\d+) bytes\s+(\d+)\s+(\d+) bytes\s+(\d+)\s+)"_s);
        for (const QString &fixture :
             {u"v152-http1-curl"_s, u"v152-http2-nghttp"_s, u"v25-composite"_s, u"v152-mixed"_s}) {
            const QVector<QJsonObject> events = jsonlRows(fixture);
            QMap<int, QPair<int, qint64>> perConversation; // frames, bytes (data events)
            for (const QJsonObject &e : events) {
                const int c = e.value(u"event.conversation"_s).toInt();
                const qint64 n = e.value(u"event.length"_s).toInteger();
                if (c > 0 && n > 0) {
                    ++perConversation[c].first;
                    perConversation[c].second += n;
                }
            }
            const Run conv =
                runDump({u"-r"_s, fixturePath(fixture), u"-q"_s, u"-z"_s, u"conv,tcp"_s});
            QCOMPARE(conv.exitCode, 0);
            int seen = 0;
            for (const QString &line : lines(conv.out)) {
                const QRegularExpressionMatch m = row.match(line);
                if (!m.hasMatch())
                    continue;
                ++seen;
                const int id = m.captured(1).toInt();
                QCOMPARE(m.captured(4).toInt() + m.captured(6).toInt(),
                         perConversation.value(id).first);
                QCOMPARE(m.captured(8).toInt(), perConversation.value(id).first);
                if (perConversation.value(id).second < 10000)
                    QCOMPARE(m.captured(5).toLongLong() + m.captured(7).toLongLong(),
                             perConversation.value(id).second);
            }
            QVERIFY2(seen > 0, qPrintable(fixture));
        }
    }

    /** -z follow,N for an HTTP/1 conversation: tshark's ascii layout, exact. */
    void followHttp1()
    {
        const Run r =
            runDump({u"-r"_s, fixturePath(u"v152-http1-curl"_s), u"-q"_s, u"-z"_s, u"follow,1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString sep(67, QLatin1Char('='));
        const QStringList got = lines(r.out);
        const QStringList head = {
            QString(),
            sep,
            u"Follow: tcp,ascii"_s,
            u"Filter: tcp.stream eq 1"_s,
            u"Node 0: 192.168.1.23:44592"_s,
            u"Node 1: 203.0.113.10:443"_s,
            u"90"_s,
            u"GET /index.html HTTP/1.1\r"_s,
            u"Host: shop.example.com\r"_s,
            u"Accept: */*\r"_s,
            u"User-Agent: curl/7.88.1\r"_s,
            u"\r"_s,
            QString(),
            u"\t874"_s,
            u"HTTP/1.1 200 OK\r"_s,
            u"Content-Length: 613\r"_s,
            u"Accept-Ranges: bytes\r"_s,
            u"Connection: keep-alive\r"_s,
            u"Content-Type: text/html\r"_s,
        };
        QCOMPARE(got.mid(0, head.size()), head);
        const QStringList tail = {u"</body>"_s, u"</html>"_s, QString(), sep, QString()};
        QCOMPARE(got.mid(got.size() - tail.size()), tail);
        // The long form is the same report.
        const Run longForm = runDump({u"-r"_s, fixturePath(u"v152-http1-curl"_s), u"-q"_s, u"-z"_s,
                                      u"follow,tcp,ascii,1"_s});
        QCOMPARE(longForm.out, r.out);
    }

    /** -z follow,tcp,hex,N for an HTTP/2 conversation: tshark's hex layout, both nodes. */
    void followHttp2Hex()
    {
        const QString fixture = u"v152-http2-nghttp"_s;
        const Run r =
            runDump({u"-r"_s, fixturePath(fixture), u"-q"_s, u"-z"_s, u"follow,tcp,hex,1"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList got = lines(r.out);
        const QString sep(67, QLatin1Char('='));
        const QStringList head = {
            QString(),
            sep,
            u"Follow: tcp,hex"_s,
            u"Filter: tcp.stream eq 1"_s,
            u"Node 0: 10.0.2.15:41058"_s,
            u"Node 1: 203.0.113.80:443"_s,
            u"00000000  0a 46 72 61 6d 65 20 54  79 70 65 09 3d 3e 09 53  .Frame T ype.=>.S"_s,
            u"00000010  45 54 54 49 4e 47 53 0a  46 72 61 6d 65 20 53 74  ETTINGS. Frame St"_s,
        };
        QCOMPARE(got.mid(0, head.size()), head);
        // Node 0 sent 1677 bytes (0x68d): its last line holds 13 bytes at 0x680; node 1's 2675
        // bytes (0xa73) follow, tab-indented, from offset 0.
        const int node1 = int(got.indexOf(
            u"\t00000000  0a 46 72 61 6d 65 20 54  79 70 65 09 3d 3e 09 53  .Frame T ype.=>.S"_s));
        QVERIFY(node1 > 0);
        QCOMPARE(got.at(node1 - 1),
                 u"00000680  74 72 65 61 6d 49 44 09  3d 3e 09 30 0a           treamID. =>.0."_s);
        QCOMPARE(node1 - head.size() + 2, 0x68d / 16 + 1);
        const QStringList tail = {
            u"\t00000a70  3e 0a 0a                                          >.."_s, sep, QString()};
        QCOMPARE(got.mid(got.size() - tail.size()), tail);
        const QVector<QJsonObject> events = jsonlRows(fixture);
        QCOMPARE(events.at(0).value(u"event.length"_s).toInt(), 0x68d);
        QCOMPARE(events.at(1).value(u"event.length"_s).toInt(), 0xa73);
    }

    /** Several -z in one run, in the order given; bad follow specs fail with a message. */
    void severalReportsAndErrors()
    {
        const Run r = runDump({u"-r"_s, fixturePath(u"v152-http2-nghttp"_s), u"-q"_s, u"-z"_s,
                               u"conv"_s, u"-z"_s, u"follow,2"_s, u"-z"_s, u"summary"_s});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        const qsizetype conv = out.indexOf(u"TCP Conversations"_s);
        const qsizetype follow = out.indexOf(u"Filter: tcp.stream eq 2"_s);
        const qsizetype summary = out.indexOf(u"{\"frames\":"_s);
        QVERIFY(conv >= 0 && follow > conv && summary > follow);
        QVERIFY(out.contains(u"\nNode 0: 10.0.2.15:41750\nNode 1: 203.0.113.81:443\n1033\n"_s));

        for (const QString &spec : {u"follow,0"_s, u"follow,3"_s, u"follow,x"_s,
                                    u"follow,tcp,bogus,1"_s, u"follow,1,2"_s, u"conv,udp,1"_s}) {
            const Run bad =
                runDump({u"-r"_s, fixturePath(u"v152-http2-nghttp"_s), u"-q"_s, u"-z"_s, spec});
            QVERIFY2(bad.exitCode == 1, qPrintable(spec));
            QVERIFY2(bad.err.contains("-z " + spec.toUtf8() + ':'), bad.err.constData());
        }
        // -q -z summary alone prints the summary only (no HTTP work is asked for).
        const Run quiet =
            runDump({u"-r"_s, fixturePath(u"v152-http2-nghttp"_s), u"-q"_s, u"-z"_s, u"summary"_s});
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestEcaptureDumpHttp)
#include "tst_ecapture_dump_http.moc"
