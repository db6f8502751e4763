// SPDX-License-Identifier: Apache-2.0
#include "ui/statistics_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/capture/capture_store.h"
#include "ui/io_graph_view.h"

namespace ecv {

namespace {

/** Sorts by the number in Qt::UserRole where a column has one, else by text. */
class StatisticsItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, Qt::UserRole);
        const QVariant b = other.data(c, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return text(c) < other.text(c);
    }
};

QTreeWidget *newTable(const QStringList &headers)
{
    auto *t = new QTreeWidget;
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSortingEnabled(true);
    t->setAlternatingRowColors(true);
    t->setContextMenuPolicy(Qt::CustomContextMenu);
    t->header()->setSectionResizeMode(QHeaderView::Interactive);
    return t;
}

/** A cell: the text shown, the number it sorts by (none for text cells). */
void setCell(QTreeWidgetItem *item, int column, const QString &text, const QVariant &number = {})
{
    item->setText(column, text);
    if (number.isValid()) {
        item->setData(column, Qt::UserRole, number);
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void setCount(QTreeWidgetItem *item, int column, quint64 n)
{
    setCell(item, column, QLocale().toString(n), double(n));
}

void setMs(QTreeWidgetItem *item, int column, qint64 ns)
{
    if (ns < 0)
        setCell(item, column, QStringLiteral("–"), -1.0);
    else
        setCell(item, column, QString::number(double(ns) / 1e6, 'f', 2), double(ns));
}

/** A display-filter string literal for @p text (quotes and backslashes escaped). */
QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

constexpr int FilterRole = Qt::UserRole + 1;

} // namespace

StatisticsDialog::StatisticsDialog(CaptureStore *store, const HttpAnalysis *http, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_http(http)
{
    setWindowTitle(tr("Statistics"));
    resize(960, 600);
    m_tabs = new QTabWidget;

    // I/O Graph
    auto *graphPage = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPage);
    auto *controls = new QHBoxLayout;
    m_measure = new QComboBox;
    m_measure->addItem(tr("Events"));
    m_measure->addItem(tr("Bytes"));
    m_group = new QComboBox;
    m_group->addItem(tr("All events"), int(CaptureStatistics::Group::None));
    m_group->addItem(tr("By process"), int(CaptureStatistics::Group::Process));
    m_group->addItem(tr("By host"), int(CaptureStatistics::Group::Host));
    m_group->addItem(tr("By peer address"), int(CaptureStatistics::Group::Address));
    controls->addWidget(new QLabel(tr("Y axis:")));
    controls->addWidget(m_measure);
    controls->addWidget(new QLabel(tr("Series:")));
    controls->addWidget(m_group);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("Drag to zoom, right-click to zoom out, click to go to the "
                                      "events of that time")));
    graphLayout->addLayout(controls);
    m_graph = new IoGraphView;
    graphLayout->addWidget(m_graph, 1);
    m_tabs->addTab(graphPage, tr("I/O Graph"));
    connect(m_measure, &QComboBox::currentIndexChanged, this, &StatisticsDialog::showGraph);
    connect(m_group, &QComboBox::currentIndexChanged, this, &StatisticsDialog::refresh);
    connect(m_graph, &IoGraphView::timeClicked, this, &StatisticsDialog::timeRequested);

    m_conversations =
        newTable({tr("Conversation"), tr("Address A"), tr("Address B"), tr("Protocol"),
                  tr("Events A→B"), tr("Bytes A→B"), tr("Events B→A"), tr("Bytes B→A"), tr("Bytes"),
                  tr("Rel. start (s)"), tr("Duration (s)")});
    m_tabs->addTab(m_conversations, tr("Conversations"));
    m_endpoints = newTable({tr("Address"), tr("Events"), tr("Bytes"), tr("Tx events"),
                            tr("Tx bytes"), tr("Rx events"), tr("Rx bytes")});
    m_tabs->addTab(m_endpoints, tr("Endpoints"));
    m_processes =
        newTable({tr("PID"), tr("Process"), tr("Events"), tr("Bytes sent"), tr("Bytes received"),
                  tr("Conversations"), tr("First (s)"), tr("Last (s)")});
    m_tabs->addTab(m_processes, tr("Processes"));

    auto *httpPage = new QWidget;
    auto *httpLayout = new QHBoxLayout(httpPage);
    m_httpHosts = newTable({tr("Host / path"), tr("Requests"), tr("Responses"), tr("2xx"),
                            tr("3xx"), tr("4xx"), tr("5xx"), tr("Min ms"), tr("p50 ms"),
                            tr("p90 ms"), tr("p99 ms"), tr("Max ms")});
    m_httpHosts->setRootIsDecorated(true);
    m_httpCodes = newTable({tr("Status code or method"), tr("Count")});
    httpLayout->addWidget(m_httpHosts, 3);
    httpLayout->addWidget(m_httpCodes, 1);
    m_tabs->addTab(httpPage, tr("HTTP"));

    const std::pair<Page, QTreeWidget *> tables[] = {{Page::Conversations, m_conversations},
                                                     {Page::Endpoints, m_endpoints},
                                                     {Page::Processes, m_processes},
                                                     {Page::Http, m_httpHosts},
                                                     {Page::Http, m_httpCodes}};
    for (const auto &[page, table] : tables) {
        connect(table, &QTreeWidget::itemDoubleClicked, this,
                [this, page = page](QTreeWidgetItem *item) {
                    const QString f = filterFor(page, item);
                    if (!f.isEmpty())
                        emit filterRequested(f, true);
                });
        connect(
            table, &QWidget::customContextMenuRequested, this,
            [this, page = page, table = table](const QPoint &pos) { tableMenu(page, table, pos); });
    }

    m_live = new QCheckBox(tr("Live: update while the capture grows"));
    m_live->setChecked(true);
    m_state = new QLabel;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &StatisticsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_live);
    bottom->addWidget(m_state, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(&m_watcher, &QFutureWatcher<CaptureStatistics>::finished, this,
            &StatisticsDialog::onFinished);
    m_liveTimer.setInterval(2000);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_live->isChecked() && m_store->eventCount() != m_countedEvents)
            refresh();
    });
    m_liveTimer.start();
    connect(m_store, &CaptureStore::cleared, this, &StatisticsDialog::refresh);
}

StatisticsDialog::~StatisticsDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void StatisticsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QTreeWidget *StatisticsDialog::table(Page page) const
{
    switch (page) {
    case Page::Conversations:
        return m_conversations;
    case Page::Endpoints:
        return m_endpoints;
    case Page::Processes:
        return m_processes;
    case Page::Http:
        return m_httpHosts;
    case Page::IoGraph:
        break;
    }
    return nullptr;
}

void StatisticsDialog::refresh()
{
    if (m_watcher.isRunning()) {
        // One computation at a time: stop this one and start over when it has stopped.
        m_again = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    m_again = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    CaptureStatistics::Request request;
    request.capture = m_store->readHandle();
    request.conversationEndpoints = CaptureStatistics::endpointsOf(*m_store);
    request.http = m_http;
    request.group = CaptureStatistics::Group(m_group->currentData().toInt());
    request.cancel = m_cancel.get();
    m_countedEvents = request.capture.eventCount();
    m_state->setText(tr("Computing statistics of %n event(s)…", nullptr, m_countedEvents));
    // The request owns its handle; the flag lives as long as the lambda's copy of it.
    m_watcher.setFuture(QtConcurrent::run(
        [request, cancel = m_cancel] { return CaptureStatistics::collect(request); }));
}

void StatisticsDialog::onFinished()
{
    const CaptureStatistics result = m_watcher.result();
    if (m_again) {
        refresh();
        return;
    }
    if (result.cancelled)
        return;
    m_shown = result;
    m_state->setText(tr("%n event(s)", nullptr, m_shown.events));
    showGraph();
    showTables();
}

void StatisticsDialog::showGraph()
{
    m_graph->setGraph(m_shown.io, m_measure->currentIndex() == 0 ? IoGraphView::Measure::Events
                                                                 : IoGraphView::Measure::Bytes);
}

void StatisticsDialog::showTables()
{
    const double start = double(m_shown.captureStartNs);
    const auto seconds = [start](qint64 ns) { return (double(ns) - start) / 1e9; };
    const auto fill = [](QTreeWidget *t, auto &&rows) {
        t->setSortingEnabled(false);
        t->clear();
        t->addTopLevelItems(rows);
        t->setSortingEnabled(true);
        for (int c = 0; c < t->columnCount(); ++c)
            t->resizeColumnToContents(c);
    };

    QList<QTreeWidgetItem *> rows;
    for (const ConversationListing::Row &r : m_shown.conversations) {
        auto *item = new StatisticsItem;
        setCell(item, 0, QString::number(r.id), double(r.id));
        setCell(item, 1, r.addressA);
        setCell(item, 2, r.addressB);
        setCell(item, 3, r.protocol);
        setCount(item, 4, r.framesAtoB);
        setCount(item, 5, r.bytesAtoB);
        setCount(item, 6, r.framesBtoA);
        setCount(item, 7, r.bytesBtoA);
        setCount(item, 8, r.bytesAtoB + r.bytesBtoA);
        setCell(item, 9, QString::number(seconds(r.firstNs), 'f', 6), seconds(r.firstNs));
        const double duration = double(r.lastNs - r.firstNs) / 1e9;
        setCell(item, 10, QString::number(duration, 'f', 6), duration);
        item->setData(0, FilterRole, QStringLiteral("event.conversation == %1").arg(r.id));
        rows.append(item);
    }
    fill(m_conversations, rows);

    rows.clear();
    for (const TrafficStatistics::EndpointRow &r : m_shown.traffic.endpoints()) {
        auto *item = new StatisticsItem;
        setCell(item, 0, r.address);
        setCount(item, 1, r.events());
        setCount(item, 2, r.bytes());
        setCount(item, 3, r.txEvents);
        setCount(item, 4, r.txBytes);
        setCount(item, 5, r.rxEvents);
        setCount(item, 6, r.rxBytes);
        item->setData(0, FilterRole, QStringLiteral("ip.addr == %1").arg(r.address));
        rows.append(item);
    }
    fill(m_endpoints, rows);

    rows.clear();
    for (const TrafficStatistics::ProcessRow &r : m_shown.traffic.processes()) {
        auto *item = new StatisticsItem;
        setCell(item, 0, r.pid < 0 ? QString() : QString::number(r.pid), double(r.pid));
        setCell(item, 1, r.name);
        setCount(item, 2, r.events);
        setCount(item, 3, r.bytesSent);
        setCount(item, 4, r.bytesReceived);
        setCount(item, 5, quint64(r.conversations));
        setCell(item, 6, QString::number(seconds(r.firstNs), 'f', 6), seconds(r.firstNs));
        setCell(item, 7, QString::number(seconds(r.lastNs), 'f', 6), seconds(r.lastNs));
        item->setData(0, FilterRole,
                      r.pid >= 0 ? QStringLiteral("process.pid == %1 && process.name == %2")
                                       .arg(r.pid)
                                       .arg(quoted(r.name))
                                 : QStringLiteral("process.name == %1").arg(quoted(r.name)));
        rows.append(item);
    }
    fill(m_processes, rows);

    const auto httpRow = [](const HttpStatistics::Row &r, const QString &name,
                            const QString &filter) {
        auto *item = new StatisticsItem;
        setCell(item, 0, name);
        setCount(item, 1, r.requests);
        setCount(item, 2, r.responses);
        for (int k = 2; k <= 5; ++k)
            setCount(item, k + 1, r.byClass[k]);
        setMs(item, 7, r.latencyMinNs);
        setMs(item, 8, r.latencyP50Ns);
        setMs(item, 9, r.latencyP90Ns);
        setMs(item, 10, r.latencyP99Ns);
        setMs(item, 11, r.latencyMaxNs);
        item->setData(0, FilterRole, filter);
        return item;
    };
    rows.clear();
    QHash<QString, QTreeWidgetItem *> hostItems;
    for (const HttpStatistics::Row &r : m_shown.http.byHost()) {
        const QString hostFilter = QStringLiteral("http.host == %1").arg(quoted(r.host));
        QTreeWidgetItem *item = httpRow(
            r, r.host.isEmpty() ? tr("(no host)") : r.host,
            r.host.isEmpty() ? QStringLiteral("http.request.method && !http.host") : hostFilter);
        hostItems.insert(r.host, item);
        rows.append(item);
    }
    for (const HttpStatistics::Row &r : m_shown.http.byPath()) {
        QTreeWidgetItem *parent = hostItems.value(r.host);
        if (!parent)
            continue;
        // The path without its query: the request's URI is the path, or the path and a query.
        const QString uri = QStringLiteral("http.request.uri matches %1")
                                .arg(quoted(QLatin1Char('^') + QRegularExpression::escape(r.path) +
                                            QStringLiteral("(\\?|$)")));
        parent->addChild(httpRow(
            r, r.path, parent->data(0, FilterRole).toString() + QStringLiteral(" && ") + uri));
    }
    fill(m_httpHosts, rows);
    m_httpHosts->expandAll();

    rows.clear();
    for (auto it = m_shown.http.statusCodes().cbegin(); it != m_shown.http.statusCodes().cend();
         ++it) {
        auto *item = new StatisticsItem;
        setCell(item, 0, QString::number(it.key()));
        setCount(item, 1, it.value());
        item->setData(0, FilterRole, QStringLiteral("http.response.code == %1").arg(it.key()));
        rows.append(item);
    }
    for (auto it = m_shown.http.methods().cbegin(); it != m_shown.http.methods().cend(); ++it) {
        auto *item = new StatisticsItem;
        setCell(item, 0, it.key());
        setCount(item, 1, it.value());
        item->setData(0, FilterRole,
                      QStringLiteral("http.request.method == %1").arg(quoted(it.key())));
        rows.append(item);
    }
    fill(m_httpCodes, rows);
}

QString StatisticsDialog::filterFor(Page, const QTreeWidgetItem *item)
{
    return item ? item->data(0, FilterRole).toString() : QString();
}

void StatisticsDialog::tableMenu(Page page, QTreeWidget *table, const QPoint &pos)
{
    const QString filter = filterFor(page, table->itemAt(pos));
    if (filter.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Apply as Filter"), this,
                   [this, filter] { emit filterRequested(filter, true); });
    menu.addAction(tr("Prepare as Filter"), this,
                   [this, filter] { emit filterRequested(filter, false); });
    menu.exec(table->viewport()->mapToGlobal(pos));
}

} // namespace ecv
