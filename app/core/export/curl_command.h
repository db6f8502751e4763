// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ecv {

struct HttpMessage;

/**
 * @brief "Copy request as cURL": a POSIX shell command that repeats a captured request.
 *
 * URL = scheme (HTTP/2 :scheme, else https, since eCapture captures TLS plaintext) + Host /
 * :authority + target. Header fields are kept in order except pseudo-headers, Host,
 * Content-Length, Transfer-Encoding and Connection (curl sets them). The decoded request body is
 * sent with --data-binary; bytes that are not printable text use $'\xNN' quoting. Pure and
 * thread-safe.
 */
class CurlCommand
{
public:
    static QString fromRequest(const HttpMessage &request);
    /**
     * @brief The request's URL: an absolute-form target as it is, else scheme (HTTP/2
     * :scheme, else https: eCapture captures TLS plaintext) + Host / :authority + target.
     */
    static QByteArray requestUrl(const HttpMessage &request);
    /** @brief Single-quote @p s for a POSIX shell ($'…' when it holds control or non-UTF-8 bytes).
     */
    static QString shellQuote(const QByteArray &s);
};

} // namespace ecv
