// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/multipart_parser.h"

#include "core/http/http1_parser.h"

#include <QRegularExpression>

namespace ecv {

namespace {

QString dispositionParam(const QByteArray &disposition, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|;)\\s*%1=(\"([^\"]*)\"|[^;]*)").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(disposition));
    if (!m.hasMatch())
        return {};
    return m.captured(2).isNull() ? m.captured(1).trimmed() : m.captured(2);
}

} // namespace

QByteArray MultipartParser::boundary(const QByteArray &contentType)
{
    for (const QByteArray &p : contentType.split(';')) {
        const QByteArray t = p.trimmed();
        if (t.toLower().startsWith("boundary=")) {
            QByteArray b = t.mid(9).trimmed();
            if (b.startsWith('"') && b.endsWith('"') && b.size() >= 2)
                b = b.mid(1, b.size() - 2);
            return b;
        }
    }
    return {};
}

QVector<MultipartParser::Part> MultipartParser::parse(const QByteArray &body,
                                                      const QByteArray &boundary)
{
    QVector<Part> parts;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delim = "--" + boundary;
    qsizetype pos = body.indexOf(delim);
    while (pos >= 0) {
        qsizetype after = pos + delim.size();
        if (body.mid(after, 2) == "--")
            break; // close delimiter
        const qsizetype lineEnd = body.indexOf('\n', after);
        if (lineEnd < 0)
            break;
        const qsizetype partBegin = lineEnd + 1;
        qsizetype next = body.indexOf("\n" + delim, partBegin);
        Part p;
        qsizetype partEnd = next < 0 ? body.size() : next;
        if (next >= 0 && partEnd > partBegin && body[partEnd - 1] == '\r')
            --partEnd;
        p.complete = next >= 0;
        const QByteArray whole = body.mid(partBegin, partEnd - partBegin);
        qsizetype hEnd = whole.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (hEnd < 0) {
            hEnd = whole.indexOf("\n\n");
            skip = 2;
        }
        if (whole.startsWith("\r\n") || whole.startsWith("\n")) {
            hEnd = 0;
            skip = whole.startsWith("\r\n") ? 2 : 1;
        }
        if (hEnd < 0) {
            p.headers = Http1Parser::parseHeaderLines(whole);
        } else {
            p.headers = Http1Parser::parseHeaderLines(whole.left(hEnd));
            p.body = whole.mid(hEnd + skip);
            p.offset = partBegin + hEnd + skip;
        }
        const QByteArray cd = httpHeaderValue(p.headers, "content-disposition");
        p.name = dispositionParam(cd, QStringLiteral("name"));
        p.fileName = dispositionParam(cd, QStringLiteral("filename"));
        parts.append(p);
        if (next < 0)
            break;
        pos = next + 1;
    }
    return parts;
}

} // namespace ecv
