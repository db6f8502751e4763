// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/http/http_dissector.h"

namespace ecv {

/**
 * @brief The HTTP facts of one event, under the display filter's field names.
 *
 * Set on the event where an HTTP message begins (its first message if several begin there; an
 * interim 1xx response carries none, the final one does). HTTP/2: the first stream whose
 * HEADERS is in the event. Every message beginning in the event (1xx included) has its own
 * facts in @c messages. Unknown values: empty strings, -1.
 */
struct HttpEventFields
{
    bool present = false; ///< a (non-interim) message begins in this event
    bool isRequest = false;
    bool interim = false;   ///< entries of @c messages: a 1xx response
    int message = -1;       ///< index into HttpCaptureAnalysis::messages
    QString method;         ///< http.request.method
    QString uri;            ///< http.request.uri
    QString host;           ///< http.host (Host header, HTTP/2 :authority; requests)
    QString version;        ///< http.request.version
    int responseCode = -1;  ///< http.response.code
    QString contentType;    ///< http.content_type (responses, requests with a body): media
                            ///< type, lower case, no parameters
    qint64 bodyLength = -1; ///< http.body_length (HTTP/1 responses, requests with a body):
                            ///< decoded bytes of the whole body, reassembled from every event
                            ///< it spans; -1 while a live capture may still bring more of it
    quint32 responseIn = 0; ///< http.response_in: frame.number of the response's event
    quint32 requestIn = 0;  ///< http.request_in: frame.number of the request's event
    bool hasTime = false;
    double time = 0;                 ///< http.time: seconds from request to response (responses;
                                     ///< negative when eCapture flushed the response event first)
    qint64 http2StreamId = -1;       ///< http2.streamid (also on an interim or control-frame event)
    QStringList http2Types;          ///< http2.type: every HTTP/2 frame starting in the event
    QVector<qint64> http2ErrorCodes; ///< http2.error_code: each RST_STREAM's and GOAWAY's
    QVector<qint64> http2LastStreamIds; ///< http2.goaway.last_stream_id: each GOAWAY's
    QString summary;                    ///< this message's one-line summary (HttpFields::summary)
    /// Every message beginning in the event, in byte order (1xx included); each entry is that
    /// message's facts as if it were alone (its own @c messages empty, its @c info its summary).
    QVector<HttpEventFields> messages;

    QString protocol;   ///< event list "Protocol" column: "HTTP", "HTTP2" or empty
    QString info;       ///< event list "Info" column (Wireshark style)
    QString hostColumn; ///< event list "Host" column: the request's host, also on its response
                        ///< (http.host itself is request-only, as in the fixtures)
};

/**
 * @brief Per-event HTTP fields and one-line summaries from a conversation's analysis.
 * Pure and thread-safe.
 */
class HttpFields
{
    Q_DECLARE_TR_FUNCTIONS(HttpFields)
public:
    /** @brief Fields of item @p item (index into the items given to HttpDissector::analyze). */
    static HttpEventFields forItem(const HttpCaptureAnalysis &analysis,
                                   const QVector<HttpDissector::Item> &items, int item);
    /** @brief forItem for every item. */
    static QVector<HttpEventFields> forAll(const HttpCaptureAnalysis &analysis,
                                           const QVector<HttpDissector::Item> &items);
    /**
     * @brief Wireshark-style one-line summary: `GET /api/v1/items HTTP/1.1`,
     * `HTTP/1.1 200 OK (application/json)`, `HTTP/2 :status 200 (application/json)`.
     */
    static QString summary(const HttpMessage &message);
    /** @brief The Protocol column's name of HTTP/1.x ("HTTP") or HTTP/2 ("HTTP2"), as Wireshark. */
    static QString protocolName(bool http2);
};

} // namespace ecv
