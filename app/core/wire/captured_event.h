// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ecv {

/** @brief The eCapture wire era an event was recognised as (see shared protocol notes §0). */
enum class Era : quint8
{
    Unknown = 0,
    V140Json,   ///< v1.4.0–1.4.2: JSON text frames with payload_base64
    V1Protobuf, ///< v1.4.3–1.5.2: structured protobuf Event from the event processor
    V1RawText,  ///< v1.4.3–1.5.2: bash/zsh (and --hex) text written raw, not protobuf
    V2Text,     ///< v2.1+: protobuf Event whose only content is payload text
    ConnectOut, ///< --logaddr/--eventaddr: base64 text frames, eCapture dials the viewer
};

/** @brief Which eCapture probe produced the event. */
enum class Probe : quint8
{
    Unknown = 0,
    OpenSsl,
    GnuTls,
    Nspr,
    GoTls,
    Bash,
    Zsh,
    MySql,
    Postgres,
};

/** @brief What the event says happened. */
enum class EventKind : quint8
{
    Unknown = 0,
    Data,          ///< application bytes written or read (TLS plaintext)
    Connect,       ///< connect/accept notice with a 4-tuple (v2)
    SocketDestroy, ///< v2 tcp_v4_destroy_sock noise: "PID:0, Comm:, … [::]:0->[::]:0"
    Shell,         ///< bash/zsh command line
    Query,         ///< MySQL/PostgreSQL query
    DataNotice,    ///< NSPR notice without data
};

/** @brief Direction of the event's bytes, seen from the captured process. */
enum class Direction : quint8
{
    Unknown = 0,
    Send, ///< written by the process (SSL_write, gotls WRITE, uuid datatype 1)
    Recv, ///< read by the process (SSL_read, gotls READ, uuid datatype 0)
};

/** @brief How the event's data bytes are shaped (decides how dissection treats them). */
enum class PayloadFormat : quint8
{
    Raw = 0,        ///< bytes as the process wrote/read them (v2 data, gotls, type 0 text)
    Http1Message,   ///< v1 types 1/3: Go-re-serialized HTTP/1 message, body already decoded
    Http2Rendering, ///< v1 types 2/4: eCapture's "Frame Type => HEADERS" text rendering
    HexDumpText,    ///< v1 type 0 with a non-printable first byte: Go hex.Dump text
    Text,           ///< shell line, SQL query, notice text
};

/** @brief Where CapturedEvent::timeNs came from. */
enum class TimeSource : quint8
{
    Event = 0,    ///< the event's own timestamp field (unit classified by magnitude)
    PrintedLocal, ///< v2 text "[YYYY-MM-DD HH:MM:SS.mmm]" (capture host's local time, no zone)
    Arrival,      ///< no usable timestamp: the frame's arrival time
    Monotonic,    ///< bpf monotonic ns (boot clock), mapped to Unix ns via the first arrival
};

/**
 * @brief One captured event, normalized across eCapture eras.
 *
 * Produced by EventNormalizer from one decoded frame plus the state of earlier frames (connect
 * events joined by (pid, fd)). Unknown numeric fields are -1, unknown strings empty.
 * Addresses are without brackets, IPv6 in RFC 5952 form. Source/destination follow Wireshark:
 * the source is the sender of this event's bytes; eCapture's own tuple text is kept in `tuple`.
 */
struct CapturedEvent
{
    quint32 frameNumber = 0; ///< 1-based position of the frame among all frames of the capture
    qint64 arrivalNs = 0;    ///< Unix ns the frame arrived
    qint64 timeNs = 0;       ///< normalized Unix ns of the event (see timeSource)
    TimeSource timeSource = TimeSource::Arrival;

    Era era = Era::Unknown;
    Probe probe = Probe::Unknown;
    EventKind kind = EventKind::Unknown;
    Direction direction = Direction::Unknown;
    PayloadFormat format = PayloadFormat::Raw;

    qint64 pid = -1;
    qint64 tid = -1;
    qint64 uid = -1;
    qint32 fd = -1;
    QString processName; ///< comm, with trailing NULs removed

    QString srcIp; ///< sender of the bytes; empty = unknown
    qint32 srcPort = -1;
    QString dstIp;
    qint32 dstPort = -1;
    QString tuple;              ///< eCapture's tuple as it printed it (v2 text, v1 uuid part)
    bool rolesInferred = false; ///< client/server side inferred (v2 prints client→server always)

    qint64 ecaptureType = -1; ///< eCapture's Event.type (0–4 parser type, gotls 0/1, mysql retval)
    qint64 declaredLength = -1; ///< Event.length / "(N bytes)" as eCapture declared it
    QString uuid; ///< eCapture's uuid with NUL bytes removed (raw bytes stay in the frame)
    qint32 returnValue = 0; ///< bash Retvalue
    QString status;         ///< MySQL Status=…

    qint64 eventTimestamp = 0; ///< Event.timestamp exactly as sent (unit unknown; 0 = absent)
    QString printedTime;       ///< v2 "[YYYY-MM-DD HH:MM:SS.mmm]" text without brackets, else empty

    QByteArray data;      ///< the captured bytes (data events) or the text (shell, query)
    QStringList warnings; ///< non-fatal problems, e.g. "length says 65535, payload has 501"
};

/** @brief Short English name of a probe, e.g. "openssl", "gotls", "bash". */
QString probeName(Probe probe);
/** @brief "send"/"recv" or empty. */
QString directionName(Direction direction);
/** @brief Short English name of an event kind, e.g. "data", "connect". */
QString eventKindName(EventKind kind);

} // namespace ecv
