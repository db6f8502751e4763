// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <memory>
#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include "core/stats/capture_statistics.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecv {

class CaptureStore;
class HttpAnalysis;
class IoGraphView;

/**
 * @brief Wireshark's Statistics windows in one dialog: I/O Graph, Conversations, Endpoints,
 * Processes and HTTP (requests by host and path, status codes, methods, latency min/p50/p90/
 * p99/max). Everything is computed by CaptureStatistics::collect() on a worker; while the
 * capture grows the dialog refreshes every two seconds (Live). A row is one double-click from a
 * display filter (filterRequested()), a click on the graph goes to the events of that time.
 * GUI thread. The store and the analysis are not owned and must outlive the dialog.
 */
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        IoGraph,
        Conversations,
        Endpoints,
        Processes,
        Http
    };

    StatisticsDialog(CaptureStore *store, const HttpAnalysis *http, QWidget *parent = nullptr);
    ~StatisticsDialog() override;

    void showPage(Page page);
    /** @brief Start a new computation now (cancels a running one). */
    void refresh();
    /** @brief Whether a computation is running (tests). */
    bool isComputing() const { return m_watcher.isRunning(); }
    /** @brief The last result shown (tests). */
    const CaptureStatistics &statistics() const { return m_shown; }
    QTreeWidget *table(Page page) const;
    IoGraphView *ioGraph() const { return m_graph; }
    /** @brief The display filter that selects @p item's row of @p page ("" for none). */
    static QString filterFor(Page page, const QTreeWidgetItem *item);

signals:
    /** @brief Show events matching @p filter; @p apply false: only put it in the bar. */
    void filterRequested(const QString &filter, bool apply);
    /** @brief Go to the first event at or after Unix time @p timeNs. */
    void timeRequested(qint64 timeNs);

private:
    void onFinished();
    void showTables();
    void showGraph();
    void tableMenu(Page page, QTreeWidget *table, const QPoint &pos);

    CaptureStore *m_store;
    const HttpAnalysis *m_http;
    QTabWidget *m_tabs = nullptr;
    IoGraphView *m_graph = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_live = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_conversations = nullptr;
    QTreeWidget *m_endpoints = nullptr;
    QTreeWidget *m_processes = nullptr;
    QTreeWidget *m_httpHosts = nullptr;
    QTreeWidget *m_httpCodes = nullptr;
    QFutureWatcher<CaptureStatistics> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    CaptureStatistics m_shown;
    QTimer m_liveTimer;
    int m_countedEvents = -1; ///< store events when the last computation started
    bool m_again = false;     ///< refresh() while computing: run again when it ends
};

} // namespace ecv
