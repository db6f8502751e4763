// SPDX-License-Identifier: Apache-2.0
#pragma once

// CaptureStore's private part, shared by capture_store.cpp (public API) and
// capture_store_private.cpp (ingest and open). Not a public header.

#include <QMutex>
#include <QTimer>

#include <memory>

#include "core/capture/capture_read_side.h"
#include "core/capture/capture_store.h"
#include "core/normalize/event_normalizer.h"
#include "core/wire/frame_decoder.h"

namespace ecv {

/** @brief A new, unique, empty file in the temp dir for a temporary capture; "" on error. */
QString newTemporaryCapturePath(QString *error);
/** @brief Now as Unix ns. */
qint64 currentUnixNs();

/// `kill -9` loses at most the last second of frames (README "Capture file format").
inline constexpr int kFlushIntervalMs = 1000;

struct CaptureStore::Private
{
    explicit Private(CaptureStore *store)
        : q(store)
        , side(std::make_shared<CaptureReadSide>())
    {
        flushTimer.setInterval(kFlushIntervalMs);
        QObject::connect(&flushTimer, &QTimer::timeout, q, [this] {
            QMutexLocker locker(&side->lock);
            side->writer.flush();
        });
        announceTimer.setSingleShot(true);
        announceTimer.setInterval(0);
        QObject::connect(&announceTimer, &QTimer::timeout, q, [this] { announce(); });
    }

    /** Retire the current read side (its readers keep it) and start an empty one. */
    void reset();
    /** The current read side, from any thread. */
    std::shared_ptr<CaptureReadSide> currentSide() const
    {
        QMutexLocker locker(&sideLock);
        return side;
    }
    bool startWriting(const QString &path, bool temporary, const QString &source, QString *error);
    void ingest(const RawFrame &frame, qint64 offset);
    void addNote(qint64 unixNs, const QString &text);
    void scheduleAnnounce();
    void announce();
    bool openCaptureFile(const QString &path, QString *error);
    bool openFrameLog(const QString &path, QString *error);

    CaptureStore *q;
    /// The current capture's file, index and frame offsets, shared with CaptureReadHandles. The
    /// owner thread reads the pointer freely (only it replaces it); other threads copy it under
    /// sideLock (currentSide()).
    std::shared_ptr<CaptureReadSide> side;
    mutable QMutex sideLock;
    QString path;
    bool temporary = false;
    bool open = false;
    qint64 droppedTail = 0;
    CaptureFileInfo info;

    FrameDecoder decoder;
    EventNormalizer normalizer;
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
