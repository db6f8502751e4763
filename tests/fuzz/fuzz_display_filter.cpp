// SPDX-License-Identifier: Apache-2.0
// The display-filter language: scanner, parser, semantic check and compiled form, on any text
// (UTF-8 as typed in the filter bar or given to ecapture-dump -Y).
#include "core/filter/display_filter.h"
#include "fuzz_common.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ecv::DisplayFilter filter = ecv::DisplayFilter::compile(text);
    if (!filter.isValid()) {
        ecv::fuzz::check(!filter.errorMessage().isEmpty());
        ecv::fuzz::check(filter.errorColumn() >= 0 && filter.errorColumn() <= text.size() + 1);
    } else {
        (void)filter.explain();
        (void)filter.fieldNames();
    }
    return 0;
}
