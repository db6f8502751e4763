// SPDX-License-Identifier: Apache-2.0
#include "net/loop_pass_rewriter.h"

#include <QRegularExpression>

#include "ecaptureq.pb.h"

namespace ecv {

namespace {

constexpr qint64 kPidStep = 1000;
constexpr qint64 kPortStep = 7;
constexpr qint64 kFirstPort = 1024;
constexpr qint64 kPortCount = 65536 - kFirstPort;

bool allDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

QByteArray shiftedNumber(const QByteArray &digits, int pass)
{
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? QByteArray::number(LoopPassRewriter::shiftPid(value, pass)) : digits;
}

QByteArray tupleText(const std::string &srcIp, quint32 srcPort, const std::string &dstIp,
                     quint32 dstPort)
{
    return QByteArray::fromStdString(srcIp) + ':' + QByteArray::number(srcPort) + '-' +
           QByteArray::fromStdString(dstIp) + ':' + QByteArray::number(dstPort);
}

} // namespace

qint64 LoopPassRewriter::shiftPid(qint64 pid, int pass)
{
    if (pid <= 0 || pass <= 0)
        return pid;
    // Each term reduced first: a pid from the stream may be near INT64_MAX.
    return ((pid - 1) % kPidMax + kPidStep * pass % kPidMax) % kPidMax + 1;
}

quint32 LoopPassRewriter::shiftPort(quint32 port, int pass)
{
    if (port < kFirstPort || port > 65535 || pass <= 0)
        return port;
    return quint32((qint64(port) - kFirstPort + kPortStep * pass) % kPortCount + kFirstPort);
}

void LoopPassRewriter::shiftClientPort(quint32 *a, quint32 *b, int pass)
{
    // Decided on the recorded values, so every event of a connection picks the same side.
    if (*a >= *b)
        *a = shiftPort(*a, pass);
    else
        *b = shiftPort(*b, pass);
}

QByteArray LoopPassRewriter::rewriteUuid(const QByteArray &uuid, const QByteArray &oldTuple,
                                         const QByteArray &newTuple, int pass)
{
    // pid_tid_comm_fd_datatype_tuple, `sock:` form, pid_tid_comm_datatype, pid_tid_comm,
    // pid_comm (EcaptureUuid; eCapture user/event/event_*.go GetUUID()).
    static const QByteArray kSock("sock:");
    const qsizetype start = uuid.startsWith(kSock) ? kSock.size() : 0;
    const QList<QByteArray> parts = uuid.mid(start).split('_');
    if (parts.isEmpty() || !allDigits(parts.at(0)))
        return uuid;
    QByteArray out = uuid.left(start) + shiftedNumber(parts.at(0), pass);
    qsizetype used = start + parts.at(0).size();
    if (parts.size() >= 3 && allDigits(parts.at(1))) { // a tid follows (pid_comm has none)
        out += '_' + shiftedNumber(parts.at(1), pass);
        used += 1 + parts.at(1).size();
    }
    QByteArray rest = uuid.mid(used);
    if (!oldTuple.isEmpty() && oldTuple != newTuple) {
        const qsizetype at = rest.lastIndexOf(oldTuple);
        if (at >= 0)
            rest.replace(at, oldTuple.size(), newTuple);
    }
    return out + rest;
}

QByteArray LoopPassRewriter::rewriteV2Text(const QByteArray &text, int pass)
{
    if (pass <= 0)
        return text;
    qsizetype headerEnd = text.indexOf('\n');
    if (headerEnd < 0)
        headerEnd = text.size();
    QString header = QString::fromLatin1(text.left(headerEnd));
    // internal/probe/*/event.go String(): "PID:%d" / "TID:%d" in connect, openssl data and gotls
    // texts; the tuple as "[ip]:port->[ip]:port".
    static const QRegularExpression ids(QStringLiteral("\\b(PID|TID):(\\d+)"));
    static const QRegularExpression tuple(
        QStringLiteral("(\\[[^\\]]*\\]):(\\d+)->(\\[[^\\]]*\\]):(\\d+)"));
    QString out;
    qsizetype last = 0;
    for (auto it = ids.globalMatch(header); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(header).mid(last, m.capturedStart(2) - last);
        out += QString::number(shiftPid(m.captured(2).toLongLong(), pass));
        last = m.capturedEnd(2);
    }
    out += QStringView(header).mid(last);
    header = out;
    const QRegularExpressionMatch t = tuple.match(header);
    if (t.hasMatch()) {
        quint32 a = t.captured(2).toUInt();
        quint32 b = t.captured(4).toUInt();
        shiftClientPort(&a, &b, pass);
        header.replace(t.capturedStart(), t.capturedLength(),
                       t.captured(1) + QLatin1Char(':') + QString::number(a) +
                           QStringLiteral("->") + t.captured(3) + QLatin1Char(':') +
                           QString::number(b));
    }
    return header.toLatin1() + text.mid(headerEnd);
}

bool LoopPassRewriter::rewriteEvent(event::Event *ev, int pass)
{
    if (pass <= 0)
        return false;
    bool changed = false;
    if (ev->uuid().empty()) { // v2.x: everything is in the text
        const std::string &payload = ev->payload();
        const QByteArray before(payload.data(), qsizetype(payload.size()));
        const QByteArray after = rewriteV2Text(before, pass);
        if (after != before) {
            if (ev->length() == payload.size())
                ev->set_length(quint32(after.size()));
            ev->set_payload(after.toStdString());
            changed = true;
        }
    }
    if (ev->pid() > 0) {
        ev->set_pid(shiftPid(ev->pid(), pass));
        changed = true;
    }
    const QByteArray oldTuple =
        tupleText(ev->src_ip(), ev->src_port(), ev->dst_ip(), ev->dst_port());
    quint32 src = ev->src_port();
    quint32 dst = ev->dst_port();
    shiftClientPort(&src, &dst, pass);
    if (src != ev->src_port() || dst != ev->dst_port()) {
        ev->set_src_port(src);
        ev->set_dst_port(dst);
        changed = true;
    }
    if (!ev->uuid().empty()) {
        const QByteArray uuid = QByteArray::fromStdString(ev->uuid());
        const QByteArray newUuid =
            rewriteUuid(uuid, oldTuple, tupleText(ev->src_ip(), src, ev->dst_ip(), dst), pass);
        if (newUuid != uuid) {
            ev->set_uuid(newUuid.toStdString());
            changed = true;
        }
    }
    return changed;
}

} // namespace ecv
