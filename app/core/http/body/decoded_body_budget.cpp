// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/decoded_body_budget.h"

namespace ecv {

namespace {
const char ReleasedNote[] = "decoded body (";
} // namespace

void DecodedBodyBudget::settle(HttpMessage &m, int key)
{
    m_held -= m_heldBy.take(key);
    if (m.bodyReleased) {
        m.bodyReleased = false;
        m.releasedBodySize = 0;
        m.notes.removeIf(
            [](const QString &n) { return n.startsWith(QLatin1String(ReleasedNote)); });
    }
    // Bytes shared with the wire body (no coding removed) cost nothing extra.
    if (m.codingsApplied.isEmpty() || m.body.isEmpty() || m.body.isSharedWith(m.wireBody))
        return;
    const qint64 size = m.body.size();
    if (m_held + size <= m_limit) {
        m_held += size;
        m_heldBy.insert(key, size);
        return;
    }
    m.bodyReleased = true;
    m.releasedBodySize = size;
    m.body = QByteArray();
    m.notes << QStringLiteral("decoded body (%1 bytes) not kept in memory: this conversation "
                              "already holds %2 bytes of decoded bodies (limit %3); decoded again "
                              "when shown or saved")
                   .arg(size)
                   .arg(m_held)
                   .arg(m_limit);
}

} // namespace ecv
