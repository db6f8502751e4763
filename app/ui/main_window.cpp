// SPDX-License-Identifier: Apache-2.0
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/fields/event_columns.h"
#include "core/http/http_analysis.h"
#include "net/demo_source.h"
#include "ui/connection_bar.h"
#include "ui/detail_pane.h"
#include "ui/display_filter_bar.h"
#include "ui/event_find.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/export_actions.h"
#include "ui/find_bar.h"
#include "ui/heartbeat_monitor.h"
#include "ui/ingest_pump.h"
#include "ui/log_dock.h"
#include "ui/log_model.h"
#include "ui/roles_note.h"
#include "ui/rows_job_indicator.h"
#include "ui/status_panel.h"

namespace ecv {

namespace {
qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new EventListModel(&m_store, this);
    m_logModel = new LogModel(this);
    m_heartbeat = new HeartbeatMonitor(this);
    m_pump = new IngestPump(&m_store, this);
    m_http = new HttpAnalysis(&m_store, HttpAnalysis::Mode::Background, this);
    m_model->setHttpAnalysis(m_http);
    m_finder = new EventFinder(m_model, this);
    connect(m_finder, &EventFinder::finished, this, &MainWindow::onFound);
    createWidgets();
    createActions();

    connect(&m_source, &WebSocketSource::frameReceived, m_pump, &IngestPump::enqueue);
    connect(&m_source, &WebSocketSource::stateChanged, this, &MainWindow::onSourceState);
    connect(&m_store, &CaptureStore::runLogsAppended, this, &MainWindow::syncLogs);
    connect(&m_store, &CaptureStore::heartbeatReceived, this, &MainWindow::onHeartbeat);
    connect(&m_store, &CaptureStore::undecodableFrame, this, &MainWindow::onUndecodable);
    connect(&m_store, &CaptureStore::cleared, this, &MainWindow::onStoreCleared);
    connect(m_model, &EventListModel::rowsAppended, this, &MainWindow::onEventsAppended);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onEventsAppended);
    connect(m_heartbeat, &HeartbeatMonitor::changed, this,
            [this] { m_status->setHeartbeat(m_heartbeat->statusText(), m_heartbeat->isLate()); });
    connect(m_heartbeat, &HeartbeatMonitor::lateChanged, this, [this](bool late) {
        if (late)
            m_logModel->addViewerMessage(LogModel::Severity::Warn,
                                         tr("No heartbeat for two intervals (%1 s): the server "
                                            "or the network may be stuck.")
                                             .arg(2 * m_heartbeat->intervalMs() / 1000.0));
    });
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    loadSettings();
    updateStatus();
    updateHint();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Disconnect first: the source must not deliver into a half-destroyed window.
    disconnect(&m_source, nullptr, this, nullptr);
    disconnect(&m_store, nullptr, this, nullptr);
    stopSources();
    delete m_statistics; // waits for its job, which uses m_http
    // The analyzer's workers read m_store, which is destroyed before the child objects:
    // let them finish first (a window destroyed without closeEvent, e.g. in tests).
    m_http->waitForDone();
}

void MainWindow::createWidgets()
{
    m_bar = new ConnectionBar(this);
    auto *connectionToolBar = new QToolBar(tr("Connection"), this);
    connectionToolBar->setObjectName(QStringLiteral("connectionToolBar"));
    connectionToolBar->setMovable(false);
    connectionToolBar->addWidget(m_bar);
    addToolBar(Qt::TopToolBarArea, connectionToolBar);
    connect(m_bar, &ConnectionBar::connectRequested, this, &MainWindow::connectTo);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, &MainWindow::disconnectSource);
    connect(m_bar, &ConnectionBar::demoRequested, this, &MainWindow::startDemo);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    layout->addWidget(createFilterBar(central)); // main_window_filter.cpp

    m_findBar = new FindBar(central);
    m_findBar->hide();
    connect(m_findBar, &FindBar::findRequested, this, &MainWindow::findNext);
    layout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_view = new EventListView(m_splitter);
    m_view->setEventModel(m_model);
    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_view, &EventListView::currentEventChanged, this, &MainWindow::onCurrentEvent);
    connect(m_detail, &DetailPane::frameLinkActivated, this, &MainWindow::selectFrame);
    connect(m_detail, &DetailPane::conversationFilterRequested, this, [this](quint32 id) {
        m_filterBar->setFilterText(QStringLiteral("event.conversation == %1").arg(id), true);
    });
    connect(m_http, &HttpAnalysis::conversationReady, this, [this](quint32 id) {
        const int current = m_model->eventIndexAt(m_view->currentIndex().row());
        if (current >= 0 && current < m_store.eventCount() &&
            m_store.eventAt(current).conversationId == id)
            showHttp(current);
    });

    m_hint = new QLabel(m_view->viewport());
    m_hint->setObjectName(QStringLiteral("startHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 24px;"));
    m_hint->setText(tr("Enter the address of eCapture's --ecaptureq server above and press "
                       "Connect,\nopen a saved capture or frame log (Ctrl+O), or press Demo to "
                       "see a recorded stream."));
    m_hint->resize(600, 120);

    m_logDock = new LogDock(m_logModel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_status = new StatusPanel(statusBar());
    statusBar()->addPermanentWidget(new RowsJobIndicator(m_model, statusBar()));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_saveAs = file->addAction(tr("&Save As…"), this, &MainWindow::saveAsDialog);
    m_saveAs->setShortcuts({QKeySequence::Save, QKeySequence::SaveAs});
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closeCapture);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Rows"), m_view, &EventListView::copySelectedRows);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *filter = edit->addAction(tr("Display &Filter"), this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    new ExportActions(this, file, edit); // export dialogs and marking (export_actions.cpp)
    addPreferencesAction(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *live = view->addAction(tr("Go to &Live"), m_view, &EventListView::goToLive);
    live->setShortcut(QKeySequence(Qt::Key_End));
    live->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(live);
    m_relativeTime = view->addAction(tr("&Time as Seconds Since First Event"));
    m_relativeTime->setCheckable(true);
    connect(m_relativeTime, &QAction::toggled, this, [this](bool on) {
        m_model->setTimeFormat(on ? EventListModel::TimeFormat::Relative
                                  : EventListModel::TimeFormat::Absolute);
    });
    view->addSeparator();
    addFilterActions(view); // main_window_filter.cpp: colouring rules
    view->addSeparator();
    view->addAction(m_logDock->toggleViewAction());

    QMenu *capture = menuBar()->addMenu(tr("&Capture"));
    QAction *focusUrl = capture->addAction(tr("&Server Address"), m_bar, &ConnectionBar::focusUrl);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    capture->addAction(tr("&Connect"), this, [this] { connectTo(m_bar->urlText()); });
    capture->addAction(tr("&Disconnect"), this, &MainWindow::disconnectSource);
    capture->addAction(tr("Start &Demo"), this, &MainWindow::startDemo);

    createStatisticsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::connectTo(const QString &urlText)
{
    QString error;
    const QUrl url = WebSocketSource::normalizeUrl(urlText, &error);
    if (!url.isValid()) {
        m_bar->setState(WebSocketSource::State::Failed, error);
        m_logModel->addViewerMessage(LogModel::Severity::Error,
                                     tr("Not a server address: %1 (%2)").arg(urlText, error));
        return false;
    }
    if (!newLiveCapture(url.toString()))
        return false;
    m_sourceLabel = url.toString();
    m_bar->addToHistory(url.toString());
    QSettings().setValue(QStringLiteral("connection/recentUrls"), m_bar->history());
    m_source.open(url);
    updateTitle();
    return true;
}

bool MainWindow::startDemo()
{
    if (!newLiveCapture(tr("built-in demo")))
        return false;
    m_demo = new DemoSource(this);
    QString error;
    if (!m_demo->start(&m_source, &error)) {
        showError(tr("Demo"), tr("The demo could not start: %1").arg(error));
        delete m_demo;
        return false;
    }
    m_demoRunning = true;
    m_sourceLabel = tr("Demo (%1)").arg(m_demo->url().toString());
    m_bar->setUrlText(m_demo->url().toString()); // shown, not added to the history
    updateTitle();
    return true;
}

void MainWindow::disconnectSource()
{
    stopSources();
    updateStatus();
    updateHint();
}

void MainWindow::stopSources()
{
    m_source.close();
    m_pump->drain(); // frames already received belong to the capture
    if (m_demo) {
        m_demo->stop();
        m_demo->deleteLater();
    }
    m_demoRunning = false;
}

bool MainWindow::newLiveCapture(const QString &description)
{
    if (!maybeDiscard())
        return false;
    stopSources();
    m_http->waitForDone();
    m_store.close();
    m_openedFrom.clear();
    QString error;
    if (!m_store.createTemporary(description, &error)) {
        showError(tr("New Capture"), tr("Could not create a capture file: %1").arg(error));
        return false;
    }
    m_heartbeat->reset();
    updateStatus();
    updateHint();
    return true;
}

void MainWindow::onSourceState(WebSocketSource::State state, const QString &detail)
{
    using S = WebSocketSource::State;
    m_bar->setState(state, detail, m_source.reconnectDelayMs());
    m_heartbeat->setLive(state == S::Connected);
    QString colour;
    switch (state) {
    case S::Connected:
        colour = QStringLiteral("#1a7f37");
        if (m_source.connectionNumber() > 0)
            m_logModel->beginReconnect();
        note(tr("Connected to %1").arg(m_source.url().toString()));
        break;
    case S::Reconnecting:
        colour = QStringLiteral("#b36b00");
        // The source's detail already says "reason; reconnecting in 0.5 s".
        note(detail.isEmpty() ? tr("Connection lost (%1); reconnecting in %2 s")
                                    .arg(m_source.lastError())
                                    .arg((m_source.reconnectDelayMs() + 999) / 1000)
                              : tr("Connection lost: %1").arg(detail),
             true);
        break;
    case S::Failed:
        colour = QStringLiteral("#c01c28");
        note(tr("Connection failed: %1").arg(detail.isEmpty() ? m_source.lastError() : detail),
             true);
        break;
    case S::ClosedByUser:
        note(tr("Disconnected from %1").arg(m_source.url().toString()));
        break;
    case S::Connecting:
        colour = QStringLiteral("#b36b00");
        break;
    case S::Idle:
        break;
    }
    QString where = m_demoRunning ? m_sourceLabel : m_source.url().toString();
    m_status->setConnection(where.isEmpty() ? m_bar->stateText()
                                            : tr("%1 — %2").arg(m_bar->stateText(), where),
                            colour);
    updateHint();
}

void MainWindow::note(const QString &text, bool problem)
{
    // Problems are shown in colour but not recorded (the store's notes are info lines).
    if (problem)
        m_logModel->addViewerMessage(LogModel::Severity::Warn, text);
    else if (m_store.filePath().isEmpty())
        m_logModel->addViewerMessage(LogModel::Severity::Info, text);
    else
        m_store.appendNote(nowNs(), text); // recorded in the capture; shown through syncLogs()
}

void MainWindow::onEventsAppended()
{
    updateHint();
    // Counts only; the rest of the status bar ticks once a second.
    m_status->setCounts(m_store.eventCount(), m_model->rowCount(),
                        int(m_store.undecodable().size()));
}

void MainWindow::syncLogs()
{
    const auto &logs = m_store.runLogs();
    if (m_logsSeen < logs.size()) {
        m_logModel->addRunLogs(logs.mid(m_logsSeen));
        m_logsSeen = int(logs.size());
    }
    const QString version = m_store.ecaptureVersion();
    if (version != m_lastVersion) {
        m_lastVersion = version;
        m_status->setEcaptureVersion(version);
        m_heartbeat->setEcaptureVersion(version);
    }
}

void MainWindow::onHeartbeat(const HeartbeatRecord &record)
{
    // Cached startup lines precede the connection's first heartbeat (#0): take them in
    // first, then stop dropping repeats.
    syncLogs();
    if (record.count == 0)
        m_logModel->endReconnect();
    m_logModel->addHeartbeat(record);
    m_heartbeat->heartbeat(record);
}

void MainWindow::onUndecodable(const UndecodableRecord &record)
{
    m_logModel->addViewerMessage(LogModel::Severity::Warn,
                                 tr("Frame %1 could not be decoded: %2 (kept in the capture)")
                                     .arg(record.frameNumber)
                                     .arg(record.reason),
                                 record.frameNumber);
}

void MainWindow::onStoreCleared()
{
    m_logsSeen = 0;
    m_logModel->clear();
    m_detail->clear();
    m_heartbeat->reset();
    m_lastVersion.clear();
    m_status->setEcaptureVersion(QString());
    updateStatus();
}

void MainWindow::onCurrentEvent(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= m_store.eventCount()) {
        m_detail->clear();
        return;
    }
    const int row = m_model->rowForEvent(eventIndex);
    m_detail->setEvent(m_store.event(eventIndex),
                       row >= 0 ? m_model->cellText(row, EventListModel::Protocol)
                                : EventColumns::indexProtocol(m_store.indexedEvent(eventIndex)),
                       row >= 0 ? m_model->cellText(row, EventListModel::Info) : QString());
    m_detail->setRolesNote(RolesNote::forEvent(m_store, eventIndex));
    showHttp(eventIndex);
}

void MainWindow::showHttp(int eventIndex)
{
    const quint32 id = m_store.eventAt(eventIndex).conversationId;
    const HttpAnalysisCache::EntryPtr entry = m_http->entry(id);
    if (!entry) {
        if (id != 0)
            m_detail->setHttpPending();
        return;
    }
    const ConversationInfo &c = m_store.conversation(id);
    const QString title = tr("Conversation %1: %2 (%3)").arg(id).arg(c.key, c.processName);
    m_detail->setHttp(entry, eventIndex, title);
}

void MainWindow::selectFrame(quint32 frameNumber)
{
    // Frame numbers grow with the event index: binary search the index.
    int lo = 0;
    int hi = m_store.eventCount() - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const quint32 f = m_store.eventAt(mid).frameNumber;
        if (f == frameNumber) {
            const int row = m_model->rowForEvent(mid);
            if (row >= 0) {
                m_view->setCurrentIndex(m_model->index(row, 0));
                m_view->scrollTo(m_model->index(row, 0));
            }
            return;
        }
        if (f < frameNumber)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
}

void MainWindow::updateStatus()
{
    m_status->setCounts(m_store.eventCount(), m_model->rowCount(),
                        int(m_store.undecodable().size()));
    m_status->setCaptureFile(m_openedFrom.isEmpty() ? m_store.filePath() : m_openedFrom,
                             m_store.fileSize(), m_store.isTemporary() && m_openedFrom.isEmpty());
    m_status->setHeartbeat(m_heartbeat->statusText(), m_heartbeat->isLate());
    if (m_source.state() == WebSocketSource::State::Idle ||
        m_source.state() == WebSocketSource::State::ClosedByUser) {
        m_status->setConnection(m_openedFrom.isEmpty() ? m_bar->stateText()
                                                       : tr("file: %1").arg(m_openedFrom),
                                QString());
    }
    m_saveAs->setEnabled(!m_store.filePath().isEmpty());
    m_close->setEnabled(!m_store.filePath().isEmpty());
}

void MainWindow::updateHint()
{
    const auto s = m_source.state();
    const bool idle = s == WebSocketSource::State::Idle ||
                      s == WebSocketSource::State::ClosedByUser ||
                      s == WebSocketSource::State::Failed;
    const bool show = m_model->rowCount() == 0 && m_store.eventCount() == 0 && idle;
    if (show) {
        m_hint->resize(m_view->viewport()->size());
        m_hint->show();
    } else {
        m_hint->hide();
    }
}

void MainWindow::updateTitle()
{
    const QString what = m_openedFrom.isEmpty() ? m_sourceLabel : m_openedFrom;
    setWindowTitle(what.isEmpty() ? tr("eCapture Viewer") : tr("%1 — eCapture Viewer").arg(what));
}

void MainWindow::selectRow(int row, int tab)
{
    const int rows = m_model->rowCount();
    if (row < 0)
        row += rows;
    if (row >= 0 && row < rows) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    if (tab >= 0 && tab < m_detail->tabs()->count())
        m_detail->tabs()->setCurrentIndex(tab);
}

qsizetype MainWindow::ingestBacklog() const
{
    return m_pump->pending();
}

void MainWindow::setHeartbeatInterval(int ms)
{
    m_heartbeat->setIntervalOverride(ms);
}

void MainWindow::setUrlText(const QString &text)
{
    m_bar->setUrlText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeDiscard()) {
        event->ignore();
        return;
    }
    saveSettings();
    stopSources();
    m_http->waitForDone();
    m_store.close();
    event->accept();
}

} // namespace ecv
