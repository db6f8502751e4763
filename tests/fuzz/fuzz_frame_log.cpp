// SPDX-License-Identifier: Apache-2.0
// The frame-log reader (JSON Lines recordings, tests/data/*.jsonl) over a whole file's bytes.
#include "core/file/frame_log_reader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = ecv::fuzz::copy(data, size);
    (void)ecv::FrameLogReader::looksLikeFrameLog(bytes.left(4096));
    ecv::FrameLogReader reader;
    const bool ok = reader.readBytes(bytes, 1'000'000'000LL);
    ecv::fuzz::check(ok == reader.ok());
    ecv::fuzz::check(ok || !reader.errorString().isEmpty());
    return 0;
}
