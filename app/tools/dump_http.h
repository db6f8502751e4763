// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/capture/capture_store.h"
#include "core/http/http_fields.h"

/**
 * @file
 * @brief The HTTP side of `ecapture-dump` (issue 4): per-event `http.*` fields, the Protocol /
 * Info / Host text columns, `-z conv` and `-z follow`.
 *
 * Everything here runs only when an output needs it (an event printed with -T text/json/jsonl,
 * or a -z conv / -z follow report): `-q -z summary` never dissects. Each conversation is
 * dissected once with all the events it has when its first event is printed (HttpDissector,
 * a whole capture for -r) and the per-event results are kept only until its last event is
 * printed; a live capture (-i) dissects a conversation again when an event newer than the last
 * dissection is printed, so a request printed before its response arrived has no
 * http.response_in (as tshark's one-pass output).
 * Thread affinity: the store's owner thread (uses CaptureStore::eventAt()).
 */
namespace ecv::dump {

/**
 * @brief HTTP fields of event @p index of @p store (HttpFields::forItem on its conversation's
 * dissection); an empty HttpEventFields for events outside a conversation or without HTTP.
 */
HttpEventFields httpFields(const CaptureStore &store, int index);

/** @brief EventFieldProvider: adds HttpEventFields::toJson() of the event to @p object. */
void addHttpFields(const CaptureStore &store, int index, const CapturedEvent &event,
                   QJsonObject &object);

/**
 * @brief `-z conv`: the conversation table of ConversationListing::text (tshark -z conv,tcp),
 * one row per conversation id (the N of -z follow,N). Built from the event index only (no
 * payload is read). @p args must be empty or one of tcp/tls/http/http2 (all list the same
 * conversations).
 */
QByteArray conversationsReport(const CaptureStore &store, const QStringList &args, QString *error);

/**
 * @brief `-z follow,N` or `-z follow,PROTO,MODE,N` (PROTO tcp/tls/http/http2, MODE
 * ascii/hex/raw): conversation N as `tshark -q -z follow,tcp,MODE,N` prints it
 * (FollowStream::text). Node 0 is the sender of the first data event. Sets @p error and returns
 * nothing for a bad spec or an unknown conversation.
 */
QByteArray followReport(const CaptureStore &store, const QStringList &args, QString *error);

/**
 * @brief Endpoint names of conversation @p info as "ip:port" ("[v6]:port"), or, when eCapture
 * gave no tuple, "process pid P fd F" for the local end and "peer" for the other.
 */
QString conversationEndpoint(const ConversationInfo &info, bool local);

} // namespace ecv::dump
