// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include "core/capture/chunked_vector.h"
#include "core/wire/captured_event.h"

namespace ecv {

struct EventIndexEntry;
class StringPool;

/**
 * @brief One conversation: the events of one process on one connection, both directions.
 *
 * "Local" is the captured process's end (the source of what it sends), "peer" the other end.
 * Endpoints are known only for tuple-keyed conversations (empty address / port -1 otherwise).
 * Built on demand from the event index (CaptureStore::conversation()).
 */
struct ConversationInfo
{
    /** @brief Which key grouped the events (the best the events carried). */
    enum class KeyKind : quint8
    {
        Tuple, ///< pid + 4-tuple (both directions map to the same conversation)
        PidFd, ///< (pid, fd): the connection's tuple is unknown (v1 "sock:" uuid, v2 before
               ///< connect)
        Uuid,  ///< eCapture's v1 uuid without tid and direction (gotls, gnutls, nspr: no fd)
    };

    quint32 id = 0; ///< 1-based
    KeyKind keyKind = KeyKind::Tuple;
    QString key; ///< human description, e.g. "192.0.2.1:35016 <-> 203.0.113.10:443, pid 7"
    qint64 pid = -1;
    qint32 fd = -1;
    QString processName;
    QString localIp;
    qint32 localPort = -1;
    QString peerIp;
    qint32 peerPort = -1;
    qint64 firstTimeNs = 0;    ///< CapturedEvent::timeNs of the first event
    qint64 lastTimeNs = 0;     ///< … of the last event
    quint64 bytesSent = 0;     ///< data bytes the process wrote
    quint64 bytesReceived = 0; ///< data bytes the process read
    QVector<int> eventIndexes; ///< store event indexes, ascending
};

/**
 * @brief Assigns each event a conversation at ingest (EventIndex calls it in frame order).
 *
 * Key, best first: the 4-tuple (with the pid, so the two ends of a loopback connection that are
 * both captured stay two conversations, each with its own complete request/response bytes),
 * else (pid, fd), else eCapture's v1 uuid without its tid and direction parts (gotls request and
 * response of one connection carry different tids: gojue/ecapture pkg/event_processor/
 * iworker.go builds the uuid `Pid_Tid_Comm_Fd_DataType[_Tuple]`). Connect,
 * socket-destroy, shell and query events belong to no conversation (id 0); a connect event
 * retires its (pid, fd) and tuple keys, so a reused fd or port starts a new conversation.
 *
 * Memory: a 24-byte record and one hash entry per conversation plus 4 bytes per event (events
 * are chained); everything else is read from the events' index entries when asked.
 * Not thread-safe.
 */
class ConversationTracker
{
public:
    /** @brief Per conversation: where its event chain starts and ends, and its shared tuple. */
    struct Record
    {
        qint32 firstEvent = -1;
        qint32 lastEvent = -1;
        quint32 eventCount = 0;
        quint32 uuidKeyId = 0; ///< pool id of the uuid key (KeyKind::Uuid)
        quint32 tupleId = 0;   ///< pool id of eCapture's tuple text its events share (0 = none)
        quint8 keyKind = 0;    ///< ConversationInfo::KeyKind
    };

    /**
     * @brief Conversation id for @p event, indexed as @p entry (its strings interned in
     * @p pool) at @p eventIndex; 0 = none. Call once per event, in index order.
     */
    quint32 assign(const CapturedEvent &event, const EventIndexEntry &entry, int eventIndex,
                   StringPool &pool);

    int count() const { return int(m_records.size()); }
    /** @brief Record of conversation @p id (1 … count()). */
    const Record &record(quint32 id) const { return m_records.at(qsizetype(id) - 1); }
    /**
     * @brief Remember @p tupleId as the tuple text of conversation @p id's events, unless one is
     * remembered already. @return the tuple id the conversation has now.
     */
    quint32 adoptTuple(quint32 id, quint32 tupleId);
    /** @brief The next event of the same conversation after @p eventIndex, -1 if none. */
    qint32 nextEvent(int eventIndex) const { return m_next.at(eventIndex); }

    /** @brief Key text for @p event ("" = no conversation) and its kind; pure, for tests. */
    static QString keyFor(const CapturedEvent &event, ConversationInfo::KeyKind *kind = nullptr);
    /** @brief The key text of ConversationInfo::key from its parts. */
    static QString describeKey(ConversationInfo::KeyKind kind, qint64 pid, qint32 fd,
                               const QString &ipA, qint32 portA, const QString &ipB, qint32 portB,
                               const QString &uuidKey);
    /** @brief True when the event's 4-tuple is usable (addresses set, ports 1–65535, not 0.0.0.0).
     */
    static bool hasTuple(const CapturedEvent &event);
    /** @brief eCapture v1 uuid without its tid and direction parts (and "sock:" prefix). */
    static QString uuidConnectionKey(const QString &uuid, Probe probe);

    /** @brief Approximate heap bytes held. */
    qint64 memoryBytes() const;
    void clear();

    /** @brief Hash key of a conversation: numbers and pool ids only. */
    struct Key
    {
        qint32 pid = -1;
        qint32 fd = -1;
        quint32 a = 0; ///< address id (lower endpoint) or uuid key id
        quint32 b = 0; ///< address id (higher endpoint)
        quint16 portA = 0;
        quint16 portB = 0;
        quint8 kind = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

private:
    bool makeKey(const CapturedEvent &event, const EventIndexEntry &entry, StringPool &pool,
                 Key &key) const;
    void retireKeys(const EventIndexEntry &connect);

    QHash<Key, quint32> m_byKey;
    ChunkedVector<Record, 12> m_records;
    ChunkedVector<qint32, 14> m_next; ///< per event: next event of its conversation
};

size_t qHash(const ConversationTracker::Key &key, size_t seed = 0) noexcept;

} // namespace ecv
