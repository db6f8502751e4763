// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp, built with -DECV_FUZZ=ON).

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QtGlobal>

namespace ecv::fuzz {

/** Bytes of the current input without a copy (valid only during LLVMFuzzerTestOneInput). */
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** An owning copy: a parser that keeps slices must not point into libFuzzer's buffer. */
inline QByteArray copy(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/**
 * Reads selector bytes from the front of the input, then hands out the rest: a target that takes
 * options reads them here so the same seed file drives every option the first bytes pick.
 */
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    /** Next byte, or 0 past the end. */
    uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        return m_data[m_pos++];
    }
    /** Everything not yet taken, copied. */
    QByteArray rest() const { return copy(m_data + m_pos, m_size - m_pos); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

/** Aborts (a libFuzzer crash with the input saved) when an invariant of a parser's result is
 *  broken: kept in release builds, unlike Q_ASSERT. */
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

/** Silences Qt's message handler: parsers warn on bad input, which is all a fuzzer sends. */
void quietQt();

} // namespace ecv::fuzz
