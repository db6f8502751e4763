// SPDX-License-Identifier: Apache-2.0
// CaptureStore's ingest pipeline and capture opening (see capture_store.h).
#include "core/capture/capture_store_p.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryFile>

#include "core/file/frame_log_reader.h"

namespace ecv {

namespace {
constexpr int kPreviewBytes = 64; ///< UndecodableRecord::preview
} // namespace

QString newTemporaryCapturePath(QString *error)
{
    QTemporaryFile temp(CaptureStore::temporaryFolder() +
                        QStringLiteral("/ecapture-viewer-XXXXXX.ecvcap"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        if (error)
            *error = QCoreApplication::translate("ecv::CaptureStore",
                                                 "cannot create a temporary capture file: %1")
                         .arg(temp.errorString());
        return {};
    }
    return temp.fileName();
}

qint64 currentUnixNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000LL;
}

void CaptureStore::Private::reset()
{
    flushTimer.stop();
    announceTimer.stop();
    // Readers holding the old side keep its index and its open file (a temporary file removed
    // here stays readable through the reader's open descriptor until the last reader is gone).
    side->retire();
    {
        QMutexLocker locker(&sideLock);
        side = std::make_shared<CaptureReadSide>();
    }
    if (temporary && !path.isEmpty())
        QFile::remove(path);
    path.clear();
    temporary = false;
    open = false;
    droppedTail = 0;
    info = {};
    normalizer.reset();
    runLogs.clear();
    heartbeats.clear();
    undecodable.clear();
    ecaptureRunLogs = 0;
    version.clear();
    pendingEventFirst = -1;
    pendingLogFirst = -1;
}

bool CaptureStore::Private::startWriting(const QString &filePath, bool isTemporary,
                                         const QString &source, QString *error)
{
    info = {};
    info.application = QStringLiteral("ecapture-viewer " ECV_VERSION);
    info.createdNs = currentUnixNs();
    info.source = source;
    info.hostname = QSysInfo::machineHostName();
    QMutexLocker locker(&side->lock);
    if (!side->writer.create(filePath, info, error))
        return false;
    if (!side->reader.open(filePath, error)) {
        side->writer.close();
        return false;
    }
    path = filePath;
    temporary = isTemporary;
    open = true;
    flushTimer.start();
    return true;
}

void CaptureStore::Private::scheduleAnnounce()
{
    if (!announceTimer.isActive())
        announceTimer.start();
}

void CaptureStore::Private::announce()
{
    // Views read payloads back as soon as they hear of new rows: make them readable first.
    {
        QMutexLocker locker(&side->lock);
        side->writer.flush();
    }
    const int events = side->index.count();
    if (pendingEventFirst >= 0 && pendingEventFirst < events) {
        const int first = pendingEventFirst;
        pendingEventFirst = -1;
        emit q->eventsAppended(first, events - 1);
    }
    pendingEventFirst = -1;
    if (pendingLogFirst >= 0 && pendingLogFirst < runLogs.size()) {
        const int first = pendingLogFirst;
        pendingLogFirst = -1;
        emit q->runLogsAppended(first, int(runLogs.size()) - 1);
    }
    pendingLogFirst = -1;
}

void CaptureStore::Private::ingest(const RawFrame &frame, qint64 offset)
{
    {
        QMutexLocker locker(&side->lock);
        side->frameOffsets.append(offset);
    }
    const quint32 number = quint32(side->frameOffsets.size());
    const DecodedFrame decoded = decoder.decode(frame, number);
    switch (decoded.kind) {
    case DecodedFrame::Kind::Event: {
        CapturedEvent event = decoded.event;
        event.frameNumber = number;
        event.arrivalNs = frame.arrivalNs;
        normalizer.normalize(event);
        QMutexLocker locker(&side->lock);
        const int at = side->index.append(event, decoded.event);
        locker.unlock();
        if (pendingEventFirst < 0) {
            pendingEventFirst = at;
            scheduleAnnounce();
        }
        break;
    }
    case DecodedFrame::Kind::RunLog: {
        RunLogEntry entry = RunLogEntry::parse(decoded.runLog);
        entry.frameNumber = number;
        entry.arrivalNs = frame.arrivalNs;
        if (version.isEmpty())
            version = entry.ecaptureVersion();
        runLogs.append(entry);
        ++ecaptureRunLogs;
        if (pendingLogFirst < 0) {
            pendingLogFirst = int(runLogs.size()) - 1;
            scheduleAnnounce();
        }
        break;
    }
    case DecodedFrame::Kind::Heartbeat: {
        HeartbeatRecord heartbeat;
        heartbeat.frameNumber = number;
        heartbeat.arrivalNs = frame.arrivalNs;
        heartbeat.timestamp = decoded.heartbeatTimestamp;
        heartbeat.count = decoded.heartbeatCount;
        heartbeat.message = decoded.heartbeatMessage;
        heartbeat.timestampValid = decoded.heartbeatTimestampValid;
        heartbeats.append(heartbeat);
        emit q->heartbeatReceived(heartbeat);
        break;
    }
    case DecodedFrame::Kind::Undecodable: {
        UndecodableRecord record;
        record.frameNumber = number;
        record.arrivalNs = frame.arrivalNs;
        record.reason = decoded.reason;
        record.preview = frame.data.left(kPreviewBytes);
        undecodable.append(record);
        emit q->undecodableFrame(record);
        break;
    }
    }
}

void CaptureStore::Private::addNote(qint64 unixNs, const QString &text)
{
    RunLogEntry entry;
    entry.frameNumber = 0;
    entry.arrivalNs = unixNs;
    entry.timeNs = unixNs;
    entry.level = QStringLiteral("info");
    entry.message = text;
    entry.raw = text;
    runLogs.append(entry);
    if (pendingLogFirst < 0) {
        pendingLogFirst = int(runLogs.size()) - 1;
        scheduleAnnounce();
    }
}

bool CaptureStore::Private::openCaptureFile(const QString &filePath, QString *error)
{
    CaptureFileReader &reader = side->reader;
    {
        QMutexLocker locker(&side->lock);
        if (!reader.open(filePath, error))
            return false;
    }
    path = filePath;
    open = true;
    CaptureFileReader::Record record;
    for (;;) {
        {
            QMutexLocker locker(&side->lock); // the scan moves the file position readAt() uses
            if (!reader.next(record))
                break;
        }
        switch (record.kind) {
        case CaptureFileReader::Record::Kind::Frame:
            ingest(record.frame, record.offset);
            break;
        case CaptureFileReader::Record::Kind::Note:
            addNote(record.noteNs, record.noteText);
            break;
        case CaptureFileReader::Record::Kind::Header:
            info = record.header;
            break;
        case CaptureFileReader::Record::Kind::Unknown:
            break; // a record kind of a later format version
        }
    }
    droppedTail = reader.droppedTailBytes();
    if (droppedTail > 0) {
        addNote(currentUnixNs(),
                QStringLiteral("%1: the last %2 bytes were not readable (%3) and were "
                               "dropped; every complete record was read")
                    .arg(QFileInfo(filePath).fileName())
                    .arg(droppedTail)
                    .arg(reader.tailProblem()));
    }
    return true;
}

bool CaptureStore::Private::openFrameLog(const QString &filePath, QString *error)
{
    FrameLogReader log;
    if (!log.readFile(filePath)) {
        if (error)
            *error = log.errorString();
        return false;
    }
    QVector<RawFrame> frames = log.takeFrames();
    // Frame logs carry times relative to the first frame. Anchor them at the first heartbeat
    // (the sender's Unix time in seconds; else the first run log's time) so arrival times are
    // real times that agree with the events' own.
    const qint64 base = FrameDecoder::clockOffsetNs(frames);
    const QString tempPath = newTemporaryCapturePath(error);
    if (tempPath.isEmpty())
        return false;
    if (!startWriting(tempPath, true, filePath, error)) {
        QFile::remove(tempPath);
        return false;
    }
    for (const QString &message : log.errors())
        q->appendNote(currentUnixNs(),
                      QStringLiteral("%1: %2").arg(QFileInfo(filePath).fileName(), message));
    for (RawFrame &frame : frames) {
        frame.arrivalNs += base;
        QMutexLocker locker(&side->lock);
        const qint64 offset = side->writer.writeFrame(frame);
        if (offset < 0) {
            if (error)
                *error = side->writer.errorString();
            return false;
        }
        locker.unlock();
        ingest(frame, offset);
    }
    QMutexLocker locker(&side->lock);
    side->writer.flush();
    return true;
}

} // namespace ecv
