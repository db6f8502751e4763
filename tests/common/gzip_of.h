// SPDX-License-Identifier: Apache-2.0
// Test helper shared by the HTTP tests that need gzip/zlib/raw deflate input. Header-only: include
// it by relative path (the test must link zlib, as ecv_core does).
#pragma once

#include <QByteArray>

#include <zlib.h>

namespace ecv::test {

/**
 * @brief @p in compressed at level 9 with zlib's deflate.
 * @p windowBits picks the wrapper as deflateInit2() does: 31 gzip (default), 15 zlib, -15 raw.
 */
inline QByteArray gzipOf(const QByteArray &in, int windowBits = 31)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace ecv::test
