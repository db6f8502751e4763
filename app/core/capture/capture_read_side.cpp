// SPDX-License-Identifier: Apache-2.0
#include "core/capture/capture_read_side.h"

namespace ecv {

namespace {
std::atomic<quint64> g_lastGeneration{0};
} // namespace

CaptureReadSide::CaptureReadSide()
    : generation(++g_lastGeneration)
{}

CaptureReadSide::~CaptureReadSide() = default;

void CaptureReadSide::retire()
{
    QMutexLocker locker(&lock);
    writer.close();
    current.store(false, std::memory_order_release);
}

bool CaptureReadSide::readRecordLocked(qint64 offset, CaptureFileReader::Record &record,
                                       QString *error) const
{
    if (writer.isOpen() && offset + CaptureFileFormat::kRecordHeaderSize > writer.flushedSize()) {
        // Asked for a record still in the write buffer.
        writer.flush();
    }
    return reader.readAt(offset, record, error);
}

} // namespace ecv
