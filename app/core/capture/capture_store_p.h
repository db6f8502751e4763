// SPDX-License-Identifier: Apache-2.0
#pragma once

// CaptureStore's private part, shared by capture_store.cpp (public API) and
// capture_store_private.cpp (ingest and open). Not a public header.

#include <QMutex>
#include <QTimer>

#include "core/capture/capture_store.h"
#include "core/capture/chunked_vector.h"
#include "core/capture/event_index.h"
#include "core/capture/frame_offset_table.h"
#include "core/file/capture_file_reader.h"
#include "core/file/capture_file_writer.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"

namespace ecv {

/** @brief A new, unique, empty file in the temp dir for a temporary capture; "" on error. */
QString newTemporaryCapturePath(QString *error);
/** @brief Now as Unix ns. */
qint64 currentUnixNs();

/// Issue 2: `kill -9` loses at most the last second of frames.
inline constexpr int kFlushIntervalMs = 1000;

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
    FrameOffsetTable frameOffsets; ///< record offset of frame n at [n - 1]
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

} // namespace ecv
