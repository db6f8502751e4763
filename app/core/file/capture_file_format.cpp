// SPDX-License-Identifier: Apache-2.0
#include "core/file/capture_file_format.h"

#include <QtEndian>

#include <zlib.h>

namespace ecv::CaptureFileFormat {

QByteArray fileHeader()
{
    QByteArray header(kFileHeaderSize, Qt::Uninitialized);
    memcpy(header.data(), kMagic, kMagicSize);
    qToLittleEndian<quint32>(kVersion, header.data() + kMagicSize);
    qToLittleEndian<quint32>(0, header.data() + kMagicSize + 4);
    return header;
}

bool looksLikeCaptureFile(const QByteArray &head)
{
    if (head.isEmpty())
        return false;
    const qsizetype n = qMin<qsizetype>(head.size(), kMagicSize);
    return memcmp(head.constData(), kMagic, size_t(n)) == 0;
}

quint32 crc32(const char *data, qsizetype size)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths: feed huge buffers in pieces.
    while (size > 0) {
        const uInt chunk = uInt(qMin<qsizetype>(size, 1 << 30));
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return quint32(crc);
}

} // namespace ecv::CaptureFileFormat
