// SPDX-License-Identifier: Apache-2.0
#include "ui/log_model.h"

#include "core/normalize/timestamp_unit.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTextDocument>

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
constexpr int MaxSeenLines = 4096; // eCapture caches at most ~129 startup lines
} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return l.timeNs <= 0 ? QString()
                                 : QDateTime::fromMSecsSinceEpoch(l.timeNs / 1000000)
                                       .toString(QStringLiteral("HH:mm:ss.zzz"));
        case Origin:
            return l.fromViewer && !l.heartbeat ? tr("viewer") : tr("eCapture");
        case Level:
            return l.level;
        case Message:
            return l.message;
        case Fields:
            return l.fields;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Message || index.column() == Fields)
            return plainToolTip(l.fields.isEmpty() ? l.message
                                                   : l.message + QLatin1Char('\n') + l.fields);
        return {};
    case Qt::ForegroundRole:
        switch (l.severity) {
        case Severity::Trace:
        case Severity::Debug:
            return QBrush(QColor(0x80, 0x80, 0x80));
        case Severity::Info:
            return index.column() == Level ? QBrush(QColor(0x1a, 0x7f, 0x37)) : QVariant();
        case Severity::Warn:
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        case Severity::Error:
        case Severity::Fatal:
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        }
        return {};
    case SeverityRole:
        return int(l.severity);
    case FromViewerRole:
        return l.fromViewer;
    case FrameNumberRole:
        return l.frameNumber;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Origin:
        return tr("From");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    case Fields:
        return tr("Fields");
    }
    return {};
}

void LogModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    const int excess = int(m_lines.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + excess);
        endRemoveRows();
    }
}

int LogModel::addRunLogs(const QList<RunLogEntry> &entries)
{
    std::vector<Line> lines;
    lines.reserve(size_t(entries.size()));
    for (const RunLogEntry &e : entries) {
        const bool fromViewer = e.frameNumber == 0;
        if (!fromViewer) {
            if (m_dedupe) {
                if (m_seenRaw.contains(e.raw)) {
                    ++m_suppressed;
                    continue;
                }
                m_dedupe = false; // cached lines come first; a new one ends the replay
            }
            if (m_seenRaw.size() < MaxSeenLines)
                m_seenRaw.insert(e.raw);
        }
        Line l;
        l.timeNs = e.timeNs > 0 ? e.timeNs : e.arrivalNs;
        l.level = e.level;
        l.severity = severityFromLevel(e.level);
        l.message = e.message;
        QStringList fields;
        for (const auto &[key, value] : e.fields)
            fields << key + QLatin1Char('=') + value;
        l.fields = fields.join(QLatin1Char(' '));
        // eCapture's startup banner lines carry only fields (AppName=…, Version=…).
        if (l.message.isEmpty()) {
            l.message = l.fields;
            l.fields.clear();
        }
        l.fromViewer = fromViewer;
        l.frameNumber = e.frameNumber;
        lines.push_back(std::move(l));
    }
    const int added = int(lines.size());
    append(std::move(lines));
    return added;
}

void LogModel::addViewerMessage(Severity severity, const QString &message, quint32 frameNumber)
{
    Line l;
    l.timeNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    l.severity = severity;
    l.level = severityName(severity);
    l.message = message;
    l.fromViewer = true;
    l.frameNumber = frameNumber;
    std::vector<Line> lines;
    lines.push_back(std::move(l));
    append(std::move(lines));
}

void LogModel::addHeartbeat(const HeartbeatRecord &heartbeat)
{
    Line l;
    l.timeNs = TimestampUnit::heartbeatTimeNs(heartbeat);
    l.severity = Severity::Debug; // every 15 s: filtered away with the level filter at Info
    l.level = tr("heartbeat");
    l.message = tr("heartbeat #%1").arg(heartbeat.count);
    if (!heartbeat.message.isEmpty())
        l.message += QStringLiteral(": ") + heartbeat.message;
    l.fields =
        heartbeat.timestampValid
            ? QStringLiteral("timestamp=%1 count=%2").arg(heartbeat.timestamp).arg(heartbeat.count)
            : tr("timestamp=%1 (unusable: arrival time shown) count=%2")
                  .arg(heartbeat.timestamp)
                  .arg(heartbeat.count);
    l.frameNumber = heartbeat.frameNumber;
    // Counted apart from eCapture's run log (its lines are what the run-log counts mean).
    l.fromViewer = true;
    l.heartbeat = true;
    std::vector<Line> lines;
    lines.push_back(std::move(l));
    append(std::move(lines));
}

void LogModel::beginReconnect()
{
    m_dedupe = true;
}

void LogModel::endReconnect()
{
    m_dedupe = false;
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_seenRaw.clear();
    m_dedupe = false;
    m_suppressed = 0;
    endResetModel();
}

void LogModel::append(std::vector<Line> &&lines)
{
    if (lines.empty())
        return;
    if (int(lines.size()) > m_capacity)
        lines.erase(lines.begin(), lines.end() - m_capacity);
    const int n = int(lines.size());
    // Remove before insert: the view never holds more than capacity rows.
    const int excess = int(m_lines.size()) + n - m_capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + excess);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + n - 1);
    for (Line &l : lines)
        m_lines.push_back(std::move(l));
    endInsertRows();
}

LogModel::Severity LogModel::severityFromLevel(const QString &level)
{
    const QString l = level.trimmed().toLower();
    if (l == QLatin1String("trace"))
        return Severity::Trace;
    if (l == QLatin1String("debug") || l == QLatin1String("dbg"))
        return Severity::Debug;
    if (l == QLatin1String("warn") || l == QLatin1String("warning") || l == QLatin1String("wrn"))
        return Severity::Warn;
    if (l == QLatin1String("error") || l == QLatin1String("err"))
        return Severity::Error;
    if (l == QLatin1String("fatal") || l == QLatin1String("panic"))
        return Severity::Fatal;
    return Severity::Info;
}

QString LogModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Trace:
        return QStringLiteral("trace");
    case Severity::Debug:
        return QStringLiteral("debug");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warn:
        return QStringLiteral("warn");
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Fatal:
        return QStringLiteral("fatal");
    }
    return {};
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

LogFilterModel::~LogFilterModel() = default;

void LogFilterModel::setMinimumSeverity(LogModel::Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateRowsFilter();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const LogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const LogModel::Line &l = model->line(sourceRow);
    if (l.severity < m_minimum)
        return false;
    if (m_text.isEmpty())
        return true;
    return l.message.contains(m_text, Qt::CaseInsensitive) ||
           l.fields.contains(m_text, Qt::CaseInsensitive) ||
           l.level.contains(m_text, Qt::CaseInsensitive);
}

} // namespace ecv
