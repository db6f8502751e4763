// SPDX-License-Identifier: Apache-2.0
// Benchmark of the ingest pipeline without the network: N synthetic eCapture v1.5.2 frames
// through CaptureStore::appendFrame (capture file write, decode, normalize, index), then a
// reopen (index rebuild) and random read-back. Prints one JSON object.
//   ecv-bench-store [EVENTS]   (default 1000000)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

#include "core/capture/capture_store.h"
#include "net/synthetic_event_generator.h"

using namespace ecv;

namespace {

qint64 rssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    if (events <= 0) {
        fprintf(stderr, "usage: ecv-bench-store [EVENTS]\n");
        return 1;
    }
    // A pool of distinct frames, cycled: generating them is not what is measured.
    constexpr int kPool = 20000;
    const qint64 t0 = 1'800'000'000'000'000'000LL;
    SyntheticEventGenerator generator;
    QVector<RawFrame> pool;
    pool.reserve(kPool);
    for (int i = 0; i < kPool; ++i) {
        RawFrame f;
        f.data = generator.nextEventFrame(t0 + qint64(i) * 10000);
        pool.append(f);
    }
    qint64 payloadBytes = 0;
    for (const RawFrame &f : pool)
        payloadBytes += f.data.size();

    const qint64 rssBefore = rssBytes();
    CaptureStore store;
    QString error;
    if (!store.createTemporary(QStringLiteral("benchmark"), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < events; ++i) {
        RawFrame f = pool.at(int(i % kPool));
        f.arrivalNs = t0 + i * 10000;
        store.appendFrame(f);
    }
    store.flush();
    const qint64 ingestNs = timer.nsecsElapsed();
    const qint64 rssAfter = rssBytes();
    const qint64 indexBytes = store.indexMemoryBytes();
    const qint64 fileBytes = store.fileSize();

    // Random read-back (what the detail pane and exports do).
    timer.restart();
    constexpr int kReads = 20000;
    qint64 readBytes = 0;
    for (int i = 0; i < kReads; ++i)
        readBytes +=
            store.event(int(QRandomGenerator::global()->bounded(store.eventCount()))).data.size();
    const qint64 readNs = timer.nsecsElapsed();

    // Reopen: rebuild the index from the file.
    const QString saved = store.filePath() + QStringLiteral(".reopen.ecvcap");
    store.saveAs(saved);
    store.close();
    timer.restart();
    CaptureStore reopened;
    if (!reopened.open(saved, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 reopenNs = timer.nsecsElapsed();
    const int reopenedEvents = reopened.eventCount();
    reopened.close();
    QFile::remove(saved);

    QJsonObject out;
    out.insert(QStringLiteral("events"), events);
    out.insert(QStringLiteral("indexed_events"), reopenedEvents);
    out.insert(QStringLiteral("ingest_s"), double(ingestNs) / 1e9);
    out.insert(QStringLiteral("ingest_events_per_s"), double(events) * 1e9 / double(ingestNs));
    out.insert(QStringLiteral("mean_frame_bytes"), double(payloadBytes) / kPool);
    out.insert(QStringLiteral("index_bytes_per_event"), double(indexBytes) / double(events));
    out.insert(QStringLiteral("rss_growth_bytes_per_event"),
               double(rssAfter - rssBefore) / double(events));
    out.insert(QStringLiteral("capture_file_bytes"), fileBytes);
    out.insert(QStringLiteral("random_read_us"), double(readNs) / 1e3 / kReads);
    out.insert(QStringLiteral("random_read_bytes"), readBytes);
    out.insert(QStringLiteral("reopen_s"), double(reopenNs) / 1e9);
    out.insert(QStringLiteral("reopen_events_per_s"),
               double(reopenedEvents) * 1e9 / double(reopenNs));
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
