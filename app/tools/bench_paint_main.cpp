// SPDX-License-Identifier: Apache-2.0
// Benchmark: the cost of painting the event list's visible rows, with the HTTP analysis
// attached, as a function of the conversation's length. One keep-alive HTTP/1.1 conversation of
// N events (v1.5.2 request/response events, alternating) is indexed, analysed, and the
// 40-row viewport of a QTableView is painted repeatedly. A painted row must cost the same
// whatever N is. Prints one JSON object per N.
//   QT_QPA_PLATFORM=offscreen ecv-bench-paint [N ...]   (default 100 100000)
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QTableView>

#include <cstdio>

#include "core/capture/capture_store.h"
#include "core/http/http_analysis.h"
#include "ecaptureq.pb.h"
#include "ui/event_list_model.h"

using namespace ecv;

namespace {

constexpr int kVisibleRows = 40;
constexpr int kPaints = 50;

/** Event @p i of one curl connection: even = GET request, odd = its 200 response. */
RawFrame exchangeFrame(qint64 i)
{
    const bool request = i % 2 == 0;
    const QByteArray payload =
        request ? QByteArray("GET /items/") + QByteArray::number(i / 2) +
                      " HTTP/1.1\r\nHost: shop.example.com\r\nUser-Agent: curl/7.88.1\r\n\r\n"
                : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 13\r\n\r\n{\"ok\": true}\n");
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *e = entry.mutable_event_payload();
    const qint64 t = 1'780'000'000'000'000'000LL + i * 1'000'000;
    e->set_timestamp(t);
    e->set_uuid(request ? "4242_4242_curl_5_1_192.168.1.23:50000-203.0.113.10:443"
                        : "4242_4242_curl_5_0_192.168.1.23:50000-203.0.113.10:443");
    e->set_src_ip(request ? "192.168.1.23" : "203.0.113.10");
    e->set_src_port(request ? 50000 : 443);
    e->set_dst_ip(request ? "203.0.113.10" : "192.168.1.23");
    e->set_dst_port(request ? 443 : 50000);
    e->set_pid(4242);
    e->set_pname("curl");
    e->set_type(request ? 1 : 3);
    e->set_length(quint32(payload.size()));
    e->set_payload(payload.constData(), size_t(payload.size()));
    RawFrame frame;
    frame.arrivalNs = t;
    const std::string bytes = entry.SerializeAsString();
    frame.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return frame;
}

QJsonObject measure(qint64 events)
{
    CaptureStore store;
    QString error;
    if (!store.createTemporary(QStringLiteral("ecv-bench-paint"), &error)) {
        fprintf(stderr, "ecv-bench-paint: %s\n", qPrintable(error));
        return {};
    }
    for (qint64 i = 0; i < events; ++i)
        store.appendFrame(exchangeFrame(i));
    HttpAnalysis http(&store);
    EventListModel model(&store);
    model.setHttpAnalysis(&http);
    model.catchUp();

    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(20);
    view.resize(1400, 20 * kVisibleRows + view.horizontalHeader()->sizeHint().height() + 4);
    view.show();
    // The middle of the conversation: the rows furthest from its first event.
    view.scrollTo(model.index(int(events / 2), 0), QAbstractItemView::PositionAtTop);
    QPixmap target(view.viewport()->size());

    // First paint asks for the analysis; wait for it, then paint with it in the cache.
    QElapsedTimer clock;
    clock.start();
    view.viewport()->render(&target);
    http.waitForDone();
    QCoreApplication::processEvents();
    const qint64 analysisMs = clock.elapsed();
    view.viewport()->render(&target);

    clock.restart();
    for (int i = 0; i < kPaints; ++i) {
        // A real repaint asks the model for every visible cell again.
        emit model.dataChanged(model.index(0, 0),
                               model.index(model.rowCount() - 1, EventListModel::ColumnCount - 1));
        view.viewport()->render(&target);
    }
    const double paintMs = double(clock.nsecsElapsed()) / 1e6 / kPaints;
    QJsonObject o;
    o.insert(QStringLiteral("conversation_events"), events);
    o.insert(QStringLiteral("rows_painted"), kVisibleRows);
    o.insert(QStringLiteral("analysis_ms"), analysisMs);
    o.insert(QStringLiteral("paint_ms"), paintMs);
    o.insert(QStringLiteral("per_row_us"), paintMs * 1000.0 / kVisibleRows);
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<qint64> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toLongLong();
    if (sizes.isEmpty())
        sizes = {100, 100000};
    for (qint64 n : sizes) {
        if (n < kVisibleRows) {
            fprintf(stderr, "usage: ecv-bench-paint [N >= %d ...]\n", kVisibleRows);
            return 1;
        }
        const QJsonObject o = measure(n);
        if (o.isEmpty())
            return 1;
        fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
        fputc('\n', stdout);
    }
    return 0;
}
