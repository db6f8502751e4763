// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QtGlobal>
#include <vector>

namespace ecv {

/**
 * @brief Append-only array stored in fixed-size chunks of 2^ChunkBits elements.
 *
 * The capture store's per-event and per-frame arrays: growing never copies what is there (no
 * 2× peak while a 64 MB vector reallocates) and wastes at most one partly filled chunk, so the
 * index stays at its true size per event. Random access is two loads. T must be
 * default-constructible and copy-assignable. Not thread-safe.
 */
template <typename T, int ChunkBits = 16> class ChunkedVector
{
public:
    static constexpr qsizetype kChunkSize = qsizetype(1) << ChunkBits;

    void append(const T &value)
    {
        if ((m_size & (kChunkSize - 1)) == 0 && (m_size >> ChunkBits) == qsizetype(m_chunks.size()))
            m_chunks.emplace_back(std::make_unique<T[]>(size_t(kChunkSize)));
        m_chunks[size_t(m_size >> ChunkBits)][size_t(m_size & (kChunkSize - 1))] = value;
        ++m_size;
    }
    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks[size_t(i >> ChunkBits)][size_t(i & (kChunkSize - 1))];
    }
    T &operator[](qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks[size_t(i >> ChunkBits)][size_t(i & (kChunkSize - 1))];
    }
    const T &last() const { return at(m_size - 1); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }
    /** @brief Heap bytes held (allocated chunks plus the chunk table). */
    qint64 memoryBytes() const
    {
        return qint64(m_chunks.size()) * kChunkSize * qint64(sizeof(T)) +
               qint64(m_chunks.capacity()) * qint64(sizeof(void *));
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    qsizetype m_size = 0;
};

} // namespace ecv
