// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include "core/http/http_message.h"

struct nghttp2_hd_inflater;

namespace ecv {

/**
 * @brief HPACK header block decoder (RFC 7541) over nghttp2's inflater.
 *
 * One instance per direction per connection, kept across events, because the dynamic table
 * (RFC 7541 §2.3.2) is shared by every header block of that direction. When a block cannot be
 * decoded (NGHTTP2_ERR_HEADER_COMP: a reference to a dynamic-table entry whose block was never
 * captured, or a real compression error; the caller knows which from whether the connection was
 * captured from its preface), the fields decoded so far are returned with @c ok = false and the
 * inflater is recreated, so one lost block does not corrupt every later one.
 * Not thread-safe (one dissection owns it); movable, not copyable.
 */
class HpackDecoder
{
public:
    HpackDecoder();
    ~HpackDecoder();
    HpackDecoder(const HpackDecoder &) = delete;
    HpackDecoder &operator=(const HpackDecoder &) = delete;
    HpackDecoder(HpackDecoder &&other) noexcept;
    HpackDecoder &operator=(HpackDecoder &&other) noexcept;

    /**
     * Default cap of one decoded header list: 256 KiB counted as SETTINGS_MAX_HEADER_LIST_SIZE
     * counts (RFC 9113 §6.5.2: name + value + 32 bytes per field), the limit nghttp2's
     * max_header_list_size applies to what a peer may send.
     */
    static constexpr qint64 DefaultMaxHeaderListSize = 256 * 1024;

    struct Result
    {
        HttpHeaderList fields; ///< decoded fields in order (pseudo-headers included)
        bool ok = true;        ///< false: block damaged or context lost (fields may be partial)
        QString error;         ///< "HPACK COMPRESSION_ERROR (nghttp2: ...)"
        QString nghttp2Error;  ///< nghttp2_strerror() of the failure
        /** The list was larger than the cap: fields past it were decoded (the dynamic table
         *  stays right) but not kept. */
        bool listTruncated = false;
        qint64 listSize = 0; ///< size of the whole list, counted as the cap is
        int fieldCount = 0;  ///< fields in the whole list (kept or not)
    };

    /**
     * @brief Decode one complete header block (HEADERS + CONTINUATION fragments joined),
     * keeping at most @p maxHeaderListSize bytes of fields (see DefaultMaxHeaderListSize).
     * Values referenced again and again (one large dynamic-table entry, one-byte references)
     * share one copy, so memory follows the block's size, not what it expands to.
     */
    Result decode(const QByteArray &block, qint64 maxHeaderListSize = DefaultMaxHeaderListSize);

    /**
     * @brief Apply SETTINGS_HEADER_TABLE_SIZE announced by the peer that decodes this direction
     * (RFC 9113 §6.5.2; the SETTINGS frame travels in the opposite direction).
     */
    void setMaxTableSize(quint32 size);

    /** @brief Blocks that failed so far (each one recreated the inflater). */
    int failures() const { return m_failures; }

private:
    void reset();
    QByteArray shared(const uint8_t *data, size_t length);

    nghttp2_hd_inflater *m_inflater = nullptr;
    quint32 m_maxTableSize = 4096;
    int m_failures = 0;
    /** Recently decoded long names/values by where nghttp2 keeps them (a dynamic-table entry
     *  stays at one address); checked byte for byte before reuse. */
    QHash<const uint8_t *, QByteArray> m_shared;
};

} // namespace ecv
