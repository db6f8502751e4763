// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_comments.h"

#include <QCoreApplication>

#include <QStringList>
#include <QtEndian>

#include "core/fields/field_registry.h"

namespace ecv {

namespace {

QString word(const QString &text)
{
    if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('"')) || text.isEmpty()) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

void putTag(QByteArray &out, quint16 tag, const QByteArray &value)
{
    char header[4];
    qToBigEndian(tag, header);
    qToBigEndian(quint16(value.size()), header + 2);
    out.append(header, 4);
    out.append(value);
}

// wsutil/exported_pdu_tlvs.h (Wireshark 4.0)
constexpr quint16 TagEndOfOptions = 0;
constexpr quint16 TagDissectorName = 12;
constexpr quint16 TagColumnProtocol = 33;

} // namespace

QString ExportComments::eventComment(const CapturedEvent &e, int eventIndex)
{
    QStringList w;
    w.reserve(12);
    w << QStringLiteral("event=%1").arg(eventIndex + 1)
      << QStringLiteral("frame=%1").arg(e.frameNumber);
    if (e.pid >= 0)
        w << QStringLiteral("pid=%1").arg(e.pid);
    if (e.tid >= 0)
        w << QStringLiteral("tid=%1").arg(e.tid);
    if (!e.processName.isEmpty())
        w << QStringLiteral("comm=") + word(e.processName);
    if (e.fd >= 0)
        w << QStringLiteral("fd=%1").arg(e.fd);
    if (e.direction != Direction::Unknown)
        w << QStringLiteral("direction=") + directionName(e.direction);
    if (e.ecaptureType >= 0)
        w << QStringLiteral("type=%1").arg(e.ecaptureType);
    static const FieldInfo &eraField = FieldRegistry::field("event.era");
    const QString era = FieldRegistry::firstText(eraField, EventFieldContext(e));
    if (!era.isEmpty())
        w << QStringLiteral("era=") + era;
    if (e.probe != Probe::Unknown)
        w << QStringLiteral("probe=") + probeName(e.probe);
    if (!e.uuid.isEmpty())
        w << QStringLiteral("uuid=") + word(e.uuid);
    if (!e.tuple.isEmpty())
        w << QStringLiteral("tuple=") + word(e.tuple);
    w << QStringLiteral("length=%1").arg(e.data.size());
    return w.join(QLatin1Char(' '));
}

QString ExportComments::noteProtocol(const CapturedEvent &e)
{
    switch (e.kind) {
    case EventKind::Shell:
    case EventKind::Query:
        return probeName(e.probe);
    case EventKind::Connect:
    case EventKind::SocketDestroy:
    case EventKind::DataNotice:
    case EventKind::Data:
    case EventKind::Unknown:
        break;
    }
    const QString kind = eventKindName(e.kind);
    return kind.isEmpty() ? QStringLiteral("ecapture") : kind;
}

QByteArray ExportComments::notePayload(const CapturedEvent &e)
{
    QByteArray out;
    putTag(out, TagDissectorName, "data-text-lines");
    putTag(out, TagColumnProtocol, noteProtocol(e).toUtf8());
    putTag(out, TagEndOfOptions, {});
    const bool tupleOnly = e.kind == EventKind::Connect || e.kind == EventKind::SocketDestroy;
    QByteArray text = tupleOnly ? e.tuple.toUtf8() : e.data;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    // One record holds at most a snapshot length of bytes.
    out += text.left(262144 - out.size());
    return out;
}

QString ExportComments::leftOutReason(const CapturedEvent &e)
{
    switch (e.kind) {
    case EventKind::Shell:
        return QCoreApplication::translate("ecv::Export", "shell commands");
    case EventKind::Query:
        return QCoreApplication::translate("ecv::Export", "database queries");
    case EventKind::Connect:
        return QCoreApplication::translate("ecv::Export", "connect notices");
    case EventKind::SocketDestroy:
        return QStringLiteral("socket-destroy notices");
    case EventKind::DataNotice:
        return QCoreApplication::translate("ecv::Export", "data notices without bytes");
    case EventKind::Data:
        return QCoreApplication::translate("ecv::Export", "data events without bytes");
    case EventKind::Unknown:
        break;
    }
    return QCoreApplication::translate("ecv::Export", "events of unknown kind");
}

} // namespace ecv
