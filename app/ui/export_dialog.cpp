// SPDX-License-Identifier: Apache-2.0
#include "ui/export_dialog.h"

#include <memory>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include "core/capture/capture_store.h"
#include "core/fields/field_registry.h"
#include "ui/event_list_model.h"
#include "ui/event_marks.h"
#include "ui/export_runner.h"

namespace ecv {

namespace {

using Kind = ExportRange::Kind;

const QString SettingsDir = QStringLiteral("export/lastDirectory");

/** A data event without bytes, or any event that is not data, is no TCP segment. */
bool isTcpData(const EventIndexEntry &e)
{
    return EventKind(e.kind) == EventKind::Data && e.dataLength > 0;
}

} // namespace

ExportDialog::ExportDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_runner(new ExportRunner(this, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Specified Events"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);

    auto *rangeBox = new QGroupBox(tr("Events"), this);
    auto *grid = new QGridLayout(rangeBox);
    m_kinds = new QButtonGroup(this);
    const QList<QPair<Kind, QString>> kinds{
        {Kind::AllCaptured, tr("All &captured")},
        {Kind::Displayed, tr("All &displayed")},
        {Kind::Selected, tr("&Selected")},
        {Kind::Marked, tr("&Marked")},
        {Kind::FirstToLastMarked, tr("&First to last marked")},
        {Kind::Numbers, tr("&Range:")},
    };
    int row = 0;
    for (const auto &[kind, label] : kinds) {
        auto *radio = new QRadioButton(label, rangeBox);
        radio->setObjectName(QStringLiteral("range%1").arg(int(kind)));
        m_kinds->addButton(radio, int(kind));
        grid->addWidget(radio, row, 0);
        if (kind == Kind::Numbers) {
            m_range = new QLineEdit(rangeBox);
            m_range->setObjectName(QStringLiteral("rangeText"));
            m_range->setPlaceholderText(tr("1-10,15 (numbers of the No. column)"));
            grid->addWidget(m_range, row, 1);
            connect(m_range, &QLineEdit::textEdited, this, [this] {
                m_kinds->button(int(Kind::Numbers))->setChecked(true);
                refresh();
            });
        }
        auto *count = new QLabel(rangeBox);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setMinimumWidth(count->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")));
        grid->addWidget(count, row, 2);
        m_counts.insert(int(kind), count);
        ++row;
    }
    m_rangeError = new QLabel(rangeBox);
    m_rangeError->setTextFormat(Qt::PlainText);
    m_rangeError->setStyleSheet(QStringLiteral("color: #b00020;"));
    grid->addWidget(m_rangeError, row, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addWidget(rangeBox);
    connect(m_kinds, &QButtonGroup::idClicked, this, &ExportDialog::refresh);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("pcapng: Wireshark, every packet commented with its process"),
                      int(ExportFormat::Pcapng));
    m_format->addItem(tr("pcap: classic libpcap file, no comments"), int(ExportFormat::Pcap));
    m_format->addItem(tr("HAR 1.2: HTTP exchanges (browsers, HTTP Toolkit, Fiddler)"),
                      int(ExportFormat::Har));
    m_format->addItem(tr("CSV: the event list as displayed"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON: the event list as displayed"), int(ExportFormat::Json));
    m_format->addItem(tr("eCapture Viewer capture file (.ecvcap)"), int(ExportFormat::Ecvcap));
    form->addRow(tr("F&ormat:"), m_format);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("F&ile:"), fileRow);
    layout->addLayout(form);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::refresh);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("formatNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportOutcome"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format, as Wireshark's dialog does.
        ExportFormat old;
        const QString path = m_file->text();
        if (ExportFormats::fromFileName(path, &old) && old != format()) {
            const QFileInfo info(path);
            const QString base = path.left(path.size() - info.suffix().size());
            m_file->setText(base + ExportFormats::extension(format()));
        }
        refresh();
    });
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::onFinished);

    const QString dir = QSettings().value(SettingsDir, QDir::homePath()).toString();
    m_file->setText(QDir(dir).filePath(QStringLiteral("export.pcapng")));
    const bool selection = m_context.view && m_context.view->selectionModel() &&
                           m_context.view->selectionModel()->selectedRows().size() > 1;
    setRangeKind(selection ? Kind::Selected : Kind::Displayed);
    m_refresh.setInterval(500); // a live capture keeps growing: counts follow it
    connect(&m_refresh, &QTimer::timeout, this, &ExportDialog::refresh);
    m_refresh.start();
    refresh();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setRangeKind(Kind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    refresh();
}

Kind ExportDialog::rangeKind() const
{
    return Kind(m_kinds->checkedId() < 0 ? int(Kind::Displayed) : m_kinds->checkedId());
}

void ExportDialog::setRangeText(const QString &text)
{
    m_range->setText(text);
    refresh();
}

void ExportDialog::setFormat(ExportFormat f)
{
    m_format->setCurrentIndex(m_format->findData(int(f)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFileName(const QString &path)
{
    m_file->setText(path);
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

qint64 ExportDialog::shownCount(Kind kind) const
{
    return m_countValues.value(int(kind), -1);
}

QString ExportDialog::formatNote() const
{
    return m_note->text();
}

ExportRange::Inputs ExportDialog::inputs(bool withVectors) const
{
    ExportRange::Inputs in;
    in.store = m_context.store;
    in.marks = m_context.marks;
    QString error;
    ExportRange::parse(m_range->text(), &in.numbers, &error);
    QAbstractItemModel *model = m_context.view ? m_context.view->model() : nullptr;
    if (!model)
        return in;
    if (QItemSelectionModel *selection = m_context.view->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            in.selected.append(index.data(EventListModel::EventIndexRole).toInt());
    }
    const int rows = model->rowCount();
    in.displayedCount = rows;
    if (!withVectors)
        return in;
    in.displayed.reserve(rows);
    if (model == m_context.model) {
        for (int r = 0; r < rows; ++r)
            in.displayed.append(m_context.model->eventIndexAt(r));
    } else {
        for (int r = 0; r < rows; ++r)
            in.displayed.append(model->index(r, 0).data(EventListModel::EventIndexRole).toInt());
    }
    return in;
}

QVector<int> ExportDialog::chosenEvents() const
{
    return ExportRange::events(rangeKind(), inputs(rangeKind() == Kind::Displayed));
}

QVector<EventTableExport::Column> ExportDialog::shownColumns() const
{
    QVector<EventTableExport::Column> out;
    if (!m_context.view || !m_context.view->model())
        return EventTableExport::defaultColumns();
    const QHeaderView *header = m_context.view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || logical >= EventListModel::ColumnCount)
            continue;
        EventTableExport::Column c;
        c.title = m_context.view->model()->headerData(logical, Qt::Horizontal).toString();
        c.field = QString::fromLatin1(EventListModel::columnField(logical).name);
        if (logical == EventListModel::Time)
            c.time = m_context.model &&
                             m_context.model->timeFormat() == EventListModel::TimeFormat::Relative
                         ? EventTableExport::TimeText::Relative
                         : EventTableExport::TimeText::Clock;
        out.append(c);
    }
    return out;
}

void ExportDialog::refresh()
{
    const ExportRange::Inputs in = inputs(false);
    const QLocale locale;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const Kind kind = Kind(it.key());
        qint64 n = ExportRange::count(kind, in);
        if (kind == Kind::Numbers && in.numbers.isEmpty())
            n = -1;
        m_countValues.insert(it.key(), n);
        it.value()->setText(n < 0 ? QStringLiteral("–") : locale.toString(n));
        // As in Wireshark: choices with nothing in them are greyed, unless chosen.
        QAbstractButton *radio = m_kinds->button(it.key());
        radio->setEnabled(kind == Kind::Numbers || n > 0 || radio->isChecked());
    }
    QString error;
    QVector<ExportRange::Interval> intervals;
    m_rangeError->setText(rangeKind() == Kind::Numbers &&
                                  !ExportRange::parse(m_range->text(), &intervals, &error)
                              ? error
                              : QString());
    const qint64 chosen = m_countValues.value(int(rangeKind()), 0);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_runner->isRunning() && chosen > 0 && !fileName().isEmpty());
    updateNote();
}

QString ExportDialog::leftOutWords(const QMap<int, qint64> &byKind) const
{
    QStringList parts;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const int n = int(qMin<qint64>(it.value(), INT_MAX));
        switch (EventKind(it.key())) {
        case EventKind::Shell:
            parts << tr("%n shell command(s)", nullptr, n);
            break;
        case EventKind::Query:
            parts << tr("%n database query(s)", nullptr, n);
            break;
        case EventKind::Connect:
            parts << tr("%n connect notice(s)", nullptr, n);
            break;
        case EventKind::SocketDestroy:
            parts << tr("%n socket-destroy notice(s)", nullptr, n);
            break;
        case EventKind::DataNotice:
        case EventKind::Data:
            parts << tr("%n data event(s) without bytes", nullptr, n);
            break;
        case EventKind::Unknown:
            parts << tr("%n event(s) of unknown kind", nullptr, n);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void ExportDialog::updateNote()
{
    const ExportFormat f = format();
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(int(rangeKind()))
                            .arg(int(f))
                            .arg(m_countValues.value(int(rangeKind())))
                            .arg(m_range->text());
    if (key == m_noteKey)
        return;
    m_noteKey = key;
    QString note;
    switch (f) {
    case ExportFormat::Pcapng:
    case ExportFormat::Pcap: {
        // Decided from the index alone, as PacketExporter decides (kind and length).
        QMap<int, qint64> byKind;
        qint64 other = 0;
        for (int eventIndex : chosenEvents()) {
            const EventIndexEntry &e = m_context.store->eventAt(eventIndex);
            if (!isTcpData(e)) {
                ++byKind[e.kind];
                ++other;
            }
        }
        const int n = int(qMin<qint64>(other, INT_MAX));
        if (f == ExportFormat::Pcap)
            note = other > 0 ? tr("%n event(s) will be left out (%1): they are not TCP data and "
                                  "a pcap file has no place for them (pcapng keeps them as "
                                  "comment-only records). pcap also loses the process comments.",
                                  nullptr, n)
                                   .arg(leftOutWords(byKind))
                             : tr("Every chosen event is TCP data. pcap has no comments: the "
                                  "process of each packet is lost (pcapng keeps it).");
        else
            note = other > 0 ? tr("%n event(s) that are not TCP data (%1) are written as "
                                  "comment-only records; every packet's comment names its "
                                  "process.",
                                  nullptr, n)
                                   .arg(leftOutWords(byKind))
                             : tr("Every packet's comment names its process (pid, name, fd), "
                                  "so Wireshark can filter on frame.comment.");
        break;
    }
    case ExportFormat::Har:
        note = tr("Only HTTP exchanges are written: each request with its response; events that "
                  "are not HTTP are left out.");
        break;
    case ExportFormat::Csv:
    case ExportFormat::Json: {
        QStringList titles;
        for (const EventTableExport::Column &c : shownColumns())
            titles << c.title;
        note = tr("One row per event, the columns as shown: %1.")
                   .arg(titles.join(QStringLiteral(", ")));
        break;
    }
    case ExportFormat::Ecvcap:
        note = tr("The events' frames and eCapture's run log are copied into a new capture file "
                  "that the viewer and ecapture-dump open.");
        break;
    }
    m_note->setText(note);
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    const QString ext = ExportFormats::extension(f);
    const QString filter = tr("%1 files (*.%2)").arg(ExportFormats::name(f), ext);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Specified Events"), fileName(), filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::fail(const QString &text)
{
    m_outcome = text;
    m_status->setText(text);
}

bool ExportDialog::startExport()
{
    if (m_runner->isRunning())
        return false;
    const QString path = fileName();
    QString error;
    if (path.isEmpty() || path == QLatin1String("-")) {
        fail(tr("Choose a file to export to."));
        return false;
    }
    if (!ExportJob::checkTarget(path, &error)) {
        fail(tr("Cannot export to %1: it is not a regular file.").arg(path));
        return false;
    }
    if (rangeKind() == Kind::Numbers) {
        QVector<ExportRange::Interval> intervals;
        if (!ExportRange::parse(m_range->text(), &intervals, &error)) {
            fail(error);
            return false;
        }
    }
    const QVector<int> events = chosenEvents();
    if (events.isEmpty()) {
        fail(tr("There are no events in the chosen range."));
        return false;
    }
    ExportJob::Request request = ExportJob::forStore(*m_context.store, format(), path, events,
                                                     rangeKind() == Kind::AllCaptured);
    if (format() == ExportFormat::Csv || format() == ExportFormat::Json)
        request.columns = shownColumns();
    m_running = format();
    m_runningPath = path;
    m_status->clear();
    auto result = std::make_shared<ExportJob::Result>();
    m_pending = result;
    m_runner->start(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                    [request = std::move(request), result](const ExportProgress &progress) {
                        *result = ExportJob::run(request, progress);
                    });
    QSettings().setValue(SettingsDir, QFileInfo(path).absolutePath());
    refresh();
    return true;
}

void ExportDialog::onFinished()
{
    m_result = m_pending ? *m_pending : ExportJob::Result();
    m_pending.reset();
    const QString name = QFileInfo(m_runningPath).fileName();
    if (m_result.cancelled || (!m_result.ok && m_runner->wasCancelled())) {
        fail(tr("Export cancelled: %1 was not written.").arg(name));
    } else if (!m_result.ok) {
        fail(tr("Export failed, %1 was not written: %2").arg(name, m_result.error));
    } else {
        const int items = int(qMin<qint64>(m_result.items, INT_MAX));
        QString what;
        switch (m_running) {
        case ExportFormat::Pcapng:
        case ExportFormat::Pcap:
            what = tr("%n packet(s)", nullptr, items);
            if (m_result.counts.leftOutTotal() > 0)
                what += QStringLiteral("; ") +
                        tr("%n event(s) left out (not TCP data)", nullptr,
                           int(qMin<qint64>(m_result.counts.leftOutTotal(), INT_MAX)));
            break;
        case ExportFormat::Har:
            what = tr("%n HTTP exchange(s)", nullptr, m_result.harEntries);
            break;
        case ExportFormat::Csv:
        case ExportFormat::Json:
            what = tr("%n row(s)", nullptr, items);
            break;
        case ExportFormat::Ecvcap:
            what = tr("%n frame(s)", nullptr, items);
            break;
        }
        m_outcome = tr("Exported to %1: %2, %3 bytes.")
                        .arg(m_runningPath, what, QLocale().toString(m_result.bytes));
        m_status->clear();
        emit exported(m_outcome);
        accept();
    }
    refresh();
}

} // namespace ecv
