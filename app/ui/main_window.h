// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "core/capture/capture_store.h"
#include "net/websocket_source.h"
#include "ui/event_find.h"
#include "ui/preferences.h"
#include "ui/statistics_dialog.h"

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;

namespace ecv {

class ConnectionBar;
class DemoSource;
class DetailPane;
class DisplayFilter;
class DisplayFilterBar;
class HttpAnalysisCache;
class RowColorizer;
class EventListModel;
class EventFinder;
class EventListView;
class FindBar;
class HeartbeatMonitor;
class HttpAnalysis;
class IngestPump;
class LogDock;
class LogModel;
class StatusPanel;

/**
 * @brief The main window: connection bar, display filter, event list, detail pane, log dock
 * and status bar, over one CaptureStore fed by one WebSocketSource (a server URL or the demo)
 * or filled from a capture file. No decoding happens here: the store decodes and indexes,
 * the window only shows. GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** @brief Open a capture file or a .jsonl frame log. @return false (and says why) on error. */
    bool openCapture(const QString &path);
    /** @brief Start a new live capture from the server at @p urlText ("host:port" is fine). */
    bool connectTo(const QString &urlText);
    /** @brief Start a new live capture from the built-in demo stream. */
    bool startDemo();
    /** @brief Stop the live source (the capture stays open). */
    void disconnectSource();
    /** @brief Copy the capture file to @p path. */
    bool saveCaptureAs(const QString &path);
    /** @brief Close the capture (asks first when it is unsaved and interactive). */
    bool closeCapture();

    /** @brief Select list row @p row (negative: counted from the end) and detail tab @p tab. */
    void selectRow(int row, int tab);
    /** @brief false: never show dialogs (tests, scripted runs); unsaved data is discarded. */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /** @brief Fix the heartbeat interval in ms (0 = learn it); tests use a short one. */
    void setHeartbeatInterval(int ms);
    /** @brief View > Coloring Rules: edit, save and use the colouring rules. */
    void showColoringRules();
    /** @brief Put @p text in the URL field (start-up with no argument uses the last URL). */
    void setUrlText(const QString &text);

    CaptureStore *store() { return &m_store; }
    /** @brief Frames received but not stored yet (the ingest pump's queue). */
    qsizetype ingestBacklog() const;
    WebSocketSource *source() { return &m_source; }
    EventListModel *eventModel() const { return m_model; }
    EventListView *eventView() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    LogModel *logModel() const { return m_logModel; }
    LogDock *logDock() const { return m_logDock; }
    HeartbeatMonitor *heartbeatMonitor() const { return m_heartbeat; }
    StatusPanel *statusPanel() const { return m_status; }
    HttpAnalysis *httpAnalysis() const { return m_http; }
    ConnectionBar *connectionBar() const { return m_bar; }
    QLineEdit *displayFilterEdit() const { return m_filterEdit; }
    DisplayFilterBar *displayFilterBar() const { return m_filterBar; }
    RowColorizer *colorizer() const { return m_colorizer; }

    /** @brief Open the Statistics dialog at @p page (one dialog per window). */
    StatisticsDialog *showStatistics(StatisticsDialog::Page page);
    /** @brief Put @p filter in the display filter bar; @p apply: and apply it (when it
     *  compiles), otherwise only focus the bar for editing (Prepare as Filter). */
    void setDisplayFilter(const QString &filter, bool apply = true);
    /** @brief Select the first displayed event at or after Unix time @p timeNs. */
    void goToTime(qint64 timeNs);
    /** @brief Use @p preferences from now on (reconnect, capture folder, time column, theme,
     *  fonts; the language takes effect on the next start). */
    void applyPreferences(const Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // main_window.cpp: layout, live source, store signals
    void createWidgets();
    void createActions();
    void onSourceState(WebSocketSource::State state, const QString &detail);
    void onEventsAppended();
    void syncLogs();
    void onHeartbeat(const HeartbeatRecord &record);
    void onUndecodable(const UndecodableRecord &record);
    void onStoreCleared();
    void onCurrentEvent(int eventIndex);
    void showHttp(int eventIndex);
    void selectFrame(quint32 frameNumber);
    void updateStatus();
    void updateHint();
    void updateTitle();
    void note(const QString &text, bool problem = false);
    bool newLiveCapture(const QString &description);
    void stopSources();

    // main_window_filter.cpp: display filter bar, filter menus, colouring rules
    QWidget *createFilterBar(QWidget *parent);
    void addFilterActions(QMenu *view);
    void applyFilter(const DisplayFilter &filter);

    // main_window_statistics.cpp
    void createStatisticsMenu();
    // main_window_preferences.cpp
    void addPreferencesAction(QMenu *edit);
    // main_window_find.cpp: Find (Ctrl+F)
    void findNext(const QString &text, FindScope scope, bool backward);
    void onFound(const FindResult &result);

    // main_window_file.cpp: file menu, settings
    void openDialog();
    bool saveAsDialog();
    bool maybeDiscard();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void loadSettings();
    void saveSettings();
    void showError(const QString &title, const QString &text);

    CaptureStore m_store;
    WebSocketSource m_source;
    QPointer<DemoSource> m_demo;
    IngestPump *m_pump = nullptr;
    HttpAnalysis *m_http = nullptr;
    EventListModel *m_model = nullptr;
    EventListView *m_view = nullptr;
    DetailPane *m_detail = nullptr;
    LogModel *m_logModel = nullptr;
    LogDock *m_logDock = nullptr;
    HeartbeatMonitor *m_heartbeat = nullptr;
    StatusPanel *m_status = nullptr;
    ConnectionBar *m_bar = nullptr;
    QLineEdit *m_filterEdit = nullptr; ///< the filter bar's field
    DisplayFilterBar *m_filterBar = nullptr;
    RowColorizer *m_colorizer = nullptr;
    std::shared_ptr<HttpAnalysisCache> m_filterHttp; ///< HTTP analyses of filter runs
    FindBar *m_findBar = nullptr;
    EventFinder *m_finder = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<StatisticsDialog> m_statistics;
    QLabel *m_hint = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_relativeTime = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QTimer m_statusTimer;
    int m_logsSeen = 0;
    QString m_lastVersion;
    QString m_sourceLabel;
    QString m_openedFrom; ///< file the capture was opened from (a frame log is re-stored)
    bool m_interactive = true;
    bool m_demoRunning = false;
};

} // namespace ecv
