// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace ecv {

/**
 * @brief One WebSocket message exactly as it reached the viewer.
 *
 * Every source (WebSocket client, listener, file, demo) yields these; nothing upstream of the
 * capture store interprets the bytes. Value type, cheap to copy (QByteArray is shared).
 */
struct RawFrame
{
    enum class Opcode : quint8
    {
        Binary = 0,
        Text = 1
    };

    qint64 arrivalNs = 0; ///< Unix time in ns when the frame was received (viewer clock).
    Opcode opcode = Opcode::Binary;
    quint32 connection = 0; ///< 0-based connection number within one capture.
    QByteArray data;        ///< Frame payload, untouched.
};

} // namespace ecv
