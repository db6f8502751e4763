// SPDX-License-Identifier: Apache-2.0
#include "net/replay_session.h"

#include <chrono>
#include <limits>

#include "core/wire/saturating_arithmetic.h"
#include "ecaptureq.pb.h"
#include "net/loop_pass_rewriter.h"
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QWebSocket>

namespace ecv {

namespace {

// Backpressure: stop queueing while this much waits in the socket, resume below the low mark.
constexpr qint64 kHighWaterBytes = 4 * 1024 * 1024;
constexpr qint64 kLowWaterBytes = 1024 * 1024;
// One slice per event-loop turn keeps the server responsive (heartbeats, new clients).
constexpr int kSliceFrames = 4096;
constexpr qint64 kSliceNs = 8'000'000;
// Gap between the last frame of a loop and the first of the next (recorded time).
constexpr qint64 kLoopGapNs = 1'000'000'000;
// Pace of generated events without --fast: one per ms of recorded time.
constexpr qint64 kGeneratedStepNs = 1'000'000;

qint64 unixNowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

ReplaySession::ReplaySession(QWebSocket *socket, const ReplaySettings &settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
{
    m_socket->setParent(this);
    m_peer = m_socket->peerAddress().toString() + QLatin1Char(':') +
             QString::number(m_socket->peerPort());
    if (m_settings.generateCount >= 0)
        m_generator = std::make_unique<SyntheticEventGenerator>(m_settings.era, 0x5eed);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplaySession::pump);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ReplaySession::sendHeartbeat);
    connect(m_socket, &QWebSocket::bytesWritten, this, &ReplaySession::onBytesWritten);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_timer.stop();
        m_heartbeatTimer.stop();
        m_done = true;
        emit gone(m_peer);
        deleteLater();
    });
}

ReplaySession::~ReplaySession() = default;

void ReplaySession::start()
{
    m_clock.start();
    if (m_generator) {
        // eCapture: sendLogBuff (cached run logs), then writePump's heartbeat:0.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const QByteArray &log : SyntheticEventGenerator::runLogFrames(m_settings.era, now - 2))
            send(RawFrame{0, RawFrame::Opcode::Binary, 0, log});
        if (m_settings.heartbeatMs > 0)
            sendHeartbeat();
    } else if (m_settings.heartbeatMs > 0 && m_settings.prologueSize == 0) {
        sendHeartbeat();
    }
    pump();
}

void ReplaySession::closeConnection()
{
    m_timer.stop();
    m_heartbeatTimer.stop();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                        QStringLiteral("server shutting down"));
}

bool ReplaySession::hasNext() const
{
    if (m_generator)
        return m_index < m_settings.generateCount;
    return m_index < m_settings.recording->size();
}

qint64 ReplaySession::nextDueNs() const
{
    // Saturating all the way: a recording spanning 1e9 s looped a few times, or --speed 1e-300
    // (a due time of 1e308 ns), must mean "much later", never a wrapped, negative time.
    const qint64 recorded =
        m_generator ? saturatingMul(m_index, kGeneratedStepNs)
                    : saturatingAdd(m_loopBaseNs, m_settings.recording->at(m_index).arrivalNs);
    return saturatingFromDouble(double(recorded) / m_settings.speed);
}

QByteArray ReplaySession::restamped(const QByteArray &frame) const
{
    // Demo only: a looping recording should look live. v1.x events carry a Unix ns timestamp;
    // v2 openssl data events print the local wall-clock time as "[yyyy-MM-dd HH:mm:ss.zzz] "
    // at the start of their text (internal/probe/openssl/event.go String()). Both get the send
    // time; the text keeps its length, so `length` stays right. Anything else: empty result,
    // the frame goes out byte for byte.
    // From the second pass on, pids and client ports are shifted (LoopPassRewriter) so each pass
    // reads as new connections instead of a second HTTP/2 preface on pass 1's conversations.
    event::LogEntry entry;
    if (!entry.ParseFromArray(frame.constData(), int(frame.size())) ||
        entry.payload_case() != event::LogEntry::kEventPayload)
        return {};
    event::Event *ev = entry.mutable_event_payload();
    bool changed = LoopPassRewriter::rewriteEvent(ev, m_pass);
    if (ev->timestamp() != 0) {
        ev->set_timestamp(unixNowNs());
        changed = true;
    }
    static const QRegularExpression printed(
        QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] PID:"));
    const std::string &payload = ev->payload();
    constexpr size_t kStampLength = 25; // "[yyyy-MM-dd HH:mm:ss.zzz]"
    if (payload.size() > kStampLength + 5 &&
        printed.match(QLatin1String(payload.data(), qsizetype(kStampLength + 5))).hasMatch()) {
        const QByteArray now = QDateTime::currentDateTime()
                                   .toString(QStringLiteral("[yyyy-MM-dd HH:mm:ss.zzz]"))
                                   .toLatin1();
        if (size_t(now.size()) == kStampLength) {
            ev->mutable_payload()->replace(0, kStampLength, now.constData(), kStampLength);
            changed = true;
        }
    }
    if (!changed)
        return {};
    const std::string bytes = entry.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

void ReplaySession::send(const RawFrame &frame)
{
    if (m_settings.liveTimestamps && frame.opcode == RawFrame::Opcode::Binary) {
        const QByteArray live = restamped(frame.data);
        if (!live.isEmpty()) {
            m_socket->sendBinaryMessage(live);
            ++m_sent;
            return;
        }
    }
    if (frame.opcode == RawFrame::Opcode::Text) {
        // QString::fromUtf8 drops a leading byte-order mark; keep it so the bytes go out as
        // recorded (sendTextMessage encodes back to UTF-8).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(frame.data);
        m_socket->sendTextMessage(text);
    } else {
        m_socket->sendBinaryMessage(frame.data);
    }
    ++m_sent;
}

void ReplaySession::sendHeartbeat()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    send(RawFrame{0, RawFrame::Opcode::Binary, 0,
                  SyntheticEventGenerator::heartbeatFrame(m_heartbeats++,
                                                          QDateTime::currentSecsSinceEpoch())});
    if (!m_heartbeatStarted) {
        m_heartbeatStarted = true;
        m_heartbeatTimer.start(m_settings.heartbeatMs);
    }
}

void ReplaySession::sendNext()
{
    if (m_generator) {
        send(RawFrame{0, RawFrame::Opcode::Binary, 0, m_generator->nextEventFrame(unixNowNs())});
        ++m_index;
        return;
    }
    const QVector<RawFrame> &frames = *m_settings.recording;
    send(frames.at(m_index));
    ++m_index;
    // The recording's leading run logs are eCapture's cache: heartbeat:0 comes right after.
    if (m_index == m_settings.prologueSize && m_settings.heartbeatMs > 0 && !m_heartbeatStarted)
        sendHeartbeat();
    if (m_index == frames.size() && m_settings.loop && frames.size() > m_settings.prologueSize) {
        const qint64 first = frames.at(m_settings.prologueSize).arrivalNs;
        const qint64 span =
            saturatingAdd(saturatingSub(frames.last().arrivalNs, first), kLoopGapNs);
        m_loopBaseNs = saturatingAdd(m_loopBaseNs, span);
        m_index = m_settings.prologueSize;
        if (m_pass < std::numeric_limits<int>::max())
            ++m_pass;
    }
}

void ReplaySession::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void ReplaySession::onBytesWritten()
{
    if (m_waitingForWrite && m_socket->bytesToWrite() <= kLowWaterBytes) {
        m_waitingForWrite = false;
        schedulePump();
    }
}

void ReplaySession::pump()
{
    if (m_done || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QElapsedTimer slice;
    slice.start();
    int sentInSlice = 0;
    while (hasNext()) {
        if (m_socket->bytesToWrite() > kHighWaterBytes) {
            m_waitingForWrite = true; // onBytesWritten() resumes
            return;
        }
        if (!m_settings.fast) {
            const qint64 wait = saturatingSub(nextDueNs(), m_clock.nsecsElapsed());
            if (wait > 0) {
                // At most ~12 days per timer; pump() asks again when it fires.
                m_timer.start(int(qMin<qint64>(saturatingAdd(wait, 999'999) / 1'000'000, 1 << 30)));
                return;
            }
        }
        sendNext();
        if (++sentInSlice >= kSliceFrames || slice.nsecsElapsed() > kSliceNs) {
            schedulePump();
            return;
        }
    }
    m_done = true;
    emit finished(m_peer, m_sent);
}

} // namespace ecv
