// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/fields/field_context.h"

namespace ecv {

/**
 * @brief The event list's column texts (the registry's `col.*` fields), one wording for the
 * window and `ecapture-dump -T text`. Pure; any thread.
 */
namespace EventColumns {

/** @brief Longest Info text, in characters (the rest is cut, as Wireshark's column is). */
inline constexpr int InfoMaxChars = 200;

/** @brief "curl (48213)", the name or the pid alone, or "" when neither is known. */
QString process(const CapturedEvent &indexed);
/** @brief The sender of the event's bytes (endpointText), "" when unknown. */
QString source(const CapturedEvent &indexed);
/** @brief The receiver of the event's bytes (endpointText), "" when unknown. */
QString destination(const CapturedEvent &indexed);
/**
 * @brief Protocol from the index alone: "HTTP"/"HTTP2" for eCapture's HTTP payload formats,
 * "TLS data", "TLS data (Go)", "connect", "close", "notice", "bash", "zsh", "MySQL",
 * "PostgreSQL", or "event".
 */
QString indexProtocol(const CapturedEvent &indexed);
/** @brief indexProtocol(), or the HTTP analysis' "HTTP"/"HTTP2" where it decoded the event. */
QString protocol(const FieldContext &context);
/**
 * @brief The Time column: local wall-clock "HH:mm:ss.zzz" of @p timeNs, or with @p relative the
 * seconds since @p firstNs (the capture's first event) with 6 decimals.
 */
QString time(qint64 timeNs, bool relative, qint64 firstNs);
/** @brief The request's host, also on its response ("" when none). */
QString host(const FieldContext &context);
/**
 * @brief Wireshark-style Info: the decoded HTTP summary ("GET /a HTTP/1.1", "HTTP/1.1 200 OK
 * (application/json)", HTTP/2 frame names), else the payload's first line or "N bytes binary",
 * a connect notice's tuple, then the first normalizer warning in brackets. At most InfoMaxChars
 * characters before the warning.
 */
QString info(const FieldContext &context);

} // namespace EventColumns

} // namespace ecv
