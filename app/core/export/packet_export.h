// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include "core/export/export_event_ref.h"
#include "core/export/packet_exporter.h"

#include "core/export/export_io.h"

namespace ecv {

class CaptureReadHandle;
class CaptureStore;

/**
 * @brief A whole packet export of stored events (pcapng or pcap): plans each conversation from
 * the refs (events and eCapture request messages to come, so PacketExporter holds nothing
 * longer than needed), finds raw HTTP/2 that needs a Decode As hint for the section comment
 * (reading each conversation's first raw data event), then reads every event back and feeds
 * PacketExporter.
 *
 * Thread: any; it uses only CaptureStore's any-thread read functions (event()), so it can run
 * on a worker while the owner keeps appending. The refs and header come from the owner thread.
 */
class PacketExport
{
public:
    using Progress = ExportProgress;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        PacketExporter::Counts counts;
    };

    /** @brief The section header for exports of @p store's capture. Owner thread. */
    static PacketCaptureHeader headerFor(const CaptureStore &store);

    /** @brief Export @p refs (ascending event order) into @p sink; the sink is flushed. */
    static Result write(const CaptureReadHandle &capture, const QVector<ExportEventRef> &refs,
                        PacketSink &sink, const PacketCaptureHeader &header,
                        const Progress &progress = {});
};

} // namespace ecv
