// SPDX-License-Identifier: Apache-2.0
// Test helper: a fixture's frames as the store receives them. Header-only: include it by
// relative path; needs ecv_core.
#pragma once

#include <QString>
#include <QVector>

#include "core/file/frame_log_reader.h"

namespace ecv::test {

/** @brief Frames of tests/data/@p fileName (a frame log), arrival times from 1e18 ns on; empty
 *  if unreadable. */
inline QVector<RawFrame> fixtureFrames(const QString &fileName)
{
    FrameLogReader reader;
    if (!reader.readFile(QStringLiteral(ECV_TEST_DATA "/") + fileName, 1'000'000'000'000'000'000LL))
        return {};
    return reader.takeFrames();
}

} // namespace ecv::test
