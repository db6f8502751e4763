// SPDX-License-Identifier: Apache-2.0
// Benchmark: HTTP dissection and output of `ecapture-dump` against conversation shapes that were
// once quadratic or memory bombs. Each shape is generated here (nothing is committed), written
// as a capture file, and `ecapture-dump -r FILE` runs on it as a child process with -T jsonl,
// -T text and -q -z follow (stdout to /dev/null); wall time and the child's peak RSS are
// printed, one JSON object per shape and output. Linear work shows as time per event staying
// flat from the smaller to the larger sizes.
//   ecv-bench-http [--keep DIR] [SHAPE[:N] ...]   (default: every shape at its default sizes)
// --keep DIR writes the capture files into DIR and keeps them (for perf or callgrind runs of
// ecapture-dump on the same input).
// Shapes: pairs (v1.5 request/response events on one keep-alive connection: 10k, 40k, 160k
// pairs), raw-pairs (the same as raw bytes, v1.5 type 0), h2text (one eCapture HTTP/2 text
// event with N frame blocks, 64k), prefaces (N events each a new HTTP/2 preface + SETTINGS,
// 64k), nonhttp (N non-HTTP events on one fd, 64k), h2streams (N HTTP/2 streams on one
// connection, 128k), hpack-bomb (one 4 KiB dynamic-table entry then 1-byte references),
// gzip-bombs (100 responses of 64 MiB of zeros each, gzip).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "core/capture/capture_store.h"
#include "ecaptureq.pb.h"

extern char **environ;

using namespace ecv;

namespace {

constexpr qint64 kStartNs = 1'780'000'000'000'000'000LL;

/** One v1.5 event of curl's connection 192.168.1.23:50000 <-> 203.0.113.10:443. */
RawFrame v1Frame(qint64 i, bool fromClient, int type, const QByteArray &payload)
{
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *e = entry.mutable_event_payload();
    const qint64 t = kStartNs + i * 1'000'000;
    e->set_timestamp(t);
    e->set_uuid(fromClient ? "4242_4242_curl_5_1_192.168.1.23:50000-203.0.113.10:443"
                           : "4242_4242_curl_5_0_192.168.1.23:50000-203.0.113.10:443");
    e->set_src_ip(fromClient ? "192.168.1.23" : "203.0.113.10");
    e->set_src_port(fromClient ? 50000 : 443);
    e->set_dst_ip(fromClient ? "203.0.113.10" : "192.168.1.23");
    e->set_dst_port(fromClient ? 443 : 50000);
    e->set_pid(4242);
    e->set_pname("curl");
    e->set_type(type);
    e->set_length(quint32(payload.size()));
    e->set_payload(payload.constData(), size_t(payload.size()));
    RawFrame frame;
    frame.arrivalNs = t;
    const std::string bytes = entry.SerializeAsString();
    frame.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return frame;
}

QByteArray request(qint64 k)
{
    return "GET /items/" + QByteArray::number(k) +
           " HTTP/1.1\r\nHost: shop.example.com\r\nUser-Agent: curl/7.88.1\r\n\r\n";
}

const QByteArray kResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Content-Length: 13\r\n\r\n{\"ok\": true}\n");

QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload)
{
    QByteArray f;
    const quint32 n = quint32(payload.size());
    f += char(n >> 16);
    f += char(n >> 8);
    f += char(n);
    f += char(type);
    f += char(flags);
    f += char(stream >> 24);
    f += char(stream >> 16);
    f += char(stream >> 8);
    f += char(stream);
    return f + payload;
}

const QByteArray kPreface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

QByteArray gzipOf(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

using Sink = std::function<void(const RawFrame &)>;

void pairs(qint64 n, const Sink &out)
{
    for (qint64 k = 0; k < n; ++k) {
        out(v1Frame(2 * k, true, 1, request(k)));
        out(v1Frame(2 * k + 1, false, 3, kResponse));
    }
}

void rawPairs(qint64 n, const Sink &out)
{
    for (qint64 k = 0; k < n; ++k) {
        out(v1Frame(2 * k, true, 0, request(k)));
        out(v1Frame(2 * k + 1, false, 0, kResponse));
    }
}

void h2text(qint64 n, const Sink &out)
{
    QByteArray text;
    for (qint64 k = 0; k < n; ++k) {
        const QByteArray sid = QByteArray::number(2 * k + 1);
        if (k % 2 == 0)
            text += "\nFrame Type\t=>\tHEADERS\nFrame StreamID\t=>\t" + sid +
                    "\nFrame Length\t=>\t9\nheader field \":status\" = \"200\"\n";
        else
            text += "\nFrame Type\t=>\tDATA\nFrame StreamID\t=>\t" + QByteArray::number(2 * k - 1) +
                    "\nFrame Length\t=>\t5\nhello\n";
    }
    out(v1Frame(0, false, 4, text));
}

void prefaces(qint64 n, const Sink &out)
{
    for (qint64 k = 0; k < n; ++k)
        out(v1Frame(k, true, 0, kPreface + frame(0x4, 0, 0, {})));
}

void nonHttp(qint64 n, const Sink &out)
{
    for (qint64 k = 0; k < n; ++k)
        out(v1Frame(k, k % 2 == 0, 0, "\x01\x02 not http at all, event " + QByteArray::number(k)));
}

void h2streams(qint64 n, const Sink &out)
{
    out(v1Frame(0, true, 0, kPreface + frame(0x4, 0, 0, {})));
    out(v1Frame(1, false, 0, frame(0x4, 0, 0, {})));
    // :method GET, :scheme https, :path /, :authority (literal, indexed name 1)
    const QByteArray headers = QByteArray("\x82\x87\x84\x01\x10shop.example.com", 20);
    for (qint64 k = 0; k < n; ++k) {
        const quint32 sid = quint32(2 * k + 1);
        out(v1Frame(2 + 2 * k, true, 0, frame(0x1, 0x5, sid, headers)));
        out(v1Frame(3 + 2 * k, false, 0,
                    frame(0x1, 0x4, sid, QByteArray("\x88", 1)) +
                        frame(0x0, 0x1, sid, "{\"ok\": true}\n")));
    }
}

void hpackBomb(qint64 n, const Sink &out)
{
    // SETTINGS_HEADER_TABLE_SIZE 65536 from the client lets the server's table grow; one 60 KiB
    // literal with incremental indexing (0x40), then n one-byte references to it (0xbe = 62).
    QByteArray settings;
    settings += char(0);
    settings += char(1);
    settings += char(0);
    settings += char(1);
    settings += char(0);
    settings += char(0);
    out(v1Frame(0, true, 0, kPreface + frame(0x4, 0, 0, settings)));
    out(v1Frame(1, true, 0, frame(0x1, 0x5, 1, QByteArray("\x82\x87\x84", 3))));
    const QByteArray value(60000, 'v');
    // A dynamic table size update to 65536 (RFC 7541 §6.3) opens the block.
    QByteArray block = QByteArray("\x3f\xe1\xff\x03\x88\x40\x01x", 8);
    // 60000 as an HPACK 7-bit prefixed integer: 127, then (60000-127) in base 128
    block += char(0x7f);
    qint64 rest = 60000 - 127;
    while (rest >= 128) {
        block += char(0x80 | (rest & 0x7f));
        rest >>= 7;
    }
    block += char(rest);
    block += value;
    block += QByteArray(n, char(0xbe));
    out(v1Frame(2, false, 0, frame(0x4, 0, 0, {}) + frame(0x1, 0x5, 1, block)));
}

void gzipBombs(qint64 n, const Sink &out)
{
    const QByteArray bomb = gzipOf(QByteArray(64 << 20, '\0'));
    for (qint64 k = 0; k < n; ++k) {
        out(v1Frame(2 * k, true, 0, request(k)));
        out(v1Frame(2 * k + 1, false, 0,
                    "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                        QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb));
    }
}

struct Shape
{
    const char *name;
    std::function<void(qint64, const Sink &)> generate;
    QList<qint64> sizes;
    const char *unit;
};

const QList<Shape> &shapes()
{
    static const QList<Shape> all = {
        {"pairs", pairs, {10000, 40000, 160000}, "pairs"},
        {"raw-pairs", rawPairs, {10000, 40000, 160000}, "pairs"},
        {"h2text", h2text, {16000, 64000}, "blocks"},
        {"prefaces", prefaces, {16000, 64000}, "events"},
        {"nonhttp", nonHttp, {16000, 64000}, "events"},
        {"h2streams", h2streams, {32000, 128000}, "streams"},
        {"hpack-bomb", hpackBomb, {220000}, "references"},
        {"gzip-bombs", gzipBombs, {100}, "responses"},
    };
    return all;
}

struct ChildRun
{
    int status = -1;
    double seconds = 0;
    qint64 maxRssKiB = 0;
};

ChildRun runDump(const QStringList &args)
{
    const QByteArray program =
        QDir(QCoreApplication::applicationDirPath()).filePath("ecapture-dump").toLocal8Bit();
    QList<QByteArray> storage{program};
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun r;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) == pid) {
        r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.maxRssKiB = usage.ru_maxrss;
    }
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    return r;
}

bool measure(const Shape &shape, qint64 n, const QDir &dir, bool keep)
{
    const QString path = dir.filePath(QStringLiteral("%1-%2.ecvcap").arg(shape.name).arg(n));
    qint64 events = 0;
    qint64 bytes = 0;
    {
        CaptureStore store;
        QString error;
        if (!store.create(path, QStringLiteral("ecv-bench-http"), &error)) {
            fprintf(stderr, "ecv-bench-http: %s\n", qPrintable(error));
            return false;
        }
        shape.generate(n, [&](const RawFrame &f) {
            store.appendFrame(f);
            ++events;
            bytes += f.data.size();
        });
        store.flush();
        store.close();
    }
    const QList<QPair<const char *, QStringList>> outputs = {
        {"jsonl", {QStringLiteral("-T"), QStringLiteral("jsonl")}},
        {"text", {QStringLiteral("-T"), QStringLiteral("text")}},
        {"follow",
         {QStringLiteral("-q"), QStringLiteral("-z"), QStringLiteral("follow,tcp,ascii,1")}},
    };
    for (const auto &output : outputs) {
        const ChildRun run = runDump(QStringList{QStringLiteral("-r"), path} + output.second);
        QJsonObject o;
        o.insert(QStringLiteral("shape"), QLatin1String(shape.name));
        o.insert(QLatin1String(shape.unit), n);
        o.insert(QStringLiteral("events"), events);
        o.insert(QStringLiteral("input_bytes"), bytes);
        o.insert(QStringLiteral("output"), QLatin1String(output.first));
        o.insert(QStringLiteral("exit"), run.status);
        o.insert(QStringLiteral("seconds"), qRound(run.seconds * 1000) / 1000.0);
        o.insert(QStringLiteral("us_per_event"),
                 qRound(run.seconds * 1e7 / double(qMax<qint64>(events, 1))) / 10.0);
        o.insert(QStringLiteral("peak_rss_mib"), qRound(double(run.maxRssKiB) / 102.4) / 10.0);
        fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
        fputc('\n', stdout);
        fflush(stdout);
    }
    if (!keep)
        QFile::remove(path);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QPair<const Shape *, QList<qint64>>> plan;
    QStringList args = app.arguments().mid(1);
    QString keepDir;
    if (args.size() >= 2 && args.first() == QLatin1String("--keep")) {
        keepDir = args.at(1);
        args = args.mid(2);
    }
    for (const QString &arg : args) {
        const QString name = arg.section(QLatin1Char(':'), 0, 0);
        const Shape *shape = nullptr;
        for (const Shape &s : shapes())
            if (name == QLatin1String(s.name))
                shape = &s;
        bool ok = true;
        const qint64 n =
            arg.contains(QLatin1Char(':')) ? arg.section(QLatin1Char(':'), 1).toLongLong(&ok) : 0;
        if (!shape || !ok || n < 0) {
            fprintf(stderr, "usage: ecv-bench-http [--keep DIR] [SHAPE[:N] ...]; shapes:");
            for (const Shape &s : shapes())
                fprintf(stderr, " %s", s.name);
            fprintf(stderr, "\n");
            return 2;
        }
        plan.append({shape, n > 0 ? QList<qint64>{n} : shape->sizes});
    }
    if (plan.isEmpty())
        for (const Shape &s : shapes())
            plan.append({&s, s.sizes});
    QTemporaryDir temporary;
    if (keepDir.isEmpty() && !temporary.isValid())
        return 1;
    const QDir dir(keepDir.isEmpty() ? temporary.path() : keepDir);
    for (const auto &step : plan)
        for (qint64 n : step.second)
            if (!measure(*step.first, n, dir, !keepDir.isEmpty()))
                return 1;
    return 0;
}
