// SPDX-License-Identifier: Apache-2.0
// HTTP/2 frames and HPACK header blocks built the way a real peer builds them (RFC 9113 §4.1,
// nghttp2's deflater for RFC 7541), for dissection tests.
#pragma once

#include <QByteArray>
#include <QPair>
#include <QVector>

#include <nghttp2/nghttp2.h>

namespace ecv::test {

using HeaderFields = QVector<QPair<QByteArray, QByteArray>>;

/** @brief One frame: 9-byte header (24-bit length, type, flags, 31-bit stream id) + payload. */
inline QByteArray http2Frame(quint8 type, quint8 flags, quint32 sid, const QByteArray &payload)
{
    QByteArray f;
    const quint32 n = quint32(payload.size());
    f += char(n >> 16);
    f += char(n >> 8);
    f += char(n);
    f += char(type);
    f += char(flags);
    f += char(sid >> 24);
    f += char(sid >> 16);
    f += char(sid >> 8);
    f += char(sid);
    return f + payload;
}

/** @brief HPACK-encodes @p fields with deflater @p d (its dynamic table carries over). */
inline QByteArray hpackEncode(nghttp2_hd_deflater *d, const HeaderFields &fields)
{
    QVector<nghttp2_nv> nv;
    for (const auto &f : fields)
        nv.append({reinterpret_cast<uint8_t *>(const_cast<char *>(f.first.constData())),
                   reinterpret_cast<uint8_t *>(const_cast<char *>(f.second.constData())),
                   size_t(f.first.size()), size_t(f.second.size()), NGHTTP2_NV_FLAG_NONE});
    QByteArray out(4096, '\0');
    const ssize_t n = nghttp2_hd_deflate_hd(d, reinterpret_cast<uint8_t *>(out.data()),
                                            size_t(out.size()), nv.data(), size_t(nv.size()));
    out.resize(qMax<ssize_t>(n, 0));
    return out;
}

} // namespace ecv::test
