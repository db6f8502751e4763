// SPDX-License-Identifier: Apache-2.0
#include "core/fields/event_columns.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>

#include "core/fields/payload_text.h"
#include "core/normalize/endpoint_text.h"
#include "core/wire/saturating_arithmetic.h"

namespace ecv {

QString FieldContext::payloadSummary() const
{
    const CapturedEvent *event = full();
    return event ? PayloadText::summaryLine(event->data, EventColumns::InfoMaxChars) : QString();
}

QString EventColumns::process(const CapturedEvent &e)
{
    if (e.pid < 0)
        return e.processName;
    return e.processName.isEmpty()
               ? QString::number(e.pid)
               : e.processName + QStringLiteral(" (") + QString::number(e.pid) + QLatin1Char(')');
}

QString EventColumns::source(const CapturedEvent &e)
{
    return endpointText(e.srcIp, e.srcPort);
}

QString EventColumns::destination(const CapturedEvent &e)
{
    return endpointText(e.dstIp, e.dstPort);
}

QString EventColumns::indexProtocol(const CapturedEvent &e)
{
    switch (e.kind) {
    case EventKind::Connect:
        return QStringLiteral("connect");
    case EventKind::SocketDestroy:
        return QStringLiteral("close");
    case EventKind::Shell:
        return e.probe == Probe::Zsh ? QStringLiteral("zsh") : QStringLiteral("bash");
    case EventKind::Query:
        return e.probe == Probe::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("MySQL");
    case EventKind::DataNotice:
        return QStringLiteral("notice");
    case EventKind::Data:
    case EventKind::Unknown:
        break;
    }
    switch (e.format) {
    case PayloadFormat::Http1Message:
        return HttpFields::protocolName(false);
    case PayloadFormat::Http2Rendering:
        return HttpFields::protocolName(true); // as the dissected rows say
    default:
        break;
    }
    switch (e.probe) {
    case Probe::GoTls:
        return QStringLiteral("TLS data (Go)");
    case Probe::Bash:
    case Probe::Zsh:
        return probeName(e.probe);
    case Probe::MySql:
        return QStringLiteral("MySQL");
    case Probe::Postgres:
        return QStringLiteral("PostgreSQL");
    case Probe::Unknown:
        return e.kind == EventKind::Data ? QStringLiteral("TLS data") : QStringLiteral("event");
    default:
        return QStringLiteral("TLS data");
    }
}

QString EventColumns::protocol(const FieldContext &c)
{
    const HttpEventFields *http = c.http();
    return http && !http->protocol.isEmpty() ? http->protocol : indexProtocol(c.indexed());
}

QString EventColumns::time(qint64 timeNs, bool relative, qint64 firstNs)
{
    if (relative)
        return QString::number(double(saturatingSub(timeNs, firstNs)) / 1e9, 'f', 6);
    return QDateTime::fromMSecsSinceEpoch(timeNs / 1000000)
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString EventColumns::host(const FieldContext &c)
{
    const HttpEventFields *http = c.http();
    return http ? http->hostColumn : QString();
}

QString EventColumns::info(const FieldContext &c)
{
    const CapturedEvent &e = c.indexed();
    const HttpEventFields *http = c.http();
    QString info;
    if (http && !http->info.isEmpty())
        info = http->info;
    else if (e.format == PayloadFormat::Http2Rendering)
        // Until the HTTP analysis answers, eCapture's text rendering would show its first line
        // ("Frame Type => SETTINGS", tabs and all): name what it is instead.
        info = QCoreApplication::translate("ecv::EventColumns",
                                           "HTTP/2 frames (eCapture text rendering)");
    else
        info = c.payloadSummary();
    if (info.isEmpty() && (e.kind == EventKind::Connect || e.kind == EventKind::SocketDestroy)) {
        // A connect or socket-destroy notice: the tuple it announces, unless eCapture sent its
        // all-zero placeholder ("[::]:0->[::]:0").
        const CapturedEvent *full = e.tuple.isEmpty() ? c.full() : &e;
        const QString tuple = full ? full->tuple : QString();
        if (std::any_of(tuple.cbegin(), tuple.cend(),
                        [](QChar ch) { return ch.isLetterOrNumber() && ch != QLatin1Char('0'); }))
            info = tuple;
    }
    if (info.size() > InfoMaxChars)
        info.truncate(InfoMaxChars);
    if (!e.warnings.isEmpty())
        info += QStringLiteral(" [") + e.warnings.first() + QLatin1Char(']');
    return info;
}

} // namespace ecv
