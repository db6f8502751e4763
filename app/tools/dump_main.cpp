// SPDX-License-Identifier: Apache-2.0
// ecapture-dump: the command-line reader of eCapture streams and captures (the tshark of this
// app). Reads a capture file or frame log (-r) or a live --ecaptureq server (-i), prints events
// as text, JSON or JSON Lines, saves or exports the capture (-w, -F) and prints reports (-z).
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <unistd.h>

#include "core/capture/capture_store.h"
#include "core/export/live_export.h"
#include "core/fields/field_registry.h"
#include "core/file/frame_log_reader.h"
#include "core/normalize/timestamp_unit.h"
#include "net/websocket_source.h"
#include "tools/dump_export.h"
#include "tools/dump_filter.h"
#include "tools/dump_options.h"
#include "tools/dump_output.h"
#include "tools/stop_signals.h"
#include "tools/terminal_text.h"

using namespace ecv;
using dump::Format;
using dump::Options;

namespace {

int fail(const QString &message)
{
    // Messages quote the stream (a server's close reason, file names): no control reaches the
    // terminal.
    fprintf(stderr, "ecapture-dump: %s\n", terminal::safeUtf8(message).constData());
    return 1;
}

/** Prints events as they are indexed, then the reports. */
class Dumper
{
public:
    Dumper(CaptureStore &store, const Options &options)
        : m_store(store)
        , m_http(&store, HttpAnalysis::Mode::Synchronous)
        , m_capture{store, m_http, options.format == Format::Json, -1}
        , m_options(options)
        , m_filter(store, options.displayFilter)
    {
        // -w - puts the export on stdout: reports go to stderr then (events are not printed).
        m_out.open(options.writeFile == QLatin1String("-") ? stderr : stdout, QIODevice::WriteOnly);
    }

    /** A live capture is open while it runs: facts that a later event may change are left
     *  out of what is printed then (HttpAnalysis::setCaptureOpen). */
    void setCaptureOpen(bool open) { m_http.setCaptureOpen(open); }

    /** Called once when stdout is gone (a reader such as `head` exited). */
    std::function<void()> onOutputClosed;

    /** Print events [m_printed, eventCount) (all that are not printed yet), and the frames
     *  that are not events in frame order among them (text: heartbeats; --all-frames: all). */
    void printPending()
    {
        const int count = m_store.eventCount();
        m_filter.update();
        if (m_options.quiet || m_closed) {
            m_printed = count;
            return;
        }
        for (; m_printed < count && !m_closed; ++m_printed) {
            printOthersBefore(m_store.eventAt(m_printed).frameNumber);
            // Times stay relative to the capture's first event, as tshark's with -Y.
            if (m_printed == 0)
                m_firstTimeNs = m_store.eventAt(0).timeNs;
            if (!m_filter.passes(m_printed))
                continue;
            ++m_written;
            if (m_options.format == Format::Text) {
                write(dump::eventTextLine(m_capture, m_printed, m_firstTimeNs).toUtf8());
                write("\n");
                continue;
            }
            QJsonObject object = dump::eventObject(m_capture, m_printed);
            if (m_options.allFrames)
                object.insert(QStringLiteral("frame.type"), QStringLiteral("event"));
            writeObject(object);
        }
        // Every event is printed: what else arrived so far comes after the last one.
        printOthersBefore(std::numeric_limits<quint32>::max());
        flush();
    }

    /** Print what is left, close the JSON array, run the reports. @return exit code. */
    int finish()
    {
        printPending();
        if (!m_options.quiet && m_options.format == Format::Json)
            write(m_objects == 0 ? "[]\n" : "\n]\n");
        if (m_filter.active())
            m_capture.passedEvents = m_filter.passedCount();
        int status = 0;
        for (const QString &spec : m_options.reports) {
            QStringList args;
            const dump::Report *report = dump::findReport(spec, &args);
            QString error;
            const QByteArray text = report ? report->run(m_capture, args, &error) : QByteArray();
            if (!error.isEmpty()) {
                fail(QStringLiteral("-z %1: %2").arg(spec, error));
                status = 1;
            }
            write(terminal::safeJson(text)); // text reports are made safe by themselves
        }
        flush();
        return status;
    }

    /** -Y: whether event @p index passes (every event without a filter). */
    bool passes(int index) const { return m_filter.passes(index); }
    /** -Y: the events that pass, or null without a filter (export everything). */
    std::optional<QVector<int>> selection() const
    {
        if (!m_filter.active())
            return std::nullopt;
        return m_filter.passingIndexes();
    }

private:
    const CaptureStore &m_store;
    HttpAnalysis m_http;
    dump::DumpCapture m_capture;
    const Options &m_options;
    dump::DumpFilter m_filter;
    QFile m_out;
    void write(const QByteArray &bytes)
    {
        if (!m_closed && m_out.write(bytes) < 0)
            closed();
    }
    void flush()
    {
        if (!m_closed && !m_out.flush())
            closed();
    }
    void closed()
    {
        // EPIPE (SIGPIPE is ignored): stop printing, finish quietly, keep the capture intact.
        m_closed = true;
        if (onOutputClosed)
            onOutputClosed();
    }

    void writeObject(const QJsonObject &object)
    {
        const QByteArray json =
            terminal::safeJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (m_options.format == Format::Json) {
            write(m_objects == 0 ? "[\n  " : ",\n  ");
            write(json);
        } else {
            write(json);
            write("\n");
        }
        ++m_objects;
    }

    /** Heartbeats (text and --all-frames), run logs and undecodable frames (--all-frames)
     *  with a frame number below @p limit that are not printed yet, in frame order. */
    void printOthersBefore(quint32 limit)
    {
        if (!m_options.allFrames)
            return;
        const bool text = m_options.format == Format::Text;
        const auto &beats = m_store.heartbeats();
        const auto &logs = m_store.runLogs();
        const auto &bad = m_store.undecodable();
        while (!m_closed) {
            while (m_log < logs.size() && logs[m_log].frameNumber == 0)
                ++m_log; // the viewer's own notes are no frames
            const quint32 none = std::numeric_limits<quint32>::max();
            const quint32 b = m_beat < beats.size() ? beats[m_beat].frameNumber : none;
            const quint32 l = m_log < logs.size() ? logs[m_log].frameNumber : none;
            const quint32 u = m_bad < bad.size() ? bad[m_bad].frameNumber : none;
            const quint32 next = std::min({b, l, u});
            if (next >= limit || next == none)
                return;
            if (!text) {
                writeObject(next == b   ? dump::heartbeatObject(beats[m_beat++])
                            : next == l ? dump::runLogObject(logs[m_log++])
                                        : dump::undecodableObject(bad[m_bad++]));
                continue;
            }
            // Times relative to the first event, as the event lines (or to this frame's own
            // time before any event arrived).
            const qint64 ownNs =
                next == b   ? TimestampUnit::heartbeatTimeNs(beats[m_beat])
                : next == l ? (logs[m_log].timeNs >= 0 ? logs[m_log].timeNs : logs[m_log].arrivalNs)
                            : bad[m_bad].arrivalNs;
            const qint64 base = m_printed > 0              ? m_firstTimeNs
                                : m_store.eventCount() > 0 ? m_store.eventAt(0).timeNs
                                                           : ownNs;
            const QString line = next == b   ? dump::heartbeatTextLine(beats[m_beat++], base)
                                 : next == l ? dump::runLogTextLine(logs[m_log++], base)
                                             : dump::undecodableTextLine(bad[m_bad++], base);
            write(line.toUtf8());
            write("\n");
        }
    }

    bool m_closed = false;
    int m_printed = 0; ///< events looked at (printed or filtered out)
    int m_written = 0; ///< events printed
    int m_objects = 0; ///< JSON objects written (the array's separators)
    qsizetype m_beat = 0;
    qsizetype m_log = 0;
    qsizetype m_bad = 0;
    qint64 m_firstTimeNs = 0;
};

int readCapture(const Options &options)
{
    CaptureStore store;
    QString error;
    if (!store.open(options.readFile, &error))
        return fail(error);
    // A frame log's unreadable lines were skipped with a viewer note each (frame number 0):
    // name them on stderr too, like the torn tail of a capture file.
    QFile probe(options.readFile);
    if (probe.open(QIODevice::ReadOnly) && FrameLogReader::looksLikeFrameLog(probe.read(4096))) {
        for (const RunLogEntry &note : store.runLogs())
            if (note.frameNumber == 0)
                fail(note.message);
    }
    if (store.droppedTailBytes() > 0)
        fail(QStringLiteral("%1: the last %2 bytes were torn and dropped")
                 .arg(options.readFile)
                 .arg(store.droppedTailBytes()));
    Dumper dumper(store, options);
    int status = dumper.finish();
    if (options.writeFile.isEmpty())
        return status;
    if (const std::optional<QVector<int>> selected = dumper.selection()) {
        // -Y: a capture file or export of the passing events only.
        if (dump::exportStore(store, options.writeFile, options.writeFormat, &*selected) != 0)
            status = 1;
    } else if (options.writeFormat == ExportFormat::Ecvcap) {
        if (!store.saveAs(options.writeFile, &error))
            status = fail(error);
    } else if (dump::exportStore(store, options.writeFile, options.writeFormat) != 0) {
        status = 1;
    }
    return status;
}

int captureLive(QCoreApplication &app, const Options &options)
{
    QString error;
    const QUrl url = WebSocketSource::normalizeUrl(options.interfaceUrl, &error);
    if (!url.isValid())
        return fail(error.isEmpty()
                        ? QStringLiteral("%1: not a WebSocket URL").arg(options.interfaceUrl)
                        : error);
    CaptureStore store;
    const bool captureFile =
        !options.writeFile.isEmpty() && options.writeFormat == ExportFormat::Ecvcap;
    const bool created = captureFile ? store.create(options.writeFile, url.toString(), &error)
                                     : store.createTemporary(url.toString(), &error);
    if (!created)
        return fail(error);
    std::unique_ptr<LiveExport> live;
    if (!options.writeFile.isEmpty() && ExportFormats::isPacketCapture(options.writeFormat)) {
        live = std::make_unique<LiveExport>(store, options.writeFile, options.writeFormat);
        live->setMessageHandler([](const QString &message) { fail(message); });
        if (!live->open(&error))
            return fail(error);
    }

    Dumper dumper(store, options);
    dumper.setCaptureOpen(true);
    if (live)
        live->passes = [&dumper](int index) { return dumper.passes(index); };
    WebSocketSource source;
    source.setReconnectEnabled(false);
    int status = 0;
    bool connected = false;
    bool stopping = false;
    auto stop = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        status = code;
        source.close();
        app.exit(code);
    };
    // Heartbeats and run logs print as they come, not only when the next event does.
    QObject::connect(&store, &CaptureStore::heartbeatReceived, &app,
                     [&] { dumper.printPending(); });
    QObject::connect(&store, &CaptureStore::runLogsAppended, &app, [&] { dumper.printPending(); });
    QObject::connect(&store, &CaptureStore::eventsAppended, &app, [&] {
        dumper.printPending();
        if (live && !live->update() && live->outputClosed())
            QTimer::singleShot(0, &app, [&] { stop(0); });
    });
    // Events that wait for their request or body go out within a second; blocks are flushed.
    QTimer liveTick;
    if (live) {
        QObject::connect(&liveTick, &QTimer::timeout, &app, [&] {
            if (!live->update() && live->outputClosed())
                stop(0);
        });
        liveTick.start(250);
    }
    QObject::connect(&source, &WebSocketSource::frameReceived, &app, [&](const RawFrame &frame) {
        if (stopping)
            return;
        store.appendFrame(frame);
        if ((options.frameLimit > 0 && store.frameCount() >= quint64(options.frameLimit)) ||
            (options.eventLimit > 0 && store.eventCount() >= options.eventLimit))
            stop(0);
    });
    QObject::connect(&source, &WebSocketSource::stateChanged, &app,
                     [&](WebSocketSource::State state, const QString &detail) {
                         const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
                         if (state == WebSocketSource::State::Connected) {
                             connected = true;
                             store.appendNote(
                                 now, QStringLiteral("connected to %1").arg(url.toString()));
                         } else if (state == WebSocketSource::State::ClosedByUser) {
                             stop(0);
                         } else if (state == WebSocketSource::State::Failed) {
                             if (stopping)
                                 return;
                             store.appendNote(now, detail);
                             if (connected) {
                                 // The server went away after sending: a normal end.
                                 fail(detail);
                                 stop(0);
                             } else {
                                 fail(QStringLiteral("%1: %2").arg(url.toString(), detail));
                                 stop(1);
                             }
                         }
                     });
    if (options.durationMs > 0)
        QTimer::singleShot(options.durationMs, &app, [&] { stop(0); });
    tools::watchStopSignals(&app, [&] { stop(0); });
    dumper.onOutputClosed = [&] { QTimer::singleShot(0, &app, [&] { stop(0); }); };
    // Open from the event loop, so even an immediate failure finds app.exec() running.
    QTimer::singleShot(0, &app, [&] { source.open(url); });
    app.exec();
    store.flush();
    dumper.setCaptureOpen(false);
    const int reportStatus = dumper.finish();
    if (live && !live->finish() && status == 0)
        status = 1;
    // HAR, CSV and JSON describe the whole capture: written once it ends.
    const std::optional<QVector<int>> selected = dumper.selection();
    if (!options.writeFile.isEmpty() && !captureFile && !live &&
        dump::exportStore(store, options.writeFile, options.writeFormat,
                          selected ? &*selected : nullptr) != 0 &&
        status == 0)
        status = 1;
    return status != 0 ? status : reportStatus;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that goes away (`ecapture-dump … | head`) must not kill us mid-write: that would
    // leave a temporary capture file behind. Writes then fail with EPIPE and printing stops.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecapture-dump"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECV_VERSION));
    Options options;
    QString error;
    if (!dump::parseOptions(app, options, &error)) {
        fail(error);
        return dump::kUsageExitCode;
    }
    if (!options.glossary.isEmpty()) {
        fputs(FieldRegistry::glossary().toUtf8().constData(), stdout);
        return 0;
    }
    if (!options.readFile.isEmpty())
        return readCapture(options);
    return captureLive(app, options);
}
