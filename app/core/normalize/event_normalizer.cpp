// SPDX-License-Identifier: Apache-2.0
#include "core/normalize/event_normalizer.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QTimeZone>

#include "core/normalize/timestamp_unit.h"
#include "core/wire/saturating_arithmetic.h"
#include "core/wire/v2_event_text.h"

namespace ecv {

namespace {

// Bounds for the per-connection memories: a long capture with millions of short connections
// must not grow without end. Dropping them only loses role hints for very old connections.
constexpr qsizetype kMaxRemembered = 200000;
constexpr qint64 kQuarterHourNs = 15LL * 60 * 1000000000LL;
constexpr qint64 kMaxZoneOffsetNs = 14LL * 3600 * 1000000000LL;
/// Latest printed time taken as a time: 2200-01-01 UTC (Unix ns end in 2262).
constexpr qint64 kMaxPrintedMs = 7258118400000LL;

/** Who wrote these bytes, judged from how HTTP messages start (RFC 9112 §3, RFC 9113 §3.4). */
enum class Speaker : quint8
{
    Unknown,
    Client,
    Server
};

Speaker speakerOf(const QByteArray &data)
{
    if (data.startsWith("HTTP/1.") || data.startsWith("HTTP/2 "))
        return Speaker::Server;
    if (data.startsWith("PRI * HTTP/2.0"))
        return Speaker::Client;
    static const char *const methods[] = {"GET ",   "POST ",    "PUT ",     "HEAD ", "DELETE ",
                                          "PATCH ", "OPTIONS ", "CONNECT ", "TRACE "};
    for (const char *method : methods)
        if (data.startsWith(method))
            return data.left(2048).contains(" HTTP/1.") ? Speaker::Client : Speaker::Unknown;
    return Speaker::Unknown;
}

/** True for exactly "dddd-dd-dd dd:dd:dd" (then the milliseconds after it can be added). */
bool isPlainSecond(QStringView text)
{
    static constexpr char kShape[] = "dddd-dd-dd dd:dd:dd";
    if (text.size() != qsizetype(sizeof(kShape) - 1))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (kShape[i] == 'd' ? (c < u'0' || c > u'9') : c != char16_t(kShape[i]))
            return false;
    }
    return true;
}

bool isTupleData(const CapturedEvent &event)
{
    // Data whose addresses are eCapture's client→server tuple (v1 openssl uuid), as opposed to
    // gotls, whose v2 text already prints sender→receiver.
    return event.kind == EventKind::Data && event.probe != Probe::GoTls;
}

} // namespace

void EventNormalizer::reset()
{
    *this = EventNormalizer();
}

void EventNormalizer::boundMemory()
{
    // The table grows with distinct addresses (and odd tuple texts), not with connections; when
    // it is this big anyway, everything referring to it is forgotten with it.
    if (m_tupleKeys.size() <= kMaxRemembered)
        return;
    m_connections.clear();
    m_v1Tuples.clear();
    m_tupleFirstPid.clear();
    m_tupleKeys.clear();
}

void EventNormalizer::rememberConnect(const CapturedEvent &event)
{
    if (event.pid < 0 || event.fd < 0 || event.srcIp.isEmpty())
        return;
    boundMemory();
    V2Connection v2;
    Connection &connection = v2.connection;
    connection.clientIp = m_tupleKeys.idOf(event.srcIp);
    connection.clientPort = event.srcPort;
    connection.serverIp = m_tupleKeys.idOf(event.dstIp);
    connection.serverPort = event.dstPort;
    v2.tuple =
        m_tupleKeys.keyOf(event.tuple, event.srcIp, event.srcPort, event.dstIp, event.dstPort);
    if (m_tupleFirstPid.size() > kMaxRemembered)
        m_tupleFirstPid.clear();
    if (m_connections.size() > kMaxRemembered)
        m_connections.clear();
    const auto first = m_tupleFirstPid.constFind(v2.tuple);
    const bool announcedByOther = first != m_tupleFirstPid.constEnd() && *first != event.pid;
    if (first == m_tupleFirstPid.constEnd())
        m_tupleFirstPid.insert(v2.tuple, event.pid);
    const auto known = m_pidRoles.constFind(event.pid);
    if (known != m_pidRoles.constEnd())
        connection.role = *known;
    else if (announcedByOther)
        // connect and accept print the same client→server tuple; on loopback both ends are
        // captured, the client's connect first. A second pid with the tuple is the acceptor.
        connection.role = Role::Server;
    m_connections.insert(Key(event.pid, event.fd), v2);
}

void EventNormalizer::orient(CapturedEvent &event, Connection &connection)
{
    // 1. The bytes say who wrote them.
    Speaker sender = Speaker::Unknown;
    if (event.ecaptureType >= 1 && event.ecaptureType <= 4 && event.era != Era::V2Text &&
        event.era != Era::ConnectOut) {
        // v1 event processor: 1/2 = request (client wrote it), 3/4 = response (server).
        sender = event.ecaptureType <= 2 ? Speaker::Client : Speaker::Server;
    } else {
        sender = speakerOf(event.data);
    }
    bool inferred = true;
    if (sender != Speaker::Unknown && event.direction != Direction::Unknown) {
        const bool processSent = event.direction == Direction::Send;
        const Role role = (sender == Speaker::Client) == processSent ? Role::Client : Role::Server;
        connection.role = role;
        connection.roleFromBytes = true;
        m_pidRoles.insert(event.pid, role);
        inferred = event.era == Era::V2Text || event.era == Era::ConnectOut;
    } else if (connection.role == Role::Unknown) {
        connection.role = m_pidRoles.value(event.pid, Role::Client);
    }
    const bool processIsClient = connection.role != Role::Server;
    const bool senderIsClient = processIsClient == (event.direction != Direction::Recv);
    const QString &clientIp = m_tupleKeys.at(connection.clientIp);
    const QString &serverIp = m_tupleKeys.at(connection.serverIp);
    if (senderIsClient) {
        event.srcIp = clientIp;
        event.srcPort = connection.clientPort;
        event.dstIp = serverIp;
        event.dstPort = connection.serverPort;
    } else {
        event.srcIp = serverIp;
        event.srcPort = connection.serverPort;
        event.dstIp = clientIp;
        event.dstPort = connection.clientPort;
    }
    event.rolesInferred = inferred;
}

void EventNormalizer::normalizeTime(CapturedEvent &event)
{
    event.timeNs = event.arrivalNs;
    event.timeSource = TimeSource::Arrival;
    if (event.eventTimestamp != 0) {
        const auto unit = TimestampUnit::classify(event.eventTimestamp, event.arrivalNs);
        if (unit == TimestampUnit::Unit::Monotonic) {
            // Saturating: a damaged arrival time (INT64_MIN) or boot-clock value must give a
            // clamped offset, never a wrapped one.
            if (!m_haveMonotonicOffset) {
                m_monotonicOffsetNs = saturatingSub(event.arrivalNs, event.eventTimestamp);
                m_haveMonotonicOffset = true;
            }
            const qint64 ns = saturatingAdd(event.eventTimestamp, m_monotonicOffsetNs);
            if (ns >= 0 && ns < kInt64Max) {
                event.timeNs = ns;
                event.timeSource = TimeSource::Monotonic;
                return;
            }
        }
        const qint64 ns = unit == TimestampUnit::Unit::Monotonic
                              ? -1
                              : TimestampUnit::toUnixNs(event.eventTimestamp, unit);
        if (ns >= 0) {
            event.timeNs = ns;
            event.timeSource = TimeSource::Event;
            return;
        }
        event.warnings.append(
            QCoreApplication::translate("ecv::EventNormalizer", "unusable event timestamp %1")
                .arg(event.eventTimestamp));
    }
    if (!event.printedTime.isEmpty()) {
        qint64 asUtcMs = 0;
        const bool parsed = printedAsUtcMs(event.printedTime, &asUtcMs);
        // Unix ns hold 1970 … 2262: a printed year beyond is garbage from the stream and must
        // not overflow (kept as text, the arrival time stands).
        if (parsed && (asUtcMs < 0 || asUtcMs > kMaxPrintedMs)) {
            event.warnings.append(
                QCoreApplication::translate("ecv::EventNormalizer", "unusable printed time %1")
                    .arg(event.printedTime));
        } else if (parsed) {
            const qint64 asUtcNs = asUtcMs * 1000000LL;
            if (!m_havePrintedOffset) {
                // A damaged capture record may carry any arrival time (even INT64_MIN).
                const qint64 diff = event.arrivalNs > 0 ? asUtcNs - event.arrivalNs : 0;
                if (event.arrivalNs > 0 && qAbs(diff) <= kMaxZoneOffsetNs + kQuarterHourNs) {
                    // Zones are whole quarter hours: round the clock difference to one.
                    const qint64 half = diff >= 0 ? kQuarterHourNs / 2 : -kQuarterHourNs / 2;
                    m_printedOffsetNs = (diff + half) / kQuarterHourNs * kQuarterHourNs;
                } else {
                    // Arrival is not a real clock (e.g. a file replayed at time 0): assume the
                    // viewer's zone.
                    QDateTime local = QDateTime::fromMSecsSinceEpoch(asUtcMs, QTimeZone::utc());
                    local.setTimeSpec(Qt::LocalTime);
                    m_printedOffsetNs = qint64(local.offsetFromUtc()) * 1000000000LL;
                }
                m_havePrintedOffset = true;
            }
            // Printed 1970-01-01 00:00 in a zone east of UTC is before the epoch: no time.
            const qint64 ns = asUtcNs - m_printedOffsetNs; // both bounded: no overflow
            if (ns >= 0) {
                event.timeNs = ns;
                event.timeSource = TimeSource::PrintedLocal;
                return;
            }
            event.warnings.append(
                QCoreApplication::translate("ecv::EventNormalizer", "unusable printed time %1")
                    .arg(event.printedTime));
        }
    }
}

bool EventNormalizer::printedAsUtcMs(const QString &printed, qint64 *ms)
{
    // Events of one second share the "yyyy-MM-dd HH:mm:ss" prefix: convert it once. The
    // conversion goes through a local-time QDateTime, which makes glibc stat /etc/localtime on
    // every call (3/4 of the ingest time of v2 events before this cache).
    constexpr qsizetype kSecondChars = 19; // "yyyy-MM-dd HH:mm:ss"
    const QStringView text(printed);
    qint64 millis = 0;
    bool fast = text.size() == kSecondChars;
    if (text.size() == kSecondChars + 4 && text[kSecondChars] == u'.') {
        fast = true;
        for (qsizetype i = kSecondChars + 1; i < text.size() && fast; ++i) {
            const char16_t c = text[i].unicode();
            fast = c >= u'0' && c <= u'9';
            millis = millis * 10 + (c - u'0');
        }
    }
    if (!fast)
        return V2EventText::parsePrintedAsUtcMs(printed, ms);
    const QStringView second = text.left(kSecondChars);
    if (!m_haveCachedSecond || second != m_cachedSecond) {
        if (!isPlainSecond(second))
            return V2EventText::parsePrintedAsUtcMs(printed, ms);
        m_cachedSecond = second.toString();
        m_cachedSecondValid = V2EventText::parsePrintedAsUtcMs(m_cachedSecond, &m_cachedSecondMs);
        m_haveCachedSecond = true;
    }
    if (!m_cachedSecondValid)
        return false;
    *ms = m_cachedSecondMs + millis;
    return true;
}

void EventNormalizer::normalize(CapturedEvent &event)
{
    normalizeTime(event);
    if (event.kind == EventKind::Connect) {
        rememberConnect(event);
        return;
    }
    if (!isTupleData(event))
        return;
    if (event.era == Era::V2Text || event.era == Era::ConnectOut) {
        // v2 openssl data carries no tuple: join with the connect/accept before it.
        auto it = m_connections.find(Key(event.pid, event.fd));
        if (it == m_connections.end())
            return;
        event.tuple = m_tupleKeys.toString(it->tuple);
        orient(event, it->connection);
        return;
    }
    if (event.srcIp.isEmpty())
        return;
    // v1 uuid tuple: client→server whatever the direction.
    if (m_v1Tuples.size() > kMaxRemembered)
        m_v1Tuples.clear();
    boundMemory();
    V1Key key;
    key.pid = event.pid;
    key.tuple =
        m_tupleKeys.keyOf(event.tuple, event.srcIp, event.srcPort, event.dstIp, event.dstPort);
    Connection &connection = m_v1Tuples[key];
    if (connection.clientIp == 0) {
        connection.clientIp = m_tupleKeys.idOf(event.srcIp);
        connection.clientPort = event.srcPort;
        connection.serverIp = m_tupleKeys.idOf(event.dstIp);
        connection.serverPort = event.dstPort;
    }
    orient(event, connection);
}

} // namespace ecv
