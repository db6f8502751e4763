// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QDialog>

#include "core/export/http_object_export.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ecv {

class CaptureStore;
class ExportRunner;

/**
 * @brief File > Export Objects > HTTP…, as in Wireshark: every HTTP body of the capture
 * (HttpObjectExport::list, on a worker) in a table (Packet, Hostname, Content Type, Size,
 * Filename) with a text filter and a content-type filter; Save saves the selected rows, Save
 * All the shown ones, into a folder, never overwriting (HttpObjectExport::save, on a worker).
 * GUI thread.
 */
class HttpObjectsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpObjectsDialog)
public:
    /** @brief @p store is not owned and must outlive the dialog. */
    explicit HttpObjectsDialog(CaptureStore *store, QWidget *parent = nullptr);
    ~HttpObjectsDialog() override;

    /** @brief List the bodies of every event captured so far (on a worker). */
    void startListing();
    /** @brief The bodies listed (empty until listed()). */
    const QVector<HttpObjectExport::Object> &objects() const { return m_objects; }
    QTableWidget *table() const { return m_table; }
    void setTextFilter(const QString &text);
    /** @brief Save the objects at table rows @p rows (all shown rows when empty) into @p dir. */
    bool saveRows(const QList<int> &rows, const QString &directory);
    /** @brief What the last save did, as shown ("" before any). */
    QString outcomeText() const;
    ExportRunner *runner() const { return m_runner; }

signals:
    void listed();
    void saved();

private:
    void fill();
    void applyFilter();
    void save(bool all);
    QList<int> shownRows() const;

    CaptureStore *m_store;
    ExportRunner *m_runner;
    QVector<HttpObjectExport::Object> m_objects;
    std::shared_ptr<QVector<HttpObjectExport::Object>> m_listing;
    std::shared_ptr<HttpObjectExport::Result> m_saving;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_types = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAll = nullptr;
};

} // namespace ecv
