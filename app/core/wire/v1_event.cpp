// SPDX-License-Identifier: Apache-2.0
#include "core/wire/v1_event.h"

#include <QCoreApplication>

#include "core/wire/ecapture_tuple.h"
#include "core/wire/ecapture_uuid.h"

namespace ecv {

namespace {

QString withoutNuls(QByteArray text)
{
    text.replace('\0', QByteArray());
    return QString::fromUtf8(text);
}

/** Go's hex.Dump output starts "00000000  xx xx …": v1's DefaultParser with binary data. */
bool isHexDump(const QByteArray &payload)
{
    return payload.startsWith("00000000  ") && payload.size() > 12;
}

/** mysql dispatch_command return values (user/event/event_mysqld.go @v1.5.2). */
QString mysqlStatus(quint32 type)
{
    switch (qint32(type)) {
    case 0:
        return QStringLiteral("SUCCESS");
    case 1:
        return QStringLiteral("CLOSE_CONNECTION");
    case 2:
        return QStringLiteral("WOULDBLOCK");
    case -1:
        return QStringLiteral("NOT_CAPTURED");
    case -2:
        return QStringLiteral("V57_FAILED");
    default:
        break;
    }
    return QString::number(qint32(type));
}

void setAddresses(const QByteArray &srcIp, quint32 srcPort, const QByteArray &dstIp,
                  quint32 dstPort, CapturedEvent &event)
{
    // 127.0.0.1:0 (gotls, mysql, postgres, gnutls, nspr) and 0.0.0.0:0 are fillers, not peers.
    if (srcPort == 0 || dstPort == 0)
        return;
    const QString src = EcaptureTuple::normalizeIp(QString::fromLatin1(srcIp));
    const QString dst = EcaptureTuple::normalizeIp(QString::fromLatin1(dstIp));
    if (src.isEmpty() || dst.isEmpty())
        return;
    event.srcIp = src;
    event.srcPort = qint32(srcPort);
    event.dstIp = dst;
    event.dstPort = qint32(dstPort);
}

} // namespace

bool V1EventFields::isTextOnly() const
{
    return timestamp == 0 && uuid.isEmpty() && srcIp.isEmpty() && srcPort == 0 && dstIp.isEmpty() &&
           dstPort == 0 && pid == 0 && pname.isEmpty() && type == 0;
}

void fillFromV1Fields(const V1EventFields &f, CapturedEvent &e)
{
    const EcaptureUuid uuid = EcaptureUuid::parse(f.uuid);
    e.eventTimestamp = f.timestamp;
    e.uuid = withoutNuls(f.uuid);
    e.pid = f.pid > 0 ? f.pid : uuid.pid;
    e.tid = uuid.tid;
    e.processName = withoutNuls(f.pname);
    if (e.processName.isEmpty())
        e.processName = uuid.comm;
    e.ecaptureType = f.type;
    e.declaredLength = f.length;
    e.data = f.payload;
    e.kind = EventKind::Data;
    if (qsizetype(f.length) != f.payload.size())
        e.warnings.append(
            QCoreApplication::translate("ecv::EventText", "length says %1, payload has %2 bytes")
                .arg(f.length)
                .arg(f.payload.size()));

    switch (uuid.shape) {
    case EcaptureUuid::Shape::Socket: {
        e.probe = Probe::OpenSsl;
        e.fd = uuid.fd;
        e.direction = uuid.datatype == 1 ? Direction::Send : Direction::Recv;
        e.tuple = uuid.tuple;
        EcaptureTuple tuple;
        if (EcaptureTuple::parse(uuid.tuple, tuple) && !tuple.isPlaceholder()) {
            e.srcIp = tuple.srcIp;
            e.srcPort = tuple.srcPort;
            e.dstIp = tuple.dstIp;
            e.dstPort = tuple.dstPort;
        } else if (!uuid.noConnection) {
            setAddresses(f.srcIp, f.srcPort, f.dstIp, f.dstPort, e);
        }
        break;
    }
    case EcaptureUuid::Shape::CommDatatype:
        // gnutls and nspr build the same uuid; the frame does not say which.
        e.direction = uuid.datatype == 1 ? Direction::Send : Direction::Recv;
        break;
    case EcaptureUuid::Shape::PidTidComm:
        e.probe = Probe::GoTls;
        // kern/gotls_kern.c: 0 = write, 1 = read (not the HTTP parser types of openssl).
        e.direction = f.type == 0 ? Direction::Send : Direction::Recv;
        break;
    case EcaptureUuid::Shape::PidComm:
        // Both databases build `pid_comm`; the server's comm tells them apart.
        e.probe = e.processName.startsWith(QLatin1String("postgres")) ||
                          e.processName.startsWith(QLatin1String("postmaster"))
                      ? Probe::Postgres
                      : Probe::MySql;
        e.kind = EventKind::Query;
        e.format = PayloadFormat::Text;
        if (e.probe == Probe::MySql)
            e.status = mysqlStatus(f.type);
        break;
    case EcaptureUuid::Shape::Unknown:
        setAddresses(f.srcIp, f.srcPort, f.dstIp, f.dstPort, e);
        break;
    }

    if (e.kind == EventKind::Data && e.probe != Probe::GoTls) {
        if (f.type == 1 || f.type == 3)
            e.format = PayloadFormat::Http1Message;
        else if (f.type == 2 || f.type == 4)
            e.format = PayloadFormat::Http2Rendering;
        else if (isHexDump(f.payload))
            e.format = PayloadFormat::HexDumpText;
        else
            e.format = PayloadFormat::Raw;
    }
}

} // namespace ecv
