// SPDX-License-Identifier: Apache-2.0
#include "core/wire/v2_event_text.h"

#include <QCoreApplication>

#include "core/wire/ecapture_tuple.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace ecv {

namespace {

/** Reads fixed tokens from a byte range; every method fails without moving on a mismatch. */
class Cursor
{
public:
    Cursor(const QByteArray &bytes, qsizetype pos, qsizetype end)
        : m_bytes(bytes)
        , m_pos(pos)
        , m_end(end)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_end; }

    bool literal(const char *text)
    {
        const qsizetype length = qsizetype(qstrlen(text));
        if (m_end - m_pos < length || memcmp(m_bytes.constData() + m_pos, text, size_t(length)))
            return false;
        m_pos += length;
        return true;
    }

    void skipTabs()
    {
        while (m_pos < m_end && m_bytes.at(m_pos) == '\t')
            ++m_pos;
    }

    bool integer(qint64 &value)
    {
        qsizetype p = m_pos;
        const bool negative = p < m_end && m_bytes.at(p) == '-';
        if (negative)
            ++p;
        const qsizetype digits = p;
        qint64 v = 0;
        while (p < m_end && p - digits < 19 && m_bytes.at(p) >= '0' && m_bytes.at(p) <= '9') {
            const int digit = m_bytes.at(p++) - '0';
            // A number qint64 cannot hold is not a PID/FD/count: fail, never wrap around.
            if (v > (std::numeric_limits<qint64>::max() - digit) / 10)
                return false;
            v = v * 10 + digit;
        }
        if (p == digits)
            return false;
        value = negative ? -v : v;
        m_pos = p;
        return true;
    }

    /** Bytes up to the first @p separator (not included); moves past the separator. */
    bool until(const char *separator, QByteArray &out)
    {
        const qsizetype at = m_bytes.indexOf(separator, m_pos);
        if (at < 0 || at + qsizetype(qstrlen(separator)) > m_end)
            return false;
        out = m_bytes.mid(m_pos, at - m_pos);
        m_pos = at + qsizetype(qstrlen(separator));
        return true;
    }

    /** Bytes up to the *last* @p separator before the end (for a comm that may hold anything). */
    bool untilLast(const char *separator, QByteArray &out)
    {
        const qsizetype length = qsizetype(qstrlen(separator));
        const qsizetype at = m_bytes.lastIndexOf(separator, m_end - length);
        if (at < m_pos || m_end - length < 0)
            return false;
        out = m_bytes.mid(m_pos, at - m_pos);
        m_pos = at + length;
        return true;
    }

    QByteArray rest() const { return m_bytes.mid(m_pos, m_end - m_pos); }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos;
    qsizetype m_end;
};

QString commName(QByteArray comm)
{
    comm.replace('\0', QByteArray());
    return QString::fromUtf8(comm);
}

QByteArray withoutFinalNewline(QByteArray text)
{
    // TextHandler appends "\n" when the text does not end in one (text_handler.go), so one final
    // newline of a text event is eCapture's, not the process's.
    if (text.endsWith('\n'))
        text.chop(1);
    return text;
}

/** Takes exactly @p count bytes at @p from; a short payload keeps what there is and says so. */
QByteArray takeData(const QByteArray &text, qsizetype from, qint64 count, QStringList &warnings)
{
    const qsizetype available = qMax<qsizetype>(0, text.size() - from);
    if (count > available) {
        warnings.append(QCoreApplication::translate("ecv::EventText",
                                                    "text declares %1 data bytes, payload holds %2")
                            .arg(count)
                            .arg(available));
        count = available;
    }
    return text.mid(from, qsizetype(count));
}

void setTuple(CapturedEvent &event, const QByteArray &tupleText)
{
    event.tuple = QString::fromLatin1(tupleText.trimmed());
    EcaptureTuple tuple;
    if (EcaptureTuple::parse(event.tuple, tuple) && !tuple.isPlaceholder()) {
        event.srcIp = tuple.srcIp;
        event.srcPort = tuple.srcPort;
        event.dstIp = tuple.dstIp;
        event.dstPort = tuple.dstPort;
    }
}

// [2026-11-29 14:26:06.063] PID:21507 TID:21507 Comm:curl FD:5 WRITE (89 bytes):\n<bytes>
bool parseOpenSslData(const QByteArray &text, CapturedEvent &out)
{
    const qsizetype newline = text.indexOf('\n');
    const qsizetype close = text.indexOf("] ");
    if (newline < 0 || close < 0 || close > newline)
        return false;
    Cursor c(text, close + 2, newline);
    CapturedEvent e = out;
    QByteArray comm;
    qint64 fd = -1;
    qint64 count = -1;
    if (!c.literal("PID:") || !c.integer(e.pid) || !c.literal(" TID:") || !c.integer(e.tid) ||
        !c.literal(" Comm:") || !c.untilLast(" FD:", comm) || !c.integer(fd) || !c.literal(" "))
        return false;
    if (c.literal("WRITE"))
        e.direction = Direction::Send;
    else if (c.literal("READ"))
        e.direction = Direction::Recv;
    else
        return false;
    if (!c.literal(" (") || !c.integer(count) || count < 0 || !c.literal(" bytes):") || !c.atEnd())
        return false;
    e.printedTime = QString::fromLatin1(text.mid(1, close - 1));
    e.probe = Probe::OpenSsl;
    e.kind = EventKind::Data;
    e.format = PayloadFormat::Raw;
    e.fd = qint32(fd);
    e.processName = commName(comm);
    e.declaredLength = count;
    e.data = takeData(text, newline + 1, count, e.warnings);
    out = e;
    return true;
}

// PID:21507, Comm:curl, TID:21507, FD:5, Tuple: [127.0.0.1]:37714->[127.0.0.1]:18080
bool parseConnect(Cursor c, qint64 pid, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    qint64 tid = -1;
    qint64 fd = -1;
    if (!c.until(", TID:", comm) || !c.integer(tid) || !c.literal(", FD:") || !c.integer(fd) ||
        !c.literal(", Tuple:"))
        return false;
    const QByteArray tupleText = c.rest().trimmed();
    if (!tupleText.contains("->"))
        return false;
    setTuple(e, tupleText);
    e.probe = Probe::OpenSsl;
    if (pid == 0 && tid == 0 && fd == 0 && e.srcIp.isEmpty()) {
        // kern/openssl.h probe_tcp_v4_destroy_sock sets only `sock`: nothing here is usable.
        e.kind = EventKind::SocketDestroy;
        out = e;
        return true;
    }
    e.kind = EventKind::Connect;
    e.pid = pid;
    e.tid = tid;
    e.fd = qint32(fd);
    e.processName = commName(comm);
    out = e;
    return true;
}

// v1.x event worker writing to a CollectorWriter (connect-out mode, iworker.go@v1.5.2 Display):
// PID:21507, Comm:curl, Src:127.0.0.1:37714, Dest:127.0.0.1:18080,\n<processor output>
bool parseV1Worker(const QByteArray &text, Cursor c, qint64 pid, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    QByteArray src;
    QByteArray dst;
    if (!c.until(", Src:", comm) || !c.until(", Dest:", src) || !c.until(",\n", dst))
        return false;
    EcaptureTuple tuple;
    if (EcaptureTuple::parseEndpoint(QString::fromLatin1(src), tuple.srcIp, tuple.srcPort) &&
        EcaptureTuple::parseEndpoint(QString::fromLatin1(dst), tuple.dstIp, tuple.dstPort) &&
        tuple.srcPort > 0 && tuple.dstPort > 0) {
        e.srcIp = tuple.srcIp;
        e.srcPort = tuple.srcPort;
        e.dstIp = tuple.dstIp;
        e.dstPort = tuple.dstPort;
    }
    e.tuple = QString::fromLatin1(src + "->" + dst);
    e.kind = EventKind::Data;
    e.format = PayloadFormat::Raw;
    e.pid = pid;
    e.processName = commName(comm);
    e.data = text.mid(c.pos());
    out = e;
    return true;
}

// PID:21536, TID:21536, Comm:buildagent, FD:6, Tuple:[a]:p->[b]:q, Type:WRITE, Len:111\nData:\n…
bool parseGoTls(const QByteArray &text, Cursor c, qint64 pid, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    QByteArray tupleText;
    QByteArray type;
    qint64 fd = -1;
    qint64 count = -1;
    if (!c.integer(e.tid) || !c.literal(", Comm:") || !c.until(", FD:", comm) || !c.integer(fd) ||
        !c.literal(", Tuple:") || !c.until(", Type:", tupleText) || !c.until(", Len:", type) ||
        !c.integer(count) || count < 0 || !c.literal("\nData:\n"))
        return false;
    if (type == "WRITE")
        e.direction = Direction::Send;
    else if (type == "READ")
        e.direction = Direction::Recv;
    else
        return false;
    setTuple(e, tupleText);
    e.probe = Probe::GoTls;
    e.kind = EventKind::Data;
    e.format = PayloadFormat::Raw;
    e.pid = pid;
    e.fd = qint32(fd);
    e.processName = commName(comm);
    e.declaredLength = count;
    e.data = takeData(text, c.pos(), count, e.warnings);
    out = e;
    return true;
}

// bash: PID:p, UID:u, Comm:c, Retvalue:r, Line:\n<lines>   zsh: PID:p, UID:u, \tComm:c, \tLine:\n…
// v1.4.3–1.5.2 raw frames put a tab before every field after UID and pad comm with NULs.
bool parseShell(Cursor c, qint64 pid, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    if (!c.integer(e.uid) || !c.literal(", "))
        return false;
    c.skipTabs();
    if (!c.literal("Comm:") || !c.until(", ", comm))
        return false;
    c.skipTabs();
    bool bash = false;
    if (c.literal("Retvalue:")) {
        qint64 retval = 0;
        if (!c.integer(retval) || !c.literal(", "))
            return false;
        e.returnValue = qint32(retval);
        bash = true;
        c.skipTabs();
    }
    if (!c.literal("Line:\n"))
        return false;
    e.probe = bash ? Probe::Bash : Probe::Zsh;
    e.kind = EventKind::Shell;
    e.format = PayloadFormat::Text;
    e.pid = pid;
    e.processName = commName(comm);
    e.data = withoutFinalNewline(c.rest());
    out = e;
    return true;
}

// PID=1302 Comm=postgres Query=SELECT now();
bool parsePostgres(Cursor c, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    if (!c.literal("PID=") || !c.integer(e.pid) || !c.literal(" Comm=") ||
        !c.until(" Query=", comm))
        return false;
    e.probe = Probe::Postgres;
    e.kind = EventKind::Query;
    e.format = PayloadFormat::Text;
    e.processName = commName(comm);
    e.data = withoutFinalNewline(c.rest());
    out = e;
    return true;
}

// MySQL Query[PID=1187, Comm=mysqld, Len=44/44, Status=SUCCESS]: SELECT …
bool parseMySql(Cursor c, CapturedEvent &out)
{
    CapturedEvent e = out;
    QByteArray comm;
    QByteArray status;
    qint64 length = -1;
    qint64 total = -1;
    if (!c.literal("MySQL Query[PID=") || !c.integer(e.pid) || !c.literal(", Comm=") ||
        !c.until(", Len=", comm) || !c.integer(length) || !c.literal("/") || !c.integer(total) ||
        !c.literal(", Status=") || !c.until("]: ", status))
        return false;
    e.probe = Probe::MySql;
    e.kind = EventKind::Query;
    e.format = PayloadFormat::Text;
    e.processName = commName(comm);
    e.status = QString::fromUtf8(status);
    e.declaredLength = total;
    e.data = withoutFinalNewline(c.rest());
    if (length != total)
        e.warnings.append(QCoreApplication::translate("ecv::EventText",
                                                      "query truncated by eCapture: %1 of %2 bytes")
                              .arg(length)
                              .arg(total));
    out = e;
    return true;
}

qint64 numberAfter(const QByteArray &text, const char *key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return -1;
    Cursor c(text, at + qsizetype(qstrlen(key)), text.size());
    qint64 value = -1;
    return c.integer(value) ? value : -1;
}

// TLSDataEvent{Timestamp: …, PID: 1234, Direction: read, DataLen: 512}: a notice without data.
bool parseNspr(const QByteArray &text, CapturedEvent &out)
{
    if (!text.startsWith("TLSDataEvent{"))
        return false;
    CapturedEvent e = out;
    e.probe = Probe::Nspr;
    e.kind = EventKind::DataNotice;
    e.format = PayloadFormat::Text;
    e.pid = numberAfter(text, "PID: ");
    e.declaredLength = numberAfter(text, "DataLen: ");
    if (text.contains("Direction: read"))
        e.direction = Direction::Recv;
    else if (text.contains("Direction: write"))
        e.direction = Direction::Send;
    e.data = withoutFinalNewline(text);
    out = e;
    return true;
}

} // namespace

bool V2EventText::looksLikeShellText(const QByteArray &bytes)
{
    Cursor c(bytes, 0, bytes.size());
    qint64 pid = 0;
    return c.literal("PID:") && c.integer(pid) && c.literal(", UID:");
}

bool V2EventText::parse(const QByteArray &text, CapturedEvent &event)
{
    if (text.startsWith('['))
        return parseOpenSslData(text, event);
    Cursor c(text, 0, text.size());
    if (c.literal("PID:")) {
        qint64 pid = -1;
        if (!c.integer(pid) || !c.literal(", "))
            return false;
        if (c.literal("Comm:")) {
            // The connect text is one line; the trailing newline is TextHandler's.
            const qsizetype newline = text.indexOf('\n');
            const QByteArray header = text.left(newline < 0 ? text.size() : newline);
            if (header.contains(", Src:") && header.contains(", Dest:"))
                return parseV1Worker(text, c, pid, event);
            Cursor line(text, c.pos(), newline < 0 ? text.size() : newline);
            return parseConnect(line, pid, event);
        }
        if (c.literal("TID:"))
            return parseGoTls(text, c, pid, event);
        if (c.literal("UID:"))
            return parseShell(c, pid, event);
        return false;
    }
    if (text.startsWith("PID="))
        return parsePostgres(c, event);
    if (text.startsWith("MySQL Query["))
        return parseMySql(c, event);
    return parseNspr(text, event);
}

bool V2EventText::parsePrintedAsUtcMs(const QString &printed, qint64 *ms)
{
    // eCapture prints the capture host's local wall-clock time without a zone.
    QDateTime time = QDateTime::fromString(printed, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!time.isValid())
        time = QDateTime::fromString(printed, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return false;
    time.setTimeZone(QTimeZone::utc());
    *ms = time.toMSecsSinceEpoch();
    return true;
}

} // namespace ecv
