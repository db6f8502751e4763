// SPDX-License-Identifier: Apache-2.0
#pragma once

// The shared read side of one capture (CaptureStore and CaptureReadHandle). Not a public header:
// include capture_store.h or capture_read_handle.h.

#include <atomic>
#include <QMutex>

#include "core/capture/event_index.h"
#include "core/capture/frame_offset_table.h"
#include "core/file/capture_file_reader.h"
#include "core/file/capture_file_writer.h"
#include "core/wire/frame_decoder.h"

namespace ecv {

/**
 * @brief Everything needed to read the events of one capture back: its file (reader, and the
 * writer whose buffer may still hold the newest records), the event index and the frame offsets.
 *
 * Owned through std::shared_ptr by the CaptureStore that fills it and by every CaptureReadHandle
 * taken from it, so it lives as long as its last reader. A read side belongs to one capture
 * only: the store never empties one, it retires it (retire()) and starts a new one, so an index
 * checked once stays valid for the read side's whole life (the index only grows).
 *
 * Thread affinity: the store's owner thread changes it under @c lock; readers (CaptureReadHandle)
 * take @c lock to read it, from any thread.
 */
struct CaptureReadSide
{
    CaptureReadSide();
    ~CaptureReadSide();
    Q_DISABLE_COPY_MOVE(CaptureReadSide)

    /** @brief Stop being the store's current capture: flush and close the writer. Owner thread. */
    void retire();

    /** @brief Read a record back, flushing the writer when it is still in its buffer. Caller
     *  holds @c lock. */
    bool readRecordLocked(qint64 offset, CaptureFileReader::Record &record, QString *error) const;

    const quint64 generation;         ///< unique per read side, > 0, increasing
    std::atomic<bool> current{true};  ///< false once retired
    mutable QMutex lock;              ///< guards every member below
    mutable CaptureFileWriter writer; ///< open while this capture is being written
    mutable CaptureFileReader reader; ///< random access (also while writing)
    EventIndex index;
    FrameOffsetTable frameOffsets; ///< record offset of frame n at [n - 1]
    FrameDecoder decoder;          ///< stateless (decode() is const): used outside the lock
};

} // namespace ecv
