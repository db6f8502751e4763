// SPDX-License-Identifier: Apache-2.0
#include "ui/follow_view.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

#include "core/fields/payload_text.h"
#include "core/stream/follow_stream.h"
#include "ui/appearance.h"

namespace ecv {

FollowView::FollowView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("followView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mode->addItem(tr("ASCII"));
    m_mode->addItem(tr("Hex Dump"));
    auto *filter = new QPushButton(tr("Filter on This Conversation"), this);
    filter->setToolTip(tr("Show only this conversation's events in the list"));
    connect(filter, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit filterRequested(m_entry->conversationId);
    });
    top->addWidget(m_title, 1);
    top->addWidget(filter);
    top->addWidget(new QLabel(tr("Show as:"), this));
    top->addWidget(m_mode);
    layout->addLayout(top);
    m_text->setObjectName(QStringLiteral("followText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    appearance::markMonospace(m_text);
    layout->addWidget(m_text, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FollowView::rebuild);
    clear();
}

FollowView::~FollowView() = default;

void FollowView::setConversation(const HttpAnalysisCache::EntryPtr &entry, const QString &title)
{
    m_entry = entry;
    m_title->setText(title);
    rebuild();
}

void FollowView::showPending()
{
    m_entry.reset();
    m_title->setText(tr("Reassembling the conversation…"));
    m_text->clear();
}

void FollowView::clear()
{
    m_entry.reset();
    m_title->setText(tr("No conversation."));
    m_text->clear();
}

QString FollowView::text() const
{
    return m_text->toPlainText();
}

void FollowView::rebuild()
{
    m_text->clear();
    if (!m_entry)
        return;
    const QVector<FollowStream::Segment> segments =
        FollowStream::segments(m_entry->items, m_entry->analysis.itemBytes);
    const bool hex = m_mode->currentIndex() == 1;
    QTextCharFormat formats[2];
    formats[0].setForeground(QColor(0xa4, 0x00, 0x00)); // Wireshark: client red
    formats[0].setBackground(QColor(0xfb, 0xed, 0xed));
    formats[1].setForeground(QColor(0x00, 0x00, 0xa4)); // server blue
    formats[1].setBackground(QColor(0xed, 0xed, 0xfb));
    QTextCursor cursor(m_text->document());
    qsizetype chars = 0;
    quint32 offsets[2] = {0, 0};
    qint64 bytes[2] = {0, 0};
    bool capped = false;
    for (const FollowStream::Segment &s : segments) {
        const int node = s.node == 0 ? 0 : 1;
        bytes[node] += s.bytes.size();
        if (capped)
            continue;
        // Only what can still be shown is formatted (a 16 MiB segment must not be rendered).
        const qsizetype room = maxChars() - chars;
        QString piece = hex ? FollowStream::hexLines(s.bytes.left(room / 4 + 16), offsets[node],
                                                     node ? QStringLiteral("    ") : QString())
                            : PayloadText::render(s.bytes, room + 1);
        offsets[node] += quint32(s.bytes.size());
        PayloadText::breakLongLines(piece);
        if (!piece.endsWith(QLatin1Char('\n')))
            piece += QLatin1Char('\n');
        if (chars + piece.size() > maxChars()) {
            piece = piece.left(maxChars() - chars);
            capped = true;
        }
        chars += piece.size();
        cursor.insertText(piece, formats[node]);
    }
    const QLocale l;
    QString summary =
        tr("client %1 bytes · server %2 bytes").arg(l.toString(bytes[0]), l.toString(bytes[1]));
    if (capped)
        summary += QStringLiteral(" · ") +
                   tr("showing the first %1 characters").arg(l.toString(maxChars()));
    m_title->setText(m_title->text().section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" — ") +
                     summary);
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace ecv
