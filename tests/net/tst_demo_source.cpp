// SPDX-License-Identifier: Apache-2.0
// DemoSource: the shipped demo stream is a valid frame log made of real fixture frames, and the
// in-process server plays it (start-up logs, heartbeat, live events) to a WebSocketSource.
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "core/file/frame_log_reader.h"
#include "ecaptureq.pb.h"
#include "net/demo_source.h"
#include "net/websocket_source.h"

using namespace ecv;

class TestDemoSource : public QObject
{
    Q_OBJECT
private slots:
    void streamIsCompiledInAndRealistic();
    void playsToClient();
};

void TestDemoSource::streamIsCompiledInAndRealistic()
{
    QFile resource(QStringLiteral(":/demo/demo-stream.jsonl"));
    QVERIFY(resource.exists());
    QVERIFY(resource.size() < 1024 * 1024);
    FrameLogReader reader;
    QVERIFY2(reader.readFile(resource.fileName(), 0), qPrintable(reader.errorString()));
    QCOMPARE(reader.skippedLines(), 0);
    const QVector<RawFrame> frames = reader.frames();

    // Every frame is one recorded in the fixtures (byte for byte).
    QSet<QByteArray> recorded;
    for (const char *name : {"v25-composite.jsonl", "v152-http1-curl.jsonl", "v152-mixed.jsonl",
                             "v152-http2-nghttp.jsonl", "v152-http1-download.jsonl"}) {
        FrameLogReader fixture;
        QVERIFY(fixture.readFile(QStringLiteral(ECV_TEST_DATA "/") + QLatin1String(name), 0));
        for (const RawFrame &f : fixture.frames())
            recorded.insert(f.data);
    }
    int logs = 0, events = 0, http = 0;
    qint64 maxGapNs = 0;
    for (int i = 0; i < frames.size(); ++i) {
        QVERIFY2(recorded.contains(frames.at(i).data), qPrintable(QString::number(i)));
        event::LogEntry e;
        QVERIFY(e.ParseFromArray(frames.at(i).data.constData(), int(frames.at(i).data.size())));
        QVERIFY(e.payload_case() != event::LogEntry::kHeartbeatPayload); // the server adds them
        if (e.payload_case() == event::LogEntry::kRunLog) {
            QCOMPARE(events, 0); // start-up logs first
            ++logs;
        } else {
            QCOMPARE(e.payload_case(), event::LogEntry::kEventPayload);
            ++events;
            const std::string &p = e.event_payload().payload();
            http +=
                (p.find("HTTP/1.1") != std::string::npos || p.find(":method") != std::string::npos)
                    ? 1
                    : 0;
            if (i > 0)
                maxGapNs = qMax(maxGapNs, frames.at(i).arrivalNs - frames.at(i - 1).arrivalNs);
        }
    }
    QVERIFY(logs >= 10);
    QVERIFY(events >= 60);
    QVERIFY(http >= 20);
    QVERIFY2(maxGapNs <= 1'100'000'000, qPrintable(QString::number(maxGapNs))); // lively
}

void TestDemoSource::playsToClient()
{
    WebSocketSource client;
    QVector<RawFrame> got;
    connect(&client, &WebSocketSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });
    DemoSource demo;
    QVERIFY(!demo.url().isValid());
    QString error;
    QVERIFY2(demo.start(&client, &error), qPrintable(error));
    QVERIFY(demo.url().isValid());
    QCOMPARE(demo.url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(client.url(), demo.url());
    QTRY_COMPARE(client.state(), WebSocketSource::State::Connected);

    // Within a few seconds: the cached start-up logs, heartbeat:0, then events with live times
    // (v1.5.2 timestamps and v2's printed "[yyyy-MM-dd HH:mm:ss.zzz]" alike).
    auto hasV2Data = [&got] {
        for (const RawFrame &f : got) {
            event::LogEntry e;
            if (e.ParseFromArray(f.data.constData(), int(f.data.size())) &&
                e.event_payload().payload().rfind("[20", 0) == 0)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 20 && hasV2Data(), 10000);
    int printedTimes = 0;
    int logs = 0, heartbeats = 0, events = 0;
    for (const RawFrame &f : got) {
        event::LogEntry e;
        QVERIFY(e.ParseFromArray(f.data.constData(), int(f.data.size())));
        switch (e.payload_case()) {
        case event::LogEntry::kRunLog:
            QCOMPARE(heartbeats + events, 0);
            ++logs;
            break;
        case event::LogEntry::kHeartbeatPayload:
            QCOMPARE(events, 0);
            QCOMPARE(e.heartbeat_payload().message(), std::string("heartbeat:0"));
            QVERIFY(qAbs(e.heartbeat_payload().timestamp() - QDateTime::currentSecsSinceEpoch()) <
                    10);
            ++heartbeats;
            break;
        case event::LogEntry::kEventPayload:
            QCOMPARE(e.event_payload().length(), quint32(e.event_payload().payload().size()));
            if (e.event_payload().timestamp() != 0) // v1.5.2 events look live
                QVERIFY(qAbs(e.event_payload().timestamp() / 1000000 - f.arrivalNs / 1000000) <
                        2000);
            if (e.event_payload().payload().rfind("[20", 0) == 0) { // v2 printed local time
                const QDateTime printed = QDateTime::fromString(
                    QString::fromStdString(e.event_payload().payload().substr(1, 23)),
                    QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
                QVERIFY(printed.isValid());
                QVERIFY(qAbs(printed.toMSecsSinceEpoch() - f.arrivalNs / 1000000) < 2000);
                ++printedTimes;
            }
            ++events;
            break;
        default:
            QFAIL("unexpected frame");
        }
    }
    QCOMPARE(heartbeats, 1);
    QVERIFY(printedTimes >= 1);
    QVERIFY(logs >= 10);
    QVERIFY(events >= 5);

    demo.stop();
    QCOMPARE(client.state(), WebSocketSource::State::ClosedByUser);
    QVERIFY(!demo.url().isValid());
}

QTEST_MAIN(TestDemoSource)
#include "tst_demo_source.moc"
