// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <QVector>

namespace ecv {

/**
 * @brief Builds synthetic but realistic eCapture frames for benchmarks and demos.
 *
 * Frames are serialized protobuf `event.LogEntry` messages as eCapture's `--ecaptureq` server
 * sends them (proto/ecaptureq.proto): cached zerolog run-log lines, heartbeats, and events.
 *
 * Era::V1_5 (default): structured HTTP/1.1 events the way v1.5.2's event processor builds them
 * (user/event/event_openssl.go ToProtobufEvent + pkg/event_processor iworker.go Display):
 * uuid `pid_tid_comm_fd_datatype_srcip:sport-dstip:dport` with the tuple always client→server,
 * type 1 = HTTP/1 request (datatype 1, written), type 3 = HTTP/1 response (datatype 0, read),
 * timestamp in Unix ns, length = payload size. Requests and responses alternate; pids, ports,
 * hosts, paths, methods, status codes and bodies vary deterministically with the seed.
 *
 * Era::V2: v2.1+ events, whose only fields are payload and length (Server.WriteEvent): per
 * exchange a connect line `PID:…, Comm:…, TID:…, FD:…, Tuple: [src]:p->[dst]:q` (new
 * connections only), an openssl WRITE of the request and a READ of the response
 * (`[local time] PID:… TID:… Comm:… FD:… WRITE (N bytes):\n<bytes>`), and now and then the
 * socket-destroy noise line — every one of them an event, as eCapture sends them.
 *
 * Not thread-safe; cheap to create (one per replay connection).
 */
class SyntheticEventGenerator
{
public:
    /** @brief Which eCapture wire era the events imitate. */
    enum class Era
    {
        V1_5,
        V2
    };

    explicit SyntheticEventGenerator(Era era = Era::V1_5, quint64 seed = 0x5eed);

    /** @brief The run-log frames eCapture caches and sends first on connect (startup lines, as
        in tests/data/v152-*.jsonl or v25-composite.jsonl), stamped with @p unixSeconds. */
    static QVector<QByteArray> runLogFrames(Era era, qint64 unixSeconds);
    /** @brief A heartbeat frame like eCapture's: count and "heartbeat:N", Unix seconds. */
    static QByteArray heartbeatFrame(qint64 count, qint64 unixSeconds);

    /** @brief The next event frame (request, then its response, …) stamped @p unixNs. */
    QByteArray nextEventFrame(qint64 unixNs);
    /** @brief Number of event frames built so far. */
    quint64 eventsBuilt() const { return m_built; }

private:
    quint64 next();
    bool newExchange(); // true when the exchange opens a new connection
    void buildExchange(qint64 unixNs);
    QByteArray v1Frame(qint64 unixNs);
    QByteArray v2Frame(qint64 unixNs);
    QByteArray v2DataText(qint64 unixNs, bool write, const QByteArray &data);

    Era m_era;
    quint64 m_state;
    quint64 m_built = 0;
    // Current exchange (one request then one response on the same connection).
    qint64 m_pid = 0;
    int m_client = 0;
    int m_host = 0;
    int m_fd = 5;
    int m_srcPort = 40000;
    int m_keepAlive = 0; // exchanges left on the current connection
    QByteArray m_requestPayload;
    QByteArray m_responsePayload;
    QVector<QByteArray> m_pending; // v2: payloads of the current exchange still to send
    qint64 m_localSecond = -1;
    QByteArray m_localTime; // "yyyy-MM-dd HH:mm:ss" of m_localSecond, local time
    QByteArray m_uuidStem;  // "pid_tid_comm_fd_"
    QByteArray m_uuidTuple; // "_src:port-dst:port"
    qint64 m_dateSecond = -1;
    QByteArray m_date; // HTTP date of m_dateSecond
};

} // namespace ecv
