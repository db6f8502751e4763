// SPDX-License-Identifier: Apache-2.0
#include "core/export/capture_file_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

#include "core/file/capture_file_reader.h"
#include "core/file/capture_file_writer.h"

namespace ecv {

CaptureFileExport::Result CaptureFileExport::write(const QString &source, const QString &target,
                                                   const CaptureFileInfo &info,
                                                   const QSet<quint32> &frames, bool all,
                                                   const Progress &progress)
{
    Result result;
    CaptureFileReader reader;
    if (!reader.open(source, &result.error))
        return result;
    // A name next to the target, so the final rename stays on one file system.
    QString temporary;
    {
        QTemporaryFile reserve(QFileInfo(target).absolutePath() + QStringLiteral("/.") +
                               QFileInfo(target).fileName() + QStringLiteral(".XXXXXX"));
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            result.error = QStringLiteral("%1: %2").arg(target, reserve.errorString());
            return result;
        }
        temporary = reserve.fileName();
    }
    CaptureFileWriter writer;
    if (!writer.create(temporary, info, &result.error)) {
        QFile::remove(temporary);
        return result;
    }
    const auto abandon = [&](const QString &why) {
        writer.close();
        QFile::remove(temporary);
        result.error = why;
        return result;
    };
    const qint64 total = all ? -1 : frames.size();
    if (progress && !progress(0, total)) {
        Result cancelled = abandon(QString());
        cancelled.cancelled = true;
        return cancelled;
    }
    quint32 frameNumber = 0;
    CaptureFileReader::Record record;
    while (reader.next(record)) {
        if (record.kind == CaptureFileReader::Record::Kind::Note && all) {
            if (writer.writeNote(record.noteNs, record.noteConnection, record.noteText) < 0)
                return abandon(writer.errorString());
            continue;
        }
        if (record.kind != CaptureFileReader::Record::Kind::Frame)
            continue;
        ++frameNumber;
        if (!all && !frames.contains(frameNumber))
            continue;
        if (writer.writeFrame(record.frame) < 0)
            return abandon(writer.errorString());
        ++result.frames;
        if (progress && result.frames % 1024 == 0 && !progress(result.frames, total)) {
            Result cancelled = abandon(QString());
            cancelled.cancelled = true;
            return cancelled;
        }
        if (!all && result.frames == total)
            break;
    }
    if (!writer.flush())
        return abandon(writer.errorString());
    result.bytes = writer.size();
    writer.close();
    // Like QSaveFile: an existing file keeps its permissions; a new one is rw-r--r--.
    QFile::setPermissions(temporary, QFileInfo::exists(target)
                                         ? QFileInfo(target).permissions()
                                         : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                               QFile::ReadOther);
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        result.error =
            QStringLiteral("%1: %2").arg(target, QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ecv
