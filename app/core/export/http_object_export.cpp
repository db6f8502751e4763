// SPDX-License-Identifier: Apache-2.0
#include "core/export/http_object_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QTemporaryFile>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "core/capture/capture_read_handle.h"
#include "core/export/curl_command.h"
#include "core/export/export_http.h"

namespace ecv {

namespace {

constexpr int MaxNameBytes = 200;

QString extensionFor(const QString &contentType)
{
    const QString media = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (media.isEmpty())
        return {};
    const QMimeType type = QMimeDatabase().mimeTypeForName(media);
    return type.isValid() ? type.preferredSuffix() : QString();
}

/** The message with the given identity in @p a (indexes may move when a capture grows). */
const HttpMessage *findMessage(const HttpAnalysis::EntryPtr &entry,
                               const HttpObjectExport::Object &o)
{
    if (!entry)
        return nullptr;
    const auto item = entry->itemOfEvent.constFind(o.eventIndex);
    if (item == entry->itemOfEvent.cend())
        return nullptr;
    for (int msg : entry->analysis.messagesByItem.value(*item)) {
        const HttpMessage &m = entry->analysis.messages.at(msg);
        if (m.firstItem == *item && m.isRequest == o.request && m.streamId == o.streamId &&
            !m.interim)
            return &m;
    }
    return nullptr;
}

/** Write @p bytes to a new file @p path: complete or not at all, never over another file. */
bool writeNew(const QString &path, const QByteArray &bytes, QString *error)
{
    QTemporaryFile temp(QFileInfo(path).absolutePath() + QStringLiteral("/.ecv-object.XXXXXX"));
    if (!temp.open() || temp.write(bytes) != bytes.size() || !temp.flush()) {
        *error = QStringLiteral("%1: %2").arg(path, temp.errorString());
        return false;
    }
    temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // link(2) fails with EEXIST when the name is taken: nothing is replaced.
    if (::link(QFile::encodeName(temp.fileName()).constData(),
               QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true; // the temporary name is removed with `temp`
}

} // namespace

QString HttpObjectExport::fileNameFor(const QString &url, const QString &contentType, bool request)
{
    QString path = url;
    const qsizetype scheme = path.indexOf(QStringLiteral("://"));
    if (scheme >= 0) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'), scheme + 3);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    path = path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    QString name = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), -1).toUtf8());
    // Whatever decoding produced: no directories, no reserved or control characters.
    QString safe;
    for (const QChar c : std::as_const(name)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            QStringLiteral("/\\:*?\"<>|").contains(c))
            safe += QLatin1Char('_');
        else
            safe += c;
    }
    while (safe.startsWith(QLatin1Char('.')) || safe.startsWith(QLatin1Char(' ')))
        safe.remove(0, 1);
    safe = safe.trimmed();
    if (safe.isEmpty())
        safe = !url.isEmpty() && (path.isEmpty() || path == QLatin1String("/"))
                   ? QStringLiteral("index")
                   : QStringLiteral("object");
    if (request)
        safe += QStringLiteral("-request");
    QString ext = QFileInfo(safe).suffix();
    if (ext.isEmpty() || request) {
        const QString fromType = extensionFor(contentType);
        if (!fromType.isEmpty()) {
            safe += QLatin1Char('.') + fromType;
            ext = fromType;
        }
    }
    // At most MaxNameBytes of UTF-8, keeping the extension.
    while (safe.toUtf8().size() > MaxNameBytes) {
        const qsizetype cut = ext.isEmpty() ? safe.size() : safe.size() - ext.size() - 1;
        safe.remove(cut - 1, 1);
    }
    return safe;
}

QString HttpObjectExport::uniqueName(const QString &name,
                                     const std::function<bool(const QString &)> &taken)
{
    if (!taken(name))
        return name;
    const QFileInfo info(name);
    const QString ext = info.suffix();
    const QString base = ext.isEmpty() ? name : name.left(name.size() - ext.size() - 1);
    for (int n = 2;; ++n) {
        const QString candidate = ext.isEmpty()
                                      ? QStringLiteral("%1 (%2)").arg(base).arg(n)
                                      : QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(ext);
        if (!taken(candidate))
            return candidate;
    }
}

QVector<HttpObjectExport::Object> HttpObjectExport::list(const CaptureReadHandle &capture,
                                                         const QVector<ExportEventRef> &refs,
                                                         const Progress &progress, bool *cancelled)
{
    QVector<Object> out;
    ExportHttp http(capture);
    const qint64 total = refs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % 1024 == 0 && !progress(i, total)) {
            if (cancelled)
                *cancelled = true;
            return out;
        }
        const ExportEventRef &r = refs.at(i);
        const HttpAnalysis::EntryPtr entry = http.entry(r.conversationId);
        if (!entry)
            continue;
        const auto item = entry->itemOfEvent.constFind(r.eventIndex);
        if (item == entry->itemOfEvent.cend())
            continue;
        const HttpCaptureAnalysis &a = entry->analysis;
        for (int msg : a.messagesByItem.value(*item)) {
            const HttpMessage &m = a.messages.at(msg);
            if (m.firstItem != *item || m.bodySize() == 0 || m.interim)
                continue;
            Object o;
            o.eventIndex = r.eventIndex;
            o.frameNumber = entry->items.at(*item).frameNumber;
            o.conversationId = r.conversationId;
            o.request = m.isRequest;
            o.streamId = m.streamId;
            o.contentType = QString::fromUtf8(httpHeaderValue(m.headers, "content-type"));
            o.size = m.bodySize();
            const int pair = a.pairedMessage(msg);
            const HttpMessage *request = m.isRequest ? &m
                                         : pair >= 0 ? &a.messages.at(pair)
                                                     : nullptr;
            if (request && request->isRequest) {
                o.host = QString::fromUtf8(request->host());
                o.url = QString::fromUtf8(CurlCommand::requestUrl(*request));
            }
            o.fileName = fileNameFor(o.url, o.contentType, o.request);
            out.append(o);
        }
    }
    if (progress)
        progress(total, total);
    return out;
}

HttpObjectExport::Result HttpObjectExport::save(const CaptureReadHandle &capture,
                                                const QVector<Object> &objects,
                                                const QString &directory, const Progress &progress)
{
    Result result;
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir()) {
        result.error = QStringLiteral("%1: not a folder").arg(directory);
        return result;
    }
    ExportHttp http(capture);
    QSet<QString> used;
    const qint64 total = objects.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            return result;
        }
        const Object &o = objects.at(i);
        const HttpMessage *m = findMessage(http.entry(o.conversationId), o);
        QString error;
        if (!m) {
            error = QStringLiteral("frame %1: the message is no longer in the capture")
                        .arg(o.frameNumber);
        } else {
            const QString name =
                uniqueName(fileNameFor(o.fileName, {}, false), [&](const QString &n) {
                    return used.contains(n) || QFileInfo::exists(dir.filePath(n));
                });
            used.insert(name);
            if (writeNew(dir.filePath(name), m->decodedBody(), &error))
                result.written << name;
        }
        if (!error.isEmpty()) {
            ++result.failed;
            if (result.error.isEmpty())
                result.error = error;
        }
    }
    if (progress)
        progress(total, total);
    result.ok = result.failed == 0;
    return result;
}

} // namespace ecv
