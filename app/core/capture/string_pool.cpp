// SPDX-License-Identifier: Apache-2.0
#include "core/capture/string_pool.h"

namespace ecv {

StringPool::StringPool()
{
    clear();
}

quint32 StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (m_lastId != 0 && m_strings.at(m_lastId) == text)
        return m_lastId;
    auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd()) {
        m_lastId = it.value();
        return m_lastId;
    }
    const quint32 id = quint32(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    m_lastId = id;
    return id;
}

const QString &StringPool::at(quint32 id) const
{
    static const QString empty;
    return id < quint32(m_strings.size()) ? m_strings.at(id) : empty;
}

qint64 StringPool::memoryBytes() const
{
    qint64 bytes = qint64(m_strings.capacity()) * qint64(sizeof(QString));
    for (const QString &s : m_strings)
        bytes += 2 * (qint64(s.capacity()) + 16) + 32; // text twice (vector + hash key) + nodes
    return bytes;
}

void StringPool::clear()
{
    m_strings.clear();
    m_ids.clear();
    m_strings.append(QString());
    m_lastId = 0;
}

} // namespace ecv
