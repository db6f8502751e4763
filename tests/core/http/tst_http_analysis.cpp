// SPDX-License-Identifier: Apache-2.0
// HttpAnalysis::analyze(): the any-thread entry point jobs use, sharing one cache with the
// window's entry(), and never caching a result for a capture that has since been closed.
#include <QtTest>

#include <future>

#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"

using namespace ecv;

namespace {

/** The first conversation of @p store whose analysis has HTTP messages (0 if none). */
quint32 httpConversation(const HttpAnalysis &http, const CaptureStore &store)
{
    for (quint32 id = 1; id <= quint32(store.conversationCount()); ++id) {
        const HttpAnalysis::EntryPtr e = http.analyze(store.readHandle(), id);
        if (e && !e->analysis.messages.isEmpty())
            return id;
    }
    return 0;
}

/** Runs @p job on a thread of its own and returns its result. */
template <typename Job> auto onWorker(Job job)
{
    return std::async(std::launch::async, std::move(job)).get();
}

} // namespace

class TestHttpAnalysis final : public QObject
{
    Q_OBJECT
private slots:
    void unknownConversations()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
        HttpAnalysis http(&store);
        const CaptureReadHandle capture = store.readHandle();
        QVERIFY(!http.analyze(capture, 0));
        QVERIFY(!http.analyze(capture, quint32(store.conversationCount()) + 1));
        QVERIFY(!http.analyze(CaptureReadHandle(), 1));
    }

    void workerResultIsWarmForTheWindow()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
        HttpAnalysis http(&store, HttpAnalysis::Mode::Background);
        const quint32 id = httpConversation(http, store);
        QVERIFY(id != 0);
        http.waitForDone();

        const CaptureReadHandle capture = store.readHandle();
        const HttpAnalysis::EntryPtr analysed =
            onWorker([&http, capture, id] { return http.analyze(capture, id); });
        QVERIFY(analysed);
        QCOMPARE(analysed->generation, capture.generation());
        QCOMPARE(int(analysed->items.size()), store.conversationEventCount(id));
        QVERIFY(http.isCurrent(analysed));
        // The same entry, from the cache: on the GUI thread and from another worker.
        QCOMPARE(http.peek(id), analysed);
        QCOMPARE(http.entry(id), analysed);
        QCOMPARE(onWorker([&http, capture, id] { return http.analyze(capture, id); }), analysed);
        // Per-event facts answer from it.
        const int first = store.conversationEventIndexes(id).first();
        QVERIFY(HttpAnalysis::fieldsOf(analysed, first));
    }

    void synchronousModeIsAnalyze()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-download.jsonl")));
        HttpAnalysis http(&store, HttpAnalysis::Mode::Synchronous);
        const quint32 id = httpConversation(http, store);
        QVERIFY(id != 0);
        const HttpAnalysis::EntryPtr e = http.entry(id);
        QVERIFY(e);
        QCOMPARE(http.analyze(store.readHandle(), id), e);
    }

    /** A job analysing capture A while A is closed and B opened caches nothing for B. */
    void resultOfAClosedCaptureIsNotCached()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
        HttpAnalysis http(&store);
        const CaptureReadHandle first = store.readHandle();
        const int firstEvents = first.eventCount();
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        QVERIFY(!first.isCurrent());
        // The closed capture stays readable through the handle and analyses as it was.
        QCOMPARE(first.eventCount(), firstEvents);
        const HttpAnalysis::EntryPtr late =
            onWorker([&http, first] { return http.analyze(first, 1); });
        QVERIFY(late);
        QCOMPARE(late->generation, first.generation());
        QVERIFY(!http.isCurrent(late));
        const HttpAnalysis::EntryPtr cached = http.peek(1);
        QVERIFY(!cached || cached->generation == store.readHandle().generation());
        // The open capture's own analysis replaces nothing of the old one.
        const HttpAnalysis::EntryPtr now = http.analyze(store.readHandle(), 1);
        QVERIFY(now);
        QCOMPARE(now->generation, store.readHandle().generation());
        QCOMPARE(http.peek(1), now);
    }

    /** A background analysis started before a close reports nothing for the next capture. */
    void backgroundResultAfterCloseIsDropped()
    {
        CaptureStore store;
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-http1-curl.jsonl")));
        HttpAnalysis http(&store, HttpAnalysis::Mode::Background);
        QSignalSpy ready(&http, &HttpAnalysis::conversationReady);
        QVERIFY(!http.entry(1)); // queued on the worker
        store.close();
        QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v152-mixed.jsonl")));
        http.waitForDone();
        QCOMPARE(ready.count(), 0);
        const HttpAnalysis::EntryPtr cached = http.peek(1);
        QVERIFY(!cached || cached->generation == store.readHandle().generation());
    }
};

QTEST_GUILESS_MAIN(TestHttpAnalysis)
#include "tst_http_analysis.moc"
