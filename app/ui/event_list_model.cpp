// SPDX-License-Identifier: Apache-2.0
#include "ui/event_list_model.h"

#include <functional>
#include <numeric>
#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include "core/capture/capture_store.h"
#include "core/fields/event_columns.h"
#include "core/fields/field_registry.h"
#include "core/fields/payload_text.h"
#include "core/fields/store_field_context.h"
#include "core/http/http_analysis.h"
#include "ui/coloring_rules.h"
#include "ui/event_marks.h"
#include "ui/visible_rows_job.h"

namespace ecv {

namespace {

/** QToolTip draws any string that Qt::mightBeRichText() as HTML: payload markup stays text. */
QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}
constexpr int InfoCacheRows = 20000;
constexpr int ProgressIntervalMs = 100;
constexpr int MergeIntervalMs = 250; // sorted: live rows merged into place at most this often

/** StoreFieldContext whose payload summary comes from the model's cache. */
class ModelFieldContext : public StoreFieldContext
{
public:
    ModelFieldContext(const CaptureStore &store, int eventIndex, HttpAnalysis *http,
                      HttpLookup lookup, std::function<QString(int)> summary)
        : StoreFieldContext(store, eventIndex, http, lookup)
        , m_summary(std::move(summary))
    {}
    QString payloadSummary() const override { return m_summary(eventIndex()); }

private:
    std::function<QString(int)> m_summary;
};
} // namespace

EventListModel::EventListModel(CaptureStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_infoCache(InfoCacheRows)
{
    m_rows.reserve(100000);
    connect(m_store, &CaptureStore::eventsAppended, this, [this](int, int) { scheduleFlush(); });
    connect(m_store, &CaptureStore::cleared, this, &EventListModel::reset);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &EventListModel::reportProgress);
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &QTimer::timeout, this, &EventListModel::flush);
    m_lastMerge.start();
}

EventListModel::~EventListModel()
{
    // Running jobs hold their own capture handle and control block; they stop soon and their
    // results go nowhere (the watchers are children of this model).
    cancelJobs();
}

void EventListModel::setHttpAnalysis(HttpAnalysis *analysis)
{
    m_http = analysis;
    connect(analysis, &HttpAnalysis::conversationReady, this, &EventListModel::onConversationReady);
}

void EventListModel::setMarks(EventMarks *marks)
{
    m_marks = marks;
    const QList<int> roles{Qt::BackgroundRole, Qt::ForegroundRole, MarkedRole};
    connect(marks, &EventMarks::markChanged, this, [this, roles](int eventIndex) {
        const int row = rowForEvent(eventIndex);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
    });
    connect(marks, &EventMarks::marksReset, this, [this, roles] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), roles);
    });
}

void EventListModel::setColorizer(RowColorizer *colorizer)
{
    m_colorizer = colorizer;
    connect(colorizer, &RowColorizer::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                             {Qt::BackgroundRole, Qt::ForegroundRole});
    });
}

void EventListModel::onConversationReady(quint32 id)
{
    if (m_rows.isEmpty() || id == 0 || id > quint32(m_store->conversationCount()))
        return;
    const QVector<int> events = m_store->conversationEventIndexes(id);
    if (m_colorizer)
        m_colorizer->invalidate(events); // HTTP rules may answer differently now
    int first = -1;
    int last = -1;
    for (int eventIndex : events) {
        const int row = rowForEvent(eventIndex);
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, Info),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole});
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int eventIndex = m_rows.at(index.row());
    if (role == MarkedRole)
        return m_marks && m_marks->isMarked(eventIndex);
    if (m_marks && m_marks->isMarked(eventIndex)) {
        const QVariant brush = EventMarks::markedBrush(role);
        if (brush.isValid())
            return brush;
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = cellTextForEvent(eventIndex, index.column());
        // An endpoint no frame told: say so (greyed below), never a blank or 0.0.0.0:0.
        if (text.isEmpty() && (index.column() == Source || index.column() == Destination))
            return tr("unknown");
        return text;
    }
    case EventIndexRole:
        return eventIndex;
    case SortValueRole: {
        const EventIndexEntry &e = m_store->eventAt(eventIndex);
        switch (index.column()) {
        case Number:
            return qint64(e.frameNumber);
        case Time:
            return e.timeNs;
        case Length:
            return qint64(e.dataLength);
        default:
            return cellTextForEvent(eventIndex, index.column());
        }
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Length)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Time) {
            const EventIndexEntry &e = m_store->eventAt(eventIndex);
            return QDateTime::fromMSecsSinceEpoch(e.timeNs / 1000000)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")) +
                   QStringLiteral("  (%1 ns)").arg(e.timeNs);
        }
        if (index.column() == Info)
            return plainToolTip(cellTextForEvent(eventIndex, Info));
        return {};
    case Qt::BackgroundRole:
        if (const int rule = m_colorizer ? m_colorizer->ruleFor(eventIndex) : -1; rule >= 0)
            return QBrush(m_colorizer->rules().at(rule).background);
        return {};
    case Qt::ForegroundRole: {
        if (const int rule = m_colorizer ? m_colorizer->ruleFor(eventIndex) : -1; rule >= 0)
            return QBrush(m_colorizer->rules().at(rule).foreground);
        const EventIndexEntry &e = m_store->eventAt(eventIndex);
        const auto kind = EventKind(e.kind);
        if (kind == EventKind::SocketDestroy || kind == EventKind::DataNotice ||
            ((index.column() == Source || index.column() == Destination) &&
             cellTextForEvent(eventIndex, index.column()).isEmpty()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (e.flags & EventIndexEntry::HasWarning)
            return QBrush(QColor(0xb0, 0x40, 0x00));
        return {};
    }
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return m_timeFormat == TimeFormat::Absolute ? tr("Time") : tr("Time (s)");
    case Process:
        return tr("Process");
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case Host:
        return tr("Host");
    case Protocol:
        return tr("Protocol");
    case Length:
        return tr("Length");
    case Info:
        return tr("Info");
    }
    return {};
}

int EventListModel::eventIndexAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

int EventListModel::rowForEvent(int eventIndex) const
{
    if (m_sortColumn >= 0)
        return eventIndex >= 0 && eventIndex < m_rowOf.size() ? m_rowOf.at(eventIndex) : -1;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), eventIndex);
    if (it == m_rows.cend() || *it != eventIndex)
        return -1;
    return int(it - m_rows.cbegin());
}

void EventListModel::setTimeFormat(TimeFormat format)
{
    if (format == m_timeFormat)
        return;
    m_timeFormat = format;
    emit headerDataChanged(Qt::Horizontal, Time, Time);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time), {Qt::DisplayRole});
}

QString EventListModel::rowText(int row) const
{
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << cellText(row, c);
    return cells.join(QLatin1Char('\t'));
}

QString EventListModel::headerText() const
{
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << headerData(c, Qt::Horizontal).toString();
    return cells.join(QLatin1Char('\t'));
}

QString EventListModel::cellText(int row, int column) const
{
    const int eventIndex = eventIndexAt(row);
    return eventIndex < 0 ? QString() : cellTextForEvent(eventIndex, column);
}

void EventListModel::catchUp()
{
    flush();
}

void EventListModel::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, &EventListModel::flush);
}

void EventListModel::flush()
{
    m_flushQueued = false;
    // A rebuild covers the events up to its start and flushes when it is done; one tail job
    // at a time keeps the rows in event order.
    if (m_rebuild || m_rebuildWanted || m_tail)
        return;
    const int total = m_store->eventCount();
    if (total <= m_known)
        return;
    if (!m_filter && m_sortColumn < 0) {
        QVector<int> added(total - m_known);
        std::iota(added.begin(), added.end(), m_known);
        m_known = total;
        appendRows(added);
        return;
    }
    if (m_sortColumn >= 0 && m_lastMerge.elapsed() < MergeIntervalMs) {
        if (!m_mergeTimer.isActive())
            m_mergeTimer.start(int(MergeIntervalMs - m_lastMerge.elapsed()));
        return;
    }
    startTail(total);
}

void EventListModel::appendRows(const QVector<int> &added)
{
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    const int last = first + int(added.size()) - 1;
    beginInsertRows(QModelIndex(), first, last);
    m_rows.append(added);
    endInsertRows();
    emit rowsAppended(first, last);
}

void EventListModel::reset()
{
    cancelJobs();
    m_rebuildWanted = false;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_keys.reset();
    m_known = 0;
    m_infoCache.clear();
    endResetModel();
}

const FieldInfo &EventListModel::columnField(int column)
{
    switch (column) {
    case Number:
        return FieldRegistry::field("frame.number");
    case Time:
        return FieldRegistry::field("frame.time");
    case Process:
        return FieldRegistry::field("col.process");
    case Source:
        return FieldRegistry::field("col.source");
    case Destination:
        return FieldRegistry::field("col.destination");
    case Host:
        return FieldRegistry::field("col.host");
    case Protocol:
        return FieldRegistry::field("col.protocol");
    case Length:
        return FieldRegistry::field("frame.len");
    default:
        return FieldRegistry::field("col.info");
    }
}

QString EventListModel::cellTextForEvent(int eventIndex, int column, bool request) const
{
    const EventIndexEntry &e = m_store->eventAt(eventIndex);
    switch (column) {
    case Number:
        return QString::number(e.frameNumber);
    case Time:
        return EventColumns::time(e.timeNs, m_timeFormat == TimeFormat::Relative,
                                  m_store->eventCount() > 0 ? m_store->eventAt(0).timeNs : 0);
    case Length:
        return QString::number(e.dataLength);
    default:
        break;
    }
    const ModelFieldContext context(*m_store, eventIndex, m_http,
                                    request ? StoreFieldContext::HttpLookup::Request
                                            : StoreFieldContext::HttpLookup::Peek,
                                    [this](int i) { return payloadSummary(i); });
    return FieldRegistry::firstText(columnField(column), context);
}

QString EventListModel::payloadSummary(int eventIndex) const
{
    if (const QString *cached = m_infoCache.object(eventIndex))
        return *cached;
    const CapturedEvent event = m_store->event(eventIndex);
    const QString info = PayloadText::summaryLine(event.data, EventColumns::InfoMaxChars);
    m_infoCache.insert(eventIndex, new QString(info));
    return info;
}

} // namespace ecv
