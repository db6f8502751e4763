// SPDX-License-Identifier: Apache-2.0
// Golden test of the pcapng/pcap export, judged by Wireshark's own tools: for every fixture in
// tests/data, `ecapture-dump -r FIXTURE -w out.pcapng` (and .pcap) opens cleanly in capinfos,
// `tshark -2` finds every HTTP request and response of the fixture's expected facts, paired as
// our own analysis pairs them (http.response_in / http.request_in), reports no TCP analysis
// flags, bad checksums or malformed packets, Follow TCP Stream gives our Follow Stream bytes,
// and frame.comment names each event's process.
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "common/fixture_files.h"
#include "common/tshark.h"
#include "common/wire_bytes.h"

using namespace ecv;

namespace {

/** One row of `tshark -2 -T fields` over every frame. */
struct Frame
{
    int number = 0;
    int event = -1; ///< event=N of the comment (1-based), -1 if none
    QString comment;
    int stream = -1;
    QString method, uri, code;
    int responseIn = -1, requestIn = -1;
    QList<int> segments; ///< frames a reassembled PDU came from
};

const QStringList kFields = {
    QStringLiteral("frame.number"),     QStringLiteral("frame.comment"),
    QStringLiteral("tcp.stream"),       QStringLiteral("http.request.method"),
    QStringLiteral("http.request.uri"), QStringLiteral("http.response.code"),
    QStringLiteral("http.response_in"), QStringLiteral("http.request_in"),
    QStringLiteral("tcp.segment"),
};

int toInt(const QString &s)
{
    bool ok = false;
    const int v = s.section(QLatin1Char('\x1f'), 0, 0).toInt(&ok);
    return ok ? v : -1;
}

QMap<int, Frame> readFrames(const QString &file, QByteArray *errors)
{
    static const QRegularExpression eventWord(QStringLiteral("(?:^|\\x1f)event=(\\d+)[ \\x1f]"));
    QMap<int, Frame> frames;
    for (const QStringList &row :
         test::tsharkFields(file, kFields, {QStringLiteral("-2")}, errors)) {
        Frame f;
        f.number = toInt(row.value(0));
        f.comment = row.value(1);
        const QRegularExpressionMatch m = eventWord.match(f.comment + QLatin1Char(' '));
        f.event = m.hasMatch() ? m.captured(1).toInt() : -1;
        f.stream = toInt(row.value(2));
        f.method = row.value(3);
        f.uri = row.value(4);
        f.code = row.value(5);
        f.responseIn = toInt(row.value(6));
        f.requestIn = toInt(row.value(7));
        for (const QString &s : row.value(8).split(QLatin1Char('\x1f'), Qt::SkipEmptyParts))
            f.segments << s.toInt();
        frames.insert(f.number, f);
    }
    return frames;
}

/** Events whose bytes make up frame @p number's PDU (its own and its reassembled segments'). */
QSet<int> eventsOf(const QMap<int, Frame> &frames, int number)
{
    QSet<int> out;
    const Frame f = frames.value(number);
    if (f.event > 0)
        out << f.event;
    for (int s : f.segments)
        if (frames.value(s).event > 0)
            out << frames.value(s).event;
    return out;
}

/** `-q -z follow,tcp,raw,N` output: per "Filter: tcp.stream eq N" block, node 0 and node 1 bytes.
 */
QMap<int, QPair<QByteArray, QByteArray>> parseFollow(const QByteArray &text)
{
    QMap<int, QPair<QByteArray, QByteArray>> out;
    int stream = -1;
    bool data = false;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("Filter: ")) {
            stream = line.mid(line.lastIndexOf(' ') + 1).toInt();
            out[stream];
            data = false;
        } else if (line.startsWith("Node 1:")) {
            data = true;
        } else if (line.startsWith("====")) {
            data = false;
        } else if (data && stream >= 0 && !line.isEmpty()) {
            if (line.startsWith('\t'))
                out[stream].second += QByteArray::fromHex(line.trimmed());
            else
                out[stream].first += QByteArray::fromHex(line.trimmed());
        }
    }
    return out;
}

/** Bytes without the framing header lines the export may rewrite (Http1Reframer). */
QByteArray withoutFramingLines(QByteArray bytes)
{
    static const QRegularExpression framing(
        QStringLiteral("(?im)^(content-length|transfer-encoding|content-encoding):[^\\n]*\\n"));
    QString latin = QString::fromLatin1(bytes);
    latin.remove(framing);
    return latin.toLatin1();
}

} // namespace

class TestExportPcapFixtures final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"tshark", "capinfos"})
            QVERIFY2(!test::wiresharkTool(QString::fromLatin1(tool)).isEmpty(),
                     "Wireshark's tools are not installed: run packaging/install-deps.sh");
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : test::expectedFixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void fixture()
    {
        QFETCH(QString, fixture);
        const QString input = test::fixturePath(fixture);
        const QJsonArray expected =
            test::readExpected(fixture).value(QStringLiteral("events")).toArray();
        QVERIFY(!expected.isEmpty());

        // Our own view: per event its capture frame, conversation and HTTP pairing.
        const test::ProgramRun ours = test::runDump(
            {QStringLiteral("-r"), input, QStringLiteral("-T"), QStringLiteral("jsonl")});
        QCOMPARE(ours.exitCode, 0);
        const QVector<QJsonObject> events = test::parseJsonLines(ours.out);
        QCOMPARE(events.size(), expected.size());
        QHash<int, int> eventOfFrame;
        for (int i = 0; i < events.size(); ++i)
            eventOfFrame.insert(events[i].value(QStringLiteral("frame.number")).toInt(), i + 1);
        const auto ourPair = [&](int n, const char *field) {
            const int frame = events[n - 1].value(QLatin1String(field)).toInt(-1);
            return frame < 0 ? -1 : eventOfFrame.value(frame, -1);
        };

        const QString pcapng = m_dir.filePath(fixture + QStringLiteral(".pcapng"));
        const test::ProgramRun w = test::runDump(
            {QStringLiteral("-r"), input, QStringLiteral("-q"), QStringLiteral("-w"), pcapng});
        QVERIFY2(w.exitCode == 0, w.err.constData());
        QVERIFY(w.err.contains("pcapng: "));
        const test::ProgramRun info =
            test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-M"), pcapng});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        QVERIFY(info.out.contains("File type:           pcapng"));
        QVERIFY(info.out.contains("rawip"));

        QByteArray errors;
        const QMap<int, Frame> frames = readFrames(pcapng, &errors);
        QVERIFY2(errors.isEmpty(), errors.constData());
        QVERIFY(!frames.isEmpty());

        // Every event is in the file (TCP data or a note record) and its comment names the
        // process.
        QHash<int, QList<int>> framesOfEvent;
        for (const Frame &f : frames)
            if (f.event > 0)
                framesOfEvent[f.event] << f.number;
        for (const QJsonValue &v : expected) {
            const QJsonObject e = v.toObject();
            const int n = e.value(QStringLiteral("n")).toInt();
            QVERIFY2(framesOfEvent.contains(n), qPrintable(QStringLiteral("event %1").arg(n)));
            const QString name = e.value(QStringLiteral("process.name")).toString();
            if (name.isEmpty())
                continue;
            for (int number : framesOfEvent.value(n))
                QVERIFY2(frames.value(number).comment.contains(QStringLiteral("comm=") + name),
                         qPrintable(frames.value(number).comment));
        }

        // Every HTTP message of the expected facts is dissected and paired like ours.
        int checked = 0;
        for (const QJsonValue &v : expected) {
            const QJsonObject e = v.toObject();
            const int n = e.value(QStringLiteral("n")).toInt();
            const bool request = e.contains(QStringLiteral("http.request.method"));
            const bool response = e.contains(QStringLiteral("http.response.code"));
            if (!request && !response)
                continue;
            const int type = e.value(QStringLiteral("event.type")).toInt(-1);
            if (type == 2 || type == 4) {
                // eCapture's HTTP/2 text rendering: TCP data, and the comment says so.
                QVERIFY(frames.value(framesOfEvent.value(n).value(0))
                            .comment.contains(QLatin1String("text rendering")));
                continue;
            }
            const Frame *found = nullptr;
            for (const Frame &f : frames)
                if ((request ? !f.method.isEmpty() : !f.code.isEmpty()) &&
                    eventsOf(frames, f.number).contains(n)) {
                    found = &f;
                    break;
                }
            QVERIFY2(found, qPrintable(QStringLiteral("tshark did not dissect the HTTP %1 of "
                                                      "event %2")
                                           .arg(request ? "request" : "response")
                                           .arg(n)));
            if (request) {
                QCOMPARE(found->method, e.value(QStringLiteral("http.request.method")).toString());
                QCOMPARE(found->uri, e.value(QStringLiteral("http.request.uri")).toString());
                const int want = ourPair(n, "http.response_in");
                if (want < 0)
                    QCOMPARE(found->responseIn, -1);
                else
                    QVERIFY2(eventsOf(frames, found->responseIn).contains(want),
                             qPrintable(QStringLiteral("event %1 pairs with %2").arg(n).arg(want)));
            } else {
                QCOMPARE(found->code.toInt(),
                         e.value(QStringLiteral("http.response.code")).toInt());
                const int want = ourPair(n, "http.request_in");
                if (want < 0)
                    QCOMPARE(found->requestIn, -1);
                else
                    QVERIFY2(eventsOf(frames, found->requestIn).contains(want),
                             qPrintable(QStringLiteral("event %1 pairs with %2").arg(n).arg(want)));
            }
            ++checked;
        }
        qInfo("%s: %d HTTP messages dissected and paired", qPrintable(fixture), checked);

        // No TCP analysis flags, bad checksums, malformed packets or expert errors.
        const QVector<QStringList> bad = test::tsharkFields(
            pcapng, {QStringLiteral("frame.number"), QStringLiteral("_ws.expert.message")},
            {QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-o"),
             QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-Y"),
             QStringLiteral("tcp.analysis.flags || ip.checksum.status == 0 || "
                            "tcp.checksum.status == 0 || _ws.malformed || "
                            "_ws.expert.severity == error")});
        QVERIFY2(bad.isEmpty(), qPrintable(bad.value(0).join(QLatin1Char(' '))));

        // Follow TCP Stream gives our Follow Stream bytes, per direction.
        QMap<int, int> conversationOfStream;
        QSet<int> reframedStreams;
        for (const Frame &f : frames) {
            if (f.stream < 0 || f.event < 0)
                continue;
            if (!conversationOfStream.contains(f.stream))
                conversationOfStream.insert(
                    f.stream,
                    events[f.event - 1].value(QStringLiteral("event.conversation")).toInt(-1));
            if (f.comment.contains(QLatin1String("framing headers rewritten")))
                reframedStreams << f.stream;
        }
        QStringList theirArgs = {QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-r"),
                                 pcapng};
        QStringList ourArgs = {QStringLiteral("-r"), input, QStringLiteral("-q")};
        for (auto it = conversationOfStream.cbegin(); it != conversationOfStream.cend(); ++it) {
            QVERIFY2(it.value() > 0, "a TCP stream without a conversation");
            theirArgs << QStringLiteral("-z") << QStringLiteral("follow,tcp,raw,%1").arg(it.key());
            ourArgs << QStringLiteral("-z") << QStringLiteral("follow,tcp,raw,%1").arg(it.value());
        }
        const test::ProgramRun theirs = test::runWiresharkTool(QStringLiteral("tshark"), theirArgs);
        QCOMPARE(theirs.exitCode, 0);
        const test::ProgramRun mine = test::runDump(ourArgs);
        QCOMPARE(mine.exitCode, 0);
        const QMap<int, QPair<QByteArray, QByteArray>> tshark = parseFollow(theirs.out);
        QMap<int, QPair<QByteArray, QByteArray>> ourFollow;
        {
            // Our blocks come in the same order as the -z options, numbered by conversation.
            const QMap<int, QPair<QByteArray, QByteArray>> byConversation = parseFollow(mine.out);
            for (auto it = conversationOfStream.cbegin(); it != conversationOfStream.cend(); ++it)
                ourFollow.insert(it.key(), byConversation.value(it.value()));
        }
        QCOMPARE(tshark.size(), conversationOfStream.size());
        for (auto it = tshark.cbegin(); it != tshark.cend(); ++it) {
            QPair<QByteArray, QByteArray> a = it.value();
            QPair<QByteArray, QByteArray> b = ourFollow.value(it.key());
            if (reframedStreams.contains(it.key())) {
                a = {withoutFramingLines(a.first), withoutFramingLines(a.second)};
                b = {withoutFramingLines(b.first), withoutFramingLines(b.second)};
            }
            // Node 0 is the SYN sender in tshark, the first data sender in ours.
            const bool same = (a.first == b.first && a.second == b.second) ||
                              (a.first == b.second && a.second == b.first);
            QVERIFY2(same, qPrintable(QStringLiteral("stream %1: %2/%3 bytes vs ours %4/%5")
                                          .arg(it.key())
                                          .arg(a.first.size())
                                          .arg(a.second.size())
                                          .arg(b.first.size())
                                          .arg(b.second.size())));
            QVERIFY(!a.first.isEmpty() || !a.second.isEmpty());
        }

        // Classic pcap through libpcap: the same HTTP, without comments and note records.
        const QString pcap = m_dir.filePath(fixture + QStringLiteral(".pcap"));
        const test::ProgramRun wp = test::runDump(
            {QStringLiteral("-r"), input, QStringLiteral("-q"), QStringLiteral("-w"), pcap});
        QVERIFY2(wp.exitCode == 0, wp.err.constData());
        const test::ProgramRun pinfo =
            test::runWiresharkTool(QStringLiteral("capinfos"), {QStringLiteral("-M"), pcap});
        QVERIFY2(pinfo.exitCode == 0, pinfo.err.constData());
        QVERIFY(pinfo.out.contains("File type:           nsecpcap")); // magic a1b23c4d
        QVERIFY(pinfo.out.contains("File encapsulation:  rawip"));    // link type 101
        const QStringList httpFields = {
            QStringLiteral("tcp.stream"), QStringLiteral("http.request.method"),
            QStringLiteral("http.request.uri"), QStringLiteral("http.response.code")};
        const QStringList onlyHttp = {QStringLiteral("-2"), QStringLiteral("-Y"),
                                      QStringLiteral("http")};
        QCOMPARE(test::tsharkFields(pcap, httpFields, onlyHttp),
                 test::tsharkFields(pcapng, httpFields, onlyHttp));
    }
};

QTEST_GUILESS_MAIN(TestExportPcapFixtures)
#include "tst_export_pcap_fixtures.moc"
