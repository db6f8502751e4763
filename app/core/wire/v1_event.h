// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "core/wire/captured_event.h"

namespace ecv {

/**
 * @brief The fields of eCapture's `event.Event` exactly as a frame carried them.
 *
 * Filled from a protobuf Event (v1.4.3+) or from a v1.4.0 JSON `payload` object (there the
 * payload comes from `payload_base64`). Strings are raw bytes: uuid and pname may hold NULs.
 */
struct V1EventFields
{
    qint64 timestamp = 0;
    QByteArray uuid;
    QByteArray srcIp;
    quint32 srcPort = 0;
    QByteArray dstIp;
    quint32 dstPort = 0;
    qint64 pid = 0;
    QByteArray pname;
    quint32 type = 0;
    quint32 length = 0;
    QByteArray payload;

    /** @brief True when only payload/length are set: the v2.1+ text-only event (WriteEvent). */
    bool isTextOnly() const;
};

/**
 * @brief Builds an event from v1.x structured fields (user/module/iworker.go @v1.5.2).
 *
 * The probe is told by the uuid shape (openssl `pid_tid_comm_fd_datatype_tuple`, gnutls/nspr
 * `pid_tid_comm_datatype`, gotls `pid_tid_comm`, mysql/postgres `pid_comm`). Direction comes from
 * the uuid datatype (openssl: 1 = send) or gotls `type` (0 = write, 1 = read). Addresses are the
 * uuid tuple as eCapture wrote it (client→server, not yet oriented); eCapture's placeholders
 * (127.0.0.1:0, 0.0.0.0:0, empty) stay unknown. Sets warnings for a length mismatch.
 */
void fillFromV1Fields(const V1EventFields &fields, CapturedEvent &event);

} // namespace ecv
