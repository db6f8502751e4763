// SPDX-License-Identifier: Apache-2.0
#include "core/fields/field_registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringDecoder>

#include "core/fields/event_columns.h"
#include "core/wire/captured_event.h"

namespace ecv {

namespace {

using F = FieldInfo;
constexpr quint8 Json = F::EventJson;
constexpr quint8 Repeats = F::Repeats;

void number(FieldValues &out, qint64 n)
{
    out.append(FieldValue::ofNumber(n));
}

void text(FieldValues &out, const QString &t)
{
    if (!t.isEmpty())
        out.append(FieldValue::ofText(t));
}

const CapturedEvent &ix(const FieldContext &c)
{
    return c.indexed();
}

/// HTTP facts of an event where a (non-interim) message begins, else nullptr.
const HttpEventFields *message(const FieldContext &c)
{
    const HttpEventFields *f = c.http();
    return f && f->present ? f : nullptr;
}
const HttpEventFields *request(const FieldContext &c)
{
    const HttpEventFields *f = message(c);
    return f && f->isRequest ? f : nullptr;
}
const HttpEventFields *response(const FieldContext &c)
{
    const HttpEventFields *f = message(c);
    return f && !f->isRequest ? f : nullptr;
}

bool isUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

/// eCapture's era names, as `event.era` has always printed them.
QString eraName(Era era)
{
    switch (era) {
    case Era::V140Json:
        return QStringLiteral("v1.4.0-json");
    case Era::V1Protobuf:
        return QStringLiteral("v1-protobuf");
    case Era::V1RawText:
        return QStringLiteral("v1-raw-text");
    case Era::V2Text:
        return QStringLiteral("v2-text");
    case Era::ConnectOut:
        return QStringLiteral("connect-out");
    case Era::Unknown:
        break;
    }
    return {};
}

/// event.length: the bytes the event holds; an NSPR notice gives the DataLen it announced;
/// connect and socket-destroy notices have none.
void eventLength(const FieldContext &c, FieldValues &out)
{
    switch (ix(c).kind) {
    case EventKind::Data:
    case EventKind::Shell:
    case EventKind::Query:
    case EventKind::Unknown:
        number(out, c.dataLength());
        return;
    case EventKind::DataNotice:
        if (const CapturedEvent *e = c.full(); e && e->declaredLength >= 0)
            number(out, e->declaredLength);
        return;
    case EventKind::Connect:
    case EventKind::SocketDestroy:
        return;
    }
}

const QVector<FieldInfo> &table()
{
    static const QVector<FieldInfo> fields = {
        {"frame.number", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Frame number (1-based among all frames)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { number(o, ix(c).frameNumber); }},
        {"frame.time", FieldType::Time, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Event time"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { number(o, ix(c).timeNs); }},
        {"frame.time_relative", FieldType::Duration,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Time since the capture's first event"),
         FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) {
             // In double first: damaged times (INT64_MIN, year 2262) must not overflow.
             const double ns = double(ix(c).timeNs) - double(c.captureStartNs());
             if (ns > -9e18 && ns < 9e18)
                 number(o, qint64(ns));
         }},
        {"frame.len", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Bytes of data the event holds"),
         FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) { number(o, c.dataLength()); }},
        {"process.pid", FieldType::Signed, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Process id"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).pid >= 0)
                 number(o, ix(c).pid);
         }},
        {"process.tid", FieldType::Signed, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Thread id"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).tid >= 0)
                 number(o, ix(c).tid);
         }},
        {"process.name", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Process name (comm)"), FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, ix(c).processName); }},
        {"event.fd", FieldType::Signed, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "File descriptor"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).fd >= 0)
                 number(o, ix(c).fd);
         }},
        {"event.direction", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Direction seen from the process (send, recv)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).direction != Direction::Unknown)
                 text(o, directionName(ix(c).direction));
         }},
        {"ip.src", FieldType::Address,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Source address (sender of the bytes)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, ix(c).srcIp); }},
        {"tcp.srcport", FieldType::Unsigned, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Source port"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (!ix(c).srcIp.isEmpty() && ix(c).srcPort >= 0)
                 number(o, ix(c).srcPort);
         }},
        {"ip.dst", FieldType::Address,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Destination address"), FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, ix(c).dstIp); }},
        {"tcp.dstport", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Destination port"), FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (!ix(c).dstIp.isEmpty() && ix(c).dstPort >= 0)
                 number(o, ix(c).dstPort);
         }},
        {"ip.addr", FieldType::Address,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Source or destination address"),
         FieldSource::Index, Repeats,
         [](const FieldContext &c, FieldValues &o) {
             text(o, ix(c).srcIp);
             text(o, ix(c).dstIp);
         }},
        {"tcp.port", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Source or destination port"), FieldSource::Index,
         Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).srcPort >= 0)
                 number(o, ix(c).srcPort);
             if (ix(c).dstPort >= 0)
                 number(o, ix(c).dstPort);
         }},
        // proto3 leaves 0 off the wire, so eCapture's type 0 cannot be told from "no type".
        {"event.type", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "eCapture's event type"), FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (ix(c).ecaptureType > 0)
                 number(o, ix(c).ecaptureType);
         }},
        {"event.length", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry",
                           "Data length (bytes held; an NSPR notice's announced length)"),
         FieldSource::Index, Json, eventLength},
        {"event.uuid", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "eCapture's uuid"), FieldSource::Event, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full())
                 text(o, e->uuid);
         }},
        {"event.tuple", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "eCapture's tuple as it printed it"),
         FieldSource::Event, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full())
                 text(o, e->tuple);
         }},
        {"event.kind", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry",
                           "Kind (data, connect, socket-destroy, shell, query, notice)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, eventKindName(ix(c).kind)); }},
        {"event.probe", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "eCapture probe (openssl, gotls, bash, …)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, probeName(ix(c).probe)); }},
        {"event.era", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "eCapture wire era"), FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) { text(o, eraName(ix(c).era)); }},
        {"event.conversation", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Conversation number (-z conv, Follow Stream)"),
         FieldSource::Index, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (c.conversationId() != 0)
                 number(o, c.conversationId());
         }},
        {"event.roles_inferred", FieldType::Boolean,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Client and server roles were inferred"),
         FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) { number(o, ix(c).rolesInferred ? 1 : 0); }},
        // What the viewer could not decode cleanly (shown in brackets after the Info text).
        {"event.warning", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "A decoding problem of the event"),
         FieldSource::Event, Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full()) {
                 for (const QString &w : e->warnings)
                     text(o, w);
             }
         }},
        {"payload", FieldType::Bytes, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "The event's bytes"),
         FieldSource::Event, 0,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full())
                 o.append(FieldValue::ofBytes(e->data));
         }},
        // eCaptureQ's is_binary / payload_utf8: a payload is text when all of it is UTF-8.
        {"payload.is_binary", FieldType::Boolean,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "The bytes are not valid UTF-8"),
         FieldSource::Event, 0,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full())
                 number(o, isUtf8(e->data) ? 0 : 1);
         }},
        {"payload.utf8", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "The bytes as text, when valid UTF-8"),
         FieldSource::Event, 0,
         [](const FieldContext &c, FieldValues &o) {
             if (const CapturedEvent *e = c.full(); e && isUtf8(e->data))
                 o.append(FieldValue::ofText(QString::fromUtf8(e->data)));
         }},
        {"http.request.method", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Request method"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = request(c))
                 text(o, f->method);
         }},
        {"http.request.uri", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Request URI"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = request(c))
                 text(o, f->uri);
         }},
        {"http.request.version", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Request version"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = request(c))
                 text(o, f->version);
         }},
        {"http.host", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Host (HTTP/2 :authority)"), FieldSource::Http,
         Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = request(c))
                 text(o, f->host);
         }},
        {"http.request.line", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Request line"), FieldSource::Http, 0,
         [](const FieldContext &c, FieldValues &o) {
             const HttpMessage *m = request(c) ? c.httpMessage() : nullptr;
             if (!m)
                 return;
             text(o, m->httpMajor == 1 && !m->startLine.isEmpty()
                         ? QString::fromLatin1(m->startLine)
                         : QString::fromLatin1(m->method + ' ' + m->target + ' ' + m->version)
                               .trimmed());
         }},
        {"http.response.code", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Status code"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = response(c); f && f->responseCode >= 0)
                 number(o, f->responseCode);
         }},
        {"http.content_type", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Media type of the body"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = message(c))
                 text(o, f->contentType);
         }},
        {"http.body_length", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Decoded body length (bytes)"), FieldSource::Http,
         Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = message(c); f && f->bodyLength >= 0)
                 number(o, f->bodyLength);
         }},
        {"http.header", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Header line (Name: value)"), FieldSource::Http,
         Repeats,
         [](const FieldContext &c, FieldValues &o) {
             const HttpMessage *m = message(c) ? c.httpMessage() : nullptr;
             if (!m)
                 return;
             for (const HttpHeaderField &h : m->headers)
                 text(o, QString::fromLatin1(h.name + ": " + h.value));
         }},
        {"http.body", FieldType::Bytes, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Decoded body"),
         FieldSource::Http, 0,
         [](const FieldContext &c, FieldValues &o) {
             const HttpMessage *m = message(c) ? c.httpMessage() : nullptr;
             if (m && m->bodySize() > 0)
                 o.append(FieldValue::ofBytes(m->decodedBody()));
         }},
        {"http.response_in", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Response in frame"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = request(c); f && f->responseIn)
                 number(o, f->responseIn);
         }},
        {"http.request_in", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Request in frame"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = response(c); f && f->requestIn)
                 number(o, f->requestIn);
         }},
        {"http.time", FieldType::Duration,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Time since the request"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = response(c); f && f->hasTime)
                 number(o, qint64(f->time * 1e9 + (f->time >= 0 ? 0.5 : -0.5)));
         }},
        {"http.messages", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry",
                           "Every HTTP message beginning in the event (-T jsonl: one object of "
                           "http.* fields each)"),
         FieldSource::Http, Json | Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = c.http())
                 for (const HttpEventFields &m : f->messages)
                     text(o, m.summary);
         }},
        {"http2.streamid", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "HTTP/2 stream id"), FieldSource::Http, Json,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = c.http(); f && f->http2StreamId >= 0)
                 number(o, f->http2StreamId);
         }},
        {"http2.type", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry",
                           "HTTP/2 frame type of each frame starting in the event"),
         FieldSource::Http, Json | Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = c.http())
                 for (const QString &t : f->http2Types)
                     text(o, t);
         }},
        {"http2.error_code", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "HTTP/2 error code of each RST_STREAM and GOAWAY"),
         FieldSource::Http, Json | Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = c.http())
                 for (qint64 code : f->http2ErrorCodes)
                     number(o, code);
         }},
        {"http2.goaway.last_stream_id", FieldType::Unsigned,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Last stream id of each GOAWAY"),
         FieldSource::Http, Json | Repeats,
         [](const FieldContext &c, FieldValues &o) {
             if (const HttpEventFields *f = c.http())
                 for (qint64 id : f->http2LastStreamIds)
                     number(o, id);
         }},
        {"col.process", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Process column"), FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::process(ix(c))); }},
        {"col.source", FieldType::String, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Source column"),
         FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::source(ix(c))); }},
        {"col.destination", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Destination column"), FieldSource::Index, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::destination(ix(c))); }},
        {"col.host", FieldType::String, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Host column"),
         FieldSource::Http, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::host(c)); }},
        {"col.protocol", FieldType::String,
         QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Protocol column"), FieldSource::Http, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::protocol(c)); }},
        {"col.info", FieldType::String, QT_TRANSLATE_NOOP("ecv::FieldRegistry", "Info column"),
         FieldSource::Http, 0,
         [](const FieldContext &c, FieldValues &o) { text(o, EventColumns::info(c)); }},
    };
    return fields;
}

QString hexBytes(const QByteArray &bytes, char separator)
{
    return QString::fromLatin1(separator ? bytes.toHex(separator) : bytes.toHex());
}

} // namespace

const QVector<FieldInfo> &FieldRegistry::fields()
{
    return table();
}

const FieldInfo *FieldRegistry::find(QAnyStringView name)
{
    static const QHash<QString, const FieldInfo *> byName = [] {
        QHash<QString, const FieldInfo *> h;
        for (const FieldInfo &f : table())
            h.insert(QLatin1String(f.name), &f);
        return h;
    }();
    return byName.value(name.toString());
}

const FieldInfo &FieldRegistry::field(const char *name)
{
    const FieldInfo *f = find(QString::fromLatin1(name));
    Q_ASSERT_X(f, "FieldRegistry::field", name);
    return *f;
}

QString FieldRegistry::title(const FieldInfo &field)
{
    return QCoreApplication::translate("ecv::FieldRegistry", field.title);
}

QString FieldRegistry::typeName(FieldType type)
{
    switch (type) {
    case FieldType::Unsigned:
        return QStringLiteral("unsigned");
    case FieldType::Signed:
        return QStringLiteral("signed");
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Address:
        return QStringLiteral("address");
    case FieldType::Time:
        return QStringLiteral("time");
    case FieldType::Duration:
        return QStringLiteral("duration");
    case FieldType::Bytes:
        return QStringLiteral("bytes");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

FieldValues FieldRegistry::values(const FieldInfo &field, const FieldContext &context)
{
    FieldValues out;
    field.read(context, out);
    return out;
}

QString FieldRegistry::firstText(const FieldInfo &field, const FieldContext &context)
{
    const FieldValues v = values(field, context);
    return v.isEmpty() ? QString() : text(field, v.first());
}

QString FieldRegistry::text(const FieldInfo &field, const FieldValue &value)
{
    switch (field.type) {
    case FieldType::Unsigned:
    case FieldType::Signed:
        return QString::number(value.number);
    case FieldType::String:
    case FieldType::Address:
        return value.text;
    case FieldType::Time: {
        qint64 seconds = value.number / 1000000000;
        qint64 rest = value.number % 1000000000;
        if (rest < 0) {
            rest += 1000000000;
            --seconds;
        }
        return QDateTime::fromSecsSinceEpoch(seconds).toString(u"yyyy-MM-dd HH:mm:ss") +
               QStringLiteral(".%1").arg(rest, 9, 10, QLatin1Char('0'));
    }
    case FieldType::Duration:
        return QString::number(double(value.number) / 1e9, 'f', 9);
    case FieldType::Bytes:
        return hexBytes(value.bytes, ':');
    case FieldType::Boolean:
        return value.number ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

QJsonValue FieldRegistry::json(const FieldInfo &field, const FieldValue &value)
{
    switch (field.type) {
    case FieldType::Unsigned:
    case FieldType::Signed:
    case FieldType::Time:
        return value.number;
    case FieldType::Duration:
        return double(value.number) / 1e9;
    case FieldType::String:
    case FieldType::Address:
        return value.text;
    case FieldType::Bytes:
        return hexBytes(value.bytes, 0);
    case FieldType::Boolean:
        return value.number != 0;
    }
    return {};
}

namespace {

/** One message of an event seen as if it began there alone: its facts, nothing else. */
class MessageFieldContext : public FieldContext
{
public:
    MessageFieldContext(const FieldContext &event, const HttpEventFields &message)
        : m_event(event)
        , m_message(message)
    {}
    const CapturedEvent &indexed() const override { return m_event.indexed(); }
    qint64 dataLength() const override { return m_event.dataLength(); }
    quint32 conversationId() const override { return m_event.conversationId(); }
    const CapturedEvent *full() const override { return m_event.full(); }
    const HttpEventFields *http() const override { return &m_message; }

private:
    const FieldContext &m_event;
    const HttpEventFields &m_message;
};

void addJsonFields(QJsonObject &object, const FieldContext &context, bool httpOnly)
{
    for (const FieldInfo &f : table()) {
        // http.messages is written as objects by eventObject(), not as its summaries.
        if (!(f.flags & Json) || (httpOnly && f.source != FieldSource::Http) ||
            qstrcmp(f.name, "http.messages") == 0)
            continue;
        const FieldValues v = FieldRegistry::values(f, context);
        if (v.isEmpty())
            continue;
        if (f.repeats()) {
            QJsonArray array;
            for (const FieldValue &one : v)
                array.append(FieldRegistry::json(f, one));
            object.insert(QLatin1String(f.name), array);
        } else {
            object.insert(QLatin1String(f.name), FieldRegistry::json(f, v.first()));
        }
    }
}

} // namespace

QJsonObject FieldRegistry::eventObject(const FieldContext &context)
{
    QJsonObject object;
    addJsonFields(object, context, false);
    // Every message beginning in the event, each with its own http.* fields (the first one's
    // are also the flat keys above, where they always were).
    const HttpEventFields *http = context.http();
    if (http && !http->messages.isEmpty()) {
        QJsonArray messages;
        for (const HttpEventFields &m : http->messages) {
            QJsonObject one;
            addJsonFields(one, MessageFieldContext(context, m), true);
            messages.append(one);
        }
        object.insert(QStringLiteral("http.messages"), messages);
    }
    return object;
}

QString FieldRegistry::glossary()
{
    QString out;
    for (const FieldInfo &f : table())
        out += QLatin1String(f.name) + QLatin1Char('\t') + typeName(f.type) + QLatin1Char('\t') +
               title(f) + QLatin1Char('\n');
    return out;
}

} // namespace ecv
