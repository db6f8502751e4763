// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

class QObject;

namespace ecv::tools {

/**
 * @brief Ctrl-C (SIGINT) and SIGTERM call @p stop on @p context's thread, from the event loop
 * (a self-pipe: the signal handler only writes a byte). Live captures end like tshark's: stop,
 * write what is left, exit cleanly. Wireshark stops an extcap program with SIGTERM. Call once.
 */
void watchStopSignals(QObject *context, const std::function<void()> &stop);

} // namespace ecv::tools
