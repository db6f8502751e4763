// SPDX-License-Identifier: Apache-2.0
// Bad frames over a real WebSocket: ReplayServer (in-process) → ecapture-dump -i. Whatever a
// frame holds, the dump must not crash or hang, every frame that arrived must be counted
// (frames = run logs + heartbeats + events + undecodable), and the good frames around the bad
// ones must come through untouched.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include "core/wire/raw_frame.h"
#include "net/replay_server.h"

#include "common/wire_bytes.h"

using namespace ecv;

namespace {

const QString kDump = QStringLiteral(ECV_BIN_DIR "/ecapture-dump");

QByteArray field(int number, const QByteArray &bytes)
{
    return test::lengthDelimited(number, bytes);
}

QByteArray number(int fieldNumber, quint64 value)
{
    return test::varint(quint64(fieldNumber) << 3) + test::varint(value);
}

/** LogEntry{EVENT, Event{...}} with @p eventFields already encoded. */
QByteArray eventFrame(const QByteArray &eventFields)
{
    return number(1, 2) + field(2, eventFields);
}

/** A v2 text-only event (length + payload), as eCapture v2.1+ sends it. */
QByteArray v2Event(const QByteArray &text, qint64 length = -1)
{
    return eventFrame(number(10, quint64(length < 0 ? text.size() : length)) + field(11, text));
}

/** A v1.5.2 structured event with @p uuid. */
QByteArray v1Event(const QByteArray &uuid, const QByteArray &payload)
{
    return eventFrame(number(1, 1795962366000000000ULL) + field(2, uuid) + field(3, "10.0.0.1") +
                      number(4, 40000) + field(5, "10.0.0.2") + number(6, 443) + number(7, 100) +
                      field(8, "curl") + number(9, 1) + number(10, quint64(payload.size())) +
                      field(11, payload));
}

QByteArray runLog(const QByteArray &line)
{
    return number(1, 1) + field(4, line);
}

QByteArray heartbeat(qint64 seconds, qint64 count)
{
    return field(3, number(1, quint64(seconds)) + number(2, quint64(count)) +
                        field(3, "heartbeat:" + QByteArray::number(count)));
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.generate() & 0xff);
    return out;
}

RawFrame binary(const QByteArray &data)
{
    RawFrame f;
    f.opcode = RawFrame::Opcode::Binary;
    f.data = data;
    return f;
}

RawFrame text(const QByteArray &data)
{
    RawFrame f;
    f.opcode = RawFrame::Opcode::Text;
    f.data = data;
    return f;
}

const QByteArray kStamp = "[2026-11-29 14:26:06.063] ";

} // namespace

using Frames = QVector<RawFrame>;
Q_DECLARE_METATYPE(Frames)

class TstBadInputDump : public QObject
{
    Q_OBJECT

private slots:
    void liveBadFrames_data();
    void liveBadFrames();
    void burstOf100000Events();
};

void TstBadInputDump::liveBadFrames_data()
{
    QTest::addColumn<Frames>("bad");
    QTest::addColumn<int>("runLogs");
    QTest::addColumn<int>("heartbeats");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("undecodable");

    // Every row is sent between a good run log + heartbeat and a good connect event; the
    // expected counts are those of the bad frames alone.
    QTest::newRow("empty binary frame") << Frames{binary({})} << 0 << 0 << 0 << 1;
    QTest::newRow("random bytes") << Frames{binary(randomBytes(48, 20261129))} << 0 << 0 << 0 << 1;
    const QByteArray whole = v2Event(kStamp + "PID:1 TID:1 Comm:c FD:5 WRITE (5 bytes):\nhello");
    QTest::newRow("truncated protobuf")
        << Frames{binary(whole.left(whole.size() - 7))} << 0 << 0 << 0 << 1;
    QTest::newRow("event with nested garbage")
        << Frames{binary(eventFrame(randomBytes(30, 7))), binary(eventFrame(number(11, 5)))} << 0
        << 0 << 0 << 2;
    QTest::newRow("v2 header that lies")
        << Frames{binary(v2Event(kStamp + "PID:1 TID:1 Comm:c FD:5 WRITE (999999 bytes):\nGET")),
                  binary(v2Event(kStamp + "PID:-5 TID:-1 Comm:c FD:-1 READ (-20 bytes):\nx")),
                  binary(v2Event(kStamp + "PID:99999999999999999999999 TID:1 Comm:c FD:5 "
                                          "WRITE (18446744073709551615 bytes):\nxx")),
                  binary(v2Event("PID:1, Comm:x, TID:1, FD:-1, Tuple: [::1]:99999->[::1]:-1\n")),
                  binary(v2Event("PID:1, Comm:x, TID:1, FD:6, Tuple: [::]:99999->[zz::j%e]:443\n")),
                  binary(v2Event("PID:1, Comm:x, TID:1, FD:9, Tuple: " + QByteArray(100000, '[') +
                                 "\n")),
                  binary(v2Event(kStamp + "PID:1 TID:1 Comm:c FD:5 READ (3 bytes):\nabc", 65535)),
                  binary(v2Event("[9999-12-31 23:59:59.999] PID:1 TID:1 Comm:c FD:5 READ (3 "
                                 "bytes):\nabc"))}
        << 0 << 0 << 8 << 0;
    QTest::newRow("v1 uuids of odd shapes")
        << Frames{binary(v1Event("", "x")),
                  binary(v1Event(QByteArray(1000, '_'), "x")),
                  binary(v1Event("sock:1_1_curl_5_1_[::1]:1-[::1]:2", "x")),
                  binary(
                      v1Event("99999999999999999999_-1_curl_-5_9_1.1.1.1:99999-2.2.2.2:-1", "x")),
                  binary(v1Event(QByteArray("1_1_c\0url_5_1_1.1.1.1:1-2.2.2.2:2\0", 34), "x")),
                  binary(v1Event("1_1_curl_5_1_" + QByteArray(1000, ':'), "x"))}
        << 0 << 0 << 6 << 0;
    QTest::newRow("run log over 1 MiB") << Frames{binary(runLog(R"({"level":"info","message":")" +
                                                                QByteArray(2 << 20, 'x') + "\"}")),
                                                  binary(runLog("\xff\xfe\xe9 not UTF-8"))}
                                        << 2 << 0 << 0 << 0;
    QTest::newRow("heartbeat with absurd numbers")
        << Frames{binary(heartbeat(std::numeric_limits<qint64>::max(), -1))} << 0 << 1 << 0 << 0;
    QTest::newRow("JSON era 10 MB payload_base64")
        << Frames{text(R"({"log_type":2,"payload":{"uuid":"1_1_c_5_1_1.1.1.1:1-2.2.2.2:2",)"
                       R"("length":5,"payload_base64":")" +
                       randomBytes(10000000, 3).toBase64() + "\"}}"),
                  text(R"({"log_type":2,"payload":{"payload_base64":"!!!","pid":"str"}})")}
        << 0 << 0 << 2 << 0;
    QTest::newRow("text frames of garbage")
        << Frames{text(""), text(QByteArray(100000, '[')), text(R"({"log_type":2})")} << 0 << 0 << 0
        << 3;
    QTest::newRow("30 MiB event frame")
        << Frames{binary(v2Event(kStamp + "PID:1 TID:1 Comm:c FD:5 READ (31457280 bytes):\n" +
                                 QByteArray(30 << 20, 'z')))}
        << 0 << 0 << 1 << 0;
}

void TstBadInputDump::liveBadFrames()
{
    QFETCH(Frames, bad);
    QFETCH(int, runLogs);
    QFETCH(int, heartbeats);
    QFETCH(int, events);
    QFETCH(int, undecodable);

    Frames frames{binary(runLog(R"({"level":"info","AppName":"eCapture","Version":)"
                                R"("linux_amd64:v2.5.1","time":"2026-11-29T14:26:00Z"})")),
                  binary(heartbeat(1795962366, 0))};
    frames += bad;
    frames << binary(v2Event("PID:7, Comm:curl, TID:7, FD:5, Tuple: [1.1.1.1]:1->[2.2.2.2]:2\n"));
    for (int i = 0; i < frames.size(); ++i)
        frames[i].arrivalNs = qint64(i) * 1000000;

    ReplayServer server;
    QCOMPARE(server.setRecording(frames), QStringList());
    server.setFast(true);
    QVERIFY(server.listen());
    QProcess dump;
    dump.start(kDump, {QStringLiteral("-i"), server.url().toString(), QStringLiteral("-c"),
                       QString::number(frames.size()), QStringLiteral("-q"), QStringLiteral("-z"),
                       QStringLiteral("summary")});
    QTRY_VERIFY_WITH_TIMEOUT(dump.state() == QProcess::NotRunning, 30000);
    QCOMPARE(dump.exitStatus(), QProcess::NormalExit);
    QCOMPARE(dump.exitCode(), 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(dump.readAllStandardOutput().trimmed()).object();
    QCOMPARE(summary.value(QStringLiteral("frames")).toInt(), int(frames.size()));
    QCOMPARE(summary.value(QStringLiteral("run_logs")).toInt(), 1 + runLogs);
    QCOMPARE(summary.value(QStringLiteral("heartbeats")).toInt(), 1 + heartbeats);
    QCOMPARE(summary.value(QStringLiteral("events")).toInt(), 1 + events);
    QCOMPARE(summary.value(QStringLiteral("undecodable")).toInt(), undecodable);
}

// 100 000 events as fast as the socket takes: all counted, none lost, counts add up.
void TstBadInputDump::burstOf100000Events()
{
    ReplayServer server;
    server.setGenerate(100000);
    server.setGenerateEra(SyntheticEventGenerator::Era::V2);
    server.setFast(true);
    QVERIFY(server.listen());
    QProcess dump;
    dump.start(kDump, {QStringLiteral("-i"), server.url().toString(), QStringLiteral("-a"),
                       QStringLiteral("events:100000"), QStringLiteral("-q"), QStringLiteral("-z"),
                       QStringLiteral("summary")});
    QTRY_VERIFY_WITH_TIMEOUT(dump.state() == QProcess::NotRunning, 60000);
    QCOMPARE(dump.exitCode(), 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(dump.readAllStandardOutput().trimmed()).object();
    const int frames = summary.value(QStringLiteral("frames")).toInt();
    QCOMPARE(summary.value(QStringLiteral("events")).toInt(), 100000);
    QCOMPARE(summary.value(QStringLiteral("undecodable")).toInt(), 0);
    QCOMPARE(frames, summary.value(QStringLiteral("run_logs")).toInt() +
                         summary.value(QStringLiteral("heartbeats")).toInt() + 100000);
}

QTEST_GUILESS_MAIN(TstBadInputDump)
#include "tst_bad_input_dump.moc"
