// SPDX-License-Identifier: Apache-2.0
// ecapture-extcap: Wireshark's external capture interface (extcap(4)) for eCapture's
// --ecaptureq WebSocket stream. Wireshark lists "eCapture (WebSocket)" as an interface, asks for
// the server URL (--extcap-config), and runs
//   ecapture-extcap --capture --extcap-interface ecapture --fifo PATH --url URL
// which writes pcapng into the FIFO as events arrive: the same live export as
// `ecapture-dump -i URL -w -` (ecv::LiveExport), so HTTP is dissected and every packet's
// comment names its process. Wireshark stops the capture with SIGTERM.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

#include "core/capture/capture_store.h"
#include "core/export/live_export.h"
#include "net/websocket_source.h"
#include "tools/stop_signals.h"
#include "tools/terminal_text.h"

using namespace ecv;

namespace {

const QString Interface = QStringLiteral("ecapture");
const QString DefaultUrl = QStringLiteral("ws://127.0.0.1:28257/");

int fail(const QString &message)
{
    // Wireshark shows an extcap program's stderr in its error dialog.
    fprintf(stderr, "ecapture-extcap: %s\n", terminal::safeUtf8(message).constData());
    return 1;
}

void print(const QString &text)
{
    fputs(text.toUtf8().constData(), stdout);
    fflush(stdout);
}

/** `--extcap-interfaces`: the program and its one interface (extcap(4) "extcap", "interface"). */
void printInterfaces()
{
    print(QStringLiteral("extcap {version=%1}{help=https://github.com/gojue/ecapture}\n"
                         "interface {value=%2}{display=eCapture (WebSocket)}\n")
              .arg(QCoreApplication::applicationVersion(), Interface));
}

/**
 * `--extcap-dlts`: raw IP (LINKTYPE_RAW 101), the link type of the synthesized TCP packets.
 * Note records (events that are not TCP data) go on a second pcapng interface of their own.
 */
void printDlts()
{
    print(QStringLiteral("dlt {number=101}{name=RAW}{display=Raw IP (TCP synthesized from "
                         "eCapture's TLS plaintext events)}\n"));
}

/** `--extcap-config`: the one option, the URL of eCapture's --ecaptureq server. */
void printConfig()
{
    print(QStringLiteral(
              "arg {number=0}{call=--url}{display=eCapture server}{type=string}{required=true}"
              "{default=%1}{tooltip=eCapture's --ecaptureq address: ws://HOST:PORT/ or "
              "HOST:PORT}{placeholder=ws://127.0.0.1:28257/}\n")
              .arg(DefaultUrl));
}

int capture(QCoreApplication &app, const QString &urlText, const QString &fifo)
{
    QString error;
    const QUrl url = WebSocketSource::normalizeUrl(urlText, &error);
    if (!url.isValid())
        return fail(error.isEmpty() ? QStringLiteral("%1: not a WebSocket URL").arg(urlText)
                                    : error);
    CaptureStore store;
    if (!store.createTemporary(url.toString(), &error))
        return fail(error);
    LiveExport live(store, fifo, ExportFormat::Pcapng);
    live.setMessageHandler([](const QString &message) { fail(message); });
    if (!live.open(&error))
        return fail(error);

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
    // Wireshark closing its end of the FIFO (EPIPE) ends the capture too.
    auto update = [&] {
        if (!live.update() && live.outputClosed())
            QTimer::singleShot(0, &app, [&] { stop(0); });
    };
    QObject::connect(&store, &CaptureStore::eventsAppended, &app, update);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, update);
    tick.start(250);
    QObject::connect(&source, &WebSocketSource::frameReceived, &app, [&](const RawFrame &frame) {
        if (!stopping)
            store.appendFrame(frame);
    });
    QObject::connect(
        &source, &WebSocketSource::stateChanged, &app,
        [&](WebSocketSource::State state, const QString &detail) {
            if (state == WebSocketSource::State::Connected) {
                connected = true;
                store.appendNote(QDateTime::currentMSecsSinceEpoch() * 1000000LL,
                                 QStringLiteral("connected to %1").arg(url.toString()));
            } else if (state == WebSocketSource::State::Failed && !stopping) {
                // After a capture, the server going away is its normal end.
                fail(connected ? detail : QStringLiteral("%1: %2").arg(url.toString(), detail));
                stop(connected ? 0 : 1);
            }
        });
    tools::watchStopSignals(&app, [&] { stop(0); });
    QTimer::singleShot(0, &app, [&] { source.open(url); });
    app.exec();
    store.flush();
    if (!live.finish() && status == 0)
        status = 1;
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // Wireshark closing the FIFO must end the capture cleanly, not kill us mid-write.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecapture-extcap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Wireshark extcap program for eCapture's --ecaptureq WebSocket stream. "
                       "Wireshark runs it; by hand: --extcap-interfaces, then --capture "
                       "--extcap-interface ecapture --fifo FILE --url URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption interfaces(QStringLiteral("extcap-interfaces"),
                                        QStringLiteral("List the extcap interfaces."));
    const QCommandLineOption version(QStringLiteral("extcap-version"),
                                     QStringLiteral("Wireshark's version (accepted, unused)."),
                                     QStringLiteral("VERSION"));
    const QCommandLineOption interface(QStringLiteral("extcap-interface"),
                                       QStringLiteral("The interface: ecapture."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption dlts(QStringLiteral("extcap-dlts"),
                                  QStringLiteral("List the interface's link types."));
    const QCommandLineOption config(QStringLiteral("extcap-config"),
                                    QStringLiteral("List the interface's options (the URL)."));
    const QCommandLineOption captureOption(QStringLiteral("capture"),
                                           QStringLiteral("Capture into the --fifo."));
    const QCommandLineOption fifo(QStringLiteral("fifo"),
                                  QStringLiteral("Where to write pcapng (a FIFO or a file)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption filter(
        QStringLiteral("extcap-capture-filter"),
        QStringLiteral("Capture filter (not supported: use a display filter)."),
        QStringLiteral("FILTER"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QStringLiteral("eCapture's --ecaptureq server (default %1).").arg(DefaultUrl),
        QStringLiteral("URL"), DefaultUrl);
    for (const QCommandLineOption &o :
         {interfaces, version, interface, dlts, config, captureOption, fifo, filter, url})
        parser.addOption(o);
    parser.process(app);

    if (parser.isSet(interfaces)) {
        printInterfaces();
        return 0;
    }
    if (parser.isSet(interface) && parser.value(interface) != Interface)
        return fail(QStringLiteral("--extcap-interface %1: unknown interface (there is one: %2)")
                        .arg(parser.value(interface), Interface));
    if (parser.isSet(dlts)) {
        printDlts();
        return 0;
    }
    if (parser.isSet(config)) {
        printConfig();
        return 0;
    }
    if (parser.isSet(captureOption)) {
        if (!parser.isSet(fifo))
            return fail(QStringLiteral("--capture needs --fifo PATH"));
        if (!parser.value(filter).trimmed().isEmpty())
            return fail(QStringLiteral("capture filters are not supported; use a display filter "
                                       "in Wireshark instead"));
        return capture(app, parser.value(url), parser.value(fifo));
    }
    return fail(QStringLiteral("nothing to do: give --extcap-interfaces, --extcap-dlts, "
                               "--extcap-config or --capture (see --help)"));
}
