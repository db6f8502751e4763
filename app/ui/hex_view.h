// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace ecv {

/**
 * @brief Hex + ASCII view of a byte array: "offset | 16 bytes | ASCII" lines.
 *
 * A QAbstractScrollArea that paints only the lines in view (Wireshark's ByteViewText /
 * QHexView idea), so a 16 MiB payload costs no more than a short one. Bytes are selected with
 * the mouse (in the hex or the ASCII column) or Shift+arrows; the context menu copies the
 * selection (or everything) as a hex dump, a hex stream or text, and saves the raw bytes.
 * A highlight range (e.g. an HTTP body) can be set by the owner. GUI thread only.
 */
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)
public:
    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }

    /** @brief Select bytes [start, start + length); length 0 clears the selection. */
    void setSelection(qsizetype start, qsizetype length);
    qsizetype selectionStart() const;
    qsizetype selectionLength() const;
    /** @brief The selected bytes, or all bytes when nothing is selected. */
    QByteArray selectedOrAll() const;

    /** @brief Mark bytes [start, start + length) with the highlight colour (0 clears). */
    void setHighlight(qsizetype start, qsizetype length);

    /**
     * @brief Find @p needle after the current selection (wrapping around), select and show it.
     * @return false when it does not occur.
     */
    bool find(const QByteArray &needle);

    /** @brief Scroll so that byte @p offset is visible. */
    void ensureVisible(qsizetype offset);

    /** @brief Number of text lines the data takes. */
    qsizetype lineCount() const;
    /** @brief Lines painted by the last paintEvent (for tests: only the visible ones). */
    int lastPaintedLines() const { return m_lastPainted; }

public slots:
    void copyHexDump();
    void copyHexStream();
    void copyText();
    void saveRawBytes();
    void selectAll();

signals:
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    qsizetype byteAt(const QPoint &pos) const;
    int visibleLines() const;

    QByteArray m_data;
    qsizetype m_anchor = -1; ///< selection anchor byte, -1 = none
    qsizetype m_cursor = -1; ///< selection end byte (inclusive)
    qsizetype m_highlightStart = 0;
    qsizetype m_highlightLength = 0;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_lastPainted = 0;
};

} // namespace ecv
