// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace ecv {

/**
 * @brief Compact per-event index entry: everything the event list and display filter need,
 * no payload. 56 bytes; payload and full fields are read back from the capture file on demand
 * (the frame's record offset is CaptureStore's per-frame table, not repeated here).
 *
 * Unknown pid/tid/fd are -1; string ids refer to CaptureStore::string() (0 = empty string).
 */
struct EventIndexEntry
{
    enum Flag : quint16
    {
        HasSrcPort = 1 << 0,
        HasDstPort = 1 << 1,
        RolesInferred = 1 << 2,
        HasWarning = 1 << 3,
        HasEcaptureType = 1 << 4,
        HasOverrides = 1 << 5, ///< store-internal: fields the index cannot hold are kept aside
        TupleFromConversation = 1 << 6, ///< store-internal: CapturedEvent::tuple is the
                                        ///< conversation's (a v2 tuple joined from its connect)
        TupleSrcToDst = 1 << 7,         ///< store-internal: tuple is "[src]:sport->[dst]:dport"
        TupleDstToSrc = 1 << 8,         ///< store-internal: tuple is "[dst]:dport->[src]:sport"
    };

    qint64 timeNs = 0;       ///< CapturedEvent::timeNs
    quint32 frameNumber = 0; ///< 1-based frame number
    quint32 dataLength = 0;  ///< bytes in CapturedEvent::data
    qint32 pid = -1;
    qint32 tid = -1;
    qint32 fd = -1;
    quint32 processNameId = 0;
    quint32 srcAddrId = 0;
    quint32 dstAddrId = 0;
    quint16 srcPort = 0;
    quint16 dstPort = 0;
    quint32 conversationId = 0; ///< 1-based conversation number, 0 = not part of one
    quint32 ecaptureType = 0;
    // The small enums and the flags share one 32-bit word (bit-fields) to keep the entry at
    // 56 bytes; read and assign them like plain integers.
    quint32 era : 4 = 0;        ///< ecv::Era
    quint32 probe : 4 = 0;      ///< ecv::Probe
    quint32 kind : 4 = 0;       ///< ecv::EventKind
    quint32 direction : 2 = 0;  ///< ecv::Direction
    quint32 format : 4 = 0;     ///< ecv::PayloadFormat
    quint32 timeSource : 2 = 0; ///< ecv::TimeSource
    quint32 flags : 12 = 0;     ///< EventIndexEntry::Flag bits
};
static_assert(sizeof(EventIndexEntry) == 56, "the event index entry must stay at 56 bytes");

} // namespace ecv
