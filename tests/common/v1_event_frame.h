// SPDX-License-Identifier: Apache-2.0
// An eCapture v1.5.2 structured event frame (protobuf LogEntry, as pkg/ecaptureq sends it) for
// tests that need one specific event in a store or a window.
#pragma once

#include <QByteArray>

#include "core/wire/raw_frame.h"
#include "ecaptureq.pb.h"

namespace ecv::test {

/**
 * @brief curl (pid 4242) on 192.168.1.23:50000 ↔ 203.0.113.10:443: a request (type 1, uuid
 * datatype 1) or a response (type 3, datatype 0) carrying @p payload, stamped 1.78e18 ns.
 */
inline RawFrame v1CurlEventFrame(bool request, const QByteArray &payload)
{
    event::LogEntry entry;
    entry.set_log_type(event::LOG_TYPE_EVENT);
    event::Event *e = entry.mutable_event_payload();
    e->set_timestamp(1'780'000'000'000'000'000);
    e->set_uuid(request ? "4242_4242_curl_5_1_192.168.1.23:50000-203.0.113.10:443"
                        : "4242_4242_curl_5_0_192.168.1.23:50000-203.0.113.10:443");
    e->set_src_ip(request ? "192.168.1.23" : "203.0.113.10");
    e->set_src_port(request ? 50000 : 443);
    e->set_dst_ip(request ? "203.0.113.10" : "192.168.1.23");
    e->set_dst_port(request ? 443 : 50000);
    e->set_pid(4242);
    e->set_pname("curl");
    e->set_type(request ? 1 : 3);
    e->set_length(quint32(payload.size()));
    e->set_payload(payload.constData(), size_t(payload.size()));
    RawFrame frame;
    frame.arrivalNs = 1'780'000'000'000'000'000;
    const std::string bytes = entry.SerializeAsString();
    frame.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return frame;
}

} // namespace ecv::test
