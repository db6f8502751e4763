// SPDX-License-Identifier: Apache-2.0
#include "core/http/body/text_charset.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>
#include <optional>

namespace ecv {

namespace {

QByteArray normalizeLabel(QByteArray l)
{
    l = l.trimmed().toLower();
    if (l.startsWith('"') && l.endsWith('"') && l.size() >= 2)
        l = l.mid(1, l.size() - 2);
    if (l == "utf8")
        return "utf-8";
    if (l == "latin1" || l == "iso8859-1" || l == "us-ascii" || l == "ascii")
        return l == "us-ascii" || l == "ascii" ? "utf-8" : "iso-8859-1";
    return l;
}

// charset declared inside the document (HTML meta, XML declaration, CSS @charset), first 1 KiB.
QByteArray declaredInDocument(const QByteArray &body)
{
    const QByteArray head = body.left(1024);
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(
        QStringLiteral("^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)"));
    static const QRegularExpression css(QStringLiteral("^@charset \"([A-Za-z0-9_.:-]+)\";"));
    const QString s = QString::fromLatin1(head);
    for (const QRegularExpression *re : {&xml, &css, &meta}) {
        const QRegularExpressionMatch m = re->match(s);
        if (m.hasMatch())
            return m.captured(1).toLatin1();
    }
    return {};
}

} // namespace

QByteArray TextCharset::charsetParameter(const QByteArray &contentType)
{
    for (const QByteArray &p : contentType.split(';')) {
        const QByteArray t = p.trimmed();
        if (t.toLower().startsWith("charset="))
            return normalizeLabel(t.mid(8));
    }
    return {};
}

bool TextCharset::isValidUtf8(const QByteArray &d)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = dec(d);
    return !dec.hasError();
}

bool TextCharset::looksBinary(const QByteArray &d)
{
    const QByteArray head = d.left(4096);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false; // UTF-16 text has NULs
    int control = 0;
    for (char c : head) {
        const uchar u = uchar(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b)
            ++control;
    }
    return head.size() > 0 && control * 20 > head.size();
}

QByteArray TextCharset::detect(const QByteArray &body, const QByteArray &contentType,
                               QString *source)
{
    auto say = [source](const char *s) {
        if (source)
            *source = QString::fromLatin1(s);
    };
    if (body.startsWith("\xEF\xBB\xBF")) {
        say("bom");
        return "utf-8";
    }
    if (body.startsWith("\xFF\xFE")) {
        say("bom");
        return "utf-16le";
    }
    if (body.startsWith("\xFE\xFF")) {
        say("bom");
        return "utf-16be";
    }
    const QByteArray param = charsetParameter(contentType);
    if (!param.isEmpty()) {
        say("header");
        return param;
    }
    const QByteArray media = contentType.split(';').first().trimmed().toLower();
    if (media == "application/json" || media.endsWith("+json")) {
        say("json");
        return "utf-8";
    }
    const QByteArray declared = declaredInDocument(body);
    if (!declared.isEmpty()) {
        say("meta");
        return normalizeLabel(declared);
    }
    say("sniff");
    return isValidUtf8(body) ? QByteArray("utf-8") : QByteArray("windows-1252");
}

TextCharset::Result TextCharset::decodeAs(const QByteArray &body, const QByteArray &charset)
{
    Result r;
    r.charset = normalizeLabel(charset);
    const QByteArray cs = r.charset;
    std::optional<QStringConverter::Encoding> qtEnc;
    if (cs == "utf-8")
        qtEnc = QStringConverter::Utf8;
    else if (cs == "utf-16le")
        qtEnc = QStringConverter::Utf16LE;
    else if (cs == "utf-16be")
        qtEnc = QStringConverter::Utf16BE;
    else if (cs == "utf-16")
        qtEnc = QStringConverter::Utf16;
    else if (cs == "iso-8859-1")
        qtEnc = QStringConverter::Latin1;
    if (qtEnc) {
        QStringDecoder dec(*qtEnc, QStringDecoder::Flag::Stateless);
        r.text = dec(body);
        r.replaced = int(r.text.count(QChar::ReplacementCharacter));
        return r;
    }
    iconv_t cd = iconv_open("UTF-8", cs.constData());
    if (cd == iconv_t(-1)) {
        // Unknown label: fall back to UTF-8 with replacement characters.
        Result u = decodeAs(body, "utf-8");
        u.charset = "utf-8";
        return u;
    }
    QByteArray out;
    out.reserve(body.size() * 2);
    char *in = const_cast<char *>(body.constData());
    size_t inLeft = size_t(body.size());
    char buf[4096];
    while (inLeft > 0) {
        char *o = buf;
        size_t oLeft = sizeof buf;
        const size_t rc = iconv(cd, &in, &inLeft, &o, &oLeft);
        out.append(buf, qsizetype(sizeof buf - oLeft));
        if (rc == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ / EINVAL: replace one byte and go on.
            out.append("\xEF\xBF\xBD");
            ++r.replaced;
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    r.text = QString::fromUtf8(out);
    return r;
}

TextCharset::Result TextCharset::decode(const QByteArray &body, const QByteArray &contentType)
{
    QString source;
    const QByteArray cs = detect(body, contentType, &source);
    QByteArray data = body;
    if (source == QLatin1String("bom"))
        data = body.mid(cs == "utf-8" ? 3 : 2);
    Result r = decodeAs(data, cs);
    r.source = source;
    return r;
}

} // namespace ecv
