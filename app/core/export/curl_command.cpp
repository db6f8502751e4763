// SPDX-License-Identifier: Apache-2.0
#include "core/export/curl_command.h"

#include "core/http/body/text_charset.h"
#include "core/http/http_message.h"

namespace ecv {

QString CurlCommand::shellQuote(const QByteArray &s)
{
    bool plain = TextCharset::isValidUtf8(s);
    for (char c : s)
        if (uchar(c) < 0x20 && c != '\t')
            plain = false;
    if (plain) {
        QString q = QString::fromUtf8(s);
        q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    }
    QString out = QStringLiteral("$'");
    for (char c : s) {
        const uchar u = uchar(c);
        if (c == '\\' || c == '\'') {
            out += QLatin1Char('\\');
            out += QLatin1Char(c);
        } else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('\'');
}

QByteArray CurlCommand::requestUrl(const HttpMessage &m)
{
    QByteArray scheme = httpHeaderValue(m.headers, ":scheme");
    if (scheme.isEmpty())
        scheme = "https";
    const QByteArray host = m.host();
    const QByteArray &target = m.target;
    if (target.startsWith("http://") || target.startsWith("https://"))
        return target; // absolute-form (proxy request)
    return scheme + "://" + (host.isEmpty() ? QByteArray("localhost") : host) +
           (target.isEmpty() ? QByteArray("/") : target);
}

QString CurlCommand::fromRequest(const HttpMessage &m)
{
    const QByteArray url = requestUrl(m);
    QString cmd = QStringLiteral("curl");
    if (m.httpMajor == 2)
        cmd += QStringLiteral(" --http2");
    const QByteArray method = m.method.isEmpty() ? QByteArray("GET") : m.method;
    const QByteArray body = m.decodedBody();
    if (method != "GET" || !body.isEmpty())
        cmd += QStringLiteral(" -X ") + shellQuote(method);
    cmd += QLatin1Char(' ') + shellQuote(url);
    static const QList<QByteArray> skipped{"host", "content-length", "transfer-encoding",
                                           "connection"};
    // HTTP/2 cookie crumbs (RFC 9113 §8.2.3) go out as one Cookie header, as HTTP/1 needs.
    const QByteArray joinedCookie = m.joinedCookie();
    bool cookieDone = false;
    for (const HttpHeaderField &f : m.headers) {
        const QByteArray n = f.name.toLower();
        if (n.startsWith(':') || skipped.contains(n))
            continue;
        if (n == "cookie" && !joinedCookie.isNull()) {
            if (!cookieDone)
                cmd += QStringLiteral(" \\\n  -H ") + shellQuote(f.name + ": " + joinedCookie);
            cookieDone = true;
            continue;
        }
        cmd += QStringLiteral(" \\\n  -H ") + shellQuote(f.name + ": " + f.value);
    }
    if (httpHeaderValue(m.headers, "accept-encoding").toLower().contains("gzip"))
        cmd += QStringLiteral(" \\\n  --compressed");
    if (!body.isEmpty())
        cmd += QStringLiteral(" \\\n  --data-binary ") + shellQuote(body);
    return cmd;
}

} // namespace ecv
