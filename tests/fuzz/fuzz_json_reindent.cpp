// SPDX-License-Identifier: Apache-2.0
// The JSON re-indenter of the body view: any bytes, and every token must lie inside the text.
#include "core/http/body/json_reindenter.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    const int indent = in.byte() % 9;
    const QByteArray json = in.rest();
    (void)ecv::JsonReindenter::looksLikeJson(json);
    const ecv::JsonReindenter::Result result = ecv::JsonReindenter::reindent(json, indent);
    for (const ecv::JsonReindenter::Token &t : result.tokens)
        ecv::fuzz::check(t.begin >= 0 && t.length >= 0 && t.begin + t.length <= result.text.size());
    ecv::fuzz::check(result.error.isEmpty() || result.errorOffset <= json.size());
    return 0;
}
