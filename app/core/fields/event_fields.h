// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief An event's fields under the display-filter names (issue 2, `ecapture-dump -T jsonl`).
 */
namespace EventFields {

/**
 * @brief Flat JSON object of @p event: frame.number, frame.time (Unix ns), process.pid,
 * process.tid, process.name, event.fd, event.direction ("send"/"recv"), ip.src, tcp.srcport,
 * ip.dst, tcp.dstport, event.type, event.length, event.uuid, event.tuple, plus event.kind,
 * event.probe, event.era. A field that is unknown for the event is left out.
 *
 * - event.type is left out when 0: proto3 does not put 0 on the wire, so eCapture's type 0
 *   (openssl default parser, gotls write, mysql SUCCESS) cannot be told from "no type".
 * - event.length is the number of data bytes the event holds (what a filter on sizes needs);
 *   a differing declared length is reported in CapturedEvent::warnings. Left out for connect
 *   and socket-destroy events; an NSPR notice gives its DataLen.
 * - ip.src/tcp.srcport is the sender of the event's bytes (EventNormalizer orients it); for
 *   connect events it is eCapture's tuple order (client first).
 */
QJsonObject toJson(const CapturedEvent &event);

/** @brief Short name of an era, e.g. "v2-text", "v1-protobuf", "v1.4.0-json". */
QString eraName(Era era);

} // namespace EventFields

} // namespace ecv
