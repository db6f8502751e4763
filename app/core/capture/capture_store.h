// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QObject>
#include <QString>
#include <QVector>

#include "core/capture/capture_read_handle.h"
#include "core/capture/conversation_tracker.h"
#include "core/capture/event_index_entry.h"
#include "core/file/capture_file_format.h"
#include "core/wire/captured_event.h"
#include "core/wire/raw_frame.h"
#include "core/wire/run_log_entry.h"

namespace ecv {

/**
 * @brief The single source of truth of one capture: an append-only capture file on disk plus an
 * in-memory index of events, run logs, heartbeats and undecodable frames.
 *
 * Every frame is appended to the capture file *before* it is indexed (and so before any view
 * sees it); the file is flushed at least once a second. Payloads are read back on demand.
 *
 * Thread affinity: lives in the thread that created it (the GUI thread in the viewer); call
 * everything there, except the read-back functions marked "any thread" (event(), frameData(),
 * eventCount(), string(), conversationEventIndexes(), readHandle()), which worker threads may
 * call while the owner keeps appending: they take an internal lock for the file read only and
 * decode outside it. A worker that may outlive the capture (HTTP dissection, filter and export
 * jobs) reads through a CaptureReadHandle instead: it keeps its capture alive, so no close path
 * has to wait for workers.
 * File format: proto/capture_file.proto.
 */
class CaptureStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStore)
public:
    explicit CaptureStore(QObject *parent = nullptr);
    ~CaptureStore() override;

    /** @brief Start a new capture in a temporary file (deleted on close unless saved). */
    bool createTemporary(const QString &sourceDescription, QString *error = nullptr);
    /** @brief Folder of the temporary capture files createTemporary() makes, for every store
     *  of the process ("" = QDir::tempPath(), the default). Any thread. */
    static void setTemporaryFolder(const QString &folder);
    static QString temporaryFolder();
    /** @brief Start a new capture written to @p path (truncates it). */
    bool create(const QString &path, const QString &sourceDescription, QString *error = nullptr);
    /**
     * @brief Open a capture file or a frame log (.jsonl), rebuilding the index.
     * A capture cut short by a crash opens with every complete record; droppedTailBytes() says
     * how many bytes at the end were not readable.
     */
    bool open(const QString &path, QString *error = nullptr);
    /** @brief Close the capture; a temporary file is deleted. Emits cleared(). */
    void close();

    QString filePath() const;
    bool isTemporary() const;
    qint64 fileSize() const;
    qint64 droppedTailBytes() const;
    /** @brief Copy the capture file to @p path (flushes first; the live file stays in use). */
    bool saveAs(const QString &path, QString *error = nullptr);

    /** @brief Ingest one frame: append to the file, decode, normalize, index. */
    void appendFrame(const RawFrame &frame);
    /** @brief Record a source note ("connected to …") in the file and as a viewer log line. */
    void appendNote(qint64 unixNs, const QString &text);

    quint32 frameCount() const;
    /** @brief Number of events indexed. Any thread. */
    int eventCount() const;
    /** @brief Index entry of event @p index (0-based). Owner thread only (reference). */
    const EventIndexEntry &eventAt(int index) const;
    /** @brief Pooled string by id (process names, addresses). Any thread. */
    QString string(quint32 id) const;
    /**
     * @brief Full event @p index with its data bytes, read back from the capture file: exactly
     * the event ingest produced. Any thread. An unreadable file gives the indexed fields, no
     * data and a warning.
     */
    CapturedEvent event(int index) const;
    /**
     * @brief The fields of event @p index the in-memory index holds (EventIndex::indexed): no
     * data, no uuid; what the event list and index-only display filters read. Any thread;
     * never touches the capture file. An empty event for an index out of range.
     */
    CapturedEvent indexedEvent(int index) const;
    /** @brief Frame payload bytes exactly as received, by 1-based frame number. Any thread. */
    QByteArray frameData(quint32 frameNumber) const;

    const QVector<RunLogEntry> &runLogs() const;
    const QVector<HeartbeatRecord> &heartbeats() const;
    const QVector<UndecodableRecord> &undecodable() const;
    /** @brief eCapture version read from the run log ("" until seen). */
    QString ecaptureVersion() const;

    /** @brief Number of run log lines that came from eCapture (the viewer's notes excluded). */
    int ecaptureRunLogCount() const;
    /** @brief Header of the open capture (application, creation time, source, host). */
    CaptureFileInfo fileInfo() const;

    /** @brief Number of conversations (ids are 1 … conversationCount()). */
    int conversationCount() const;
    /**
     * @brief Conversation @p id (EventIndexEntry::conversationId): key, endpoints, process,
     * byte counts and its event indexes, built from the index on each call (O(events of the
     * conversation)). An empty info for 0 or an unknown id. Owner thread.
     */
    ConversationInfo conversation(quint32 id) const;
    /** @brief Copy of conversation @p id's event indexes (ascending). Any thread. */
    QVector<int> conversationEventIndexes(quint32 id) const;
    /** @brief Number of events of conversation @p id, 0 for 0 or an unknown id. O(1), any
     *  thread. */
    int conversationEventCount(quint32 id) const;

    /**
     * @brief A handle on the current capture's read side for worker threads (see
     * CaptureReadHandle): it keeps reading this capture after close(), open() or create*(), and
     * after the store is destroyed; isCurrent() tells whether it is still the store's capture.
     * Any thread. Never null (an empty store gives a handle on an empty capture).
     */
    CaptureReadHandle readHandle() const;

    /** @brief Heap bytes held by the index (events, frame offsets, strings, conversations). */
    qint64 indexMemoryBytes() const;
    /** @brief Hand buffered records to the file now (appendFrame does it at least every second). */
    bool flush();

signals:
    /** @brief Events [first, last] were indexed. Coalesced: at most once per event-loop turn. */
    void eventsAppended(int first, int last);
    /** @brief Run log lines [first, last] were added (eCapture's and the viewer's notes). */
    void runLogsAppended(int first, int last);
    void heartbeatReceived(const ecv::HeartbeatRecord &heartbeat);
    void undecodableFrame(const ecv::UndecodableRecord &record);
    /** @brief The store was closed or reopened: all indexes are empty now. */
    void cleared();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecv
