// SPDX-License-Identifier: Apache-2.0
#include "capture_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryFile>
#include <QTimer>

#include "capture_file_reader.h"
#include "capture_file_writer.h"
#include "chunked_vector.h"
#include "event_index.h"
#include "event_normalizer.h"
#include "frame_decoder.h"
#include "frame_log_reader.h"

namespace ecv {

namespace {
constexpr int kFlushIntervalMs = 1000; ///< issue 2: kill -9 loses at most the last second
constexpr int kPreviewBytes = 64;      ///< UndecodableRecord::preview

/** A new, unique, empty file in the temp dir for a temporary capture; "" on error. */
QString newTemporaryPath(QString *error)
{
    QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/ecapture-viewer-XXXXXX.ecvcap"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary capture file: %1")
                         .arg(temp.errorString());
        return {};
    }
    return temp.fileName();
}

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000LL;
}
} // namespace

struct CaptureStore::Private
{
    explicit Private(CaptureStore *store)
        : q(store)
    {
        flushTimer.setInterval(kFlushIntervalMs);
        QObject::connect(&flushTimer, &QTimer::timeout, q, [this] {
            QMutexLocker locker(&lock);
            writer.flush();
        });
        announceTimer.setSingleShot(true);
        announceTimer.setInterval(0);
        QObject::connect(&announceTimer, &QTimer::timeout, q, [this] { announce(); });
    }

    void reset();
    bool startWriting(const QString &path, bool temporary, const QString &source, QString *error);
    void ingest(const RawFrame &frame, qint64 offset);
    void addNote(qint64 unixNs, const QString &text);
    void scheduleAnnounce();
    void announce();
    /** Read a record back; the caller holds the lock. */
    bool readRecordLocked(qint64 offset, CaptureFileReader::Record &record, QString *error);
    bool openCaptureFile(const QString &path, QString *error);
    bool openFrameLog(const QString &path, QString *error);

    CaptureStore *q;
    /// Guards writer, reader, index and frameOffsets: the owner thread takes it to change them,
    /// other threads to read events and frames back (CaptureStore::event()/frameData()).
    mutable QMutex lock;
    CaptureFileWriter writer;
    CaptureFileReader reader; ///< random access to the capture file (also while writing)
    QString path;
    bool temporary = false;
    bool open = false;
    qint64 droppedTail = 0;
    CaptureFileInfo info;

    FrameDecoder decoder;
    EventNormalizer normalizer;
    EventIndex index;
    ChunkedVector<qint64, 16> frameOffsets; ///< record offset of frame n at [n - 1]
    QVector<RunLogEntry> runLogs;
    QVector<HeartbeatRecord> heartbeats;
    QVector<UndecodableRecord> undecodable;
    int ecaptureRunLogs = 0;
    QString version;

    QTimer flushTimer;
    QTimer announceTimer;
    int pendingEventFirst = -1; ///< first event not yet announced, -1 = none
    int pendingLogFirst = -1;
};

void CaptureStore::Private::reset()
{
    flushTimer.stop();
    announceTimer.stop();
    QMutexLocker locker(&lock);
    writer.close();
    reader.close();
    if (temporary && !path.isEmpty())
        QFile::remove(path);
    path.clear();
    temporary = false;
    open = false;
    droppedTail = 0;
    info = {};
    normalizer.reset();
    index.clear();
    frameOffsets.clear();
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
    info.createdNs = nowNs();
    info.source = source;
    info.hostname = QSysInfo::machineHostName();
    QMutexLocker locker(&lock);
    if (!writer.create(filePath, info, error))
        return false;
    if (!reader.open(filePath, error)) {
        writer.close();
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
        QMutexLocker locker(&lock);
        writer.flush();
    }
    if (pendingEventFirst >= 0 && pendingEventFirst < index.count()) {
        const int first = pendingEventFirst;
        pendingEventFirst = -1;
        emit q->eventsAppended(first, index.count() - 1);
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
        QMutexLocker locker(&lock);
        frameOffsets.append(offset);
    }
    const quint32 number = quint32(frameOffsets.size());
    const DecodedFrame decoded = decoder.decode(frame, number);
    switch (decoded.kind) {
    case DecodedFrame::Kind::Event: {
        CapturedEvent event = decoded.event;
        event.frameNumber = number;
        event.arrivalNs = frame.arrivalNs;
        normalizer.normalize(event);
        QMutexLocker locker(&lock);
        const int at = index.append(event, decoded.event, offset);
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

bool CaptureStore::Private::readRecordLocked(qint64 offset, CaptureFileReader::Record &record,
                                             QString *error)
{
    if (writer.isOpen() && offset + CaptureFileFormat::kRecordHeaderSize > writer.flushedSize()) {
        // Asked for a record still in the write buffer.
        writer.flush();
    }
    return reader.readAt(offset, record, error);
}

bool CaptureStore::Private::openCaptureFile(const QString &filePath, QString *error)
{
    {
        QMutexLocker locker(&lock);
        if (!reader.open(filePath, error))
            return false;
    }
    path = filePath;
    open = true;
    CaptureFileReader::Record record;
    for (;;) {
        {
            QMutexLocker locker(&lock); // the scan moves the file position readAt() uses too
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
        addNote(nowNs(), QStringLiteral("%1: the last %2 bytes were not readable (%3) and were "
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
    const QString tempPath = newTemporaryPath(error);
    if (tempPath.isEmpty())
        return false;
    if (!startWriting(tempPath, true, filePath, error)) {
        QFile::remove(tempPath);
        return false;
    }
    for (const QString &message : log.errors())
        q->appendNote(nowNs(),
                      QStringLiteral("%1: %2").arg(QFileInfo(filePath).fileName(), message));
    for (RawFrame &frame : frames) {
        frame.arrivalNs += base;
        QMutexLocker locker(&lock);
        const qint64 offset = writer.writeFrame(frame);
        if (offset < 0) {
            if (error)
                *error = writer.errorString();
            return false;
        }
        locker.unlock();
        ingest(frame, offset);
    }
    QMutexLocker locker(&lock);
    writer.flush();
    return true;
}

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
    const QString tempPath = newTemporaryPath(error);
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
            *error = QStringLiteral("cannot open %1: %2").arg(path, probe.errorString());
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

void CaptureStore::close()
{
    const bool hadSomething = d->open || !d->frameOffsets.isEmpty();
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
    QMutexLocker locker(&d->lock);
    if (d->writer.isOpen())
        return d->writer.size();
    return d->path.isEmpty() ? 0 : QFileInfo(d->path).size();
}

qint64 CaptureStore::droppedTailBytes() const
{
    return d->droppedTail;
}

bool CaptureStore::flush()
{
    QMutexLocker locker(&d->lock);
    return d->writer.flush();
}

bool CaptureStore::saveAs(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!d->open)
        return fail(QStringLiteral("no capture to save"));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return fail(QStringLiteral("%1 is the capture file itself").arg(path));
    QMutexLocker locker(&d->lock);
    if (d->writer.isOpen() && !d->writer.flush())
        return fail(d->writer.errorString());
    // Copy the complete records only: a torn tail stays behind.
    const qint64 length =
        d->writer.isOpen() ? d->writer.flushedSize() : QFileInfo(d->path).size() - d->droppedTail;
    locker.unlock(); // records up to `length` never change
    QFile in(d->path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(d->path, in.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    qint64 left = length;
    while (left > 0) {
        const QByteArray chunk = in.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            return fail(QStringLiteral("cannot read %1: %2").arg(d->path, in.errorString()));
        if (out.write(chunk) != chunk.size())
            return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        left -= chunk.size();
    }
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

void CaptureStore::appendFrame(const RawFrame &frame)
{
    if (!d->writer.isOpen()) {
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
    // On disk first (issue 2: every frame is in the file before anyone sees it).
    QMutexLocker locker(&d->lock);
    const qint64 offset = d->writer.writeFrame(frame);
    locker.unlock();
    if (offset < 0)
        return;
    d->ingest(frame, offset);
}

void CaptureStore::appendNote(qint64 unixNs, const QString &text)
{
    {
        QMutexLocker locker(&d->lock);
        if (d->writer.isOpen())
            d->writer.writeNote(unixNs, 0, text);
    }
    d->addNote(unixNs, text);
}

quint32 CaptureStore::frameCount() const
{
    return quint32(d->frameOffsets.size());
}

int CaptureStore::eventCount() const
{
    QMutexLocker locker(&d->lock);
    return d->index.count();
}

const EventIndexEntry &CaptureStore::eventAt(int index) const
{
    return d->index.at(index);
}

QString CaptureStore::string(quint32 id) const
{
    QMutexLocker locker(&d->lock);
    return d->index.strings().at(id);
}

CapturedEvent CaptureStore::event(int index) const
{
    CapturedEvent event;
    QMutexLocker locker(&d->lock);
    if (index < 0 || index >= d->index.count())
        return event;
    const EventIndexEntry entry = d->index.at(index);
    CaptureFileReader::Record record;
    QString error;
    const bool read = d->readRecordLocked(entry.recordOffset, record, &error) &&
                      record.kind == CaptureFileReader::Record::Kind::Frame;
    locker.unlock();
    if (read) {
        // Decoding needs no lock (FrameDecoder is stateless): workers decode in parallel.
        const DecodedFrame decoded = d->decoder.decode(record.frame, entry.frameNumber);
        if (decoded.kind == DecodedFrame::Kind::Event)
            event = decoded.event;
        event.arrivalNs = record.frame.arrivalNs;
    }
    locker.relock();
    d->index.restore(index, event);
    locker.unlock();
    if (!read)
        event.warnings.append(
            QStringLiteral("payload not readable from the capture file: %1").arg(error));
    return event;
}

QByteArray CaptureStore::frameData(quint32 frameNumber) const
{
    QMutexLocker locker(&d->lock);
    if (frameNumber == 0 || frameNumber > quint32(d->frameOffsets.size()))
        return {};
    CaptureFileReader::Record record;
    if (!d->readRecordLocked(d->frameOffsets.at(int(frameNumber - 1)), record, nullptr) ||
        record.kind != CaptureFileReader::Record::Kind::Frame)
        return {};
    return record.frame.data;
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
    return d->index.conversations().count();
}

const ConversationInfo &CaptureStore::conversation(quint32 id) const
{
    return d->index.conversations().conversation(id);
}

QVector<int> CaptureStore::conversationEventIndexes(quint32 id) const
{
    QMutexLocker locker(&d->lock);
    return d->index.conversations().conversation(id).eventIndexes;
}

qint64 CaptureStore::indexMemoryBytes() const
{
    QMutexLocker locker(&d->lock);
    return d->index.memoryBytes() + d->frameOffsets.memoryBytes();
}

} // namespace ecv
