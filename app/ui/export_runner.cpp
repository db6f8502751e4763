// SPDX-License-Identifier: Apache-2.0
#include "ui/export_runner.h"

#include <QProgressDialog>
#include <QtConcurrent>

namespace ecv {

ExportRunner::ExportRunner(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_shared(std::make_shared<Shared>())
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ExportRunner::poll);
}

ExportRunner::~ExportRunner()
{
    if (m_running) {
        cancel();
        m_future.waitForFinished();
    }
    delete m_dialog;
}

bool ExportRunner::start(const QString &label, Task task)
{
    if (m_running)
        return false;
    m_running = true;
    // Fresh state per task: a task still holding the old one (none: we wait) cannot touch it.
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_shared = std::make_shared<Shared>();
    if (m_dialogParent) {
        delete m_dialog;
        m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_dialogParent);
        m_dialog->setObjectName(QStringLiteral("exportProgress"));
        m_dialog->setWindowTitle(tr("Exporting"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(300);
        connect(m_dialog, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    }
    const auto cancel = m_cancel;
    const auto shared = m_shared;
    const ExportProgress progress = [cancel, shared](qint64 done, qint64 total) {
        shared->done.store(done, std::memory_order_relaxed);
        shared->total.store(total, std::memory_order_relaxed);
        return !cancel->load(std::memory_order_relaxed);
    };
    m_future = QtConcurrent::run([task = std::move(task), progress] { task(progress); });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_poll.stop();
        m_running = false;
        if (m_dialog) {
            m_dialog->hide();
            m_dialog->deleteLater();
        }
        emit finished();
    });
    watcher->setFuture(m_future);
    m_poll.start();
    return true;
}

void ExportRunner::poll()
{
    if (!m_dialog)
        return;
    const qint64 total = m_shared->total.load(std::memory_order_relaxed);
    const qint64 done = m_shared->done.load(std::memory_order_relaxed);
    if (total <= 0) {
        m_dialog->setRange(0, 0); // busy indicator
        return;
    }
    // QProgressDialog takes int: scale to per-mille so any count fits.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

} // namespace ecv
