// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include "core/capture/conversation_tracker.h"
#include "core/http/http_dissector.h"

namespace ecv {

class CaptureStore;

/**
 * @brief Conversation table text like `tshark -q -z conv,tcp`: per conversation the frames and
 * bytes each way, the total, the relative start and the duration. A is the sender of the
 * conversation's first data event ("->" = A to B). Pure and thread-safe.
 */
class ConversationListing
{
public:
    struct Row
    {
        quint32 id = 0;   ///< conversation number (shown first, for -z follow,N)
        QString addressA; ///< "ip:port" or a description ("curl pid 4711 fd 5")
        QString addressB;
        quint64 framesAtoB = 0;
        quint64 bytesAtoB = 0;
        quint64 framesBtoA = 0;
        quint64 bytesBtoA = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        QString protocol; ///< "HTTP", "HTTP2" or empty
    };

    /** @brief One event of a conversation, as the counts need it. */
    struct Sample
    {
        qint64 timeNs = 0;
        Direction direction = Direction::Unknown;
        quint64 length = 0; ///< data bytes
    };

    /** @brief Counts for one conversation's items (A = direction of the first item with data). */
    static Row summarize(quint32 id, const QVector<HttpDissector::Item> &items,
                         const QString &addressA, const QString &addressB);
    /** @brief summarize() over samples; A/B addresses are left empty. */
    static Row summarize(quint32 id, const QVector<Sample> &samples);

    /**
     * @brief Every conversation of @p store (ids 1 … conversationCount()), from the event index
     * alone (no payload is read). Address A is the sender of the first data event.
     * @param captureStartNs receives the "Relative Start" origin: the first event's time, or an
     * earlier conversation start (eCapture may stamp events out of order).
     * Thread affinity: the store's thread.
     */
    static QVector<Row> fromStore(const CaptureStore &store, qint64 *captureStartNs);

    /**
     * @brief Endpoint name of conversation @p info: "ip:port" (endpointText), or, when eCapture
     * gave no tuple, "curl pid P fd F" for the local end and "peer" for the other.
     */
    static QString endpoint(const ConversationInfo &info, bool local);
    /** @brief The table; @p captureStartNs is the "Relative Start" origin. */
    static QString text(const QVector<Row> &rows, qint64 captureStartNs);
};

} // namespace ecv
