// SPDX-License-Identifier: Apache-2.0
// CaptureStore: append, read back, reopen, torn tail, signal coalescing, frame logs.
#include <QtTest>

#include <atomic>
#include <cstring>

#include "common/fixture_frames.h"
#include "core/capture/capture_store.h"
#include "core/file/capture_file_reader.h"
#include "core/file/frame_log_reader.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"

using namespace ecv;
using ecv::test::fixtureFrames;

namespace {

/** The pipeline run by hand: what the store must give back for each event. */
QVector<CapturedEvent> expectedEvents(const QVector<RawFrame> &frames)
{
    FrameDecoder decoder;
    EventNormalizer normalizer;
    QVector<CapturedEvent> events;
    for (int i = 0; i < frames.size(); ++i) {
        DecodedFrame d = decoder.decode(frames.at(i), quint32(i + 1));
        if (d.kind != DecodedFrame::Kind::Event)
            continue;
        d.event.frameNumber = quint32(i + 1);
        d.event.arrivalNs = frames.at(i).arrivalNs;
        normalizer.normalize(d.event);
        events.append(d.event);
    }
    return events;
}

QString describeDifference(const CapturedEvent &a, const CapturedEvent &b)
{
    QStringList diff;
#define ECV_CMP(field)                                                                             \
    if (!(a.field == b.field))                                                                     \
        diff << QStringLiteral(#field);
    ECV_CMP(frameNumber)
    ECV_CMP(arrivalNs)
    ECV_CMP(timeNs)
    ECV_CMP(timeSource)
    ECV_CMP(era)
    ECV_CMP(probe)
    ECV_CMP(kind)
    ECV_CMP(direction)
    ECV_CMP(format)
    ECV_CMP(pid)
    ECV_CMP(tid)
    ECV_CMP(uid)
    ECV_CMP(fd)
    ECV_CMP(processName)
    ECV_CMP(srcIp)
    ECV_CMP(srcPort)
    ECV_CMP(dstIp)
    ECV_CMP(dstPort)
    ECV_CMP(tuple)
    ECV_CMP(rolesInferred)
    ECV_CMP(ecaptureType)
    ECV_CMP(declaredLength)
    ECV_CMP(uuid)
    ECV_CMP(returnValue)
    ECV_CMP(status)
    ECV_CMP(data)
    ECV_CMP(warnings)
#undef ECV_CMP
    return diff.join(QLatin1Char(','));
}

QStringList fixtureNames()
{
    return QDir(QStringLiteral(ECV_TEST_DATA))
        .entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCaptureStore final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entryIs56Bytes() { QCOMPARE(sizeof(EventIndexEntry), size_t(56)); }

    void appendReadBackReopen_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : fixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void appendReadBackReopen()
    {
        QFETCH(QString, fixture);
        const QVector<RawFrame> frames = fixtureFrames(fixture);
        QVERIFY(!frames.isEmpty());
        const QVector<CapturedEvent> expected = expectedEvents(frames);
        const QString path = m_dir.filePath(fixture + QStringLiteral(".ecvcap"));

        CaptureStore store;
        QString error;
        QVERIFY2(store.create(path, fixture, &error), qPrintable(error));
        QVERIFY(!store.isTemporary());
        for (const RawFrame &f : frames)
            store.appendFrame(f);
        QCOMPARE(store.frameCount(), quint32(frames.size()));
        QCOMPARE(store.eventCount(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            const CapturedEvent got = store.event(i);
            QVERIFY2(describeDifference(got, expected.at(i)).isEmpty(),
                     qPrintable(QStringLiteral("event %1 differs in %2")
                                    .arg(i)
                                    .arg(describeDifference(got, expected.at(i)))));
            const EventIndexEntry &e = store.eventAt(i);
            QCOMPARE(e.frameNumber, expected.at(i).frameNumber);
            QCOMPARE(e.timeNs, expected.at(i).timeNs);
            QCOMPARE(e.dataLength, quint32(expected.at(i).data.size()));
            QCOMPARE(store.string(e.processNameId), expected.at(i).processName);
            QCOMPARE(store.string(e.srcAddrId), expected.at(i).srcIp);
            QCOMPARE(EventKind(e.kind), expected.at(i).kind);
        }
        for (quint32 n = 1; n <= store.frameCount(); ++n)
            QCOMPARE(store.frameData(n), frames.at(int(n - 1)).data);
        QVERIFY(store.frameData(0).isEmpty());
        QVERIFY(store.frameData(store.frameCount() + 1).isEmpty());

        // Reopen: the same index, events, logs, heartbeats and undecodable frames.
        QVERIFY(store.flush());
        CaptureStore reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(reopened.droppedTailBytes(), qint64(0));
        QCOMPARE(reopened.frameCount(), store.frameCount());
        QCOMPARE(reopened.eventCount(), store.eventCount());
        QCOMPARE(reopened.fileInfo().source, fixture);
        for (int i = 0; i < store.eventCount(); ++i) {
            QVERIFY(std::memcmp(&reopened.eventAt(i), &store.eventAt(i), sizeof(EventIndexEntry)) ==
                    0);
            QVERIFY(describeDifference(reopened.event(i), expected.at(i)).isEmpty());
        }
        QCOMPARE(reopened.runLogs().size(), store.runLogs().size());
        for (int i = 0; i < store.runLogs().size(); ++i)
            QCOMPARE(reopened.runLogs().at(i).raw, store.runLogs().at(i).raw);
        QCOMPARE(reopened.heartbeats().size(), store.heartbeats().size());
        QCOMPARE(reopened.undecodable().size(), store.undecodable().size());
        QCOMPARE(reopened.ecaptureVersion(), store.ecaptureVersion());
        QCOMPARE(reopened.conversationCount(), store.conversationCount());
    }

    void truncatedTail()
    {
        const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v152-mixed.jsonl"));
        const QString path = m_dir.filePath(QStringLiteral("torn.ecvcap"));
        {
            CaptureStore store;
            QVERIFY(store.create(path, {}));
            for (const RawFrame &f : frames)
                store.appendFrame(f);
            store.close();
            QVERIFY(QFile::exists(path)); // not temporary: kept
        }
        const qint64 full = QFileInfo(path).size();
        qint64 lastOffset = 0;
        {
            CaptureFileReader reader;
            QVERIFY(reader.open(path));
            CaptureFileReader::Record r;
            while (reader.next(r))
                lastOffset = r.offset;
        }
        QFile f(path);
        QVERIFY(f.resize(full - 5)); // cut inside the last record
        CaptureStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.frameCount(), quint32(frames.size() - 1));
        QVERIFY(store.droppedTailBytes() > 0);
        QCOMPARE(store.droppedTailBytes(), full - 5 - lastOffset);
        // The note about it reaches the log as a viewer message.
        QVERIFY(!store.runLogs().isEmpty());
        QCOMPARE(store.runLogs().last().frameNumber, 0u);
        QVERIFY(store.runLogs().last().message.contains(QStringLiteral("dropped")));
        for (quint32 n = 1; n <= store.frameCount(); ++n)
            QCOMPARE(store.frameData(n), frames.at(int(n - 1)).data);
    }

    void eventsAppendedIsCoalesced()
    {
        const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v25-composite.jsonl"));
        CaptureStore store;
        QVERIFY(store.createTemporary(QStringLiteral("test")));
        QSignalSpy events(&store, &CaptureStore::eventsAppended);
        QSignalSpy logs(&store, &CaptureStore::runLogsAppended);
        QSignalSpy heartbeats(&store, &CaptureStore::heartbeatReceived);
        const int half = int(frames.size()) / 2;
        for (int i = 0; i < half; ++i)
            store.appendFrame(frames.at(i));
        QCOMPARE(events.count(), 0); // not within the same turn
        QTRY_COMPARE(events.count(), 1);
        const int firstBatch = store.eventCount();
        QVERIFY(firstBatch > 0);
        QCOMPARE(events.at(0).at(0).toInt(), 0);
        QCOMPARE(events.at(0).at(1).toInt(), firstBatch - 1);
        QCOMPARE(logs.count(), 1);
        QCOMPARE(logs.at(0).at(1).toInt(), int(store.runLogs().size()) - 1);
        // When views hear of rows, the payload is already readable from the file.
        QVERIFY(QFileInfo(store.filePath()).size() >= store.fileSize());
        for (int i = half; i < frames.size(); ++i)
            store.appendFrame(frames.at(i));
        QTRY_COMPARE(events.count(), 2);
        QCOMPARE(events.at(1).at(0).toInt(), firstBatch);
        QCOMPARE(events.at(1).at(1).toInt(), store.eventCount() - 1);
        QTest::qWait(20);
        QCOMPARE(events.count(), 2);
        QCOMPARE(heartbeats.count(), int(store.heartbeats().size()));
    }

    void flushedWithinASecond()
    {
        CaptureStore store;
        QVERIFY(store.createTemporary(QStringLiteral("test")));
        QSignalSpy events(&store, &CaptureStore::eventsAppended);
        const qint64 before = QFileInfo(store.filePath()).size();
        RawFrame f;
        f.data = QByteArray(1000, 'z'); // undecodable, no announcement flush
        store.appendFrame(f);
        const qint64 want = store.fileSize();
        QVERIFY(want > before);
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(store.filePath()).size(), want, 1500);
        QCOMPARE(events.count(), 0);
    }

    void frameLogOpen()
    {
        const QString fixture = QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl");
        CaptureStore store;
        QSignalSpy cleared(&store, &CaptureStore::cleared);
        QSignalSpy events(&store, &CaptureStore::eventsAppended);
        QString error;
        QVERIFY2(store.open(fixture, &error), qPrintable(error));
        QVERIFY(store.isTemporary());
        const QString temp = store.filePath();
        QVERIFY(temp != fixture);
        QVERIFY(QFile::exists(temp));
        QCOMPARE(store.fileInfo().source, fixture);
        const QJsonObject expected =
            QJsonDocument::fromJson([&] {
                QFile f(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.expected.json"));
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }())
                .object()
                .value(QStringLiteral("summary"))
                .toObject();
        QCOMPARE(store.eventCount(), expected.value(QStringLiteral("events")).toInt());
        QCOMPARE(store.ecaptureRunLogCount(), expected.value(QStringLiteral("run_logs")).toInt());
        QCOMPARE(int(store.heartbeats().size()),
                 expected.value(QStringLiteral("heartbeats")).toInt());
        QCOMPARE(int(store.undecodable().size()),
                 expected.value(QStringLiteral("undecodable")).toInt());
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(events.at(0).at(1).toInt(), store.eventCount() - 1);

        // Arrival times anchored at the first heartbeat: its arrival equals its timestamp.
        QVERIFY(!store.heartbeats().isEmpty());
        const HeartbeatRecord &hb = store.heartbeats().first();
        QCOMPARE(hb.arrivalNs, hb.timestamp * 1000000000LL);
        QVERIFY(store.event(0).arrivalNs > 1'600'000'000'000'000'000LL);

        // Save, close: the temporary file goes, the saved copy stays and reopens the same.
        const QString saved = m_dir.filePath(QStringLiteral("saved.ecvcap"));
        QVERIFY2(store.saveAs(saved, &error), qPrintable(error));
        QVERIFY(!store.saveAs(temp, &error));
        const int eventCount = store.eventCount();
        const CapturedEvent last = store.event(eventCount - 1);
        store.close();
        QVERIFY(cleared.count() >= 1);
        QVERIFY(!QFile::exists(temp));
        QCOMPARE(store.eventCount(), 0);
        QCOMPARE(store.frameCount(), 0u);
        QVERIFY(store.open(saved, &error));
        QVERIFY(!store.isTemporary());
        QCOMPARE(store.eventCount(), eventCount);
        QVERIFY(describeDifference(store.event(eventCount - 1), last).isEmpty());
        store.close();
        QVERIFY(QFile::exists(saved));
    }

    void conversations()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        QVERIFY(store.conversationCount() > 0);
        int inConversations = 0;
        for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id) {
            const ConversationInfo &c = store.conversation(id);
            QCOMPARE(c.id, id);
            QVERIFY(!c.key.isEmpty());
            QVERIFY(!c.eventIndexes.isEmpty());
            for (int index : c.eventIndexes)
                QCOMPARE(store.eventAt(index).conversationId, id);
            inConversations += int(c.eventIndexes.size());
        }
        int withId = 0;
        for (int i = 0; i < store.eventCount(); ++i)
            withId += store.eventAt(i).conversationId != 0;
        QCOMPARE(inConversations, withId);
        // curl 7389's request and response: one conversation, tuple-keyed, local = client.
        int curl = -1;
        for (int i = 0; i < store.eventCount() && curl < 0; ++i)
            if (store.eventAt(i).pid == 7389)
                curl = i;
        QVERIFY(curl >= 0);
        const ConversationInfo &c = store.conversation(store.eventAt(curl).conversationId);
        QCOMPARE(c.keyKind, ConversationInfo::KeyKind::Tuple);
        QCOMPARE(c.localIp, QStringLiteral("192.168.50.12"));
        QCOMPARE(c.localPort, 35016);
        QCOMPARE(c.peerPort, 443);
        QCOMPARE(c.eventIndexes.size(), 2);
        QVERIFY(c.bytesSent > 0 && c.bytesReceived > 0);
        // The python3 keep-alive connection without a tuple: keyed by (pid, fd).
        bool sawPidFd = false;
        for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id)
            sawPidFd |= store.conversation(id).keyKind == ConversationInfo::KeyKind::PidFd &&
                        store.conversation(id).pid == 7340;
        QVERIFY(sawPidFd);
    }

    void readBackFromWorkerThreads()
    {
        // HTTP dissection reads events from worker threads while the owner keeps appending.
        const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v25-composite.jsonl"));
        CaptureStore store;
        QVERIFY(store.createTemporary(QStringLiteral("threads")));
        std::atomic<bool> stop{false};
        struct Seen
        {
            int index;
            quint32 frameNumber;
            QByteArray data;
            QByteArray frame;
        };
        QVector<Seen> seen[2];
        QThread *workers[2];
        for (int w = 0; w < 2; ++w) {
            workers[w] = QThread::create([&store, &stop, out = &seen[w], w] {
                quint32 state = 12345u + quint32(w);
                while (!stop.load()) {
                    const int n = store.eventCount();
                    if (n == 0)
                        continue;
                    state = state * 1103515245u + 12345u;
                    const int i = int(state % quint32(n));
                    const CapturedEvent e = store.event(i);
                    out->append({i, e.frameNumber, e.data, store.frameData(e.frameNumber)});
                    if (out->size() > 20000)
                        break;
                }
            });
            workers[w]->start();
        }
        for (int round = 0; round < 40; ++round) {
            for (const RawFrame &f : frames)
                store.appendFrame(f);
            QCoreApplication::processEvents(); // flush timer, announcements
        }
        stop = true;
        for (QThread *t : workers) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        int checked = 0;
        for (const QVector<Seen> &list : seen) {
            for (const Seen &s : list) {
                const CapturedEvent e = store.event(s.index);
                QCOMPARE(s.frameNumber, e.frameNumber);
                QCOMPARE(s.data, e.data);
                QCOMPARE(s.frame, store.frameData(e.frameNumber));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void notesAndErrors()
    {
        CaptureStore store;
        QString error;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY(!error.isEmpty());
        const QString junk = m_dir.filePath(QStringLiteral("junk.bin"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello world, not a capture");
        }
        QVERIFY(!store.open(junk, &error));
        QVERIFY(error.contains(QStringLiteral("neither")));

        const QString path = m_dir.filePath(QStringLiteral("notes.ecvcap"));
        QVERIFY(store.create(path, QStringLiteral("ws://x/")));
        store.appendNote(5, QStringLiteral("connected to ws://x/"));
        QCOMPARE(store.runLogs().size(), 1);
        QCOMPARE(store.ecaptureRunLogCount(), 0);
        store.close();
        QVERIFY(store.open(path));
        QCOMPARE(store.runLogs().size(), 1);
        QCOMPARE(store.runLogs().first().message, QStringLiteral("connected to ws://x/"));
        QCOMPARE(store.runLogs().first().timeNs, qint64(5));
        // A capture opened from a file is read-only.
        RawFrame f;
        f.data = "x";
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
        store.appendFrame(f);
        QCOMPARE(store.frameCount(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "tst_capture_store.moc"
