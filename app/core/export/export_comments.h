// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief The texts a packet export attaches to what it writes: the pcapng comment naming an
 * event's process and eCapture identity, the note records of events that are not TCP data, and
 * why such events are left out of a classic pcap file. Pure and thread-safe.
 */
class ExportComments
{
public:
    /**
     * @brief `key=value` words, so Wireshark filters like `frame.comment contains "comm=curl"`
     * work: event (1-based event number), frame, pid, tid, comm, fd, direction, type (eCapture's
     * Event.type), era, uuid, tuple (eCapture's own tuple text), length. Unknown fields are left
     * out; a comm or uuid with spaces is written in double quotes.
     */
    static QString eventComment(const CapturedEvent &event, int eventIndex);

    /**
     * @brief A record for LINKTYPE_WIRESHARK_UPPER_PDU (wsutil/exported_pdu_tlvs.h): the tags
     * "dissector name" = data-text-lines and "column protocol" = noteProtocol(), then the event's
     * text (shell line, query, notice, or eCapture's tuple for connect / socket-destroy).
     */
    static QByteArray notePayload(const CapturedEvent &event);
    /** @brief Protocol column text of a note record: "bash", "mysql", "connect", … */
    static QString noteProtocol(const CapturedEvent &event);
    /** @brief Why an event that is not TCP data is absent from a pcap file, e.g. "shell command".
     */
    static QString leftOutReason(const CapturedEvent &event);
};

} // namespace ecv
