// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ecv {

/**
 * @brief The one text form of an endpoint, shared by the event list, `ecapture-dump` and the
 * conversation listing: "203.0.113.10:443", "[2001:db8::5]:443" (RFC 3986 §3.2.2 brackets for
 * IPv6), the address alone when the port is unknown, ":443" when only the port is known, and ""
 * when neither is. Addresses are as the normalizer wrote them (IPv6 in RFC 5952 form).
 * @param port -1 = unknown. Pure; any thread.
 */
QString endpointText(const QString &address, qint32 port);

} // namespace ecv
