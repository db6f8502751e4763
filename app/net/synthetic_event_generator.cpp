// SPDX-License-Identifier: Apache-2.0
#include "net/synthetic_event_generator.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include "ecaptureq.pb.h"

namespace ecv {

namespace {

struct Client
{
    const char *comm;
    const char *userAgent;
    const char *srcIp;
};

struct Host
{
    const char *name;
    const char *ip;
    int port;
};

struct Route
{
    const char *method;
    const char *path; // "%1" is replaced by a number
    const char *accept;
    const char *requestType; // content type of a request body, or nullptr
};

// Invented names and documentation address ranges (RFC 5737), like the fixtures.
constexpr Client kClients[] = {
    {"curl", "curl/7.88.1", "192.168.1.23"},
    {"wget", "Wget/1.21.3", "192.168.1.23"},
    {"python3", "python-requests/2.28.1", "10.0.0.12"},
    {"node", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "10.0.0.12"},
    {"java", "Java-http-client/17.0.9", "10.0.0.31"},
    {"api-gateway", "Go-http-client/1.1", "10.0.0.40"},
};

constexpr Host kHosts[] = {
    {"shop.example.com", "203.0.113.10", 443},     {"api.example.com", "203.0.113.25", 443},
    {"cdn.example.net", "198.51.100.7", 443},      {"auth.example.org", "192.0.2.44", 443},
    {"metrics.example.com", "203.0.113.80", 8443},
};

constexpr Route kRoutes[] = {
    {"GET", "/api/v1/products/%1", "application/json", nullptr},
    {"GET", "/api/v1/orders?page=%1&size=20", "application/json", nullptr},
    {"POST", "/api/v1/cart/items", "application/json", "application/json"},
    {"GET", "/index.html", "text/html,application/xhtml+xml", nullptr},
    {"GET", "/static/js/app.%1.js", "*/*", nullptr},
    {"POST", "/oauth/token", "application/json", "application/x-www-form-urlencoded"},
    {"GET", "/healthz", "*/*", nullptr},
    {"PUT", "/api/v1/users/%1/preferences", "application/json", "application/json"},
    {"DELETE", "/api/v1/sessions/%1", "application/json", nullptr},
    {"GET", "/v2/metrics/summary?window=%1s", "application/json", nullptr},
};

QByteArray httpDate(qint64 unixSeconds)
{
    // Go's net/http writes RFC 1123 dates in GMT (http.TimeFormat).
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray serialize(const event::LogEntry &entry)
{
    QByteArray out;
    out.resize(int(entry.ByteSizeLong()));
    entry.SerializeWithCachedSizesToArray(reinterpret_cast<quint8 *>(out.data()));
    return out;
}

} // namespace

SyntheticEventGenerator::SyntheticEventGenerator(Era era, quint64 seed)
    : m_era(era)
    , m_state(seed ? seed : 0x9e3779b97f4a7c15ull)
{}

quint64 SyntheticEventGenerator::next()
{
    // splitmix64: tiny, fast, good enough to vary synthetic traffic.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

QVector<QByteArray> SyntheticEventGenerator::runLogFrames(Era era, qint64 unixSeconds)
{
    const QByteArray time =
        QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate).toLatin1();
    // The banner both eras start with (cli/cmd/root.go); zerolog JSON with a trailing newline.
    static const char *const bannerLines[] = {
        R"x({"level":"info","AppName":"eCapture(旁观者)","time":"%T"})x",
        R"x({"level":"info","HomePage":"https://ecapture.cc","time":"%T"})x",
        R"x({"level":"info","Repository":"https://github.com/gojue/ecapture","time":"%T"})x",
        R"x({"level":"info","Author":"CFC4N <cfc4ncs@gmail.com>","time":"%T"})x",
        R"x({"level":"info","Description":"Capturing SSL/TLS plaintext without a CA certificate using eBPF. Supported on Linux/Android kernels for amd64/arm64.","time":"%T"})x",
    };
    // eCapture v1.5.2's startup lines after the banner (cli/cmd/root.go and the openssl module),
    // as recorded in tests/data/v152-*.jsonl.
    static const char *const v1Lines[] = {
        R"x({"level":"info","Version":"linux_amd64:v1.5.2-20251227-ca085d0:6.1.0-41-amd64","time":"%T"})x",
        R"x({"level":"info","Listen":"localhost:28256","time":"%T"})x",
        R"x({"level":"info","Listen for eCaptureQ":"ws://127.0.0.1:28257/","time":"%T"})x",
        R"x({"level":"info","logger":"","time":"%T","message":"eCapture running logs"})x",
        R"x({"level":"info","eventCollector":"","time":"%T","message":"the file handler that receives the captured event"})x",
        R"x({"level":"info","Pid":2817,"Kernel Info":"6.1.158","time":"%T"})x",
        R"x({"level":"info","btfMode":0,"time":"%T","message":"BTF bytecode mode: CORE."})x",
        R"x({"level":"info","moduleName":"EBPFProbeOPENSSL","isReload":false,"time":"%T","message":"module initialization."})x",
        R"x({"level":"info","Android":false,"library version":"openssl 3.0.17","time":"%T","message":"OpenSSL/BoringSSL version found"})x",
        R"x({"level":"info","bpfFileName":"user/bytecode/openssl_3_0_0_kern_core.o","time":"%T","message":"BPF bytecode file is matched."})x",
        R"x({"level":"info","moduleName":"EBPFProbeOPENSSL","isReload":false,"time":"%T","message":"module started successfully."})x",
    };
    // eCapture v2.5.1 after the banner: only the CLI logger reaches ecaptureq (cli/cmd/root.go),
    // as recorded in tests/data/v25-composite.jsonl.
    static const char *const v2Lines[] = {
        R"x({"level":"info","Version":"linux_amd64:v2.5.1-20260621-5ccbc23:[CORE]","time":"%T"})x",
        R"x({"level":"info","Listen":"","time":"%T"})x",
        R"x({"level":"info","Listen for eCaptureQ":"ws://127.0.0.1:28257/","time":"%T"})x",
        R"x({"level":"info","logger":"","time":"%T","message":"eCapture running logs"})x",
        R"x({"level":"info","eventCollector":"","time":"%T","message":"the file handler that receives the captured event"})x",
        R"x({"level":"info","time":"%T","message":"skip HTTP server listening"})x",
        R"x({"level":"info","probeName":"OpenSSL","isReload":false,"time":"%T","message":"probe initialization."})x",
        R"x({"level":"info","probeName":"OpenSSL","isReload":false,"time":"%T","message":"probe started successfully."})x",
    };
    QVector<QByteArray> frames;
    event::LogEntry entry;
    const auto emitLine = [&](const char *line) {
        QByteArray text(line);
        text.replace("%T", time);
        text.append('\n');
        entry.Clear();
        entry.set_log_type(event::LOG_TYPE_PROCESS_LOG);
        entry.set_run_log(text.constData(), size_t(text.size()));
        frames.append(serialize(entry));
    };
    for (const char *line : bannerLines)
        emitLine(line);
    if (era == Era::V2) {
        for (const char *line : v2Lines)
            emitLine(line);
    } else {
        for (const char *line : v1Lines)
            emitLine(line);
    }
    return frames;
}

QByteArray SyntheticEventGenerator::heartbeatFrame(qint64 count, qint64 unixSeconds)
{
    // pkg/ecaptureq/client.go: Heartbeat{timestamp: time.Now().Unix(), count, "heartbeat:N"};
    // log_type HEARTBEAT is 0 and therefore absent on the wire.
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_HEARTBEAT);
    auto *hb = entry.mutable_heartbeat_payload();
    hb->set_timestamp(unixSeconds);
    hb->set_count(count);
    hb->set_message("heartbeat:" + std::to_string(count));
    return serialize(entry);
}

bool SyntheticEventGenerator::newExchange()
{
    const bool newConnection = m_keepAlive <= 0;
    if (newConnection) {
        // A new connection: a new process (or the same one again) and an ephemeral port.
        const quint64 r = next();
        m_client = int(r % std::size(kClients));
        m_host = int((r >> 8) % std::size(kHosts));
        m_pid = 20000 + qint64((r >> 16) % 40000);
        m_fd = 3 + int((r >> 40) % 10);
        m_srcPort = 32768 + int((r >> 24) % 28000);
        m_keepAlive = 1 + int((r >> 48) % 4);
        const Client &c = kClients[m_client];
        const Host &h = kHosts[m_host];
        m_uuidStem = QByteArray::number(m_pid) + '_' + QByteArray::number(m_pid) + '_' + c.comm +
                     '_' + QByteArray::number(m_fd) + '_';
        m_uuidTuple = QByteArray("_") + c.srcIp + ':' + QByteArray::number(m_srcPort) + '-' + h.ip +
                      ':' + QByteArray::number(h.port);
    }
    --m_keepAlive;
    return newConnection;
}

void SyntheticEventGenerator::buildExchange(qint64 unixNs)
{
    const quint64 r = next();
    const Route &route = kRoutes[r % std::size(kRoutes)];
    const Client &c = kClients[m_client];
    const Host &h = kHosts[m_host];
    const QByteArray number = QByteArray::number(1000 + (r >> 20) % 9000);
    QByteArray path(route.path);
    path.replace("%1", number);

    QByteArray body;
    if (route.requestType && qstrcmp(route.requestType, "application/json") == 0)
        body = "{\"sku\":\"A-" + number + "\",\"quantity\":" + QByteArray::number(1 + r % 5) +
               ",\"note\":\"synthetic\"}";
    else if (route.requestType)
        body = "grant_type=client_credentials&client_id=svc-" + number + "&scope=read";

    // Go's httputil.DumpRequest: request line, Host, then the other headers in canonical form
    // and sorted order.
    QByteArray &request = m_requestPayload;
    request.clear();
    request.reserve(256 + body.size());
    request += route.method;
    request += ' ';
    request += path;
    request += " HTTP/1.1\r\nHost: ";
    request += h.name;
    request += "\r\nAccept: ";
    request += route.accept;
    request += "\r\n";
    if (!body.isEmpty()) {
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += QByteArray("Content-Type: ") + route.requestType + "\r\n";
    }
    request += "User-Agent: ";
    request += c.userAgent;
    request += "\r\n\r\n";
    request += body;

    const int pick = int((r >> 32) % 100);
    QByteArray status = "200 OK";
    QByteArray respBody;
    QByteArray type = "application/json";
    if (qstrcmp(route.method, "POST") == 0 && pick < 70) {
        status = "201 Created";
        respBody = "{\"id\":" + QByteArray::number(r % 100000) + ",\"status\":\"created\"}";
    } else if (qstrcmp(route.method, "DELETE") == 0 || pick < 5) {
        status = "204 No Content";
    } else if (pick < 9) {
        status = "404 Not Found";
        respBody = "{\"error\":\"not found\",\"path\":\"" + path + "\"}";
    } else if (pick < 11) {
        status = "500 Internal Server Error";
        respBody = "{\"error\":\"upstream timeout\"}";
    } else if (path.endsWith(".js")) {
        type = "application/javascript";
        respBody = "(()=>{\"use strict\";const e=document.querySelector(\"#app\");e&&(e."
                   "dataset.build=\"" +
                   number + "\")})();\n";
    } else if (path.endsWith(".html")) {
        type = "text/html; charset=utf-8";
        respBody = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                   "<title>Example Shop</title></head>\n<body><h1>Example Shop</h1></body>\n"
                   "</html>\n";
    } else {
        respBody = "{\"id\":" + number + ",\"name\":\"Trail Runner " + QByteArray::number(r % 7) +
                   "\",\"price\":{\"amount\":\"" + QByteArray::number(19 + r % 80) +
                   ".90\",\"currency\":\"EUR\"},\"in_stock\":" + ((r & 1) ? "true" : "false") + "}";
    }
    if (unixNs / 1000000000 != m_dateSecond) {
        m_dateSecond = unixNs / 1000000000;
        m_date = httpDate(m_dateSecond);
    }
    QByteArray &response = m_responsePayload;
    response.clear();
    response.reserve(320 + respBody.size());
    response += "HTTP/1.1 " + status + "\r\n";
    response += "Content-Length: " + QByteArray::number(respBody.size()) + "\r\n";
    response += "Connection: keep-alive\r\n";
    if (!respBody.isEmpty())
        response += "Content-Type: " + type + "\r\n";
    response += "Date: " + m_date + "\r\n";
    response += "Server: nginx/1.22.1\r\n\r\n";
    response += respBody;
}

QByteArray SyntheticEventGenerator::v1Frame(qint64 unixNs)
{
    const bool isRequest = (m_built % 2) == 0;
    if (isRequest) {
        newExchange();
        buildExchange(unixNs);
    }
    const QByteArray &payload = isRequest ? m_requestPayload : m_responsePayload;
    const Client &c = kClients[m_client];
    const Host &h = kHosts[m_host];
    const QByteArray uuid = m_uuidStem + (isRequest ? '1' : '0') + m_uuidTuple;

    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *ev = entry.mutable_event_payload();
    ev->set_timestamp(unixNs);
    ev->set_uuid(uuid.constData(), size_t(uuid.size()));
    ev->set_src_ip(c.srcIp);
    ev->set_src_port(quint32(m_srcPort));
    ev->set_dst_ip(h.ip);
    ev->set_dst_port(quint32(h.port));
    ev->set_pid(m_pid);
    ev->set_pname(c.comm);
    ev->set_type(isRequest ? 1 : 3);
    ev->set_length(quint32(payload.size()));
    ev->set_payload(payload.constData(), size_t(payload.size()));
    return serialize(entry);
}

QByteArray SyntheticEventGenerator::v2DataText(qint64 unixNs, bool write, const QByteArray &data)
{
    // internal/probe/openssl/event.go String(): local wall-clock time with ms, then the header
    // line and exactly N raw bytes; TextHandler appends "\n" when the text does not end in one.
    const qint64 ms = unixNs / 1000000;
    if (ms / 1000 != m_localSecond) {
        m_localSecond = ms / 1000;
        m_localTime = QDateTime::fromSecsSinceEpoch(m_localSecond)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          .toLatin1();
    }
    const Client &c = kClients[m_client];
    QByteArray text;
    text.reserve(96 + data.size());
    text += '[';
    text += m_localTime;
    text += '.';
    text += QByteArray::number(1000 + ms % 1000).mid(1);
    text += "] PID:" + QByteArray::number(m_pid) + " TID:" + QByteArray::number(m_pid) +
            " Comm:" + c.comm + " FD:" + QByteArray::number(m_fd) +
            (write ? " WRITE (" : " READ (") + QByteArray::number(data.size()) + " bytes):\n";
    text += data;
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

QByteArray SyntheticEventGenerator::v2Frame(qint64 unixNs)
{
    if (m_pending.isEmpty()) {
        const bool newConnection = newExchange();
        buildExchange(unixNs);
        const Client &c = kClients[m_client];
        const Host &h = kHosts[m_host];
        if (newConnection) {
            // event_connect.go: brackets even for IPv4; an active connect prints src = local.
            m_pending.append("PID:" + QByteArray::number(m_pid) + ", Comm:" + c.comm + ", TID:" +
                             QByteArray::number(m_pid) + ", FD:" + QByteArray::number(m_fd) +
                             ", Tuple: [" + c.srcIp + "]:" + QByteArray::number(m_srcPort) + "->[" +
                             h.ip + "]:" + QByteArray::number(h.port) + "\n");
        }
        m_pending.append(v2DataText(unixNs, true, m_requestPayload));
        m_pending.append(v2DataText(unixNs, false, m_responsePayload));
        if (m_keepAlive <= 0 && (next() % 3) == 0) // tcp_v4_destroy_sock noise
            m_pending.append("PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n");
    }
    const QByteArray payload = m_pending.takeFirst();
    // Server.WriteEvent (v2.1+): only payload and length are set.
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *ev = entry.mutable_event_payload();
    ev->set_length(quint32(payload.size()));
    ev->set_payload(payload.constData(), size_t(payload.size()));
    return serialize(entry);
}

QByteArray SyntheticEventGenerator::nextEventFrame(qint64 unixNs)
{
    QByteArray frame = m_era == Era::V2 ? v2Frame(unixNs) : v1Frame(unixNs);
    ++m_built;
    return frame;
}

} // namespace ecv
