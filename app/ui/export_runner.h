// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include "core/export/export_io.h"

class QWidget;

namespace ecv {

/**
 * @brief Runs one export task on a worker thread (Qt's global thread pool) with a progress
 * dialog and Cancel, so the window keeps painting and ingesting while a file is written.
 *
 * The task gets an ExportProgress to call now and then; it returns false once Cancel was
 * pressed (or cancel() called), and the task then stops: the exporters write through QSaveFile,
 * so a cancelled export leaves no file. Progress crosses threads through atomics that a 100 ms
 * GUI timer reads (no signal per item). finished() is emitted on the GUI thread when the task
 * has returned. The destructor cancels and waits. GUI thread.
 */
class ExportRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)
public:
    using Task = std::function<void(const ExportProgress &progress)>;

    /** @brief @p dialogParent: the progress dialog's parent (null: no dialog, e.g. benchmarks). */
    explicit ExportRunner(QWidget *dialogParent, QObject *parent = nullptr);
    ~ExportRunner() override;

    /** @brief Start @p task, the dialog saying @p label. False when a task is running. */
    bool start(const QString &label, Task task);
    bool isRunning() const { return m_running; }
    /** @brief Ask the task to stop (what Cancel does). */
    void cancel() { m_cancel->store(true); }
    /** @brief Whether the last task was asked to stop. */
    bool wasCancelled() const { return m_cancel->load(); }
    /** @brief The progress dialog while a task runs (tests press its Cancel). */
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    /** @brief The task returned (cancelled or not). */
    void finished();

private:
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{-1};
    };
    void poll();

    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
    QTimer m_poll;
    bool m_running = false;
};

} // namespace ecv
