// SPDX-License-Identifier: Apache-2.0
#include "ui/event_marks.h"

#include <QBrush>

#include "core/capture/capture_store.h"

namespace ecv {

EventMarks::EventMarks(CaptureStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CaptureStore::cleared, this, [this] {
        const bool had = m_count > 0;
        m_bits = QBitArray();
        m_count = 0;
        if (had)
            emit marksReset();
    });
}

bool EventMarks::isMarked(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < m_bits.size() && m_bits.testBit(eventIndex);
}

void EventMarks::grow(int eventIndex)
{
    if (eventIndex < m_bits.size())
        return;
    // Grow with the store (live captures keep appending), not one bit at a time.
    m_bits.resize(qMax(m_store->eventCount(), eventIndex + 1));
}

void EventMarks::setMarked(int eventIndex, bool marked)
{
    if (eventIndex < 0 || eventIndex >= m_store->eventCount() || isMarked(eventIndex) == marked)
        return;
    grow(eventIndex);
    m_bits.setBit(eventIndex, marked);
    m_count += marked ? 1 : -1;
    emit markChanged(eventIndex);
}

void EventMarks::toggle(const QVector<int> &eventIndexes)
{
    for (int eventIndex : eventIndexes)
        setMarked(eventIndex, !isMarked(eventIndex));
}

void EventMarks::markAll(const QVector<int> &eventIndexes)
{
    bool changed = false;
    const int events = m_store->eventCount();
    for (int eventIndex : eventIndexes) {
        if (eventIndex < 0 || eventIndex >= events || isMarked(eventIndex))
            continue;
        grow(eventIndex);
        m_bits.setBit(eventIndex);
        ++m_count;
        changed = true;
    }
    if (changed)
        emit marksReset();
}

void EventMarks::clear()
{
    if (m_count == 0)
        return;
    m_bits.fill(false);
    m_count = 0;
    emit marksReset();
}

QVector<int> EventMarks::marked() const
{
    QVector<int> out;
    out.reserve(m_count);
    for (int i = 0; i < m_bits.size() && out.size() < m_count; ++i) {
        if (m_bits.testBit(i))
            out.append(i);
    }
    return out;
}

int EventMarks::first() const
{
    return next(-1);
}

int EventMarks::last() const
{
    return previous(int(m_bits.size()));
}

int EventMarks::next(int eventIndex) const
{
    if (m_count == 0)
        return -1;
    for (int i = qMax(eventIndex + 1, 0); i < m_bits.size(); ++i) {
        if (m_bits.testBit(i))
            return i;
    }
    return -1;
}

int EventMarks::previous(int eventIndex) const
{
    if (m_count == 0)
        return -1;
    for (int i = qMin(eventIndex, int(m_bits.size())) - 1; i >= 0; --i) {
        if (m_bits.testBit(i))
            return i;
    }
    return -1;
}

QVariant EventMarks::markedBrush(int role)
{
    if (role == Qt::BackgroundRole)
        return QBrush(Qt::black);
    if (role == Qt::ForegroundRole)
        return QBrush(Qt::white);
    return {};
}

} // namespace ecv
