// SPDX-License-Identifier: Apache-2.0
// Benchmark of File > Export Specified Events… to pcapng: the export runs on a worker through
// ExportRunner (as the dialog runs it, progress dialog included) while a StallMeter watches the
// GUI thread; the capture file is first copied with cp(1) in the same run, so the export's
// MB/s can be compared with the disk's. Prints one JSON object.
//   ecv-bench-export CAPTURE.ecvcap [OUT_DIR]   a capture, e.g. from ecapture-replay --generate
//   ecv-bench-export EVENTS [OUT_DIR]           EVENTS synthetic events (the same generator)
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <numeric>

#include "core/capture/capture_store.h"
#include "core/export/export_job.h"
#include "net/synthetic_event_generator.h"
#include "ui/export_runner.h"
#include "ui/stall_meter.h"

using namespace ecv;

namespace {

bool generate(CaptureStore &store, qint64 events, const QString &dir, QString *error)
{
    if (!store.create(QDir(dir).filePath(QStringLiteral("bench-export-input.ecvcap")),
                      QStringLiteral("ecv-bench-export"), error))
        return false;
    // The frames ecapture-replay --generate serves, cycled from a pool (generating them is not
    // what is measured).
    constexpr int kPool = 20000;
    const qint64 t0 = 1'800'000'000'000'000'000LL;
    SyntheticEventGenerator generator;
    QVector<QByteArray> pool;
    for (int i = 0; i < kPool; ++i)
        pool.append(generator.nextEventFrame(t0 + qint64(i) * 10000));
    for (qint64 i = 0; i < events; ++i) {
        RawFrame f;
        f.data = pool.at(int(i % kPool));
        f.arrivalNs = t0 + i * 10000;
        store.appendFrame(f);
    }
    return store.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2) {
        fprintf(stderr, "usage: ecv-bench-export CAPTURE.ecvcap|EVENTS [OUT_DIR]\n");
        return 2;
    }
    const QString dir = args.value(1, QDir::tempPath());
    CaptureStore store;
    QString error;
    bool isCount = false;
    const qint64 events = args.first().toLongLong(&isCount);
    const bool ok = isCount && events > 0 ? generate(store, events, dir, &error)
                                          : store.open(args.first(), &error);
    if (!ok) {
        fprintf(stderr, "ecv-bench-export: %s\n", qPrintable(error));
        return 1;
    }
    const QString input = store.filePath();
    const qint64 inputBytes = QFileInfo(input).size();

    // cp(1) of the capture file, same disk, same run: the disk's rate.
    const QString copy = QDir(dir).filePath(QStringLiteral("bench-export-copy.ecvcap"));
    QElapsedTimer timer;
    timer.start();
    if (QProcess::execute(QStringLiteral("cp"), {input, copy}) != 0) {
        fprintf(stderr, "ecv-bench-export: cp failed\n");
        return 1;
    }
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 cpNs = timer.nsecsElapsed();
    QFile::remove(copy);

    // The window: a shown widget, the stall meter on its thread, the export on a worker.
    QWidget window;
    window.resize(800, 600);
    window.show();
    StallMeter meter(3600 * 1000);
    ExportRunner runner(&window);
    const QString out = QDir(dir).filePath(QStringLiteral("bench-export.pcapng"));
    ExportJob::Result result;
    qint64 workerCpuNs = 0; // CPU time of the export's worker thread: the rate without the load
    qint64 planNs = 0;
    qint64 exportNs = 0;
    QTimer::singleShot(200, &app, [&] {
        timer.restart();
        // What the dialog does on the GUI thread before the worker starts.
        QVector<int> all(store.eventCount());
        std::iota(all.begin(), all.end(), 0);
        ExportJob::Request request =
            ExportJob::forStore(store, ExportFormat::Pcapng, out, all, true);
        planNs = timer.nsecsElapsed();
        runner.start(
            QStringLiteral("Writing bench-export.pcapng…"),
            [request = std::move(request), &result, &workerCpuNs](const ExportProgress &progress) {
                timespec a = {}, b = {};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
                result = ExportJob::run(request, progress);
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
                workerCpuNs = (b.tv_sec - a.tv_sec) * 1000000000LL + b.tv_nsec - a.tv_nsec;
            });
    });
    QObject::connect(&runner, &ExportRunner::finished, &app, [&] {
        // "sync" so the bytes are on disk, as for cp.
        QProcess::execute(QStringLiteral("sync"), {});
        exportNs = timer.nsecsElapsed();
        QTimer::singleShot(100, &app, &QCoreApplication::quit);
    });
    app.exec();
    meter.stop();
    if (!result.ok) {
        fprintf(stderr, "ecv-bench-export: %s\n", qPrintable(result.error));
        return 1;
    }
    const qint64 outBytes = QFileInfo(out).size();
    const double cpMBs = double(inputBytes) / 1e6 / (double(cpNs) / 1e9);
    const double exportMBs = double(outBytes) / 1e6 / (double(exportNs) / 1e9);
    QJsonObject o;
    o.insert(QStringLiteral("events"), store.eventCount());
    o.insert(QStringLiteral("capture_file_bytes"), inputBytes);
    o.insert(QStringLiteral("cp_s"), double(cpNs) / 1e9);
    o.insert(QStringLiteral("cp_MB_per_s"), cpMBs);
    o.insert(QStringLiteral("export_plan_gui_thread_ms"), double(planNs) / 1e6);
    o.insert(QStringLiteral("export_s"), double(exportNs) / 1e9);
    o.insert(QStringLiteral("pcapng_bytes"), outBytes);
    o.insert(QStringLiteral("pcapng_packets"), result.counts.packets);
    o.insert(QStringLiteral("export_MB_per_s_written"), exportMBs);
    o.insert(QStringLiteral("export_MB_per_s_read"),
             double(inputBytes) / 1e6 / (double(exportNs) / 1e9));
    o.insert(QStringLiteral("events_per_s"), double(store.eventCount()) / (double(exportNs) / 1e9));
    o.insert(QStringLiteral("written_vs_cp"), exportMBs / cpMBs);
    // On a machine shared with other jobs the worker gets a fraction of a core: the same bytes
    // per second of the worker's own CPU time tell what one free core does.
    const double cpuMBs = double(outBytes) / 1e6 / (double(workerCpuNs) / 1e9);
    o.insert(QStringLiteral("worker_cpu_s"), double(workerCpuNs) / 1e9);
    o.insert(QStringLiteral("export_MB_per_worker_cpu_s_written"), cpuMBs);
    o.insert(QStringLiteral("written_per_cpu_vs_cp"), cpuMBs / cpMBs);
    o.insert(QStringLiteral("gui_max_stall_ms"), meter.maxStallMs());
    o.insert(QStringLiteral("gui_max_busy_ms"), meter.maxBusyMs());
    o.insert(QStringLiteral("gui_stalls_over_50ms"), meter.stallsOver50Ms());
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    QFile::remove(out);
    if (isCount)
        QFile::remove(input);
    return 0;
}
