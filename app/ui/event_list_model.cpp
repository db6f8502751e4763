// SPDX-License-Identifier: Apache-2.0
#include "ui/event_list_model.h"

#include <numeric>
#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

#include "core/capture/capture_store.h"
#include "core/wire/saturating_arithmetic.h"
#include "ui/http_analyzer.h"
#include "ui/payload_text.h"

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
constexpr int InfoMaxChars = 200;
} // namespace

EventListModel::EventListModel(CaptureStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_infoCache(InfoCacheRows)
{
    m_rows.reserve(100000);
    connect(m_store, &CaptureStore::eventsAppended, this, [this](int, int) { scheduleFlush(); });
    connect(m_store, &CaptureStore::cleared, this, &EventListModel::reset);
}

EventListModel::~EventListModel() = default;

void EventListModel::setHttpAnalyzer(HttpAnalyzer *analyzer)
{
    m_http = analyzer;
    connect(analyzer, &HttpAnalyzer::conversationReady, this, &EventListModel::onConversationReady);
}

void EventListModel::onConversationReady(quint32 id)
{
    if (m_rows.isEmpty() || id == 0 || id > quint32(m_store->conversationCount()))
        return;
    int first = -1;
    int last = -1;
    for (int eventIndex : m_store->conversation(id).eventIndexes) {
        const int row = rowForEvent(eventIndex);
        if (row < 0)
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, Host), index(last, Info), {Qt::DisplayRole});
}

bool EventListModel::httpColumn(int eventIndex, int column, bool request, QString *text) const
{
    if (!m_http)
        return false;
    const quint32 id = m_store->eventAt(eventIndex).conversationId;
    const HttpAnalysisCache::EntryPtr entry = request ? m_http->entry(id) : m_http->peek(id);
    if (!entry)
        return false;
    const auto item = entry->itemOfEvent.constFind(eventIndex);
    if (item == entry->itemOfEvent.cend())
        return false;
    const HttpEventFields f = entry->fieldsForEvent(eventIndex);
    const HttpCaptureAnalysis &a = entry->analysis;
    if (!f.present) {
        // Bytes of a message that began in an earlier event (Wireshark: "continuation").
        if (a.messagesByItem.value(*item).isEmpty())
            return false;
        switch (column) {
        case Protocol:
            *text = a.http2 ? QStringLiteral("HTTP2") : QStringLiteral("HTTP");
            return true;
        case Info:
            *text = tr("Continuation");
            return true;
        default:
            return false;
        }
    }
    switch (column) {
    case Protocol:
        *text = f.protocol;
        return !f.protocol.isEmpty();
    case Info:
        *text = f.info;
        return !f.info.isEmpty();
    case Host: {
        QString host = f.host;
        if (host.isEmpty() && f.message >= 0) {
            const int other = a.pairedMessage(f.message);
            if (other >= 0)
                host = QString::fromUtf8(a.messages.at(other).host());
        }
        *text = host;
        return true;
    }
    default:
        return false;
    }
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
    switch (role) {
    case Qt::DisplayRole:
        return cellTextForEvent(eventIndex, index.column());
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
    case Qt::ForegroundRole: {
        const EventIndexEntry &e = m_store->eventAt(eventIndex);
        const auto kind = EventKind(e.kind);
        if (kind == EventKind::SocketDestroy || kind == EventKind::DataNotice)
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

void EventListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    static const QRegularExpression conversation(QStringLiteral("^conversation\\s*==\\s*(\\d+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = conversation.match(trimmed);
    m_conversation = m.hasMatch() ? m.captured(1).toUInt() : 0;
    // One reset, then the whole index is filtered again in one pass (Wireshark's
    // recreateVisibleRows); the ordinary ingest path below continues from m_known.
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_known; ++i) {
        if (matches(i))
            m_rows.append(i);
    }
    endResetModel();
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
    const int total = m_store->eventCount();
    if (total <= m_known)
        return;
    QVector<int> added;
    if (m_filter.isEmpty()) {
        added.resize(total - m_known);
        std::iota(added.begin(), added.end(), m_known);
    } else {
        for (int i = m_known; i < total; ++i) {
            if (matches(i))
                added.append(i);
        }
    }
    m_known = total;
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
    beginResetModel();
    m_rows.clear();
    m_known = 0;
    m_infoCache.clear();
    endResetModel();
}

bool EventListModel::matches(int eventIndex) const
{
    if (m_filter.isEmpty())
        return true;
    if (m_conversation != 0)
        return m_store->eventAt(eventIndex).conversationId == m_conversation;
    for (int c = 0; c < ColumnCount; ++c) {
        if (cellTextForEvent(eventIndex, c, false).contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString EventListModel::cellTextForEvent(int eventIndex, int column, bool request) const
{
    const EventIndexEntry &e = m_store->eventAt(eventIndex);
    if (column == Host || column == Protocol || column == Info) {
        QString http;
        if (httpColumn(eventIndex, column, request, &http))
            return http;
    }
    switch (column) {
    case Number:
        return QString::number(e.frameNumber);
    case Time:
        if (m_timeFormat == TimeFormat::Relative) {
            const qint64 first = m_store->eventCount() > 0 ? m_store->eventAt(0).timeNs : 0;
            return QString::number(double(saturatingSub(e.timeNs, first)) / 1e9, 'f', 6);
        }
        return QDateTime::fromMSecsSinceEpoch(e.timeNs / 1000000)
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case Process: {
        const QString name = m_store->string(e.processNameId);
        if (e.pid < 0)
            return name;
        return name.isEmpty() ? QString::number(e.pid)
                              : QStringLiteral("%1 (%2)").arg(name).arg(e.pid);
    }
    case Source:
        return endpointText(m_store->string(e.srcAddrId), e.flags & EventIndexEntry::HasSrcPort,
                            e.srcPort);
    case Destination:
        return endpointText(m_store->string(e.dstAddrId), e.flags & EventIndexEntry::HasDstPort,
                            e.dstPort);
    case Host:
        return QString();
    case Protocol:
        return protocolLabel(e);
    case Length:
        return QString::number(e.dataLength);
    case Info:
        return infoText(eventIndex);
    }
    return {};
}

QString EventListModel::infoText(int eventIndex) const
{
    if (const QString *cached = m_infoCache.object(eventIndex))
        return *cached;
    const CapturedEvent event = m_store->event(eventIndex);
    // Until HTTP dissection answers, eCapture's HTTP/2 text rendering would show its first
    // line ("Frame Type => SETTINGS", tabs and all): name what it is instead.
    QString info = event.format == PayloadFormat::Http2Rendering
                       ? tr("HTTP/2 frames (eCapture text rendering)")
                       : PayloadText::summaryLine(event.data, InfoMaxChars);
    if (info.isEmpty() && event.kind == EventKind::Connect)
        info = event.tuple;
    m_infoCache.insert(eventIndex, new QString(info));
    return info;
}

QString EventListModel::protocolLabel(const EventIndexEntry &e)
{
    const auto probe = Probe(e.probe);
    switch (EventKind(e.kind)) {
    case EventKind::Connect:
        return QStringLiteral("connect");
    case EventKind::SocketDestroy:
        return QStringLiteral("close");
    case EventKind::Shell:
        return probe == Probe::Zsh ? QStringLiteral("zsh") : QStringLiteral("bash");
    case EventKind::Query:
        return probe == Probe::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("MySQL");
    case EventKind::DataNotice:
        return QStringLiteral("notice");
    case EventKind::Data:
    case EventKind::Unknown:
        break;
    }
    switch (PayloadFormat(e.format)) {
    case PayloadFormat::Http1Message:
        return QStringLiteral("HTTP");
    case PayloadFormat::Http2Rendering:
        return QStringLiteral("HTTP2"); // as the dissected rows say
    default:
        break;
    }
    switch (probe) {
    case Probe::GoTls:
        return QStringLiteral("TLS data (Go)");
    case Probe::Bash:
    case Probe::Zsh:
        return probeName(probe);
    case Probe::MySql:
        return QStringLiteral("MySQL");
    case Probe::Postgres:
        return QStringLiteral("PostgreSQL");
    case Probe::Unknown:
        return EventKind(e.kind) == EventKind::Data ? QStringLiteral("TLS data")
                                                    : QStringLiteral("event");
    default:
        return QStringLiteral("TLS data");
    }
}

QString EventListModel::endpointText(const QString &address, bool hasPort, quint16 port)
{
    if (address.isEmpty())
        return hasPort ? QStringLiteral(":%1").arg(port) : QString();
    if (!hasPort)
        return address;
    if (address.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

} // namespace ecv
