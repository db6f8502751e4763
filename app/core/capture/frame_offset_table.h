// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QtGlobal>

#include "core/capture/chunked_vector.h"

namespace ecv {

/**
 * @brief The capture file offset of every frame's record, in about 4 bytes per frame.
 *
 * Offsets only grow, so each run of 2^16 frames keeps one 64-bit base (its first offset) and a
 * 32-bit distance per frame. A distance of 4 GiB or more within one run (frames averaging
 * 64 KiB) is kept whole on the side. Same interface as ChunkedVector<qint64> for what
 * CaptureStore uses. Not thread-safe.
 */
class FrameOffsetTable
{
public:
    /** @brief Adds the offset (bytes, >= the previous one) of the next frame. */
    void append(qint64 offset)
    {
        const qsizetype i = m_distances.size();
        if ((i & (kRun - 1)) == 0)
            m_bases.append(offset);
        const qint64 distance = offset - m_bases.last();
        if (distance >= 0 && distance < kEscape) {
            m_distances.append(quint32(distance));
        } else {
            m_distances.append(quint32(kEscape));
            m_wide.insert(i, offset);
        }
    }
    /** @brief Offset of frame @p i (0-based: frame number − 1). */
    qint64 at(qsizetype i) const
    {
        const quint32 distance = m_distances.at(i);
        if (distance == quint32(kEscape))
            return m_wide.value(i);
        return m_bases.at(i >> kRunBits) + qint64(distance);
    }
    qsizetype size() const { return m_distances.size(); }
    bool isEmpty() const { return m_distances.isEmpty(); }
    void clear()
    {
        m_distances.clear();
        m_bases.clear();
        m_wide.clear();
    }
    /** @brief Heap bytes held. */
    qint64 memoryBytes() const
    {
        return m_distances.memoryBytes() + m_bases.memoryBytes() + qint64(m_wide.size()) * 32;
    }

private:
    static constexpr int kRunBits = 16;
    static constexpr qsizetype kRun = qsizetype(1) << kRunBits;
    static constexpr qint64 kEscape = 0xffffffffLL; ///< distance marking a whole offset aside

    ChunkedVector<quint32, 16> m_distances; ///< offset − its run's base
    ChunkedVector<qint64, 8> m_bases;       ///< first offset of each run of kRun frames
    QHash<qsizetype, qint64> m_wide;        ///< frames whose distance does not fit
};

} // namespace ecv
