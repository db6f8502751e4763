// SPDX-License-Identifier: Apache-2.0
#include "ui/hex_view.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>

#include "ui/appearance.h"
#include "ui/hex_format.h"

namespace ecv {

namespace {
// Column layout in characters, identical to HexFormat::hexDump so copied text lines up.
constexpr int HexColumn = 10;   // after "00000000  "
constexpr int AsciiColumn = 60; // after 16 × "xx " + the extra space after byte 8 + a space
constexpr int LineColumns = AsciiColumn + HexFormat::BytesPerLine;
constexpr int Margin = 4;

int hexColumnOf(int byteInLine)
{
    return HexColumn + byteInLine * 3 + (byteInLine >= 8 ? 1 : 0);
}
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    appearance::markMonospace(this);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
}

HexView::~HexView() = default;

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_anchor = m_cursor = -1;
    m_highlightStart = m_highlightLength = 0;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
    emit selectionChanged();
}

void HexView::setSelection(qsizetype start, qsizetype length)
{
    if (length <= 0 || start < 0 || start >= m_data.size()) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = start;
        m_cursor = std::min<qsizetype>(start + length, m_data.size()) - 1;
        ensureVisible(start);
    }
    viewport()->update();
    emit selectionChanged();
}

qsizetype HexView::selectionStart() const
{
    return m_anchor < 0 ? -1 : std::min(m_anchor, m_cursor);
}

qsizetype HexView::selectionLength() const
{
    return m_anchor < 0 ? 0 : std::abs(m_cursor - m_anchor) + 1;
}

QByteArray HexView::selectedOrAll() const
{
    return m_anchor < 0 ? m_data : m_data.mid(selectionStart(), selectionLength());
}

void HexView::setHighlight(qsizetype start, qsizetype length)
{
    m_highlightStart = std::max<qsizetype>(0, start);
    m_highlightLength = std::max<qsizetype>(0, length);
    viewport()->update(); // no scrolling: the start of the data stays in view
}

bool HexView::find(const QByteArray &needle)
{
    if (needle.isEmpty() || m_data.isEmpty())
        return false;
    const qsizetype from = m_anchor < 0 ? 0 : selectionStart() + 1;
    qsizetype at = m_data.indexOf(needle, from);
    if (at < 0)
        at = m_data.indexOf(needle, 0);
    if (at < 0)
        return false;
    setSelection(at, needle.size());
    return true;
}

void HexView::ensureVisible(qsizetype offset)
{
    const qsizetype line = offset / HexFormat::BytesPerLine;
    QScrollBar *bar = verticalScrollBar();
    if (line < bar->value())
        bar->setValue(int(line));
    else if (line >= bar->value() + visibleLines())
        bar->setValue(int(line - visibleLines() + 1));
}

qsizetype HexView::lineCount() const
{
    return (m_data.size() + HexFormat::BytesPerLine - 1) / HexFormat::BytesPerLine;
}

void HexView::copyHexDump()
{
    const qsizetype base = m_anchor < 0 ? 0 : selectionStart();
    QApplication::clipboard()->setText(HexFormat::hexDump(selectedOrAll(), base));
}

void HexView::copyHexStream()
{
    QApplication::clipboard()->setText(HexFormat::hexStream(selectedOrAll()));
}

void HexView::copyText()
{
    QApplication::clipboard()->setText(QString::fromUtf8(selectedOrAll()));
}

void HexView::saveRawBytes()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Raw Bytes"), QString(),
                                                      tr("Raw bytes (*.bin);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(selectedOrAll()) < 0) {
        QMessageBox::warning(this, tr("Save Raw Bytes"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

void HexView::selectAll()
{
    setSelection(0, m_data.size());
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());
    painter.setFont(font());
    const int firstLine = verticalScrollBar()->value();
    const int xOffset = Margin - horizontalScrollBar()->value();
    const qsizetype lines = lineCount();
    const int count = int(std::min<qsizetype>(visibleLines() + 1, lines - firstLine));
    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selStart + selectionLength();
    const qsizetype hlEnd = m_highlightStart + m_highlightLength;
    const QColor offsetColor = pal.color(QPalette::Disabled, QPalette::Text);
    QColor highlightBg = pal.color(QPalette::Highlight);
    highlightBg.setAlpha(60);

    auto colX = [&](int column) { return xOffset + qRound(column * m_charWidth); };
    QByteArray hex(AsciiColumn - HexColumn, ' ');
    QByteArray ascii;
    static const char digits[] = "0123456789abcdef";
    for (int l = 0; l < count; ++l) {
        const qsizetype line = firstLine + l;
        const qsizetype start = line * HexFormat::BytesPerLine;
        const int n = int(std::min<qsizetype>(HexFormat::BytesPerLine, m_data.size() - start));
        const int y = l * m_lineHeight;
        // Backgrounds first: highlight range, then selection.
        for (int i = 0; i < n; ++i) {
            const qsizetype at = start + i;
            const bool selected = at >= selStart && at < selEnd;
            const bool highlighted = at >= m_highlightStart && at < hlEnd;
            if (!selected && !highlighted)
                continue;
            const QColor bg = selected ? pal.color(QPalette::Highlight) : highlightBg;
            const int hexW = qRound((i == 7 || i == 15 ? 2 : 3) * m_charWidth);
            painter.fillRect(colX(hexColumnOf(i)), y, hexW, m_lineHeight, bg);
            painter.fillRect(colX(AsciiColumn + i), y, qRound(m_charWidth) + 1, m_lineHeight, bg);
        }
        hex.fill(' ');
        ascii.resize(n);
        for (int i = 0; i < n; ++i) {
            const auto b = uchar(m_data.at(start + i));
            const int c = hexColumnOf(i) - HexColumn;
            hex[c] = digits[b >> 4];
            hex[c + 1] = digits[b & 0xF];
            ascii[i] = HexFormat::printable(b);
        }
        painter.setPen(offsetColor);
        painter.drawText(colX(0), y + m_ascent,
                         QString::fromLatin1(QByteArray::number(start, 16).rightJustified(8, '0')));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(colX(HexColumn), y + m_ascent, QString::fromLatin1(hex));
        painter.drawText(colX(AsciiColumn), y + m_ascent, QString::fromLatin1(ascii));
        // Selected bytes get the highlighted-text colour on top.
        if (selEnd > start && selStart < start + n) {
            painter.setPen(pal.color(QPalette::HighlightedText));
            for (int i = 0; i < n; ++i) {
                const qsizetype at = start + i;
                if (at < selStart || at >= selEnd)
                    continue;
                const int c = hexColumnOf(i) - HexColumn;
                painter.drawText(colX(hexColumnOf(i)), y + m_ascent,
                                 QString::fromLatin1(hex.mid(c, 2)));
                painter.drawText(colX(AsciiColumn + i), y + m_ascent,
                                 QString(QLatin1Char(ascii.at(i))));
            }
        }
    }
    m_lastPainted = std::max(0, count);
    if (m_data.isEmpty()) {
        painter.setPen(offsetColor);
        painter.drawText(viewport()->rect().adjusted(Margin, Margin, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop, tr("No payload"));
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype at = byteAt(event->position().toPoint());
    if (at < 0) {
        setSelection(0, 0);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0) {
        m_cursor = at;
    } else {
        m_anchor = m_cursor = at;
    }
    viewport()->update();
    emit selectionChanged();
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const qsizetype at = byteAt(event->position().toPoint());
    if (at >= 0 && at != m_cursor) {
        m_cursor = at;
        ensureVisible(at);
        viewport()->update();
        emit selectionChanged();
    }
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyHexDump();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const bool sel = m_anchor >= 0;
    menu.addAction(sel ? tr("Copy Selection as Hex Dump") : tr("Copy as Hex Dump"), this,
                   &HexView::copyHexDump);
    menu.addAction(sel ? tr("Copy Selection as Hex Stream") : tr("Copy as Hex Stream"), this,
                   &HexView::copyHexStream);
    menu.addAction(sel ? tr("Copy Selection as Text") : tr("Copy as Text"), this,
                   &HexView::copyText);
    menu.addSeparator();
    menu.addAction(sel ? tr("Save Selected Bytes…") : tr("Save Raw Bytes…"), this,
                   &HexView::saveRawBytes);
    menu.addAction(tr("Select All"), this, &HexView::selectAll);
    for (QAction *a : menu.actions())
        a->setEnabled(!m_data.isEmpty() || a->isSeparator());
    menu.exec(event->globalPos());
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void HexView::updateMetrics()
{
    const QFontMetricsF fm(font());
    m_charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = qCeil(fm.height());
    m_ascent = qCeil(fm.ascent());
    updateScrollBars();
    viewport()->update();
}

void HexView::updateScrollBars()
{
    const qsizetype lines = lineCount();
    const int visible = visibleLines();
    verticalScrollBar()->setRange(0, int(std::max<qsizetype>(0, lines - visible)));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int width = qCeil(LineColumns * m_charWidth) + 2 * Margin;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

qsizetype HexView::byteAt(const QPoint &pos) const
{
    if (m_data.isEmpty())
        return -1;
    const qsizetype line = verticalScrollBar()->value() + pos.y() / m_lineHeight;
    const int column = int((pos.x() + horizontalScrollBar()->value() - Margin) / m_charWidth);
    int i = -1;
    if (column >= HexColumn && column < AsciiColumn - 1) {
        const int c = column - HexColumn;
        i = c >= 25 ? 8 + (c - 25) / 3 : std::min(7, c / 3);
    } else if (column >= AsciiColumn - 1 && column < LineColumns) {
        i = std::max(0, column - AsciiColumn);
    }
    if (i < 0)
        return -1;
    i = std::min(i, HexFormat::BytesPerLine - 1);
    const qsizetype at = line * HexFormat::BytesPerLine + i;
    return std::min<qsizetype>(at, m_data.size() - 1);
}

int HexView::visibleLines() const
{
    return std::max(1, viewport()->height() / std::max(1, m_lineHeight));
}

} // namespace ecv
