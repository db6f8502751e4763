// SPDX-License-Identifier: Apache-2.0
// MainWindow: the File menu (open, save as, close, recent files) and persisted settings.
#include "ui/main_window.h"
#include "ui/preferences.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

#include "core/http/http_analysis.h"
#include "ui/connection_bar.h"
#include "ui/detail_pane.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"
#include "ui/heartbeat_monitor.h"
#include "ui/ingest_pump.h"
#include "ui/log_dock.h"
#include "ui/log_model.h"
#include "ui/status_panel.h"

namespace ecv {

namespace {
constexpr int MaxRecentFiles = 10;
const char *const KeyGeometry = "window/geometry";
const char *const KeyState = "window/state";
const char *const KeySplitter = "window/splitter";
// Keyed by column count: a state saved with other columns would restore the wrong widths.
const QString KeyHeader = QStringLiteral("eventList/header%1").arg(EventListModel::ColumnCount);
const char *const KeyRelative = "eventList/relativeTime";
const char *const KeyLogHeader = "log/header";
const char *const KeyUrls = "connection/recentUrls";
const char *const KeyRecentFiles = "files/recent";
const char *const KeyLastDir = "files/lastDir";

QString captureFilter()
{
    return QObject::tr("Captures and frame logs (*.ecvcap *.jsonl);;eCapture Viewer captures "
                       "(*.ecvcap);;Frame logs (*.jsonl);;All files (*)");
}
} // namespace

bool MainWindow::openCapture(const QString &path)
{
    if (!maybeDiscard())
        return false;
    stopSources();
    m_http->waitForDone();
    m_openedFrom.clear();
    QString error;
    if (!m_store.open(path, &error)) {
        showError(tr("Open Capture"), tr("Could not open %1: %2").arg(path, error));
        updateStatus();
        return false;
    }
    // The store may have indexed everything synchronously: take it in now.
    m_model->catchUp();
    syncLogs();
    if (m_store.droppedTailBytes() > 0) {
        m_logModel->addViewerMessage(
            LogModel::Severity::Warn,
            tr("The last %n byte(s) of the file are not a complete record (cut short).", nullptr,
               int(m_store.droppedTailBytes())));
    }
    m_logModel->addViewerMessage(
        LogModel::Severity::Info,
        tr("Opened %1: %2 events").arg(path, QLocale().toString(m_store.eventCount())));
    m_sourceLabel = path;
    m_openedFrom = QFileInfo(path).absoluteFilePath();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(KeyLastDir, QFileInfo(path).absolutePath());
    updateStatus();
    updateHint();
    updateTitle();
    return true;
}

bool MainWindow::saveCaptureAs(const QString &path)
{
    m_pump->drain();
    QString error;
    if (!m_store.saveAs(path, &error)) {
        showError(tr("Save Capture"), tr("Could not save to %1: %2").arg(path, error));
        return false;
    }
    m_logModel->addViewerMessage(LogModel::Severity::Info, tr("Saved the capture as %1").arg(path));
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateStatus();
    return true;
}

bool MainWindow::closeCapture()
{
    if (!maybeDiscard())
        return false;
    stopSources();
    m_http->waitForDone();
    m_store.close();
    m_sourceLabel.clear();
    m_openedFrom.clear();
    updateStatus();
    updateHint();
    updateTitle();
    return true;
}

void MainWindow::openDialog()
{
    const QString dir = QSettings().value(KeyLastDir).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Capture"), dir, captureFilter());
    if (!path.isEmpty())
        openCapture(path);
}

bool MainWindow::saveAsDialog()
{
    if (m_store.filePath().isEmpty())
        return false;
    const QString dir = QSettings().value(KeyLastDir).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Capture As"), dir,
                                                tr("eCapture Viewer captures (*.ecvcap)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ecvcap");
    QSettings().setValue(KeyLastDir, QFileInfo(path).absolutePath());
    return saveCaptureAs(path);
}

bool MainWindow::maybeDiscard()
{
    // Only a temporary capture with frames can be lost; a saved or opened file stays on disk.
    if (!m_interactive || m_store.filePath().isEmpty() || !m_store.isTemporary() ||
        m_store.frameCount() == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Capture"),
                    tr("The current capture has %1 events and is not saved.")
                        .arg(QLocale().toString(m_store.eventCount())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save it before it is discarded?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveAsDialog();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(KeyRecentFiles).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(KeyRecentFiles, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(KeyRecentFiles).toStringList();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n % 10).arg(QFileInfo(path).fileName()), this,
            [this, path] { openCapture(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Files"), this, [this] {
            QSettings().remove(KeyRecentFiles);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::loadSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(KeyGeometry).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(KeyState).toByteArray());
    if (!m_splitter->restoreState(settings.value(KeySplitter).toByteArray()))
        m_splitter->setSizes({400, 380});
    const QByteArray header = settings.value(KeyHeader).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    m_view->resetSort(); // a sort is not kept across sessions (as Wireshark)
    m_logDock->view()->header()->restoreState(settings.value(KeyLogHeader).toByteArray());
    m_relativeTime->setChecked(settings.value(KeyRelative, false).toBool());
    const QStringList urls = settings.value(KeyUrls).toStringList();
    m_bar->setHistory(urls);
    const Preferences preferences = Preferences::load();
    m_bar->setUrlText(urls.value(0, preferences.serverUrl));
    m_source.setReconnectEnabled(preferences.reconnect);
    CaptureStore::setTemporaryFolder(preferences.captureFolder);
    rebuildRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(KeyGeometry, saveGeometry());
    settings.setValue(KeyState, saveState());
    settings.setValue(KeySplitter, m_splitter->saveState());
    settings.setValue(KeyHeader, m_view->horizontalHeader()->saveState());
    settings.setValue(KeyLogHeader, m_logDock->view()->header()->saveState());
    settings.setValue(KeyRelative, m_relativeTime->isChecked());
    settings.setValue(KeyUrls, m_bar->history());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_logModel->addViewerMessage(LogModel::Severity::Error, text);
    if (m_interactive)
        QMessageBox::warning(this, title, text);
}

} // namespace ecv
