// SPDX-License-Identifier: Apache-2.0
// Every fixture in tests/data, end to end through FrameLogReader → FrameDecoder →
// EventNormalizer → EventFields, against NAME.expected.json; plus each fault of bad-input-a.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "core/fields/field_registry.h"
#include "core/file/frame_log_reader.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"

using namespace ecv;

namespace {

constexpr qint64 kBaseNs = 1795962000LL * 1000000000LL; // 2026-11-29, when the fixtures were made

const char *const kCheckedFields[] = {"process.pid",     "process.tid", "process.name", "event.fd",
                                      "event.direction", "ip.src",      "tcp.srcport",  "ip.dst",
                                      "tcp.dstport",     "event.type"};

QVector<RawFrame> readFrames(const QString &name)
{
    FrameLogReader reader;
    if (!reader.readFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath(name), kBaseNs))
        qWarning() << reader.errorString();
    return reader.takeFrames();
}

QVector<DecodedFrame> decodeAll(const QVector<RawFrame> &frames)
{
    FrameDecoder decoder;
    QVector<DecodedFrame> decoded;
    for (int i = 0; i < frames.size(); ++i)
        decoded.append(decoder.decode(frames.at(i), quint32(i + 1)));
    return decoded;
}

} // namespace

class TstFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void badInputFaults_data();
    void badInputFaults();
    void nonUtf8ProtoStrings();
    void emptyEvent();
    void rawShellFrames();
    void v140JsonRunLogKeepsText();
    void connectOutFrames();
    void mutatedFramesNeverCrash();
    void largeFrame();
    void clockOffset_data();
    void clockOffset();
    void clockOffsetFromPrintedMilliseconds();
};

void TstFrameDecoder::fixture_data()
{
    QTest::addColumn<QString>("name");
    const QDir data(QStringLiteral(ECV_TEST_DATA));
    const QStringList files = data.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString &file : files) {
        const QString name = file.chopped(6);
        if (QFile::exists(data.filePath(name + QStringLiteral(".expected.json"))))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TstFrameDecoder::fixture()
{
    QFETCH(QString, name);
    QFile expectedFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath(name + ".expected.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const QJsonObject summary = expected.value("summary").toObject();
    const QJsonArray expectedEvents = expected.value("events").toArray();

    const QVector<RawFrame> frames = readFrames(name + ".jsonl");
    QVERIFY(!frames.isEmpty());
    const QVector<DecodedFrame> decoded = decodeAll(frames);

    int runLogs = 0, heartbeats = 0, undecodable = 0;
    EventNormalizer normalizer;
    QVector<CapturedEvent> events;
    for (const DecodedFrame &frame : decoded) {
        switch (frame.kind) {
        case DecodedFrame::Kind::RunLog:
            ++runLogs;
            QVERIFY(!frame.runLog.endsWith('\n'));
            break;
        case DecodedFrame::Kind::Heartbeat:
            ++heartbeats;
            break;
        case DecodedFrame::Kind::Undecodable:
            ++undecodable;
            QVERIFY(!frame.reason.isEmpty());
            break;
        case DecodedFrame::Kind::Event: {
            CapturedEvent event = frame.event;
            normalizer.normalize(event);
            QVERIFY(event.era != Era::Unknown);
            QVERIFY2(event.kind != EventKind::Unknown,
                     qPrintable(QStringLiteral("frame %1 not understood").arg(event.frameNumber)));
            events.append(event);
            break;
        }
        }
    }
    QCOMPARE(runLogs, summary.value("run_logs").toInt());
    QCOMPARE(heartbeats, summary.value("heartbeats").toInt());
    QCOMPARE(int(events.size()), summary.value("events").toInt());
    QCOMPARE(undecodable, summary.value("undecodable").toInt());
    QCOMPARE(int(events.size()), int(expectedEvents.size()));

    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject want = expectedEvents.at(i).toObject();
        QCOMPARE(want.value("n").toInt(), i + 1);
        const QJsonObject got = FieldRegistry::eventObject(EventFieldContext(events.at(i)));
        QCOMPARE(got.value("frame.number").toInteger(), qint64(events.at(i).frameNumber));
        for (const char *field : kCheckedFields) {
            const QString key = QLatin1String(field);
            const QString where = QStringLiteral("%1 event %2 (frame %3) %4: want %5, got %6")
                                      .arg(name)
                                      .arg(i + 1)
                                      .arg(events.at(i).frameNumber)
                                      .arg(key, want.value(key).toVariant().toString(),
                                           got.value(key).toVariant().toString());
            QVERIFY2(want.contains(key) == got.contains(key), qPrintable(where));
            if (want.contains(key))
                QVERIFY2(want.value(key).toVariant() == got.value(key).toVariant(),
                         qPrintable(where));
        }
    }
}

void TstFrameDecoder::badInputFaults_data()
{
    // bad-input-a.jsonl, per tests/data/EXPECTED-eras.md "robustness A" (frame numbers 0-based
    // there, 1-based here).
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("warningPart");
    using K = DecodedFrame::Kind;
    QTest::newRow("truncated") << 5 << int(K::Undecodable) << "truncated protobuf"
                               << "";
    QTest::newRow("random") << 7 << int(K::Undecodable) << "wire type 7"
                            << "";
    QTest::newRow("empty") << 8 << int(K::Undecodable) << "empty frame"
                           << "";
    QTest::newRow("no payload case") << 10 << int(K::Undecodable) << "without a known payload"
                                     << "";
    QTest::newRow("invalid utf-8 text") << 11 << int(K::Undecodable) << "not valid UTF-8"
                                        << "";
    QTest::newRow("length mismatch") << 12 << int(K::Event) << ""
                                     << "length says 65535";
    QTest::newRow("heartbeat -1") << 13 << int(K::Heartbeat) << ""
                                  << "invalid heartbeat timestamp -1";
    QTest::newRow("after faults") << 16 << int(K::Event) << ""
                                  << "";
}

void TstFrameDecoder::badInputFaults()
{
    QFETCH(int, frame);
    QFETCH(int, kind);
    QFETCH(QString, reasonPart);
    QFETCH(QString, warningPart);
    const QVector<DecodedFrame> decoded = decodeAll(readFrames("bad-input-a.jsonl"));
    QCOMPARE(decoded.size(), 16);
    const DecodedFrame &d = decoded.at(frame - 1);
    QCOMPARE(int(d.kind), kind);
    QCOMPARE(d.event.frameNumber, quint32(frame));
    if (!reasonPart.isEmpty())
        QVERIFY2(d.reason.contains(reasonPart), qPrintable(d.reason));
    const QStringList warnings = d.warnings + d.event.warnings;
    if (!warningPart.isEmpty())
        QVERIFY2(warnings.join('|').contains(warningPart), qPrintable(warnings.join('|')));
    else
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('|')));
    if (frame == 12) {
        QCOMPARE(d.event.data.size(), 422); // "(422 bytes)": the whole READ, never past it
        QCOMPARE(d.event.direction, Direction::Recv);
    }
    if (frame == 13) {
        QCOMPARE(d.heartbeatTimestamp, qint64(-1));
        QCOMPARE(d.heartbeatCount, qint64(7));
        QVERIFY(!d.heartbeatTimestampValid);
    }
    if (frame == 16) {
        QCOMPARE(d.event.probe, Probe::Bash);
        QCOMPARE(d.event.data, QByteArray("curl -s http://127.0.0.1:18080/index.html | head -n 3"));
    }
}

void TstFrameDecoder::nonUtf8ProtoStrings()
{
    // LogEntry{event_payload{uuid="1_2_c\xff\x00", pid=1, pname="c\xff", type=1, payload="x"}}
    // built by hand: libprotobuf would reject the invalid UTF-8 in eCapture's proto3 strings.
    QByteArray event;
    event += QByteArray::fromHex("1207") + QByteArray("1_2_c\xff\x00\x00", 7);
    event += QByteArray::fromHex("3801") + QByteArray::fromHex("4202") + QByteArray("c\xff", 2);
    event += QByteArray::fromHex("4801") + QByteArray::fromHex("5001") + "Z\x01x";
    const QByteArray frame = QByteArray::fromHex("0802") + "\x12" + char(event.size()) + event;
    RawFrame raw;
    raw.data = frame;
    const DecodedFrame d = FrameDecoder().decode(raw, 1);
    QCOMPARE(d.kind, DecodedFrame::Kind::Event);
    QCOMPARE(d.event.era, Era::V1Protobuf);
    QCOMPARE(d.event.pid, qint64(1));
    QCOMPARE(d.event.tid, qint64(2));
    QCOMPARE(d.event.probe, Probe::GoTls);
    QCOMPARE(d.event.direction, Direction::Recv);
    QCOMPARE(d.event.data, QByteArray("x"));
    QVERIFY(!d.event.uuid.contains(QChar(0)));
}

void TstFrameDecoder::emptyEvent()
{
    RawFrame frame;
    frame.data = QByteArray::fromHex("08021200"); // LogEntry{log_type: EVENT, event_payload: {}}
    const DecodedFrame d = FrameDecoder().decode(frame, 3);
    QCOMPARE(d.kind, DecodedFrame::Kind::Undecodable);
    QVERIFY(d.reason.contains("neither fields nor payload"));
    frame.data = QByteArray::fromHex("0802120a") + "Z\x08whatever"; // text of no known shape
    const DecodedFrame unknown = FrameDecoder().decode(frame, 4);
    QCOMPARE(unknown.kind, DecodedFrame::Kind::Event);
    QCOMPARE(unknown.event.kind, EventKind::Unknown);
    QCOMPARE(unknown.event.data, QByteArray("whatever"));
    QVERIFY(!unknown.event.warnings.isEmpty());
}

void TstFrameDecoder::rawShellFrames()
{
    const QVector<DecodedFrame> decoded = decodeAll(readFrames("v152-quirks.jsonl"));
    // Frames 33, 36, 37 (0-based) are raw bash/zsh text, not protobuf.
    const DecodedFrame &bash = decoded.at(33);
    QCOMPARE(bash.kind, DecodedFrame::Kind::Event);
    QCOMPARE(bash.event.era, Era::V1RawText);
    QCOMPARE(bash.event.probe, Probe::Bash);
    QCOMPARE(bash.event.processName, QStringLiteral("bash"));
    QCOMPARE(bash.event.uid, qint64(1000));
    QVERIFY(bash.event.data.startsWith("curl "));
    const DecodedFrame &zsh = decoded.at(37);
    QCOMPARE(zsh.event.probe, Probe::Zsh);
    QCOMPARE(zsh.event.processName, QStringLiteral("zsh"));
    QVERIFY(zsh.event.data.startsWith("git log --oneline"));
    // Any known text shape written raw (v1.4.3 also sent mysql this way) is an event too.
    RawFrame raw;
    raw.data = "MySQL Query[PID=1187, Comm=mysqld, Len=8/8, Status=SUCCESS]: SELECT 1";
    const DecodedFrame mysql = FrameDecoder().decode(raw, 1);
    QCOMPARE(mysql.kind, DecodedFrame::Kind::Event);
    QCOMPARE(mysql.event.era, Era::V1RawText);
    QCOMPARE(mysql.event.probe, Probe::MySql);
}

void TstFrameDecoder::v140JsonRunLogKeepsText()
{
    const QVector<DecodedFrame> decoded = decodeAll(readFrames("v140-json-text.jsonl"));
    QCOMPARE(decoded.at(0).kind, DecodedFrame::Kind::RunLog);
    QCOMPARE(decoded.at(0).runLog,
             QStringLiteral("{\"level\":\"info\",\"AppName\":\"eCapture(旁观者)\","
                            "\"time\":\"2026-11-29T14:21:02Z\"}"));
    const CapturedEvent &e = decoded.at(37).event;
    QCOMPARE(e.era, Era::V140Json);
    QCOMPARE(e.declaredLength, qint64(120)); // v1.4.0 counts the base64 text
    QCOMPARE(e.data.size(), 89);
    QVERIFY(e.data.startsWith("GET /index.html"));
    QCOMPARE(e.format, PayloadFormat::Http1Message);
    QCOMPARE(decoded.at(50).kind, DecodedFrame::Kind::Heartbeat);
    QCOMPARE(decoded.at(50).heartbeatTimestamp, qint64(1795962123));
}

void TstFrameDecoder::connectOutFrames()
{
    const QVector<DecodedFrame> decoded = decodeAll(readFrames("v25-connect-out.jsonl"));
    QCOMPARE(decoded.at(0).kind, DecodedFrame::Kind::RunLog);
    QVERIFY(decoded.at(0).runLog.startsWith("{\"level\":\"info\",\"AppName\""));
    QCOMPARE(decoded.at(15).kind, DecodedFrame::Kind::Event);
    QCOMPARE(decoded.at(15).event.era, Era::ConnectOut);
    QCOMPARE(decoded.at(15).event.declaredLength, qint64(89));
    QCOMPARE(decoded.at(15).event.data.size(), 89);
    // v1.x connect-out: the worker's text inside a zerolog line is an event, not a log.
    RawFrame v1;
    v1.opcode = RawFrame::Opcode::Text;
    v1.data = QByteArray("{\"level\":\"info\",\"time\":\"2026-11-29T14:26:29Z\",\"message\":"
                         "\"PID:9, Comm:curl, Src:10.0.0.1:5000, Dest:10.0.0.2:443,\\nGET / "
                         "HTTP/1.1\\r\\n\\r\\n\"}")
                  .toBase64();
    const DecodedFrame worker = FrameDecoder().decode(v1, 1);
    QCOMPARE(worker.kind, DecodedFrame::Kind::Event);
    QCOMPARE(worker.event.era, Era::ConnectOut);
    QCOMPARE(worker.event.pid, qint64(9));
    QCOMPARE(worker.event.dstPort, 443);
    QCOMPARE(worker.event.data, QByteArray("GET / HTTP/1.1\r\n\r\n"));
    QCOMPARE(decoded.at(28).runLog,
             QStringLiteral("{\"level\":\"info\",\"time\":\"2026-11-29T14:26:29Z\","
                            "\"message\":\"bye bye.\"}"));
}

void TstFrameDecoder::mutatedFramesNeverCrash()
{
    // Every fixture frame, cut short and bit-flipped, as binary and as text: each decode must
    // return one of the four kinds (undecodable with a reason) and leave the next one unaffected.
    QRandomGenerator random(20261129);
    const QDir data(QStringLiteral(ECV_TEST_DATA));
    FrameDecoder decoder;
    EventNormalizer normalizer;
    int undecodable = 0, total = 0;
    for (const QString &file : data.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        for (const RawFrame &original : readFrames(file)) {
            for (int round = 0; round < 12; ++round) {
                RawFrame frame = original;
                if (round % 2 && !frame.data.isEmpty())
                    frame.data.truncate(random.bounded(int(frame.data.size())));
                for (int flips = random.bounded(4); flips > 0 && !frame.data.isEmpty(); --flips)
                    frame.data[random.bounded(int(frame.data.size()))] = char(random.bounded(256));
                if (round % 3 == 0)
                    frame.opcode = frame.opcode == RawFrame::Opcode::Binary
                                       ? RawFrame::Opcode::Text
                                       : RawFrame::Opcode::Binary;
                DecodedFrame d = decoder.decode(frame, quint32(++total));
                if (d.kind == DecodedFrame::Kind::Undecodable) {
                    ++undecodable;
                    QVERIFY(!d.reason.isEmpty());
                } else if (d.kind == DecodedFrame::Kind::Event) {
                    normalizer.normalize(d.event);
                    QVERIFY(d.event.data.size() <= frame.data.size());
                }
            }
            const DecodedFrame clean = decoder.decode(original, 1);
            QVERIFY(clean.kind != DecodedFrame::Kind::Undecodable || original.data.isEmpty() ||
                    file.startsWith(QLatin1String("bad-input")));
        }
    }
    QVERIFY(total > 3000);
    QVERIFY(undecodable > 0);
}

void TstFrameDecoder::largeFrame()
{
    // v1.x merges a whole response into one event: a 20 MiB download is one ~20 MiB frame.
    const QByteArray body(20 * 1024 * 1024, 'a');
    const QByteArray payload = "HTTP/1.1 200 OK\r\nContent-Length: 20971520\r\n\r\n" + body;
    const QByteArray uuid = "9_9_curl_5_0_10.0.0.1:40000-10.0.0.2:443";
    auto varint = [](quint64 v) {
        QByteArray out;
        do {
            out.append(char((v & 0x7f) | (v > 0x7f ? 0x80 : 0)));
            v >>= 7;
        } while (v);
        return out;
    };
    QByteArray event = "\x12" + varint(uuid.size()) + uuid + "\x38\x09\x48\x03\x50" +
                       varint(payload.size()) + "\x5a" + varint(payload.size()) + payload;
    RawFrame frame;
    frame.data = "\x08\x02\x12" + varint(event.size()) + event;
    QElapsedTimer timer;
    timer.start();
    const DecodedFrame d = FrameDecoder().decode(frame, 1);
    QCOMPARE(d.kind, DecodedFrame::Kind::Event);
    QCOMPARE(d.event.data.size(), payload.size());
    QCOMPARE(d.event.format, PayloadFormat::Http1Message);
    QVERIFY(d.event.warnings.isEmpty());
    QVERIFY(timer.elapsed() < 5000);
}

void TstFrameDecoder::clockOffset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("expectedBaseS"); // Unix s of the recording's t = 0
    // v25-composite: heartbeat 0 (t=0.001) says 1795962365; connect-out: the first log says
    // 14:26:27Z at t=0 (no heartbeats); v140: the heartbeat comes at t=60.05, logs first.
    QTest::newRow("heartbeat") << "v25-composite.jsonl" << qint64(1795962365);
    QTest::newRow("run log only") << "v25-connect-out.jsonl" << qint64(1795962387);
    QTest::newRow("late heartbeat") << "v140-json-text.jsonl" << qint64(1795962063);
}

void TstFrameDecoder::clockOffset()
{
    QFETCH(QString, file);
    QFETCH(qint64, expectedBaseS);
    FrameLogReader reader;
    QVERIFY(reader.readFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath(file), 0));
    const qint64 offset = FrameDecoder::clockOffsetNs(reader.frames());
    QVERIFY2(qAbs(offset - expectedBaseS * 1000000000LL) < 1000000000LL,
             qPrintable(QString::number(offset)));
    QCOMPARE(FrameDecoder::clockOffsetNs({}), qint64(0));
}

void TstFrameDecoder::clockOffsetFromPrintedMilliseconds()
{
    // v25-composite: heartbeat 0 says 14:26:05 (whole seconds); frame 17 (t=0.411) was printed
    // at 14:26:06.063, so t = 0 is 14:26:05.652 and every data event's printed time agrees
    // with its arrival to within eCapture's emission delay, not up to a second apart.
    FrameLogReader reader;
    QVERIFY(
        reader.readFile(QDir(QStringLiteral(ECV_TEST_DATA)).filePath("v25-composite.jsonl"), 0));
    const qint64 offset = FrameDecoder::clockOffsetNs(reader.frames());
    QVERIFY2(qAbs(offset - 1795962365652000000LL) < 5000000LL, qPrintable(QString::number(offset)));
}

QTEST_GUILESS_MAIN(TstFrameDecoder)
#include "tst_frame_decoder.moc"
