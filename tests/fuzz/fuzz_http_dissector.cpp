// SPDX-License-Identifier: Apache-2.0
// The whole HTTP dissection of one conversation (HTTP/1, raw HTTP/2, eCapture's re-serialized
// messages and HTTP/2 renderings, hex.Dump items), as the window and ecapture-dump run it.
// Input: items separated by "\n\xff\xfe"; each item's first byte picks its direction (bits 0-1),
// payload format (bits 2-4, PayloadFormat) and eCapture type (bits 5-7: -1, 0..6).
#include "core/http/http_dissector.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = ecv::fuzz::copy(data, size);
    static const QByteArray separator("\n\xff\xfe");
    QVector<ecv::HttpDissector::Item> items;
    qsizetype at = 0;
    while (at < input.size() && items.size() < 512) {
        qsizetype end = input.indexOf(separator, at);
        if (end < 0)
            end = input.size();
        ecv::HttpDissector::Item item;
        const uint8_t head = uint8_t(input.at(at));
        item.eventIndex = int(items.size());
        item.frameNumber = quint32(items.size() + 1);
        item.timeNs = 1'700'000'000'000'000'000LL + qint64(items.size()) * 1000;
        item.direction = ecv::Direction((head & 3) % 3);
        item.format = ecv::PayloadFormat(((head >> 2) & 7) % 5);
        item.ecaptureType = qint64((head >> 5) & 7) - 1;
        item.data = input.mid(at + 1, end - at - 1);
        items.append(item);
        at = end + separator.size();
    }
    ecv::HttpDissector::Options options;
    options.decodeCap = 1 << 20;
    const ecv::HttpCaptureAnalysis a = ecv::HttpDissector::analyze(items, options);
    for (const ecv::HttpExchange &x : a.exchanges) {
        ecv::fuzz::check(x.request < a.messages.size() && x.response < a.messages.size());
    }
    for (const ecv::HttpMessage &m : a.messages) {
        for (const ecv::HttpByteRange &r : m.headerRanges + m.bodyRanges)
            ecv::fuzz::check(r.item >= 0 && r.item < items.size() && r.begin >= 0 &&
                             r.begin <= r.end);
    }
    return 0;
}
