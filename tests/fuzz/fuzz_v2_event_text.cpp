// SPDX-License-Identifier: Apache-2.0
// eCapture's human-readable event text (v2.1+ payloads, connect-out, raw shell text).
#include "core/wire/v2_event_text.h"
#include "fuzz_common.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = ecv::fuzz::copy(data, size);
    ecv::CapturedEvent event;
    if (ecv::V2EventText::parse(text, event))
        ecv::fuzz::check(event.data.size() <= text.size());
    (void)ecv::V2EventText::looksLikeShellText(text);
    qint64 ms = 0;
    (void)ecv::V2EventText::parsePrintedAsUtcMs(QString::fromUtf8(text.left(64)), &ms);
    return 0;
}
