// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBitArray>
#include <QObject>
#include <QVariant>
#include <QVector>

namespace ecv {

class CaptureStore;

/**
 * @brief Marked events, as Wireshark marks packets (Edit > Mark/Unmark, Ctrl+M): a bit per event
 * index of the store, so a mark stays with its event whatever the display filter or sort order.
 * Marks are forgotten when the store is cleared (a new or closed capture). GUI thread.
 */
class EventMarks : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMarks)
public:
    /** @brief @p store is not owned and must outlive the marks. */
    explicit EventMarks(CaptureStore *store, QObject *parent = nullptr);

    bool isMarked(int eventIndex) const;
    /** @brief Mark or unmark @p eventIndex (< the store's event count); emits markChanged. */
    void setMarked(int eventIndex, bool marked);
    /** @brief Flip the mark of each of @p eventIndexes (Wireshark's Ctrl+M on a selection). */
    void toggle(const QVector<int> &eventIndexes);
    /** @brief Mark every one of @p eventIndexes (e.g. every displayed event); one marksReset. */
    void markAll(const QVector<int> &eventIndexes);
    /** @brief Unmark everything; one marksReset. */
    void clear();

    /** @brief Number of marked events. */
    int count() const { return m_count; }
    /** @brief Marked event indexes, ascending. */
    QVector<int> marked() const;
    /** @brief Lowest / highest marked event index, -1 when none. */
    int first() const;
    int last() const;
    /** @brief First marked index after @p eventIndex (before it, for previous()); -1 if none. */
    int next(int eventIndex) const;
    int previous(int eventIndex) const;

    /**
     * @brief How a marked row is drawn, as Wireshark draws marked packets (white on black): the
     * brush for Qt::BackgroundRole / Qt::ForegroundRole, an invalid QVariant for other roles.
     */
    static QVariant markedBrush(int role);

signals:
    /** @brief One event's mark changed. */
    void markChanged(int eventIndex);
    /** @brief Many marks changed at once. */
    void marksReset();

private:
    void grow(int eventIndex);

    CaptureStore *m_store;
    QBitArray m_bits;
    int m_count = 0;
};

} // namespace ecv
