// SPDX-License-Identifier: Apache-2.0
#include "core/wire/frame_decoder.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include "core/wire/json_members.h"
#include "core/wire/run_log_entry.h"
#include "core/wire/v1_event.h"
#include "core/wire/v2_event_text.h"
#include "ecaptureq_lenient.pb.h"

namespace ecv {

namespace {

using WireFormatLite = google::protobuf::internal::WireFormatLite;

constexpr qint64 kYear2100Seconds = 4102444800LL;

bool toUtf8Text(const QByteArray &bytes, QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = decoder(bytes);
    return !decoder.hasError();
}

QString chopNewline(QString line)
{
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

/** Says in words why @p data is not a LogEntry, by walking its top-level fields. */
QString protobufFailure(const QByteArray &data)
{
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const quint8 *>(data.constData()),
                                              int(data.size()));
    for (int field = 0;; ++field) {
        const quint32 tag = in.ReadTag();
        if (tag == 0)
            break;
        const int wireType = int(WireFormatLite::GetTagWireType(tag));
        const int number = WireFormatLite::GetTagFieldNumber(tag);
        if (wireType == WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
            quint32 length = 0;
            if (!in.ReadVarint32(&length))
                return QCoreApplication::translate("ecv::FrameDecoder",
                                                   "truncated protobuf: field %1 has no length")
                    .arg(number);
            const int left = in.BytesUntilLimit() < 0 ? int(data.size()) - in.CurrentPosition()
                                                      : in.BytesUntilLimit();
            if (qint64(length) > left)
                return QCoreApplication::translate(
                           "ecv::FrameDecoder",
                           "truncated protobuf: field %1 needs %2 bytes, %3 left")
                    .arg(number)
                    .arg(length)
                    .arg(left);
            in.Skip(int(length));
        } else if (wireType > WireFormatLite::WIRETYPE_FIXED32 ||
                   wireType == WireFormatLite::WIRETYPE_START_GROUP ||
                   wireType == WireFormatLite::WIRETYPE_END_GROUP) {
            return QCoreApplication::translate("ecv::FrameDecoder",
                                               "not a protobuf LogEntry: field %1 has wire type %2")
                .arg(number)
                .arg(wireType);
        } else if (!WireFormatLite::SkipField(&in, tag)) {
            return QCoreApplication::translate("ecv::FrameDecoder",
                                               "truncated protobuf: field %1 cut short")
                .arg(number);
        }
    }
    return QCoreApplication::translate("ecv::FrameDecoder",
                                       "not a protobuf LogEntry: %1 bytes that do not parse")
        .arg(data.size());
}

void setUndecodable(DecodedFrame &out, const QString &reason)
{
    out.kind = DecodedFrame::Kind::Undecodable;
    out.reason = reason;
}

void setHeartbeat(DecodedFrame &out, qint64 timestamp, qint64 count, const QString &message)
{
    out.kind = DecodedFrame::Kind::Heartbeat;
    out.heartbeatTimestamp = timestamp;
    out.heartbeatCount = count;
    out.heartbeatMessage = message;
    // Every era sends Unix seconds (client.go Heartbeat: time.Now().Unix()).
    out.heartbeatTimestampValid = timestamp > 0 && timestamp < kYear2100Seconds;
    if (!out.heartbeatTimestampValid)
        out.warnings.append(
            QCoreApplication::translate("ecv::FrameDecoder", "invalid heartbeat timestamp %1")
                .arg(timestamp));
}

void setRunLog(DecodedFrame &out, const QByteArray &bytes)
{
    out.kind = DecodedFrame::Kind::RunLog;
    QString text;
    if (!toUtf8Text(bytes, text))
        out.warnings.append(QCoreApplication::translate(
            "ecv::FrameDecoder", "run log is not valid UTF-8 (shown with U+FFFD)"));
    out.runLog = chopNewline(text);
}

/** v2.1+ text-only events and connect-out event texts. */
void setTextEvent(DecodedFrame &out, const QByteArray &text, Era era)
{
    out.kind = DecodedFrame::Kind::Event;
    CapturedEvent &event = out.event;
    event.era = era;
    if (!V2EventText::parse(text, event)) {
        event.kind = EventKind::Unknown;
        event.format = PayloadFormat::Text;
        event.data = text;
        event.warnings.append(
            QCoreApplication::translate("ecv::FrameDecoder", "event text of an unknown shape"));
    }
}

void decodeLogEntry(const event_lenient::LogEntry &entry, DecodedFrame &out)
{
    switch (entry.payload_case()) {
    case event_lenient::LogEntry::kHeartbeatPayload: {
        const auto &hb = entry.heartbeat_payload();
        setHeartbeat(out, hb.timestamp(), hb.count(), QString::fromUtf8(hb.message()));
        return;
    }
    case event_lenient::LogEntry::kRunLog:
        setRunLog(out, QByteArray::fromStdString(entry.run_log()));
        return;
    case event_lenient::LogEntry::kEventPayload: {
        const auto &ev = entry.event_payload();
        V1EventFields fields;
        fields.timestamp = ev.timestamp();
        fields.uuid = QByteArray::fromStdString(ev.uuid());
        fields.srcIp = QByteArray::fromStdString(ev.src_ip());
        fields.srcPort = ev.src_port();
        fields.dstIp = QByteArray::fromStdString(ev.dst_ip());
        fields.dstPort = ev.dst_port();
        fields.pid = ev.pid();
        fields.pname = QByteArray::fromStdString(ev.pname());
        fields.type = ev.type();
        fields.length = ev.length();
        fields.payload = QByteArray::fromStdString(ev.payload());
        if (fields.isTextOnly() && fields.payload.isEmpty()) {
            setUndecodable(out, QCoreApplication::translate(
                                    "ecv::FrameDecoder", "event with neither fields nor payload"));
            return;
        }
        if (fields.isTextOnly()) {
            // server.go WriteEvent (v2.1+): payload = event.String() (+ "\n"), length = len.
            setTextEvent(out, fields.payload, Era::V2Text);
            if (qsizetype(fields.length) != fields.payload.size())
                out.event.warnings.append(
                    QCoreApplication::translate("ecv::FrameDecoder",
                                                "length says %1, payload has %2 bytes")
                        .arg(fields.length)
                        .arg(fields.payload.size()));
            return;
        }
        out.kind = DecodedFrame::Kind::Event;
        out.event.era = Era::V1Protobuf;
        fillFromV1Fields(fields, out.event);
        return;
    }
    case event_lenient::LogEntry::PAYLOAD_NOT_SET:
        break;
    }
}

/** v1.4.0–1.4.2: {"log_type":N,"payload":…} (pkg/ecaptureq/proto.go@v1.4.0). */
void decodeJsonFrame(const QByteArray &data, DecodedFrame &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        setUndecodable(out, QCoreApplication::translate("ecv::FrameDecoder",
                                                        "text frame is not valid JSON: %1")
                                .arg(error.errorString()));
        return;
    }
    const QJsonObject object = doc.object();
    const QJsonValue payload = object.value(QLatin1String("payload"));
    const int logType = object.value(QLatin1String("log_type")).toInt(-1);
    const QJsonObject p = payload.toObject();
    switch (logType) {
    case 0:
        setHeartbeat(out, qint64(p.value(QLatin1String("timestamp")).toDouble()),
                     qint64(p.value(QLatin1String("count")).toDouble()),
                     p.value(QLatin1String("message")).toString());
        return;
    case 1:
        if (payload.isString()) {
            setRunLog(out, payload.toString().toUtf8());
        } else {
            // The zerolog line was embedded as a JSON object: keep its text as written.
            out.kind = DecodedFrame::Kind::RunLog;
            out.runLog = QString::fromUtf8(JsonMembers::rawValue(data, QStringLiteral("payload")));
        }
        return;
    case 2: {
        if (!payload.isObject()) {
            setUndecodable(
                out, QCoreApplication::translate("ecv::FrameDecoder",
                                                 "JSON event whose payload is not an object"));
            return;
        }
        V1EventFields f;
        f.timestamp = qint64(p.value(QLatin1String("timestamp")).toDouble());
        f.uuid = p.value(QLatin1String("uuid")).toString().toUtf8();
        f.srcIp = p.value(QLatin1String("src_ip")).toString().toUtf8();
        f.srcPort = quint32(p.value(QLatin1String("src_port")).toDouble());
        f.dstIp = p.value(QLatin1String("dst_ip")).toString().toUtf8();
        f.dstPort = quint32(p.value(QLatin1String("dst_port")).toDouble());
        f.pid = qint64(p.value(QLatin1String("pid")).toDouble());
        f.pname = p.value(QLatin1String("pname")).toString().toUtf8();
        f.type = quint32(p.value(QLatin1String("type")).toDouble());
        const auto decoded = QByteArray::fromBase64Encoding(
            p.value(QLatin1String("payload_base64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        f.payload = decoded ? *decoded : QByteArray();
        // v1.4.0's `length` counts the base64 text, not the bytes (proto.go@v1.4.0).
        f.length = quint32(f.payload.size());
        out.kind = DecodedFrame::Kind::Event;
        out.event.era = Era::V140Json;
        fillFromV1Fields(f, out.event);
        out.event.declaredLength = qint64(p.value(QLatin1String("length")).toDouble());
        if (!decoded)
            out.event.warnings.append(QCoreApplication::translate(
                "ecv::FrameDecoder", "payload_base64 is not valid base64"));
        return;
    }
    default:
        break;
    }
    setUndecodable(out, QCoreApplication::translate("ecv::FrameDecoder",
                                                    "JSON text frame with unknown log_type %1")
                            .arg(logType));
}

/** Connect-out (--logaddr/--eventaddr): base64 of a zerolog line or of an event text. */
void decodeBase64Frame(const QByteArray &data, DecodedFrame &out)
{
    const QByteArray trimmed = data.trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || trimmed.size() % 4 != 0) {
        setUndecodable(
            out, QCoreApplication::translate("ecv::FrameDecoder",
                                             "text frame is neither eCapture JSON nor base64"));
        return;
    }
    const QByteArray &bytes = *decoded;
    if (bytes.startsWith('{')) {
        // v1.x connect-out: an event worker's text may arrive wrapped in a zerolog line.
        const QJsonObject line = QJsonDocument::fromJson(bytes).object();
        const QByteArray message = line.value(QLatin1String("message")).toString().toUtf8();
        CapturedEvent probe;
        if (message.startsWith("PID:") && V2EventText::parse(message, probe) &&
            probe.kind == EventKind::Data) {
            setTextEvent(out, message, Era::ConnectOut);
            return;
        }
        setRunLog(out, bytes);
        return;
    }
    CapturedEvent probe;
    if (!V2EventText::parse(bytes, probe)) {
        setUndecodable(
            out, QCoreApplication::translate("ecv::FrameDecoder",
                                             "base64 text frame holds no known eCapture text"));
        return;
    }
    setTextEvent(out, bytes, Era::ConnectOut);
}

} // namespace

DecodedFrame FrameDecoder::decode(const RawFrame &frame, quint32 frameNumber) const
{
    DecodedFrame out;
    out.event.frameNumber = frameNumber;
    out.event.arrivalNs = frame.arrivalNs;
    out.event.timeNs = frame.arrivalNs;
    if (frame.data.isEmpty()) {
        setUndecodable(out, QCoreApplication::translate("ecv::FrameDecoder", "empty frame"));
        return out;
    }
    if (frame.opcode == RawFrame::Opcode::Text) {
        QString text;
        if (!toUtf8Text(frame.data, text)) {
            setUndecodable(out, QCoreApplication::translate("ecv::FrameDecoder",
                                                            "text frame is not valid UTF-8"));
            return out;
        }
        if (frame.data.trimmed().startsWith('{'))
            decodeJsonFrame(frame.data, out);
        else
            decodeBase64Frame(frame.data, out);
        return out;
    }

    event_lenient::LogEntry entry;
    const bool parsed = entry.ParseFromArray(frame.data.constData(), int(frame.data.size()));
    if (parsed && entry.payload_case() != event_lenient::LogEntry::PAYLOAD_NOT_SET) {
        decodeLogEntry(entry, out);
        return out;
    }
    // v1.4.3–1.5.2 wrote bash/zsh and --hex output (and in v1.4.3 gotls/mysql/postgres) raw to
    // WriteEvent: not protobuf at all (probe_bash.go:310-316, server.go@v1.5.2:108-111).
    CapturedEvent probe;
    if (V2EventText::parse(frame.data, probe)) {
        setTextEvent(out, frame.data, Era::V1RawText);
        return out;
    }
    if (!parsed) {
        setUndecodable(out, protobufFailure(frame.data));
        return out;
    }
    setUndecodable(out, QCoreApplication::translate(
                            "ecv::FrameDecoder", "LogEntry without a known payload (log_type %1)")
                            .arg(entry.log_type()));
    return out;
}

qint64 FrameDecoder::clockOffsetNs(const QVector<RawFrame> &frames, int scanLimit)
{
    FrameDecoder decoder;
    qint64 fromLog = 0;
    bool haveLog = false;
    const int limit = int(qMin<qsizetype>(frames.size(), scanLimit));
    for (int i = 0; i < limit; ++i) {
        const DecodedFrame d = decoder.decode(frames.at(i), quint32(i + 1));
        if (d.kind == DecodedFrame::Kind::Heartbeat && d.heartbeatTimestampValid) {
            const qint64 coarse = d.heartbeatTimestamp * 1000000000LL - frames.at(i).arrivalNs;
            return refineWholeSecondOffset(frames, i + 1, limit, coarse);
        }
        if (d.kind == DecodedFrame::Kind::RunLog && !haveLog) {
            const qint64 logNs = RunLogEntry::parse(d.runLog).timeNs;
            if (logNs > 0) {
                fromLog = logNs - frames.at(i).arrivalNs;
                haveLog = true;
            }
        }
    }
    return haveLog ? refineWholeSecondOffset(frames, 0, limit, fromLog) : fromLog;
}

qint64 FrameDecoder::refineWholeSecondOffset(const QVector<RawFrame> &frames, int from, int to,
                                             qint64 coarseNs)
{
    // Heartbeat timestamps and zerolog times are whole seconds, so the coarse offset is up to
    // 1 s early. A v2 event's printed time has ms and, since zones are whole quarter hours, its
    // position within the quarter hour is UTC's: that gives the missing fraction.
    constexpr qint64 quarterHourNs = 900LL * 1000000000LL;
    constexpr qint64 slackNs = 1100LL * 1000000LL;
    FrameDecoder decoder;
    for (int i = from; i < to; ++i) {
        const DecodedFrame d = decoder.decode(frames.at(i), quint32(i + 1));
        if (d.kind != DecodedFrame::Kind::Event || d.event.printedTime.isEmpty())
            continue;
        qint64 printedMs = 0;
        // Past 2200 (or before 1970) the stamp is garbage and its ns would overflow.
        constexpr qint64 latestPrintedMs = 7258118400000LL; // 2200-01-01 UTC
        if (!V2EventText::parsePrintedAsUtcMs(d.event.printedTime, &printedMs) || printedMs < 0 ||
            printedMs > latestPrintedMs)
            continue;
        const qint64 estimate = frames.at(i).arrivalNs + coarseNs;
        qint64 fraction = (printedMs * 1000000LL - estimate) % quarterHourNs;
        if (fraction < 0)
            fraction += quarterHourNs;
        return fraction < slackNs ? coarseNs + fraction : coarseNs;
    }
    return coarseNs;
}

} // namespace ecv
