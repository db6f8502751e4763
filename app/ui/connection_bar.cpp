// SPDX-License-Identifier: Apache-2.0
#include "ui/connection_bar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

namespace ecv {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_url(new QComboBox(this))
    , m_connect(new QPushButton(this))
    , m_demo(new QToolButton(this))
    , m_state(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("&Server:"), this);
    label->setBuddy(m_url);
    m_url->setObjectName(QStringLiteral("urlCombo"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setMinimumContentsLength(28);
    m_url->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_url->lineEdit()->setPlaceholderText(tr("ws://127.0.0.1:28257/ (eCapture --ecaptureq)"));
    m_url->setToolTip(tr("Address of eCapture's --ecaptureq WebSocket server"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setText(tr("Demo"));
    m_demo->setToolTip(tr("Show a built-in recorded stream (no eCapture needed)"));
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("reconnecting in 30 s")));
    layout->addWidget(label);
    layout->addWidget(m_url, 1);
    layout->addWidget(m_connect);
    layout->addWidget(m_demo);
    layout->addSpacing(8);
    layout->addWidget(m_state);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        const bool active = m_stateValue == WebSocketSource::State::Connecting ||
                            m_stateValue == WebSocketSource::State::Connected ||
                            m_stateValue == WebSocketSource::State::Reconnecting;
        if (active)
            emit disconnectRequested();
        else
            emit connectRequested(urlText());
    });
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { emit connectRequested(urlText()); });
    connect(m_demo, &QToolButton::clicked, this, &ConnectionBar::demoRequested);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBar::updateStateLabel);
    updateStateLabel();
}

ConnectionBar::~ConnectionBar() = default;

QString ConnectionBar::urlText() const
{
    return m_url->currentText().trimmed();
}

void ConnectionBar::setUrlText(const QString &text)
{
    m_url->setCurrentText(text);
}

QStringList ConnectionBar::history() const
{
    QStringList out;
    for (int i = 0; i < m_url->count(); ++i)
        out << m_url->itemText(i);
    return out;
}

void ConnectionBar::setHistory(const QStringList &urls)
{
    const QString current = m_url->currentText();
    m_url->clear();
    m_url->addItems(urls.mid(0, maxHistory()));
    m_url->setCurrentText(current);
}

void ConnectionBar::addToHistory(const QString &url)
{
    QStringList h = history();
    h.removeAll(url);
    h.prepend(url);
    setHistory(h);
    m_url->setCurrentText(url);
}

void ConnectionBar::setState(WebSocketSource::State state, const QString &detail, int delayMs)
{
    m_stateValue = state;
    m_detail = detail;
    m_reconnectAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    if (state == WebSocketSource::State::Reconnecting)
        m_countdown.start(250);
    else
        m_countdown.stop();
    updateStateLabel();
}

QString ConnectionBar::stateText() const
{
    using S = WebSocketSource::State;
    switch (m_stateValue) {
    case S::Idle:
        return tr("not connected");
    case S::Connecting:
        return tr("connecting…");
    case S::Connected:
        return tr("live");
    case S::Reconnecting: {
        const qint64 left = m_reconnectAtMs - QDateTime::currentMSecsSinceEpoch();
        return tr("reconnecting in %1 s").arg(std::max<qint64>(0, (left + 999) / 1000));
    }
    case S::ClosedByUser:
        return tr("disconnected");
    case S::Failed:
        if (m_detail.startsWith(QLatin1String("failed"), Qt::CaseInsensitive))
            return m_detail;
        return m_detail.isEmpty() ? tr("failed") : tr("failed: %1").arg(m_detail);
    }
    return {};
}

void ConnectionBar::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->lineEdit()->selectAll();
}

void ConnectionBar::updateStateLabel()
{
    using S = WebSocketSource::State;
    QString colour;
    switch (m_stateValue) {
    case S::Connected:
        colour = QStringLiteral("#1a7f37");
        break;
    case S::Connecting:
    case S::Reconnecting:
        colour = QStringLiteral("#b36b00");
        break;
    case S::Failed:
        colour = QStringLiteral("#c01c28");
        break;
    default:
        colour = QStringLiteral("palette(mid)");
        break;
    }
    m_state->setText(QStringLiteral("● ") + stateText());
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
    // The detail carries the server's close reason (any text it likes): never rich text.
    m_state->setToolTip(Qt::mightBeRichText(m_detail)
                            ? QStringLiteral("<p style='white-space:pre-wrap'>") +
                                  m_detail.toHtmlEscaped() + QStringLiteral("</p>")
                            : m_detail);
    const bool active = m_stateValue == S::Connecting || m_stateValue == S::Connected ||
                        m_stateValue == S::Reconnecting;
    m_connect->setText(active ? tr("Disconnect") : tr("Connect"));
}

} // namespace ecv
