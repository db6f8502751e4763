// SPDX-License-Identifier: Apache-2.0
// FrameDecoder over one WebSocket frame: protobuf LogEntry, v1.4.0 JSON text, connect-out base64
// text, raw shell text. Input: one opcode byte (bit 0: text), then the frame payload.
#include "core/wire/frame_decoder.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    ecv::RawFrame frame;
    frame.opcode = (in.byte() & 1) ? ecv::RawFrame::Opcode::Text : ecv::RawFrame::Opcode::Binary;
    frame.arrivalNs = 1'700'000'000'000'000'000LL;
    frame.data = in.rest();
    static const ecv::FrameDecoder decoder;
    const ecv::DecodedFrame decoded = decoder.decode(frame, 1);
    ecv::fuzz::check(decoded.kind != ecv::DecodedFrame::Kind::Undecodable ||
                     !decoded.reason.isEmpty());
    // The clock offset scans heartbeats and run logs the same way a reader does.
    (void)ecv::FrameDecoder::clockOffsetNs({frame});
    return 0;
}
