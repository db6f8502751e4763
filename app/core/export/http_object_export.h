// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/export/export_event_ref.h"

#include "core/export/export_io.h"

namespace ecv {

class CaptureReadHandle;

/**
 * @brief "Export Objects > HTTP" as in Wireshark: every HTTP message body of the exported
 * events (requests and responses, decoded: chunking and content codings removed), listed to
 * pick from, then saved into a folder.
 *
 * File names come from the request's URL (its last path segment, percent-decoded) and are made
 * safe: no directory part (`/`, `\`, `..`), no leading dot, no control or reserved characters,
 * at most 200 bytes; a name without an extension gets one from the Content-Type; a request
 * body is named `…-request`. Nothing is ever overwritten: a taken name gets " (2)", " (3)", …,
 * and each file is written to a temporary name and linked into place only when complete and
 * only if the name is still free (link(2)). Any thread (its own HTTP analysis).
 */
class HttpObjectExport
{
public:
    /** @brief One body that can be saved. */
    struct Object
    {
        int eventIndex = -1;     ///< event where the message begins
        quint32 frameNumber = 0; ///< its frame number ("Packet" in Wireshark's list)
        quint32 conversationId = 0;
        bool request = false;
        quint32 streamId = 0; ///< HTTP/2 stream, 0 for HTTP/1
        QString host;
        QString contentType; ///< the Content-Type value
        qint64 size = 0;     ///< decoded bytes
        QString url;         ///< the request's URL ("" when the request was not captured)
        QString fileName;    ///< suggested, sanitized
    };

    using Progress = ExportProgress;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;       ///< the first failure
        QStringList written; ///< file names written, in order
        int failed = 0;      ///< objects that could not be written
    };

    /** @brief The bodies in @p refs' events, in event order. */
    static QVector<Object> list(const CaptureReadHandle &capture,
                                const QVector<ExportEventRef> &refs, const Progress &progress = {},
                                bool *cancelled = nullptr);

    /** @brief Save @p objects (from list()) into the existing folder @p directory. */
    static Result save(const CaptureReadHandle &capture, const QVector<Object> &objects,
                       const QString &directory, const Progress &progress = {});

    /**
     * @brief A safe file name for a body of @p url (or request target) with @p contentType;
     * never empty, never a path, never "." or "..".
     */
    static QString fileNameFor(const QString &url, const QString &contentType, bool request);
    /** @brief @p name, or "name (2).ext", … : the first that @p taken says is free. */
    static QString uniqueName(const QString &name,
                              const std::function<bool(const QString &)> &taken);
};

} // namespace ecv
