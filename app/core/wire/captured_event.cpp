// SPDX-License-Identifier: Apache-2.0
#include "core/wire/captured_event.h"

namespace ecv {

QString probeName(Probe probe)
{
    switch (probe) {
    case Probe::OpenSsl:
        return QStringLiteral("openssl");
    case Probe::GnuTls:
        return QStringLiteral("gnutls");
    case Probe::Nspr:
        return QStringLiteral("nspr");
    case Probe::GoTls:
        return QStringLiteral("gotls");
    case Probe::Bash:
        return QStringLiteral("bash");
    case Probe::Zsh:
        return QStringLiteral("zsh");
    case Probe::MySql:
        return QStringLiteral("mysql");
    case Probe::Postgres:
        return QStringLiteral("postgres");
    case Probe::Unknown:
        break;
    }
    return {};
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Send:
        return QStringLiteral("send");
    case Direction::Recv:
        return QStringLiteral("recv");
    case Direction::Unknown:
        break;
    }
    return {};
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Data:
        return QStringLiteral("data");
    case EventKind::Connect:
        return QStringLiteral("connect");
    case EventKind::SocketDestroy:
        return QStringLiteral("socket-destroy");
    case EventKind::Shell:
        return QStringLiteral("shell");
    case EventKind::Query:
        return QStringLiteral("query");
    case EventKind::DataNotice:
        return QStringLiteral("notice");
    case EventKind::Unknown:
        break;
    }
    return {};
}

} // namespace ecv
