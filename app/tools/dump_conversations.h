// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>

#include "tools/dump_output.h"

/**
 * @file
 * @brief `ecapture-dump`'s conversation reports: `-z conv` and `-z follow`.
 */
namespace ecv::dump {

/**
 * @brief `-z conv`: ConversationListing::text (tshark -z conv,tcp) of every conversation, one
 * row per conversation id (the N of -z follow,N), from the event index only (no payload is
 * read). @p args must be empty or one of tcp/tls/http/http2 (all list the same conversations).
 */
QByteArray conversationsReport(const DumpCapture &capture, const QStringList &args, QString *error);

/**
 * @brief `-z follow,N` or `-z follow,PROTO,MODE,N` (PROTO tcp/tls/http/http2, MODE
 * ascii/hex/raw): conversation N as `tshark -q -z follow,tcp,MODE,N` prints it
 * (FollowStream::text) from the HTTP analysis' item bytes (hex.Dump text turned back into
 * bytes). Node 0 is the sender of the first data event. Sets @p error and returns nothing for a
 * bad spec or an unknown conversation.
 */
QByteArray followReport(const DumpCapture &capture, const QStringList &args, QString *error);

} // namespace ecv::dump
