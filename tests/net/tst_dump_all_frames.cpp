// SPDX-License-Identifier: Apache-2.0
// ecapture-dump --all-frames (heartbeats, run logs, undecodable frames in frame order, with
// frame.type) and http.messages in -T jsonl, through the real program.
#include <QtTest>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "common/wire_bytes.h"

using namespace ecv::test;

namespace {

QByteArray data(const char *op, const QByteArray &bytes)
{
    return v2EventFrame("[2026-11-29 14:26:06.100] PID:100 TID:100 Comm:curl FD:5 " +
                        QByteArray(op) + " (" + QByteArray::number(bytes.size()) + " bytes):\n" +
                        bytes);
}

QList<QJsonObject> objects(const QByteArray &out)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            rows << QJsonDocument::fromJson(line).object();
    return rows;
}

} // namespace

class TestDumpAllFrames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonlAllFrames();
    void textAllFrames();
    void messagesArray();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDumpAllFrames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray log =
        kFrameLogHeader + frameLine(0, heartbeatFrame(1795962366, 0)) +
        frameLine(0.01, v2EventFrame("PID:100, Comm:curl, TID:100, FD:5, Tuple: "
                                     "[10.0.0.1]:40000->[203.0.113.5]:443\n")) +
        frameLine(0.02, data("WRITE", "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
                                      "POST /b HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n"
                                      "Content-Length: 3\r\n\r\nxyz")) +
        frameLine(0.03, QByteArray("\x01\x02garbage", 9)) +
        frameLine(15, heartbeatFrame(1795962381, 1)) +
        frameLine(15.5, data("READ", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                     "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"));
    m_path = writeTemp(m_dir, QStringLiteral("frames.jsonl"), log);
    QVERIFY(!m_path.isEmpty());
}

void TestDumpAllFrames::jsonlAllFrames()
{
    const ProgramRun run = runDump({QStringLiteral("-r"), m_path, QStringLiteral("-T"),
                                    QStringLiteral("jsonl"), QStringLiteral("--all-frames")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> rows = objects(run.out);
    QStringList types;
    QList<int> numbers;
    for (const QJsonObject &o : rows) {
        types << o.value(QLatin1String("frame.type")).toString();
        numbers << o.value(QLatin1String("frame.number")).toInt();
    }
    QCOMPARE(types,
             (QStringList{"heartbeat", "event", "event", "undecodable", "heartbeat", "event"}));
    QCOMPARE(numbers, (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(rows[0].value(QLatin1String("heartbeat.count")).toInt(), 0);
    QCOMPARE(rows[0].value(QLatin1String("heartbeat.timestamp")).toInteger(), 1795962366);
    // Normalized from eCapture's seconds to Unix ns.
    QCOMPARE(rows[0].value(QLatin1String("frame.time")).toInteger(), 1795962366LL * 1000000000LL);
    QCOMPARE(rows[4].value(QLatin1String("heartbeat.count")).toInt(), 1);
    QVERIFY(!rows[3].value(QLatin1String("undecodable.reason")).toString().isEmpty());
    // Without --all-frames: events only, as before, no frame.type.
    const ProgramRun plain =
        runDump({QStringLiteral("-r"), m_path, QStringLiteral("-T"), QStringLiteral("jsonl")});
    const QList<QJsonObject> events = objects(plain.out);
    QCOMPARE(events.size(), 3);
    for (const QJsonObject &o : events)
        QVERIFY(!o.contains(QLatin1String("frame.type")));
}

void TestDumpAllFrames::textAllFrames()
{
    const ProgramRun run = runDump({QStringLiteral("-r"), m_path, QStringLiteral("--all-frames")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    const QString when =
        QDateTime::fromSecsSinceEpoch(1795962381).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(lines[4].contains(("heartbeat #1 at " + when).toUtf8()), lines[4].constData());
    QVERIFY2(lines[3].contains("undecodable:"), lines[3].constData());
    // Without it, one line per event.
    const ProgramRun plain = runDump({QStringLiteral("-r"), m_path});
    QCOMPARE(plain.out.count('\n'), 3);
    QVERIFY(plain.out.contains("GET /a HTTP/1.1, POST /b HTTP/1.1"));
    QVERIFY(plain.out.contains("HTTP/1.1 200 OK, HTTP/1.1 201 Created"));
}

void TestDumpAllFrames::messagesArray()
{
    const ProgramRun run =
        runDump({QStringLiteral("-r"), m_path, QStringLiteral("-T"), QStringLiteral("jsonl")});
    const QList<QJsonObject> events = objects(run.out);
    QCOMPARE(events.size(), 3);
    const QJsonObject requests = events[1];
    QCOMPARE(requests.value(QLatin1String("http.request.uri")).toString(), QStringLiteral("/a"));
    const QJsonArray messages = requests.value(QLatin1String("http.messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject post = messages[1].toObject();
    QCOMPARE(post.value(QLatin1String("http.request.method")).toString(), QStringLiteral("POST"));
    QCOMPARE(post.value(QLatin1String("http.body_length")).toInt(), 3);
    QCOMPARE(post.value(QLatin1String("http.content_type")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(post.value(QLatin1String("http.response_in")).toInt(), 6);
    const QJsonArray responses = events[2].value(QLatin1String("http.messages")).toArray();
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[1].toObject().value(QLatin1String("http.response.code")).toInt(), 201);
    QCOMPARE(responses[1].toObject().value(QLatin1String("http.request_in")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestDumpAllFrames)
#include "tst_dump_all_frames.moc"
