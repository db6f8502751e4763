// SPDX-License-Identifier: Apache-2.0
#include "fuzz_common.h"

#include <QtGlobal>

namespace ecv::fuzz {

void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace ecv::fuzz

// Runs once before the first input.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ecv::fuzz::quietQt();
    return 0;
}
