// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include "captured_event.h"

namespace ecv {

/**
 * @brief One conversation: the events of one process on one connection, both directions.
 *
 * "Local" is the captured process's end (the source of what it sends), "peer" the other end.
 * Endpoints are known only for tuple-keyed conversations (empty address / port -1 otherwise).
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
    QString key; ///< human description, e.g. "192.0.2.1:35016 <-> 203.0.113.10:443"
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
 * @brief Assigns each event a conversation at ingest (CaptureStore uses it in frame order).
 *
 * Key, best first: the 4-tuple (with the pid, so the two ends of a loopback connection that are
 * both captured stay two conversations, each with its own complete request/response bytes),
 * else (pid, fd), else eCapture's v1 uuid without its tid and direction parts (gotls request and
 * response of one connection carry different tids, ecaptureq-protocol.md §2). Connect,
 * socket-destroy, shell and query events belong to no conversation (id 0); a connect event
 * retires its (pid, fd) and tuple keys, so a reused fd or port starts a new conversation.
 * Not thread-safe.
 */
class ConversationTracker
{
public:
    /** @brief Conversation id for @p event (stored at @p eventIndex); 0 = none. */
    quint32 assign(const CapturedEvent &event, int eventIndex);

    /** @brief Key text for @p event ("" = no conversation) and its kind; pure, for tests. */
    static QString keyFor(const CapturedEvent &event, ConversationInfo::KeyKind *kind = nullptr);
    /** @brief True when the event's 4-tuple is usable (addresses set, ports 1–65535, not 0.0.0.0).
     */
    static bool hasTuple(const CapturedEvent &event);
    /** @brief eCapture v1 uuid without its tid and direction parts (and "sock:" prefix). */
    static QString uuidConnectionKey(const QString &uuid, Probe probe);

    int count() const { return int(m_conversations.size()); }
    /** @brief Conversation @p id (1-based); an empty info for an unknown id. */
    const ConversationInfo &conversation(quint32 id) const;
    /** @brief Approximate heap bytes held. */
    qint64 memoryBytes() const;
    void clear();

private:
    void retireKeys(const CapturedEvent &connect);

    QVector<ConversationInfo> m_conversations;
    QHash<QString, quint32> m_byKey;
};

} // namespace ecv
