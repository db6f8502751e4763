// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QObject>
#include <QVector>

#include "ui/row_filter.h"
#include "ui/worker_field_context.h"

namespace ecv {

class EventListModel;

/** @brief What Find (Ctrl+F) searches, as Wireshark's Find Packet "Display filter / Hex value /
 *  String" choices, reduced to what events carry. */
enum class FindScope
{
    ListText,    ///< the event list's text (any column, Info included), case-insensitive
    PayloadText, ///< the event's payload bytes, the text as UTF-8, case-sensitive
    PayloadHex,  ///< the event's payload bytes, given as hex ("47 45 54", "474554", "47:45:54")
    HttpBody,    ///< the decoded HTTP body (content codings undone), case-insensitive
};

/**
 * @brief One Find: the next (or previous) row after @p startRow, in the list's display order and
 * wrapping around, whose event matches. Pure; runs on a worker (rows tested in blocks, each on all
 * cores, so the first match in order is found without testing the whole capture).
 */
struct FindRequest
{
    CaptureReadHandle capture;
    QVector<int> rows; ///< event index of each row, display order (a copy of the model's rows)
    int startRow = -1; ///< search after this row (-1: from the top, or the bottom backwards)
    bool backward = false;
    FindScope scope = FindScope::ListText;
    QString text;
    QByteArray bytes; ///< PayloadText/PayloadHex: the bytes searched for
    bool relativeTime = false;
    std::shared_ptr<const HttpSnapshot> http;
    qint64 captureStartNs = 0;
};

struct FindResult
{
    int row = -1; ///< -1: no match
    int eventIndex = -1;
    bool wrapped = false; ///< the match is before the start (forward) or after it (backward)
    bool cancelled = false;
};

namespace EventFind {
/** @brief Bytes of a hex string: pairs of digits, optionally separated by spaces, ':' or '-';
 *  a leading "0x" is allowed. @return false (and @p error) when it is not hex. */
bool parseHex(const QString &text, QByteArray *bytes, QString *error);
/** @brief Run @p request (any thread). */
FindResult run(const FindRequest &request, RowJobControl &control);
} // namespace EventFind

/**
 * @brief Runs Finds over an EventListModel's rows on a worker, one at a time (a new Find cancels
 * the running one), and reports on the GUI thread. GUI thread.
 */
class EventFinder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFinder)
public:
    explicit EventFinder(EventListModel *model, QObject *parent = nullptr);
    ~EventFinder() override;

    /**
     * @brief Start finding @p text in @p scope after row @p startRow. @return false (and
     * @p error) when the text is not valid for the scope (empty, bad hex).
     */
    bool find(const QString &text, FindScope scope, int startRow, bool backward, bool relativeTime,
              QString *error = nullptr);
    void cancel();
    bool isBusy() const { return m_control != nullptr; }

signals:
    void finished(const ecv::FindResult &result);

private:
    EventListModel *m_model;
    std::shared_ptr<RowJobControl> m_control;
    quint64 m_generation = 0;
};

} // namespace ecv

Q_DECLARE_METATYPE(ecv::FindResult)
