// SPDX-License-Identifier: Apache-2.0
#include "ui/http_objects_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/capture/capture_store.h"
#include "ui/export_runner.h"

namespace ecv {

namespace {

enum Column
{
    Packet,
    Hostname,
    ContentType,
    Size,
    Filename,
    ColumnCount
};

const QString SettingsDir = QStringLiteral("export/objectsDirectory");

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

} // namespace

HttpObjectsDialog::HttpObjectsDialog(CaptureStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_runner(new ExportRunner(this, this))
{
    setObjectName(QStringLiteral("httpObjectsDialog"));
    setWindowTitle(tr("Export HTTP Objects"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Packet"), tr("Hostname"), tr("Content Type"), tr("Size"), tr("Filename")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Text filter:"), this));
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Content type:"), this));
    m_types = new QComboBox(this);
    m_types->addItem(tr("All Content-Types"), QString());
    filters->addWidget(m_types);
    layout->addLayout(filters);
    connect(m_filter, &QLineEdit::textChanged, this, &HttpObjectsDialog::applyFilter);
    connect(m_types, &QComboBox::currentIndexChanged, this, &HttpObjectsDialog::applyFilter);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_saveAll = buttons->addButton(tr("Save &All…"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(false);
    m_saveAll->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveAll, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_save->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    layout->addWidget(buttons);
    connect(m_runner, &ExportRunner::finished, this, [this] {
        if (m_listing) {
            m_objects = *m_listing;
            m_listing.reset();
            fill();
            emit listed();
        } else if (m_saving) {
            const HttpObjectExport::Result r = *m_saving;
            m_saving.reset();
            if (r.cancelled)
                m_status->setText(
                    tr("Cancelled: %n file(s) were saved before.", nullptr, int(r.written.size())));
            else if (!r.ok || r.failed > 0)
                m_status->setText(tr("%n file(s) saved; %1 could not be written: %2", nullptr,
                                     int(r.written.size()))
                                      .arg(r.failed)
                                      .arg(r.error));
            else
                m_status->setText(tr("%n file(s) saved.", nullptr, int(r.written.size())));
            emit saved();
        }
    });
}

HttpObjectsDialog::~HttpObjectsDialog() = default;

void HttpObjectsDialog::startListing()
{
    const CaptureReadHandle capture = m_store->readHandle();
    const QVector<ExportEventRef> refs = ExportEventRef::allOf(*m_store);
    m_listing = std::make_shared<QVector<HttpObjectExport::Object>>();
    m_status->setText(tr("Looking for HTTP bodies in %n event(s)…", nullptr, int(refs.size())));
    m_runner->start(tr("Looking for HTTP bodies…"),
                    [capture, refs, out = m_listing](const ExportProgress &progress) {
                        *out = HttpObjectExport::list(capture, refs, progress);
                    });
}

void HttpObjectsDialog::fill()
{
    m_table->setRowCount(int(m_objects.size()));
    QStringList types;
    const QLocale locale;
    for (int row = 0; row < m_objects.size(); ++row) {
        const HttpObjectExport::Object &o = m_objects.at(row);
        auto *packet = item(QString::number(o.frameNumber));
        packet->setData(Qt::UserRole, row);
        m_table->setItem(row, Packet, packet);
        m_table->setItem(row, Hostname, item(o.host));
        m_table->setItem(row, ContentType, item(o.contentType));
        auto *size = item(locale.formattedDataSize(o.size, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Size, size);
        m_table->setItem(row, Filename, item(o.fileName));
        const QString type = o.contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        if (!type.isEmpty() && !types.contains(type))
            types << type;
    }
    types.sort();
    for (const QString &t : types)
        m_types->addItem(t, t);
    m_table->resizeColumnsToContents();
    m_saveAll->setEnabled(!m_objects.isEmpty());
    m_status->setText(m_objects.isEmpty() ? tr("No HTTP bodies in this capture.")
                                          : tr("%n HTTP body(s).", nullptr, int(m_objects.size())));
}

void HttpObjectsDialog::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void HttpObjectsDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const QString type = m_types->currentData().toString();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const HttpObjectExport::Object &o = m_objects.at(row);
        bool show = type.isEmpty() || o.contentType.startsWith(type, Qt::CaseInsensitive);
        if (show && !text.isEmpty())
            show = o.host.contains(text, Qt::CaseInsensitive) ||
                   o.fileName.contains(text, Qt::CaseInsensitive) ||
                   o.url.contains(text, Qt::CaseInsensitive) ||
                   o.contentType.contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !show);
    }
}

QList<int> HttpObjectsDialog::shownRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->isRowHidden(row))
            rows << row;
    }
    return rows;
}

void HttpObjectsDialog::save(bool all)
{
    QList<int> rows;
    if (!all) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    }
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Save HTTP Objects Into"), QSettings().value(SettingsDir).toString());
    if (dir.isEmpty())
        return;
    QSettings().setValue(SettingsDir, dir);
    saveRows(rows, dir);
}

bool HttpObjectsDialog::saveRows(const QList<int> &rows, const QString &directory)
{
    if (m_runner->isRunning())
        return false;
    QVector<HttpObjectExport::Object> chosen;
    for (int row : rows.isEmpty() ? shownRows() : rows) {
        if (row >= 0 && row < m_objects.size())
            chosen.append(m_objects.at(row));
    }
    if (chosen.isEmpty())
        return false;
    m_saving = std::make_shared<HttpObjectExport::Result>();
    const CaptureReadHandle capture = m_store->readHandle();
    return m_runner->start(
        tr("Saving %n HTTP object(s)…", nullptr, int(chosen.size())),
        [capture, chosen, directory, out = m_saving](const ExportProgress &progress) {
            *out = HttpObjectExport::save(capture, chosen, directory, progress);
        });
}

QString HttpObjectsDialog::outcomeText() const
{
    return m_status->text();
}

} // namespace ecv
