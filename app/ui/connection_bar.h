// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimer>
#include <QWidget>

#include "net/websocket_source.h"

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace ecv {

/**
 * @brief The connection bar: server URL (editable, with history), Connect/Disconnect, Demo,
 * and the connection state in words and colour ("connecting", "live", "reconnecting in 3 s",
 * "failed: connection refused"). Only widgets; the window does the connecting.
 */
class ConnectionBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)
public:
    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    QString urlText() const;
    void setUrlText(const QString &text);
    /** @brief Most recent first; at most maxHistory() entries are kept. */
    QStringList history() const;
    void setHistory(const QStringList &urls);
    void addToHistory(const QString &url);
    static int maxHistory() { return 15; }

    /** @brief Show @p state; @p delayMs is the reconnect delay (Reconnecting only). */
    void setState(WebSocketSource::State state, const QString &detail, int delayMs = 0);
    /** @brief Words shown for the state, e.g. "reconnecting in 3 s". */
    QString stateText() const;

    QComboBox *urlCombo() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QToolButton *demoButton() const { return m_demo; }

public slots:
    void focusUrl();

signals:
    void connectRequested(const QString &urlText);
    void disconnectRequested();
    void demoRequested();

private:
    void updateStateLabel();

    QComboBox *m_url;
    QPushButton *m_connect;
    QToolButton *m_demo;
    QLabel *m_state;
    QTimer m_countdown;
    WebSocketSource::State m_stateValue = WebSocketSource::State::Idle;
    QString m_detail;
    qint64 m_reconnectAtMs = 0;
};

} // namespace ecv
