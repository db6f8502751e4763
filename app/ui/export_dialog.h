// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QDialog>
#include <QMap>
#include <QTimer>

#include "core/export/export_format.h"
#include "core/export/export_job.h"
#include "ui/export_range.h"

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace ecv {

class CaptureStore;
class EventListModel;
class EventMarks;
class ExportRunner;

/**
 * @brief File > Export Specified Events…: which events (ExportRange, with live counts), the
 * format (pcapng, pcap, HAR, CSV or JSON of the list as displayed, our capture file) and the
 * file; what a format leaves out and why; then ExportJob on a worker (ExportRunner) with a
 * progress dialog and Cancel. A cancelled or failed export leaves no file (QSaveFile) and the
 * dialog says why. GUI thread.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    /** @brief Where the events come from; none owned, all must outlive the dialog. */
    struct Context
    {
        CaptureStore *store = nullptr;
        EventListModel *model = nullptr; ///< Time format and column fields
        QTableView *view = nullptr;      ///< displayed rows, selection, columns as shown
        EventMarks *marks = nullptr;
    };

    explicit ExportDialog(const Context &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setRangeKind(ExportRange::Kind kind);
    ExportRange::Kind rangeKind() const;
    void setRangeText(const QString &text);
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setFileName(const QString &path);
    QString fileName() const;

    /** @brief Count shown for @p kind (-1: the range text does not parse). */
    qint64 shownCount(ExportRange::Kind kind) const;
    /** @brief The note on what the format leaves out or how it writes the events. */
    QString formatNote() const;
    /** @brief The last export's outcome, as shown to the user ("" before any). */
    QString outcomeText() const { return m_outcome; }
    const ExportJob::Result &lastResult() const { return m_result; }
    ExportRunner *runner() const { return m_runner; }
    /** @brief The event indexes the current choice exports (ascending). */
    QVector<int> chosenEvents() const;
    /** @brief The CSV/JSON columns: the view's visible columns in the order shown. */
    QVector<EventTableExport::Column> shownColumns() const;

    /** @brief Start the export (what the Export button does). False if it cannot start. */
    bool startExport();

signals:
    /** @brief An export finished successfully; @p summary says what was written. */
    void exported(const QString &summary);

private:
    void refresh();
    void updateNote();
    void browse();
    void onFinished();
    void fail(const QString &text);
    ExportRange::Inputs inputs(bool withVectors) const;
    QString leftOutWords(const QMap<int, qint64> &byKind) const;

    Context m_context;
    ExportRunner *m_runner = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QMap<int, QLabel *> m_counts;
    QMap<int, qint64> m_countValues;
    QLineEdit *m_range = nullptr;
    QLabel *m_rangeError = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_refresh;
    QString m_outcome;
    QString m_noteKey; ///< what the note was computed for (kind, format, count)
    ExportJob::Result m_result;
    std::shared_ptr<ExportJob::Result> m_pending;
    ExportFormat m_running = ExportFormat::Pcapng;
    QString m_runningPath;
};

} // namespace ecv
