// SPDX-License-Identifier: Apache-2.0
// The fuzz targets, one ECV_FUZZ_TARGET(name) per tests/fuzz/fuzz_<name>.cpp (no include guard:
// included once per expansion of the macro by tst_fuzz_regressions.cpp).
ECV_FUZZ_TARGET(body)
ECV_FUZZ_TARGET(display_filter)
ECV_FUZZ_TARGET(capture_file)
ECV_FUZZ_TARGET(frame_decoder)
ECV_FUZZ_TARGET(frame_log)
ECV_FUZZ_TARGET(http1)
ECV_FUZZ_TARGET(http2)
ECV_FUZZ_TARGET(http2_text)
ECV_FUZZ_TARGET(http_dissector)
ECV_FUZZ_TARGET(json_reindent)
ECV_FUZZ_TARGET(v2_event_text)
