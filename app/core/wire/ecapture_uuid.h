// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace ecv {

/**
 * @brief eCapture v1.x event uuid, split into its parts.
 *
 * Shapes (GetUUID() in user/event/event_*.go @v1.5.2; comm is `%s` of a [16]byte, so NUL padding
 * included):
 * - openssl `pid_tid_comm_fd_datatype_tuple`, e.g. `12345_12345_curl_5_1_192.168.1.100:54870-…`;
 *   with no connection known the raw `sock:…_0.0.0.0:0-0.0.0.0:0_<sock>` is kept (iworker.go);
 * - gnutls/nspr `pid_tid_comm_datatype`;
 * - gotls `pid_tid_comm`;
 * - mysql/postgres `pid_comm`.
 * datatype 1 = written by the process, 0 = read. A comm may itself contain '_' or NULs.
 */
struct EcaptureUuid
{
    enum class Shape : quint8
    {
        Unknown,      ///< none of the shapes below
        Socket,       ///< pid_tid_comm_fd_datatype_tuple (openssl)
        CommDatatype, ///< pid_tid_comm_datatype (gnutls, nspr)
        PidTidComm,   ///< pid_tid_comm (gotls)
        PidComm,      ///< pid_comm (mysql, postgres)
    };

    Shape shape = Shape::Unknown;
    qint64 pid = -1;
    qint64 tid = -1;
    QString comm; ///< NULs removed
    qint32 fd = -1;
    int datatype = -1;         ///< 1 = write (send), 0 = read (recv), -1 = not in this shape
    QString tuple;             ///< the tuple text as in the uuid (client→server), empty if none
    bool noConnection = false; ///< the `sock:` form: eCapture saw no connect event

    /** @brief Splits @p uuid (raw bytes, NULs included). Never fails: unknown → Shape::Unknown. */
    static EcaptureUuid parse(const QByteArray &uuid);
};

} // namespace ecv
