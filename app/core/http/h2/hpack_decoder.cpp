// SPDX-License-Identifier: Apache-2.0
#include "core/http/h2/hpack_decoder.h"

#include <QCoreApplication>

#include <nghttp2/nghttp2.h>

#include <cstring>
#include <utility>

namespace ecv {

HpackDecoder::HpackDecoder()
{
    reset();
}

HpackDecoder::~HpackDecoder()
{
    if (m_inflater)
        nghttp2_hd_inflate_del(m_inflater);
}

HpackDecoder::HpackDecoder(HpackDecoder &&other) noexcept
    : m_inflater(std::exchange(other.m_inflater, nullptr))
    , m_maxTableSize(other.m_maxTableSize)
    , m_failures(other.m_failures)
    , m_shared(std::move(other.m_shared))
{}

HpackDecoder &HpackDecoder::operator=(HpackDecoder &&other) noexcept
{
    if (this != &other) {
        if (m_inflater)
            nghttp2_hd_inflate_del(m_inflater);
        m_inflater = std::exchange(other.m_inflater, nullptr);
        m_maxTableSize = other.m_maxTableSize;
        m_failures = other.m_failures;
        m_shared = std::move(other.m_shared);
    }
    return *this;
}

void HpackDecoder::reset()
{
    m_shared.clear();
    if (m_inflater)
        nghttp2_hd_inflate_del(m_inflater);
    m_inflater = nullptr;
    if (nghttp2_hd_inflate_new(&m_inflater) != 0) {
        m_inflater = nullptr;
        return;
    }
    if (m_maxTableSize != 4096)
        nghttp2_hd_inflate_change_table_size(m_inflater, m_maxTableSize);
}

void HpackDecoder::setMaxTableSize(quint32 size)
{
    m_maxTableSize = size;
    if (m_inflater)
        nghttp2_hd_inflate_change_table_size(m_inflater, size);
}

QByteArray HpackDecoder::shared(const uint8_t *data, size_t length)
{
    // Short strings are cheaper to copy than to look up.
    constexpr size_t MinShared = 64;
    constexpr qsizetype MaxRemembered = 512;
    const char *bytes = reinterpret_cast<const char *>(data);
    if (length < MinShared)
        return QByteArray(bytes, qsizetype(length));
    const auto it = m_shared.constFind(data);
    if (it != m_shared.cend() && size_t(it->size()) == length &&
        std::memcmp(it->constData(), bytes, length) == 0)
        return *it;
    if (m_shared.size() >= MaxRemembered)
        m_shared.clear();
    const QByteArray copy(bytes, qsizetype(length));
    m_shared.insert(data, copy);
    return copy;
}

HpackDecoder::Result HpackDecoder::decode(const QByteArray &block, qint64 maxHeaderListSize)
{
    Result r;
    if (!m_inflater) {
        reset();
        if (!m_inflater) {
            r.ok = false;
            r.error =
                QCoreApplication::translate("ecv::Http2", "HPACK inflater could not be created");
            return r;
        }
    }
    const uint8_t *in = reinterpret_cast<const uint8_t *>(block.constData());
    size_t left = size_t(block.size());
    while (true) {
        nghttp2_nv nv;
        int flags = 0;
        // in_final = 1: the block is complete (HEADERS + CONTINUATION joined by the caller).
        const ssize_t rv = nghttp2_hd_inflate_hd2(m_inflater, &nv, &flags, in, left, 1);
        if (rv < 0) {
            r.ok = false;
            r.nghttp2Error = QString::fromLatin1(nghttp2_strerror(int(rv)));
            // RFC 9113 §4.3: a block that cannot be decoded is a COMPRESSION_ERROR.
            r.error =
                QCoreApplication::translate("ecv::Http2", "HPACK COMPRESSION_ERROR (nghttp2: %1)")
                    .arg(r.nghttp2Error);
            ++m_failures;
            reset();
            return r;
        }
        in += rv;
        left -= size_t(rv);
        if (flags & NGHTTP2_HD_INFLATE_EMIT) {
            const qint64 fieldSize = qint64(nv.namelen) + qint64(nv.valuelen) + 32;
            ++r.fieldCount;
            r.listSize += fieldSize;
            if (r.listSize > maxHeaderListSize)
                r.listTruncated = true;
            else
                r.fields.append({shared(nv.name, nv.namelen), shared(nv.value, nv.valuelen)});
        }
        if (flags & NGHTTP2_HD_INFLATE_FINAL) {
            nghttp2_hd_inflate_end_headers(m_inflater);
            break;
        }
        if (rv == 0 && left == 0) {
            // No progress and no input: the block ended inside a field representation.
            r.ok = false;
            r.nghttp2Error =
                QCoreApplication::translate("ecv::Http2", "header block ends inside a field");
            r.error =
                QCoreApplication::translate("ecv::Http2", "HPACK header block ends inside a field");
            ++m_failures;
            reset();
            break;
        }
    }
    return r;
}

} // namespace ecv
