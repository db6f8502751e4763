// SPDX-License-Identifier: Apache-2.0
// ecv-fuzz-seeds DATA_DIR OUT_DIR: writes one seed corpus per fuzz target (OUT_DIR/<target>/)
// from the recorded fixtures in DATA_DIR (tests/data): frames, events, connection byte streams,
// HTTP bodies found in them (and compressed with each coding), capture files written from the
// frames, plus a few hand-made shapes the fixtures lack. Seeds follow each target's input layout
// (its selector bytes first; see the comment at the top of each fuzz_*.cpp).
#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include "core/file/capture_file_writer.h"
#include "core/file/frame_log_reader.h"
#include "core/http/body/json_reindenter.h"
#include "core/http/h2/ecapture_http2_text_parser.h"
#include "core/http/http1_parser.h"
#include "core/http/http_dissector.h"
#include "core/wire/frame_decoder.h"
#include "core/wire/v2_event_text.h"
#include "ecaptureq.pb.h"

namespace {

constexpr qsizetype kMaxSeed = 64 * 1024; // longer seeds only slow every mutation down

class Corpus
{
public:
    explicit Corpus(QString root)
        : m_root(std::move(root))
    {}
    /** Writes @p seed (cut to kMaxSeed) under @p target, named by its hash (duplicates merge). */
    void add(const QString &target, const QByteArray &seed)
    {
        const QByteArray cut = seed.left(kMaxSeed);
        const QString dir = m_root + QLatin1Char('/') + target;
        QDir().mkpath(dir);
        const QString name = QString::fromLatin1(
            QCryptographicHash::hash(cut, QCryptographicHash::Sha1).toHex().left(16));
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(cut) != cut.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        ++m_counts[target];
    }
    void add(const QString &target, char selector, const QByteArray &seed)
    {
        add(target, QByteArray(1, selector) + seed);
    }
    const QMap<QString, int> &counts() const { return m_counts; }
    QString root() const { return m_root; }

private:
    QString m_root;
    QMap<QString, int> m_counts;
};

QByteArray gzipOrZlib(const QByteArray &in, bool gzip)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, gzip ? 31 : 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray zstdCompress(const QByteArray &in)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    const size_t n =
        ZSTD_compress(out.data(), size_t(out.size()), in.constData(), size_t(in.size()), 3);
    return ZSTD_isError(n) ? QByteArray() : out.left(qsizetype(n));
}

QByteArray brotliCompress(const QByteArray &in)
{
    size_t n = BrotliEncoderMaxCompressedSize(size_t(in.size())) + 16;
    QByteArray out(qsizetype(n), Qt::Uninitialized);
    if (!BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, size_t(in.size()),
                               reinterpret_cast<const uint8_t *>(in.constData()), &n,
                               reinterpret_cast<uint8_t *>(out.data())))
        return {};
    return out.left(qsizetype(n));
}

QByteArray chunked(const QByteArray &body)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += 100) {
        const QByteArray part = body.mid(at, 100);
        out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

/** Body seeds for one HTTP message body: each decoder, each coding, the renderers. */
void addBody(Corpus &c, const QByteArray &body, const QByteArray &contentType,
             const QByteArray &contentEncoding, const QByteArray &wire)
{
    if (!wire.isEmpty() && !contentEncoding.isEmpty())
        c.add(QStringLiteral("body"), 5, contentEncoding + '\n' + wire);
    if (body.isEmpty())
        return;
    const QByteArray sample = body.left(4096);
    c.add(QStringLiteral("body"), 0, chunked(sample));
    c.add(QStringLiteral("body"), 1, gzipOrZlib(sample, true));
    c.add(QStringLiteral("body"), 2, gzipOrZlib(sample, false));
    c.add(QStringLiteral("body"), 3, brotliCompress(sample));
    c.add(QStringLiteral("body"), 4, zstdCompress(sample));
    c.add(QStringLiteral("body"), 5, "gzip, br\n" + brotliCompress(gzipOrZlib(sample, true)));
    c.add(QStringLiteral("body"), 8, contentType + '\n' + sample);
    c.add(QStringLiteral("body"), 10, contentType + '\n' + sample);
    if (ecv::JsonReindenter::looksLikeJson(sample))
        c.add(QStringLiteral("json_reindent"), 2, sample);
}

// Seeds from one connection's exact byte stream (tests/data/raw/*.bin).
void addStream(Corpus &c, const QByteArray &bytes)
{
    c.add(QStringLiteral("http1"), 0, bytes);
    c.add(QStringLiteral("http2"), 0, bytes);
    qint64 offset = 0;
    ecv::Http1Parser::Options o;
    while (offset < bytes.size()) {
        const ecv::Http1Parser::Result r = ecv::Http1Parser::parse(bytes, offset, o);
        if (r.status == ecv::Http1Parser::Status::NotHttp)
            break;
        ecv::HttpMessage m = r.message;
        ecv::Http1Parser::decodeBody(m);
        addBody(c, m.body, ecv::httpHeaderValue(m.headers, "content-type"),
                ecv::httpHeaderValue(m.headers, "content-encoding"), m.wireBody);
        if (ecv::httpHeaderValue(m.headers, "transfer-encoding").contains("chunked"))
            c.add(QStringLiteral("body"), 0, bytes.mid(r.headerEnd, r.bodyEnd - r.headerEnd));
        if (r.bodyEnd <= offset)
            break;
        offset = r.bodyEnd;
    }
}

QByteArray dissectorItem(const ecv::HttpDissector::Item &item)
{
    const int head = int(item.direction) | (int(item.format) << 2) |
                     (int(qBound(qint64(-1), item.ecaptureType, qint64(6)) + 1) << 5);
    return QByteArray(1, char(head)) + item.data.left(8192);
}

// Seeds from one recorded stream (tests/data/*.jsonl).
void addFrameLog(Corpus &c, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray all = f.readAll();
    // The first lines (header included) keep the reader's seed small.
    qsizetype cut = 0;
    for (int line = 0; line < 40 && cut >= 0; ++line)
        cut = all.indexOf('\n', cut + 1);
    c.add(QStringLiteral("frame_log"), cut < 0 ? all : all.left(cut + 1));

    ecv::FrameLogReader reader;
    if (!reader.readBytes(all))
        qFatal("%s: %s", qPrintable(path), qPrintable(reader.errorString()));
    const ecv::FrameDecoder decoder;
    QMap<QString, QVector<ecv::HttpDissector::Item>> conversations;
    QVector<ecv::RawFrame> frames = reader.frames();
    for (int i = 0; i < frames.size(); ++i) {
        const ecv::RawFrame &frame = frames.at(i);
        c.add(QStringLiteral("frame_decoder"), char(frame.opcode == ecv::RawFrame::Opcode::Text),
              frame.data);
        QByteArray text;
        if (frame.opcode == ecv::RawFrame::Opcode::Text)
            text = QByteArray::fromBase64(frame.data);
        event::LogEntry entry;
        if (frame.opcode == ecv::RawFrame::Opcode::Binary &&
            entry.ParseFromArray(frame.data.constData(), int(frame.data.size())) &&
            entry.has_event_payload())
            text = QByteArray::fromStdString(entry.event_payload().payload());
        else if (ecv::V2EventText::looksLikeShellText(frame.data))
            text = frame.data;
        ecv::CapturedEvent parsed;
        if (!text.isEmpty() && ecv::V2EventText::parse(text, parsed))
            c.add(QStringLiteral("v2_event_text"), text);

        const ecv::DecodedFrame decoded = decoder.decode(frame, quint32(i + 1));
        if (decoded.kind != ecv::DecodedFrame::Kind::Event || decoded.event.data.isEmpty())
            continue;
        const ecv::CapturedEvent &e = decoded.event;
        if (ecv::EcaptureHttp2TextParser::looksLikeRendering(e.data))
            c.add(QStringLiteral("http2_text"), e.data);
        if (e.format == ecv::PayloadFormat::Http1Message)
            c.add(QStringLiteral("http1"), 1, e.data);
        const QString key = QStringLiteral("%1/%2/%3").arg(e.pid).arg(e.fd).arg(e.uuid.left(40));
        conversations[key].append(ecv::HttpDissector::itemFromEvent(e, i));
    }
    for (const auto &items : std::as_const(conversations)) {
        QByteArray seed;
        for (const ecv::HttpDissector::Item &item : items) {
            if (!seed.isEmpty())
                seed += "\n\xff\xfe";
            seed += dissectorItem(item);
            if (seed.size() > kMaxSeed / 2)
                break;
        }
        c.add(QStringLiteral("http_dissector"), seed);
    }

    // A capture file of the first frames, as the viewer writes one.
    const QString tmp = c.root() + QStringLiteral("/.capture.ecvcap");
    ecv::CaptureFileWriter writer;
    ecv::CaptureFileInfo info;
    info.application = QStringLiteral("ecv-fuzz-seeds");
    info.source = QFileInfo(path).fileName();
    if (!writer.create(tmp, info))
        qFatal("cannot write %s", qPrintable(tmp));
    writer.writeNote(1, 0, QStringLiteral("connected"));
    for (int i = 0; i < qMin(24, int(frames.size())); ++i)
        writer.writeFrame(frames.at(i));
    writer.close();
    QFile capture(tmp);
    if (!capture.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tmp));
    const QByteArray file = capture.readAll();
    capture.close();
    QFile::remove(tmp);
    c.add(QStringLiteral("capture_file"), 1, file);
    c.add(QStringLiteral("capture_file"), 0, file.left(file.size() / 2));
}

void addHandMade(Corpus &c)
{
    const char *v2[] = {
        "PID:1234, Comm:curl, TID:1234, FD:5, Tuple: [192.0.2.1]:40000->[198.51.100.2]:443\n",
        "PID:0, Comm:, TID:0, FD:0, Tuple: [::]:0->[::]:0\n",
        ("PID:77, TID:78, Comm:server, FD:9, Tuple:[::1]:8443->[::1]:51000, Type:READ, Len:5\n"
         "Data:\nhello\n"),
        "PID:10, UID:0, Comm:bash, Retvalue:0, Line:\nls -l\n",
        "PID:11, UID:0, \tComm:zsh, \tLine:\nwhoami\n",
        "MySQL Query[PID=5, Comm=mysqld, Len=8/8, Status=1]: SELECT 1\n",
        "PID=6 Comm=postgres Query=SELECT now()\n",
        "TLSDataEvent{Pid: 1, PID: 1, Direction: read, DataLen: 12}\n",
        "PID:3, Comm:wget, Src:192.0.2.1:1, Dest:192.0.2.2:80,\nGET / HTTP/1.1\r\n\r\n",
        "[2024-05-01 12:00:00.123] PID:1 TID:1 Comm:curl FD:3 WRITE (4 bytes):\nPING\n",
    };
    for (const char *s : v2)
        c.add(QStringLiteral("v2_event_text"), QByteArray(s));

    const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; "
                                 "filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
                                 "--XyZ--\r\n";
    c.add(QStringLiteral("body"), 6, "multipart/form-data; boundary=XyZ\n" + multipart);
    c.add(QStringLiteral("body"), 10, "multipart/form-data; boundary=XyZ\n" + multipart);
    c.add(QStringLiteral("body"), 7, "/search?q=a%20b&x=%E4%BD%A0&flag\na=1&b=%ZZ&c=+d+&=e&f");
    c.add(QStringLiteral("body"), 8, "text/html\n<meta charset=\"gbk\"><p>\xc4\xe3\xba\xc3</p>");
    c.add(QStringLiteral("body"), 9, "shift_jis\n\x82\xa0\x82\xa2");
    c.add(QStringLiteral("body"), 10, "application/xml\n<?xml version=\"1.0\"?><a><b x='1'/></a>");
    c.add(QStringLiteral("body"), 10, "image/png\n\x89PNG\r\n\x1a\n\0\0\0\rIHDR");

    const char *json[] = {
        R"({"a":[1,2.5e-3,true,false,null,{"b":"\u00e9\"x"}],"c":{}})",
        R"([[[[[[[[[[[]]]]]]]]]]])",
        R"({"unterminated": [1, 2)",
        "\xef\xbb\xbf{\"bom\":1}",
    };
    for (const char *s : json)
        c.add(QStringLiteral("json_reindent"), 2, QByteArray(s));

    const char *filters[] = {
        "event.conversation == 3",
        "ip.addr == 1.2.3.4",
        "process.pid == 7 && process.name == \"curl\"",
        "http.host == \"x\" && http.request.uri matches \"^/p(\\?|$)\"",
        "http.response.code >= 400 or not http",
        "tcp.port in {80 443 8000..8080} and event.direction == \"send\"",
        "ip.src == 2001:db8::5 || !(ip.dst == 192.0.2.0/24)",
        "http.content_type contains \"json\" && http.body_length > 1e3",
        "process.name ~ \"^ng\" xor frame.number < 10",
        "http2.streamid == 1 && (event.type eq 4 || event.fd != -1)",
    };
    for (const char *s : filters)
        c.add(QStringLiteral("display_filter"), QByteArray(s));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: ecv-fuzz-seeds DATA_DIR OUT_DIR\n";
        return 2;
    }
    const QDir data(args.at(1));
    Corpus corpus(args.at(2));
    QDir().mkpath(corpus.root());
    const QStringList logs = data.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    if (logs.isEmpty()) {
        QTextStream(stderr) << "no *.jsonl fixtures in " << data.path() << '\n';
        return 1;
    }
    for (const QString &name : logs)
        addFrameLog(corpus, data.filePath(name));
    const QDir raw(data.filePath(QStringLiteral("raw")));
    for (const QString &name : raw.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name)) {
        QFile f(raw.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        addStream(corpus, f.readAll());
    }
    addHandMade(corpus);
    // Crash inputs kept as regression tests are seeds too: the fuzzer starts past them.
    const QDir regressions(data.filePath(QStringLiteral("fuzz")));
    for (const QFileInfo &fi : regressions.entryInfoList(QDir::Files)) {
        if (fi.suffix() == QLatin1String("md"))
            continue;
        const QString target = fi.fileName().section(QLatin1Char('-'), 0, 0);
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            corpus.add(target, f.readAll());
    }
    QTextStream out(stdout);
    for (auto it = corpus.counts().cbegin(); it != corpus.counts().cend(); ++it)
        out << it.key() << ": " << it.value() << " seeds\n";
    return 0;
}
