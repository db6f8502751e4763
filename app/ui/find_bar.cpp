// SPDX-License-Identifier: Apache-2.0
#include "ui/find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace ecv {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("Find:"), this);
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setPlaceholderText(tr("Text in the list or in the selected payload"));
    m_edit->setClearButtonEnabled(true);
    auto *inList = new QPushButton(tr("Next in List"), this);
    inList->setToolTip(tr("Select the next event whose columns contain the text (Enter)"));
    auto *inPayload = new QPushButton(tr("Next in Payload"), this);
    inPayload->setToolTip(tr("Select the next match in the selected payload (Shift+Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(inList);
    layout->addWidget(inPayload);
    layout->addWidget(m_result);
    layout->addWidget(close);
    connect(inList, &QPushButton::clicked, this, [this] { emit findInList(text()); });
    connect(inPayload, &QPushButton::clicked, this, [this] { emit findInPayload(text()); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setResult(const QString &message, bool found)
{
    m_result->setText(message);
    m_result->setStyleSheet(found ? QString() : QStringLiteral("color: #c01c28;"));
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ShiftModifier)
            emit findInPayload(text());
        else
            emit findInList(text());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ecv
