// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace ecv {

/**
 * @brief The status bar's permanent fields: connection and address, eCapture version,
 * heartbeat, counts and the capture file. Only presentation; the window feeds it.
 */
class StatusPanel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)
public:
    /** @brief Adds its labels to @p bar (which owns them). */
    explicit StatusPanel(QStatusBar *bar);
    ~StatusPanel() override;

    void setConnection(const QString &text, const QString &colour);
    void setEcaptureVersion(const QString &version);
    void setHeartbeat(const QString &text, bool warning);
    void setCounts(int events, int displayed, int undecodable);
    void setCaptureFile(const QString &path, qint64 bytes, bool temporary);

    QLabel *connectionLabel() const { return m_connection; }
    QLabel *versionLabel() const { return m_version; }
    QLabel *heartbeatLabel() const { return m_heartbeat; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *fileLabel() const { return m_file; }

private:
    QLabel *m_connection;
    QLabel *m_version;
    QLabel *m_heartbeat;
    QLabel *m_counts;
    QLabel *m_file;
};

} // namespace ecv
