// SPDX-License-Identifier: Apache-2.0
// Benchmark of the display-filter job (FilterApply) on a capture of N synthetic eCapture
// v1.5.2 events (the events `ecapture-replay --generate N` serves), then tshark on the same
// events exported as pcapng (what `ecapture-dump -w FILE.pcapng` writes). Prints one JSON
// object: seconds cold (first run) and warm (second run) per filter, events passed, payload
// MB/s, the tshark time and the ratio, and the load average before and after.
//   ecv-bench-filter [--events N] [--capture FILE.ecvcap] [--keep FILE.ecvcap] [--no-tshark]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <numeric>
#include <sys/resource.h>

#include "core/capture/capture_store.h"
#include "core/export/export_job.h"
#include "core/filter/filter_apply.h"
#include "core/http/http_analysis_cache.h"
#include "net/synthetic_event_generator.h"

using namespace ecv;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QString();
}

/** CPU seconds (user + system, all threads) of this process, or of its waited-for children. */
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u = {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool generate(CaptureStore &store, qint64 events, QString *error)
{
    if (!store.createTemporary(QStringLiteral("benchmark"), error))
        return false;
    SyntheticEventGenerator generator;
    const qint64 t0 = 1'800'000'000'000'000'000LL;
    for (qint64 i = 0; i < events; ++i) {
        RawFrame f;
        f.arrivalNs = t0 + i * 10000;
        f.data = generator.nextEventFrame(f.arrivalNs);
        store.appendFrame(f);
    }
    store.flush();
    return true;
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
    int passed = 0;
    qint64 payloadBytes = 0;
};

Run timeFilter(const CaptureStore &store, const QString &text, HttpAnalysisCache *cache)
{
    FilterApplyRequest request;
    request.filter = DisplayFilter::compile(text);
    request.capture = store.readHandle();
    request.http = FilterApply::dissect(cache);
    QElapsedTimer timer;
    const double cpu0 = cpuSeconds();
    timer.start();
    const FilterApplyResult r = FilterApply::run(request);
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0, r.passed, r.payloadBytes};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOpt(QStringLiteral("events"),
                                       QStringLiteral("Events to generate (default 1000000)."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption captureOpt(QStringLiteral("capture"),
                                        QStringLiteral("Use this capture instead of generating."),
                                        QStringLiteral("file"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Save the generated capture here."),
                                     QStringLiteral("file"));
    const QCommandLineOption noTsharkOpt(QStringLiteral("no-tshark"),
                                         QStringLiteral("Do not run tshark."));
    parser.addOptions({eventsOpt, captureOpt, keepOpt, noTsharkOpt});
    parser.process(app);

    QJsonObject out;
    out.insert(QStringLiteral("load_before"), loadAverage());
    CaptureStore store;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = parser.isSet(captureOpt)
                        ? store.open(parser.value(captureOpt), &error)
                        : generate(store, parser.value(eventsOpt).toLongLong(), &error);
    if (!ok) {
        fprintf(stderr, "ecv-bench-filter: %s\n", qPrintable(error));
        return 1;
    }
    out.insert(QStringLiteral("prepare_s"), double(timer.nsecsElapsed()) / 1e9);
    if (parser.isSet(keepOpt) && !store.saveAs(parser.value(keepOpt), &error)) {
        fprintf(stderr, "ecv-bench-filter: %s\n", qPrintable(error));
        return 1;
    }
    out.insert(QStringLiteral("events"), store.eventCount());
    out.insert(QStringLiteral("capture_file_bytes"), store.fileSize());
    out.insert(QStringLiteral("threads"), QThread::idealThreadCount());

    // A cache big enough for the whole capture's analyses, so the second run is warm.
    HttpAnalysisCache cache(4LL * 1024 * 1024 * 1024);
    QJsonArray filters;
    for (const char *text : {"process.name == \"curl\"", "tcp.dstport in {80 443}",
                             "payload contains \"token\"", "http.host contains \"api\""}) {
        const Run cold = timeFilter(store, QLatin1String(text), &cache);
        const Run warm = timeFilter(store, QLatin1String(text), &cache);
        QJsonObject o;
        o.insert(QStringLiteral("filter"), QLatin1String(text));
        o.insert(QStringLiteral("needs"), int(DisplayFilter::compile(QLatin1String(text)).needs()));
        o.insert(QStringLiteral("cold_s"), cold.seconds);
        o.insert(QStringLiteral("warm_s"), warm.seconds);
        // CPU time of all threads: on a loaded machine wall time is mostly waiting.
        o.insert(QStringLiteral("cold_cpu_s"), cold.cpu);
        o.insert(QStringLiteral("warm_cpu_s"), warm.cpu);
        o.insert(QStringLiteral("passed"), cold.passed);
        if (cold.payloadBytes > 0) {
            o.insert(QStringLiteral("payload_mb_per_s_cold"),
                     cold.payloadBytes / 1e6 / cold.seconds);
            o.insert(QStringLiteral("file_mb_per_s_cold"), store.fileSize() / 1e6 / cold.seconds);
            o.insert(QStringLiteral("file_mb_per_s_warm"), store.fileSize() / 1e6 / warm.seconds);
        }
        filters.append(o);
    }
    out.insert(QStringLiteral("filters"), filters);
    out.insert(QStringLiteral("http_cache_bytes"), cache.bytesHeld());

    if (!parser.isSet(noTsharkOpt)) {
        QTemporaryDir dir;
        const QString pcapng = dir.filePath(QStringLiteral("bench.pcapng"));
        QVector<int> all(store.eventCount());
        std::iota(all.begin(), all.end(), 0);
        timer.restart();
        const ExportJob::Result exported =
            ExportJob::run(ExportJob::forStore(store, ExportFormat::Pcapng, pcapng, all, true));
        out.insert(QStringLiteral("pcapng_export_s"), double(timer.nsecsElapsed()) / 1e9);
        out.insert(QStringLiteral("pcapng_packets"), exported.counts.packets);
        QProcess tshark;
        timer.restart();
        tshark.start(QStringLiteral("tshark"), {QStringLiteral("-r"), pcapng, QStringLiteral("-Y"),
                                                QStringLiteral("http.host contains \"api\"")});
        qint64 lines = 0;
        while (tshark.state() != QProcess::NotRunning || tshark.bytesAvailable() > 0) {
            tshark.waitForReadyRead(1000);
            lines += tshark.readAllStandardOutput().count('\n');
        }
        const double tsharkSeconds = double(timer.nsecsElapsed()) / 1e9;
        tshark.waitForFinished();
        out.insert(QStringLiteral("tshark_cpu_s"), cpuSeconds(RUSAGE_CHILDREN));
        out.insert(QStringLiteral("tshark_s"), tsharkSeconds);
        out.insert(QStringLiteral("tshark_exit"), tshark.exitCode());
        out.insert(QStringLiteral("tshark_packets_passed"), lines);
        const double ours = filters.last().toObject().value(u"cold_s").toDouble();
        out.insert(QStringLiteral("tshark_over_ours_cold"), ours > 0 ? tsharkSeconds / ours : 0);
        const double oursCpu = filters.last().toObject().value(u"cold_cpu_s").toDouble();
        out.insert(QStringLiteral("tshark_over_ours_cold_cpu"),
                   oursCpu > 0 ? cpuSeconds(RUSAGE_CHILDREN) / oursCpu : 0);
    }
    out.insert(QStringLiteral("load_after"), loadAverage());
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
