// SPDX-License-Identifier: Apache-2.0
#include "ui/status_panel.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace ecv {

namespace {
QLabel *makeLabel(QStatusBar *bar, const char *name)
{
    auto *label = new QLabel(bar);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}
} // namespace

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar)
    , m_connection(makeLabel(bar, "statusConnection"))
    , m_version(makeLabel(bar, "statusVersion"))
    , m_heartbeat(makeLabel(bar, "statusHeartbeat"))
    , m_counts(makeLabel(bar, "statusCounts"))
    , m_file(makeLabel(bar, "statusFile"))
{
    bar->addWidget(m_connection, 1);
    bar->addPermanentWidget(m_version);
    bar->addPermanentWidget(m_heartbeat);
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_file);
    setConnection(tr("not connected"), QString());
    setEcaptureVersion(QString());
    setHeartbeat(tr("no heartbeat yet"), false);
    setCounts(0, 0, 0);
    setCaptureFile(QString(), 0, true);
}

StatusPanel::~StatusPanel() = default;

void StatusPanel::setConnection(const QString &text, const QString &colour)
{
    m_connection->setText(text);
    m_connection->setStyleSheet(colour.isEmpty() ? QString()
                                                 : QStringLiteral("color: %1;").arg(colour));
}

void StatusPanel::setEcaptureVersion(const QString &version)
{
    m_version->setText(version.isEmpty() ? tr("eCapture ?") : tr("eCapture %1").arg(version));
    m_version->setToolTip(tr("eCapture version, from its run log"));
}

void StatusPanel::setHeartbeat(const QString &text, bool warning)
{
    m_heartbeat->setText(text);
    m_heartbeat->setStyleSheet(warning ? QStringLiteral("color: white; background: #c01c28;")
                                       : QString());
}

void StatusPanel::setCounts(int events, int displayed, int undecodable)
{
    const QLocale l;
    QString text = tr("Events: %1 · Displayed: %2").arg(l.toString(events), l.toString(displayed));
    if (undecodable > 0)
        text += QStringLiteral(" · ") + tr("Undecodable: %1").arg(l.toString(undecodable));
    m_counts->setText(text);
}

void StatusPanel::setCaptureFile(const QString &path, qint64 bytes, bool temporary)
{
    if (path.isEmpty()) {
        m_file->setText(tr("No capture"));
        m_file->setToolTip(QString());
        return;
    }
    const QString size = QLocale().formattedDataSize(bytes);
    m_file->setText(temporary ? tr("Unsaved capture · %1").arg(size)
                              : tr("%1 · %2").arg(QFileInfo(path).fileName(), size));
    m_file->setToolTip(path);
}

} // namespace ecv
