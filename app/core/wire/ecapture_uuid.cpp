// SPDX-License-Identifier: Apache-2.0
#include "core/wire/ecapture_uuid.h"

#include <QList>

namespace ecv {

namespace {

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (char ch : text)
        if (ch < '0' || ch > '9')
            return false;
    return true;
}

bool looksLikeTuple(const QByteArray &text)
{
    return text.contains(':') && text.contains('-');
}

QString joinComm(const QList<QByteArray> &parts, qsizetype from, qsizetype to)
{
    QByteArray comm;
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            comm.append('_');
        comm.append(parts.at(i));
    }
    comm.replace('\0', QByteArray());
    return QString::fromUtf8(comm);
}

} // namespace

EcaptureUuid EcaptureUuid::parse(const QByteArray &raw)
{
    EcaptureUuid uuid;
    QByteArray text = raw;
    if (text.startsWith("sock:")) {
        uuid.noConnection = true;
        text = text.mid(5);
    }
    const QList<QByteArray> parts = text.split('_');
    if (parts.size() < 2 || !isDigits(parts.at(0)))
        return uuid;
    uuid.pid = parts.at(0).toLongLong();

    // openssl: the tuple is the last part that looks like one (a `sock:` form adds "_<sock>").
    for (qsizetype t = parts.size() - 1; t >= 5; --t) {
        if (!looksLikeTuple(parts.at(t)))
            continue;
        const QByteArray &datatype = parts.at(t - 1);
        const QByteArray &fd = parts.at(t - 2);
        if (!isDigits(parts.at(1)) || !isDigits(fd) || (datatype != "0" && datatype != "1"))
            break;
        uuid.shape = Shape::Socket;
        uuid.tid = parts.at(1).toLongLong();
        uuid.comm = joinComm(parts, 2, t - 2);
        uuid.fd = fd.toInt();
        uuid.datatype = datatype.toInt();
        uuid.tuple = QString::fromLatin1(parts.at(t));
        return uuid;
    }

    if (parts.size() >= 3 && isDigits(parts.at(1))) {
        uuid.tid = parts.at(1).toLongLong();
        const QByteArray &last = parts.last();
        if (parts.size() >= 4 && (last == "0" || last == "1")) {
            uuid.shape = Shape::CommDatatype;
            uuid.datatype = last.toInt();
            uuid.comm = joinComm(parts, 2, parts.size() - 1);
        } else {
            uuid.shape = Shape::PidTidComm;
            uuid.comm = joinComm(parts, 2, parts.size());
        }
        return uuid;
    }
    uuid.shape = Shape::PidComm;
    uuid.comm = joinComm(parts, 1, parts.size());
    return uuid;
}

} // namespace ecv
