// SPDX-License-Identifier: Apache-2.0
#include "core/capture/capture_store.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include "core/capture/capture_store_p.h"
#include "core/file/frame_log_reader.h"

namespace ecv {

CaptureStore::CaptureStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

CaptureStore::~CaptureStore()
{
    d->reset();
}

bool CaptureStore::createTemporary(const QString &sourceDescription, QString *error)
{
    close();
    const QString tempPath = newTemporaryCapturePath(error);
    if (tempPath.isEmpty())
        return false;
    if (!d->startWriting(tempPath, true, sourceDescription, error)) {
        QFile::remove(tempPath);
        return false;
    }
    return true;
}

bool CaptureStore::create(const QString &path, const QString &sourceDescription, QString *error)
{
    close();
    return d->startWriting(path, false, sourceDescription, error);
}

bool CaptureStore::open(const QString &path, QString *error)
{
    close();
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ecv::CaptureStore", "cannot open %1: %2")
                         .arg(path, probe.errorString());
        return false;
    }
    const QByteArray head = probe.read(4096);
    probe.close();
    bool ok = false;
    if (CaptureFileFormat::looksLikeCaptureFile(head)) {
        ok = d->openCaptureFile(path, error);
    } else if (FrameLogReader::looksLikeFrameLog(head)) {
        ok = d->openFrameLog(path, error);
    } else {
        if (error)
            *error = head.isEmpty()
                         ? QStringLiteral("%1 is empty").arg(path)
                         : QStringLiteral("%1 is neither a capture file nor a frame log").arg(path);
    }
    if (!ok)
        d->reset();
    return ok;
}

namespace {
QMutex g_temporaryFolderLock;
QString g_temporaryFolder; ///< "" = QDir::tempPath()
} // namespace

void CaptureStore::setTemporaryFolder(const QString &folder)
{
    QMutexLocker lock(&g_temporaryFolderLock);
    g_temporaryFolder = folder;
}

QString CaptureStore::temporaryFolder()
{
    QMutexLocker lock(&g_temporaryFolderLock);
    return g_temporaryFolder.isEmpty() ? QDir::tempPath() : g_temporaryFolder;
}

void CaptureStore::close()
{
    const bool hadSomething = d->open || !d->side->frameOffsets.isEmpty();
    d->reset();
    if (hadSomething)
        emit cleared();
}

QString CaptureStore::filePath() const
{
    return d->path;
}

bool CaptureStore::isTemporary() const
{
    return d->temporary;
}

qint64 CaptureStore::fileSize() const
{
    QMutexLocker locker(&d->side->lock);
    if (d->side->writer.isOpen())
        return d->side->writer.size();
    return d->path.isEmpty() ? 0 : QFileInfo(d->path).size();
}

qint64 CaptureStore::droppedTailBytes() const
{
    return d->droppedTail;
}

bool CaptureStore::flush()
{
    QMutexLocker locker(&d->side->lock);
    return d->side->writer.flush();
}

bool CaptureStore::saveAs(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!d->open)
        return fail(QCoreApplication::translate("ecv::CaptureStore", "no capture to save"));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return fail(QStringLiteral("%1 is the capture file itself").arg(path));
    CaptureFileWriter &writer = d->side->writer;
    QMutexLocker locker(&d->side->lock);
    if (writer.isOpen() && !writer.flush())
        return fail(writer.errorString());
    // Copy the complete records only: a torn tail stays behind.
    const qint64 length =
        writer.isOpen() ? writer.flushedSize() : QFileInfo(d->path).size() - d->droppedTail;
    locker.unlock(); // records up to `length` never change
    QFile in(d->path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("ecv::CaptureStore", "cannot read %1: %2")
                        .arg(d->path, in.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ecv::CaptureStore", "cannot write %1: %2")
                        .arg(path, out.errorString()));
    qint64 left = length;
    while (left > 0) {
        const QByteArray chunk = in.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            return fail(QCoreApplication::translate("ecv::CaptureStore", "cannot read %1: %2")
                            .arg(d->path, in.errorString()));
        if (out.write(chunk) != chunk.size())
            return fail(QCoreApplication::translate("ecv::CaptureStore", "cannot write %1: %2")
                            .arg(path, out.errorString()));
        left -= chunk.size();
    }
    if (!out.commit())
        return fail(QCoreApplication::translate("ecv::CaptureStore", "cannot write %1: %2")
                        .arg(path, out.errorString()));
    return true;
}

void CaptureStore::appendFrame(const RawFrame &frame)
{
    if (!d->side->writer.isOpen()) {
        if (d->open) {
            // A capture opened from a file is read-only; the caller starts a new one first.
            qWarning("CaptureStore: frame dropped, %s is open read-only", qPrintable(d->path));
            return;
        }
        QString error;
        if (!createTemporary(QString(), &error)) {
            qWarning("CaptureStore: %s", qPrintable(error));
            return;
        }
    }
    // On disk first: every frame is in the file before anyone sees it.
    QMutexLocker locker(&d->side->lock);
    const qint64 offset = d->side->writer.writeFrame(frame);
    locker.unlock();
    if (offset < 0)
        return;
    d->ingest(frame, offset);
}

void CaptureStore::appendNote(qint64 unixNs, const QString &text)
{
    {
        QMutexLocker locker(&d->side->lock);
        if (d->side->writer.isOpen())
            d->side->writer.writeNote(unixNs, 0, text);
    }
    d->addNote(unixNs, text);
}

quint32 CaptureStore::frameCount() const
{
    return quint32(d->side->frameOffsets.size());
}

int CaptureStore::eventCount() const
{
    return readHandle().eventCount();
}

const EventIndexEntry &CaptureStore::eventAt(int index) const
{
    return d->side->index.at(index);
}

QString CaptureStore::string(quint32 id) const
{
    return readHandle().string(id);
}

CapturedEvent CaptureStore::event(int index) const
{
    return readHandle().event(index);
}

QByteArray CaptureStore::frameData(quint32 frameNumber) const
{
    return readHandle().frameData(frameNumber);
}

CaptureReadHandle CaptureStore::readHandle() const
{
    return CaptureReadHandle(d->currentSide());
}

const QVector<RunLogEntry> &CaptureStore::runLogs() const
{
    return d->runLogs;
}

const QVector<HeartbeatRecord> &CaptureStore::heartbeats() const
{
    return d->heartbeats;
}

const QVector<UndecodableRecord> &CaptureStore::undecodable() const
{
    return d->undecodable;
}

QString CaptureStore::ecaptureVersion() const
{
    return d->version;
}

int CaptureStore::ecaptureRunLogCount() const
{
    return d->ecaptureRunLogs;
}

CaptureFileInfo CaptureStore::fileInfo() const
{
    return d->info;
}

int CaptureStore::conversationCount() const
{
    return d->side->index.conversationCount();
}

ConversationInfo CaptureStore::conversation(quint32 id) const
{
    return d->side->index.conversation(id);
}

QVector<int> CaptureStore::conversationEventIndexes(quint32 id) const
{
    return readHandle().conversationEventIndexes(id);
}

int CaptureStore::conversationEventCount(quint32 id) const
{
    return readHandle().conversationEventCount(id);
}

CapturedEvent CaptureStore::indexedEvent(int index) const
{
    return readHandle().indexedEvent(index);
}

qint64 CaptureStore::indexMemoryBytes() const
{
    QMutexLocker locker(&d->side->lock);
    return d->side->index.memoryBytes() + d->side->frameOffsets.memoryBytes();
}

} // namespace ecv
