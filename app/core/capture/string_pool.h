// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace ecv {

/**
 * @brief Interns the few distinct strings of a capture (process names, addresses, tuples) so the
 * event index holds 4-byte ids. Id 0 is the empty string. Not thread-safe.
 */
class StringPool
{
public:
    StringPool();

    /** @brief Id of @p text, adding it if new. */
    quint32 intern(const QString &text);
    /** @brief String of @p id; empty for 0 or an unknown id. */
    const QString &at(quint32 id) const;
    /** @brief Number of strings including the empty one. */
    int size() const { return int(m_strings.size()); }
    /** @brief Approximate heap bytes held (for the index-size report). */
    qint64 memoryBytes() const;
    void clear();

private:
    QVector<QString> m_strings;
    QHash<QString, quint32> m_ids;
    quint32 m_lastId = 0; ///< consecutive events mostly repeat the same strings
};

} // namespace ecv
