// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <QVector>

#include "core/capture/capture_read_handle.h"
#include "core/capture/conversation_tracker.h"
#include "core/stats/http_statistics.h"
#include "core/stats/io_graph.h"
#include "core/stats/traffic_statistics.h"
#include "core/stream/conversation_listing.h"

namespace ecv {

class HttpAnalysis;

/**
 * @brief Every statistics table of a capture in one pass, for the window's Statistics dialog
 * (Wireshark's Statistics menu): conversations, endpoints, processes, HTTP requests and the I/O
 * graph. Computed on a worker thread from a CaptureReadHandle, so the GUI thread only shows it.
 */
struct CaptureStatistics
{
    /** @brief What the I/O graph draws one series for. */
    enum class Group
    {
        None,    ///< one series for all events
        Process, ///< process name
        Host,    ///< the conversation's HTTP host, else its peer address
        Address, ///< the conversation's peer address
    };

    struct Request
    {
        CaptureReadHandle capture;
        /** Endpoint texts of conversations 1 … N (ConversationListing::endpoint()), taken on
         *  the store's thread when the job starts: conversation info is the store's. */
        QVector<QPair<QString, QString>> conversationEndpoints; ///< (local, peer) per id - 1
        /** For the HTTP table and Host grouping; null: no HTTP statistics. Not owned; must
         *  outlive the job (HttpAnalysis::analyze() is any-thread). */
        const HttpAnalysis *http = nullptr;
        Group group = Group::None;
        /** I/O graph interval in ns; 0 = IoGraph::niceInterval() of the capture's span. */
        qint64 intervalNs = 0;
        /** Which events count (a display filter's pass bits); null = every event. */
        std::function<bool(int eventIndex)> include;
        /** Set from another thread to stop early (the result says cancelled). */
        const std::atomic_bool *cancel = nullptr;
    };

    int events = 0;            ///< events counted (after include)
    qint64 captureStartNs = 0; ///< Unix ns of the earliest event or conversation start
    qint64 captureEndNs = 0;   ///< Unix ns of the latest event
    TrafficStatistics traffic;
    HttpStatistics http;
    QVector<ConversationListing::Row> conversations; ///< conversations with counted events
    IoGraph io{0};
    bool cancelled = false;

    /**
     * @brief Reads the index of every event of @p request.capture (no payload), and the HTTP
     * analysis of every conversation when @p request.http is set. Any thread; O(events) plus
     * the HTTP analyses (cached ones are reused).
     */
    static CaptureStatistics collect(const Request &request);
    /** @brief The endpoint texts of every conversation of @p store (its thread). */
    static QVector<QPair<QString, QString>> endpointsOf(const class CaptureStore &store);
};

} // namespace ecv
