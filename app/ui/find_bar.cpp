// SPDX-License-Identifier: Apache-2.0
#include "ui/find_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace ecv {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("Find:"), this);
    m_scope->setObjectName(QStringLiteral("findScope"));
    m_scope->addItem(tr("List text"), int(FindScope::ListText));
    m_scope->addItem(tr("Payload (text)"), int(FindScope::PayloadText));
    m_scope->addItem(tr("Payload (hex)"), int(FindScope::PayloadHex));
    m_scope->addItem(tr("HTTP body (decoded)"), int(FindScope::HttpBody));
    m_scope->setToolTip(tr("Where to look: the list's columns, the payload bytes (as text or as "
                           "hex such as 47 45 54), or the decoded HTTP bodies"));
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setPlaceholderText(tr("Text to find"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QPushButton(tr("Previous"), this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    previous->setToolTip(tr("Select the previous matching event (Shift+Enter)"));
    auto *next = new QPushButton(tr("Next"), this);
    next->setObjectName(QStringLiteral("findNext"));
    next->setToolTip(tr("Select the next matching event (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    m_result->setObjectName(QStringLiteral("findResult"));
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    layout->addWidget(m_scope);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result);
    layout->addWidget(close);
    connect(next, &QPushButton::clicked, this,
            [this] { emit findRequested(text(), scope(), false); });
    connect(previous, &QPushButton::clicked, this,
            [this] { emit findRequested(text(), scope(), true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_edit->text();
}

FindScope FindBar::scope() const
{
    return FindScope(m_scope->currentData().toInt());
}

void FindBar::setScope(FindScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
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
        emit findRequested(text(), scope(), event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ecv
