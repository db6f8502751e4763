// SPDX-License-Identifier: Apache-2.0
#include "core/capture/capture_read_handle.h"

#include <QCoreApplication>

#include "core/capture/capture_read_side.h"

namespace ecv {

CaptureReadHandle::CaptureReadHandle(std::shared_ptr<const CaptureReadSide> side)
    : m_side(std::move(side))
{}

quint64 CaptureReadHandle::generation() const
{
    return m_side ? m_side->generation : 0;
}

bool CaptureReadHandle::isCurrent() const
{
    return m_side && m_side->current.load(std::memory_order_acquire);
}

int CaptureReadHandle::eventCount() const
{
    if (!m_side)
        return 0;
    QMutexLocker locker(&m_side->lock);
    return m_side->index.count();
}

EventIndexEntry CaptureReadHandle::entry(int index) const
{
    if (!m_side)
        return {};
    QMutexLocker locker(&m_side->lock);
    if (index < 0 || index >= m_side->index.count())
        return {};
    return m_side->index.at(index);
}

CapturedEvent CaptureReadHandle::event(int index) const
{
    CapturedEvent event;
    if (!m_side)
        return event;
    const CaptureReadSide &side = *m_side;
    QMutexLocker locker(&side.lock);
    if (index < 0 || index >= side.index.count())
        return event;
    const EventIndexEntry entry = side.index.at(index);
    CaptureFileReader::Record record;
    QString error;
    const bool read = side.readRecordLocked(side.frameOffsets.at(qsizetype(entry.frameNumber) - 1),
                                            record, &error) &&
                      record.kind == CaptureFileReader::Record::Kind::Frame;
    locker.unlock();
    if (read) {
        // Decoding needs no lock (FrameDecoder is stateless): workers decode in parallel.
        const DecodedFrame decoded = side.decoder.decode(record.frame, entry.frameNumber);
        if (decoded.kind == DecodedFrame::Kind::Event)
            event = decoded.event;
        event.arrivalNs = record.frame.arrivalNs;
    }
    // Event `index` is still there: a read side's index only grows (the store retires a read
    // side instead of emptying it). The lock is for the pooled strings the owner may be adding.
    locker.relock();
    side.index.restore(index, event);
    locker.unlock();
    if (!read)
        event.warnings.append(
            QCoreApplication::translate("ecv::CaptureStore",
                                        "payload not readable from the capture file: %1")
                .arg(error));
    return event;
}

CapturedEvent CaptureReadHandle::indexedEvent(int index) const
{
    if (!m_side)
        return {};
    QMutexLocker locker(&m_side->lock);
    if (index < 0 || index >= m_side->index.count())
        return {};
    return m_side->index.indexed(index);
}

QByteArray CaptureReadHandle::frameData(quint32 frameNumber) const
{
    if (!m_side)
        return {};
    QMutexLocker locker(&m_side->lock);
    if (frameNumber == 0 || frameNumber > quint32(m_side->frameOffsets.size()))
        return {};
    CaptureFileReader::Record record;
    if (!m_side->readRecordLocked(m_side->frameOffsets.at(qsizetype(frameNumber) - 1), record,
                                  nullptr) ||
        record.kind != CaptureFileReader::Record::Kind::Frame)
        return {};
    return record.frame.data;
}

QString CaptureReadHandle::string(quint32 id) const
{
    if (!m_side)
        return {};
    QMutexLocker locker(&m_side->lock);
    return m_side->index.strings().at(id);
}

int CaptureReadHandle::conversationCount() const
{
    if (!m_side)
        return 0;
    QMutexLocker locker(&m_side->lock);
    return m_side->index.conversationCount();
}

QVector<int> CaptureReadHandle::conversationEventIndexes(quint32 id) const
{
    if (!m_side)
        return {};
    QMutexLocker locker(&m_side->lock);
    return m_side->index.conversationEventIndexes(id);
}

int CaptureReadHandle::conversationEventCount(quint32 id) const
{
    if (!m_side)
        return 0;
    QMutexLocker locker(&m_side->lock);
    return m_side->index.conversationEventCount(id);
}

} // namespace ecv
