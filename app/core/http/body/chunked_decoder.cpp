// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/chunked_decoder.h"

#include <QCoreApplication>

#include "core/wire/hex_digit.h"

namespace ecv {

namespace {

// Finds the end of the line starting at pos: index of '\n' (a bare LF is accepted), or -1.
qint64 lineEnd(const QByteArray &in, qint64 pos)
{
    return in.indexOf('\n', pos);
}

QByteArray stripCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool ChunkedDecoder::looksChunked(const QByteArray &data, qint64 offset)
{
    qint64 i = offset;
    int digits = 0;
    while (i < data.size() && hexDigitValue(data[i]) >= 0 && digits < 16) {
        ++i;
        ++digits;
    }
    if (digits == 0 || digits > 15)
        return false;
    // Optional whitespace and extensions up to the line end; nothing binary.
    const qint64 eol = data.indexOf('\n', i);
    if (eol < 0 || eol - i > 1024)
        return false;
    const QByteArray rest = stripCr(data.mid(i, eol - i)).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(';'))
        return false;
    for (char c : rest)
        if (uchar(c) < 0x20 && c != '\t')
            return false;
    return true;
}

ChunkedDecoder::Result ChunkedDecoder::decode(const QByteArray &input, qint64 offset)
{
    Result r;
    qint64 pos = offset;
    while (pos < input.size()) {
        const qint64 eol = lineEnd(input, pos);
        if (eol < 0) {
            r.error = QCoreApplication::translate("ecv::HttpBody", "chunk-size line incomplete");
            break;
        }
        QByteArray line = stripCr(input.mid(pos, eol - pos));
        const qsizetype semi = line.indexOf(';'); // chunk-ext: ignored (RFC 9112 §7.1.1)
        if (semi >= 0)
            line.truncate(semi);
        line = line.trimmed();
        // At most 15 hex digits (< 2^60): larger sizes cannot be real and would overflow.
        if (line.isEmpty() || line.size() > 15) {
            r.malformed = true;
            r.error =
                QCoreApplication::translate("ecv::HttpBody", "invalid chunk-size line at byte %1")
                    .arg(pos - offset);
            break;
        }
        quint64 size = 0;
        bool ok = true;
        for (char c : line) {
            const int v = hexDigitValue(c);
            if (v < 0) {
                ok = false;
                break;
            }
            size = size * 16 + quint64(v);
        }
        if (!ok) {
            r.malformed = true;
            r.error = QCoreApplication::translate("ecv::HttpBody", "invalid chunk-size \"%1\"")
                          .arg(QString::fromLatin1(line));
            break;
        }
        pos = eol + 1;
        if (size == 0) {
            // Last chunk: trailer section until an empty line (RFC 9112 §7.1.2).
            while (pos < input.size()) {
                const qint64 tEol = lineEnd(input, pos);
                if (tEol < 0) {
                    pos = input.size();
                    break;
                }
                const QByteArray t = stripCr(input.mid(pos, tEol - pos));
                pos = tEol + 1;
                if (t.isEmpty()) {
                    r.complete = true;
                    break;
                }
                const qsizetype colon = t.indexOf(':');
                if (colon > 0)
                    r.trailers.append({t.left(colon).trimmed(), t.mid(colon + 1).trimmed()});
            }
            if (!r.complete)
                r.error =
                    QCoreApplication::translate("ecv::HttpBody", "trailer section incomplete");
            r.consumed = pos - offset;
            return r;
        }
        const qint64 avail = input.size() - pos;
        if (size > quint64(avail)) {
            r.body.append(input.constData() + pos, qsizetype(avail));
            ++r.chunkCount;
            pos = input.size();
            r.error = QCoreApplication::translate("ecv::HttpBody", "chunk of %1 bytes has only %2")
                          .arg(size)
                          .arg(avail);
            break;
        }
        r.body.append(input.constData() + pos, qsizetype(size));
        ++r.chunkCount;
        pos += qint64(size);
        // CRLF after the chunk data; tolerate a bare LF or nothing at the very end.
        if (pos < input.size() && input[pos] == '\r')
            ++pos;
        if (pos < input.size() && input[pos] == '\n')
            ++pos;
    }
    if (r.error.isEmpty())
        r.error = QCoreApplication::translate("ecv::HttpBody", "last chunk missing");
    r.consumed = pos - offset;
    return r;
}

} // namespace ecv
