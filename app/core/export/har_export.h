// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "core/export/export_event_ref.h"

class QIODevice;

#include "core/export/export_io.h"

namespace ecv {

class CaptureReadHandle;
struct HttpCaptureAnalysis;
struct HttpExchange;
struct HttpMessage;

/**
 * @brief HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of the HTTP exchanges whose
 * request begins in an exported event, as browsers, HTTP Toolkit, Fiddler and Charles import it.
 *
 * From the one HTTP analysis (pairing, decoded bodies):
 * - entries ordered by startedDateTime (the request's first event, UTC, ms);
 * - timings from event times in ms: send = request's first to last event, wait = request's last
 *   to response's first event, receive = response's first to last event; blocked, dns, connect
 *   and ssl are -1 (eCapture does not see them), as are wait and receive without a response;
 *   eCapture stamps flushed buffers, so a negative span (the response flushed first) is 0;
 * - bodies decoded (content codings removed); text in its charset, anything else base64 with
 *   `"encoding": "base64"` (a request body too, as `_encoding`, HAR having no such field);
 * - `postData.params` for application/x-www-form-urlencoded and multipart/form-data;
 * - HTTP/2 as Chrome writes it: httpVersion "http/2.0", the request's pseudo-header fields kept
 *   in `headers`, `:status` not repeated in the response's;
 * - a request without a captured response gets status 0 and a comment saying so;
 * - `comment` names the process, pid, fd and the eCapture events.
 * Any thread (the store's any-thread reads; its own HTTP analysis).
 */
class HarExport
{
public:
    using Progress = ExportProgress;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int entries = 0;
        int withoutResponse = 0;
    };

    static Result write(const CaptureReadHandle &capture, const QVector<ExportEventRef> &refs,
                        QIODevice *device, const Progress &progress = {});

    /**
     * @brief The HAR entry of @p exchange of @p analysis (a request is required).
     * @p describe names the process and events for `comment`; @p serverIp is the server's
     * address ("" when unknown).
     */
    static QJsonObject entry(const HttpCaptureAnalysis &analysis, const HttpExchange &exchange,
                             const QString &describe, const QString &serverIp);
    /** @brief HAR `content`/`postData` text of @p body: text, or base64 (then *base64 = true). */
    static QString bodyText(const QByteArray &body, const QByteArray &contentType, bool *base64);
};

} // namespace ecv
