// SPDX-License-Identifier: Apache-2.0
// CaptureReadHandle: workers reading a capture while it is closed, replaced and its store
// destroyed; meant for an AddressSanitizer build too (-fsanitize=address,undefined).
#include <QtTest>

#include <atomic>
#include <memory>

#include "common/fixture_frames.h"
#include "core/capture/capture_store.h"
#include "core/file/frame_log_reader.h"

using namespace ecv;
using ecv::test::fixtureFrames;

namespace {

/** What a reader must keep seeing of one capture, taken while it was current. */
struct Snapshot
{
    QVector<quint32> frameNumbers;
    QVector<QByteArray> data;
    QVector<QByteArray> frames; ///< frame payload of each event's frame
    QVector<QString> processNames;
    QVector<QVector<int>> conversations; ///< [id - 1]: event indexes

    static Snapshot of(const CaptureStore &store)
    {
        Snapshot s;
        for (int i = 0; i < store.eventCount(); ++i) {
            const CapturedEvent e = store.event(i);
            s.frameNumbers.append(e.frameNumber);
            s.data.append(e.data);
            s.frames.append(store.frameData(e.frameNumber));
            s.processNames.append(store.string(store.eventAt(i).processNameId));
        }
        for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id)
            s.conversations.append(store.conversationEventIndexes(id));
        return s;
    }
};

/**
 * Reads events, frames, strings and conversations through @p handle in a loop until @p stop,
 * comparing them with @p expected; counts reads and mismatches.
 */
class Reader
{
public:
    Reader(CaptureReadHandle handle, Snapshot expected)
        : m_handle(std::move(handle))
        , m_expected(std::move(expected))
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~Reader() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }
    int reads() const { return m_reads.load(); }
    int mismatches() const { return m_mismatches.load(); }
    /** Block until @p more reads happened after now (the worker is really busy). */
    bool waitForReads(int more)
    {
        const int target = reads() + more;
        QDeadlineTimer deadline(20000);
        while (reads() < target && !deadline.hasExpired())
            QThread::msleep(1);
        return reads() >= target;
    }

private:
    void run()
    {
        const int n = int(m_expected.frameNumbers.size());
        quint32 state = 7;
        while (!m_stop.load()) {
            state = state * 1103515245u + 12345u;
            const int i = int(state % quint32(n));
            bool ok = m_handle.eventCount() == n;
            const CapturedEvent e = m_handle.event(i);
            ok = ok && e.frameNumber == m_expected.frameNumbers.at(i) &&
                 e.data == m_expected.data.at(i);
            ok = ok && m_handle.frameData(e.frameNumber) == m_expected.frames.at(i);
            const EventIndexEntry entry = m_handle.entry(i);
            ok = ok && entry.frameNumber == e.frameNumber &&
                 m_handle.string(entry.processNameId) == m_expected.processNames.at(i);
            const qsizetype conversations = m_expected.conversations.size();
            ok = ok && m_handle.conversationCount() == int(conversations);
            if (conversations > 0) {
                const quint32 id = quint32(state % quint32(conversations)) + 1;
                const QVector<int> &want = m_expected.conversations.at(qsizetype(id) - 1);
                ok = ok && m_handle.conversationEventIndexes(id) == want &&
                     m_handle.conversationEventCount(id) == int(want.size());
            }
            if (!ok)
                ++m_mismatches;
            ++m_reads;
        }
    }

    const CaptureReadHandle m_handle;
    const Snapshot m_expected;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_reads{0};
    std::atomic<int> m_mismatches{0};
};

} // namespace

class TestCaptureLifetime final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nullHandle()
    {
        const CaptureReadHandle handle;
        QVERIFY(handle.isNull());
        QVERIFY(!handle.isCurrent());
        QCOMPARE(handle.generation(), quint64(0));
        QCOMPARE(handle.eventCount(), 0);
        QCOMPARE(handle.entry(0).frameNumber, 0u);
        QCOMPARE(handle.event(0).frameNumber, 0u);
        QVERIFY(handle.frameData(1).isEmpty());
        QVERIFY(handle.string(1).isEmpty());
        QCOMPARE(handle.conversationCount(), 0);
        QVERIFY(handle.conversationEventIndexes(1).isEmpty());
        QCOMPARE(handle.conversationEventCount(1), 0);
    }

    void generations()
    {
        CaptureStore store;
        const CaptureReadHandle empty = store.readHandle();
        QVERIFY(!empty.isNull());
        QVERIFY(empty.isCurrent());
        QCOMPARE(empty.eventCount(), 0);
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        const CaptureReadHandle first = store.readHandle();
        QVERIFY(!empty.isCurrent());
        QVERIFY(first.isCurrent());
        QVERIFY(first.generation() > empty.generation());
        QCOMPARE(first.eventCount(), store.eventCount());
        // Copies share the capture; a second handle taken now is the same capture.
        const CaptureReadHandle copy = first;
        QCOMPARE(copy.generation(), first.generation());
        QCOMPARE(store.readHandle().generation(), first.generation());
        store.close();
        QVERIFY(!first.isCurrent());
        QVERIFY(!copy.isCurrent());
        QVERIFY(store.readHandle().generation() > first.generation());
        QVERIFY(store.readHandle().isCurrent());
        QVERIFY(store.createTemporary(QStringLiteral("test")));
        QVERIFY(store.readHandle().generation() > first.generation());
    }

    void conversationEventCountIsTheConversationsSize()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        const CaptureReadHandle handle = store.readHandle();
        QVERIFY(store.conversationCount() > 1);
        for (quint32 id = 0; id <= quint32(store.conversationCount()) + 1; ++id) {
            const int size = int(store.conversation(id).eventIndexes.size());
            QCOMPARE(store.conversationEventCount(id), size);
            QCOMPARE(handle.conversationEventCount(id), size);
        }
    }

    /** A worker busy reading while the capture is closed, another opened, the store destroyed. */
    void workerOutlivesCaptureAndStore()
    {
        const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v25-composite.jsonl"));
        QVERIFY(!frames.isEmpty());
        auto store = std::make_unique<CaptureStore>();
        QVERIFY(store->createTemporary(QStringLiteral("lifetime")));
        for (const RawFrame &f : frames)
            store->appendFrame(f); // some still in the write buffer: the reader flushes them
        const QString tempPath = store->filePath();
        const Snapshot live = Snapshot::of(*store);
        QVERIFY(!live.frameNumbers.isEmpty());
        const CaptureReadHandle first = store->readHandle();
        Reader onFirst(first, live);
        QVERIFY(onFirst.waitForReads(200));

        store->close(); // the temporary file is deleted from its directory
        QVERIFY(!QFile::exists(tempPath));
        QVERIFY(!first.isCurrent());
        QVERIFY(onFirst.waitForReads(200)); // still reading the old capture

        QVERIFY(store->open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        const Snapshot opened = Snapshot::of(*store);
        const CaptureReadHandle second = store->readHandle();
        QVERIFY(second.isCurrent());
        QVERIFY(second.generation() > first.generation());
        QVERIFY(second.eventCount() != first.eventCount());
        Reader onSecond(second, opened);
        QVERIFY(onFirst.waitForReads(200));
        QVERIFY(onSecond.waitForReads(200));

        store.reset(); // destroyed while both workers read
        QVERIFY(!second.isCurrent());
        QVERIFY(onFirst.waitForReads(200));
        QVERIFY(onSecond.waitForReads(200));
        onFirst.stop();
        onSecond.stop();
        QCOMPARE(onFirst.mismatches(), 0);
        QCOMPARE(onSecond.mismatches(), 0);
        // The old capture still answers on this thread too.
        QCOMPARE(first.event(0).data, live.data.at(0));
        QCOMPARE(second.event(int(opened.data.size()) - 1).data, opened.data.last());
    }

    /** CaptureStore::event() itself from a worker while the owner closes and reopens. */
    void storeReadBackDuringCloseAndOpen()
    {
        const QString fixture = QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl");
        CaptureStore store;
        QVERIFY(store.open(fixture));
        const int events = store.eventCount();
        QVERIFY(events > 0);
        const Snapshot expected = Snapshot::of(store);
        std::atomic<bool> stop{false};
        std::atomic<int> reads{0};
        std::atomic<int> wrong{0};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            int i = 0;
            while (!stop.load()) {
                const int index = i++ % events;
                const CapturedEvent e = store.event(index);
                // This event of the fixture, or nothing (between close and open); never junk.
                if (e.frameNumber != 0 && (e.frameNumber != expected.frameNumbers.at(index) ||
                                           e.data != expected.data.at(index)))
                    ++wrong;
                ++reads;
            }
        }));
        worker->start();
        for (int round = 0; round < 30; ++round) {
            const int before = reads.load();
            store.close();
            QVERIFY(store.open(fixture));
            QCOMPARE(store.eventCount(), events);
            QDeadlineTimer deadline(10000);
            while (reads.load() < before + 20 && !deadline.hasExpired())
                QThread::yieldCurrentThread();
        }
        stop = true;
        worker->wait();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(reads.load() > 30 * 20);
    }

    /** A handle on a live capture sees it grow; indexes below a count it read never change. */
    void handleOnLiveCapture()
    {
        const QVector<RawFrame> frames = fixtureFrames(QStringLiteral("v25-composite.jsonl"));
        CaptureStore store;
        QVERIFY(store.create(m_dir.filePath(QStringLiteral("live.ecvcap")), {}));
        const CaptureReadHandle handle = store.readHandle();
        const int half = int(frames.size()) * 2 / 3;
        for (int i = 0; i < half; ++i)
            store.appendFrame(frames.at(i));
        const int firstCount = handle.eventCount();
        QVERIFY(firstCount > 0);
        const CapturedEvent early = handle.event(firstCount - 1);
        for (int i = half; i < frames.size(); ++i)
            store.appendFrame(frames.at(i));
        QVERIFY(handle.eventCount() > firstCount);
        QCOMPARE(handle.eventCount(), store.eventCount());
        QCOMPARE(handle.event(firstCount - 1).data, early.data);
        QCOMPARE(handle.event(store.eventCount() - 1).data,
                 store.event(store.eventCount() - 1).data);
        QVERIFY(handle.isCurrent());
    }
};

QTEST_GUILESS_MAIN(TestCaptureLifetime)
#include "tst_capture_lifetime.moc"
