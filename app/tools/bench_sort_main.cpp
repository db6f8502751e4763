// SPDX-License-Identifier: Apache-2.0
// Benchmark: the event list's worker jobs over N synthetic events (the events
// `ecapture-replay --generate N` serves, from the same SyntheticEventGenerator, stored in a
// capture file): sort by Length (ascending, then descending), sort by Process, a display filter
// on an index field, and a Find with no match over the payloads; each measured from the request
// to the rows being in, with the GUI thread's longest stall (StallMeter) while it ran. Prints
// one JSON object per job.
//   QT_QPA_PLATFORM=offscreen ecv-bench-sort [N [all]]   (default 1000000; all: also sort by
//   Process and a Find over every payload)
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

#include "core/capture/capture_store.h"
#include "core/filter/filter_apply.h"
#include "net/synthetic_event_generator.h"
#include "ui/display_row_filter.h"
#include "ui/event_find.h"
#include "ui/event_list_model.h"
#include "ui/stall_meter.h"

using namespace ecv;

namespace {

/** CPU time of the whole process (all threads), in ms: on a shared machine the wall clock
    also counts other processes' turns. */
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 g_cpuMs = 0; // CPU ms of the last timed() job

void report(const char *job, int events, int rows, qint64 ms, const StallMeter &meter)
{
    QJsonObject o{{QStringLiteral("job"), QLatin1String(job)},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("ms"), ms},
                  {QStringLiteral("cpu_ms"), g_cpuMs},
                  {QStringLiteral("max_stall_ms"), meter.maxStallMs()},
                  {QStringLiteral("gui_busy_ms"), meter.maxBusyMs()}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/** Run @p start, spin the event loop until @p done, return the elapsed ms. */
qint64 timed(const std::function<void()> &start, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    const qint64 cpu = cpuMs();
    clock.start();
    start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 ms = clock.elapsed();
    g_cpuMs = cpuMs() - cpu;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    // "all": also the jobs that read every payload (sort by Process text keys, Find).
    const bool all = argc > 2 && QByteArray(argv[2]) == "all";
    CaptureStore store;
    if (!store.createTemporary(QStringLiteral("bench"))) {
        std::fprintf(stderr, "cannot create a capture file\n");
        return 1;
    }
    SyntheticEventGenerator generator;
    qint64 t = 1'780'000'000'000'000'000LL;
    for (int i = 0; i < n; ++i) {
        RawFrame frame;
        frame.arrivalNs = t;
        frame.data = generator.nextEventFrame(t);
        t += 10'000;
        store.appendFrame(frame);
    }
    store.flush();
    EventListModel model(&store);
    model.catchUp();
    const int events = store.eventCount();

    const auto sortJob = [&](const char *name, int column, Qt::SortOrder order) {
        StallMeter meter(1 << 30);
        const qint64 ms =
            timed([&] { model.sort(column, order); }, [&] { return !model.isBusy(); });
        meter.stop();
        report(name, events, model.rowCount(), ms, meter);
    };
    sortJob("sort Length ascending", EventListModel::Length, Qt::AscendingOrder);
    sortJob("sort Length descending", EventListModel::Length, Qt::DescendingOrder);
    if (all)
        sortJob("sort Process", EventListModel::Process, Qt::AscendingOrder);
    sortJob("event order", EventListModel::Number, Qt::AscendingOrder);

    {
        StallMeter meter(1 << 30);
        const DisplayFilter filter =
            DisplayFilter::compile(QStringLiteral("tcp.dstport in {80 443}"));
        const qint64 ms = timed(
            [&] {
                model.setRowFilter(
                    std::make_shared<DisplayRowFilter>(filter, FilterApply::dissect()));
            },
            [&] { return !model.isBusy(); });
        meter.stop();
        report("filter tcp.dstport in {80 443}", events, model.rowCount(), ms, meter);
    }
    sortJob("sort Length, filtered", EventListModel::Length, Qt::AscendingOrder);
    model.setRowFilter(nullptr);
    sortJob("event order", EventListModel::Number, Qt::AscendingOrder);
    while (model.isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    if (all) {
        StallMeter meter(1 << 30);
        EventFinder finder(&model);
        bool done = false;
        QObject::connect(&finder, &EventFinder::finished,
                         [&done](const FindResult &) { done = true; });
        const qint64 ms = timed(
            [&] {
                finder.find(QStringLiteral("no such text"), FindScope::PayloadText, -1, false,
                            false);
            },
            [&] { return done; });
        meter.stop();
        report("find payload text (no match)", events, model.rowCount(), ms, meter);
    }
    return 0;
}
