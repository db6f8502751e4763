// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QtGlobal>

#include "core/http/http_message.h"

namespace ecv {

/**
 * @brief Bounds the decoded bodies one conversation's analysis holds in memory.
 *
 * Each body's decode is capped (ContentDecoder::DefaultCap), but a conversation of many
 * compressed responses (gzip bombs, or just a long download session) would otherwise keep every
 * decoded body at once. Bodies are kept in order until @c limit bytes of decoded bodies are held;
 * a body after that is released (HttpMessage::bodyReleased, with a note), and
 * HttpMessage::decodedBody() decodes it again when someone looks at it. Only bodies that content
 * decoding produced count: an undecoded body shares its bytes with the captured ones.
 * One per dissection; not thread-safe.
 */
class DecodedBodyBudget
{
public:
    static constexpr qint64 DefaultLimit = 128LL * 1024 * 1024;

    explicit DecodedBodyBudget(qint64 limit = DefaultLimit)
        : m_limit(limit)
    {}

    /**
     * @brief @p message's body was just decoded (again, for a body continued by a later event);
     * @p key identifies the message within the dissection. Keeps or releases it.
     */
    void settle(HttpMessage &message, int key);

    qint64 held() const { return m_held; }

private:
    qint64 m_limit;
    qint64 m_held = 0;
    QHash<int, qint64> m_heldBy; ///< key -> bytes it holds
};

} // namespace ecv
