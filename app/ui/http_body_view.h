// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSize>
#include <QStackedWidget>
#include <QStringList>

#include "core/http/body/body_view.h"

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QTreeWidget;

namespace ecv {

/**
 * @brief Draws one decoded HTTP body the way BodyView chose: JSON (re-indented, coloured, keys in
 * their original order), XML/HTML/text as plain text, form fields as a Name | Value table,
 * multipart bodies as a table of parts with the selected part's body below, images drawn
 * (QImageReader over the bytes, so every installed Qt image plugin applies), otherwise a hex dump.
 *
 * Every view is bounded: text to textCap() characters, hex to 64 KiB, tables to rowCap() rows,
 * images to imagePixelCap() pixels (larger images are scaled down when the format can, else not
 * decoded). Never rich text from the payload. GUI thread.
 */
class HttpBodyView : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpBodyView)
public:
    enum class Page
    {
        Text,  ///< JSON, XML, HTML, text, hex dump, "(no body)"
        Table, ///< form fields
        Parts, ///< multipart parts
        Image  ///< a decoded image
    };

    /** @brief @p depth > 0 for a multipart part's view (parts are not nested further). */
    explicit HttpBodyView(QWidget *parent = nullptr, int depth = 0);
    ~HttpBodyView() override;

    /**
     * @brief Show @p body (already content-decoded) declared as @p contentType (the whole
     * header value, parameters included). @p emptyText is shown for an empty body.
     */
    void showBody(const QByteArray &body, const QByteArray &contentType,
                  const QString &emptyText = QString());
    void clear();

    Page page() const { return m_page; }
    BodyView::Kind kind() const { return m_kind; }
    /** @brief Media type shown (declared, else sniffed). */
    QByteArray mediaType() const { return m_mediaType; }
    /** @brief Notes for the info line: "PNG image, 64×48", "not valid JSON …", caps. */
    QStringList notes() const { return m_notes; }
    /** @brief What is shown, as plain text (form fields "name = value" lines, parts listed). */
    QString text() const;

    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *tableView() const { return m_table; }
    QTreeWidget *partsView() const { return m_parts; }
    /** @brief The selected part's body (nullptr for a part's own view). */
    HttpBodyView *partView() const { return m_partView; }
    QLabel *imageLabel() const { return m_image; }
    /** @brief The image's own size in pixels (invalid when no image is shown). */
    QSize imageSize() const { return m_imageSize; }

    static qsizetype textCap() { return 1 << 20; }

    static int rowCap() { return 10000; }
    static qint64 imagePixelCap() { return qint64(64) << 20; }

signals:
    /** @brief The user picked multipart part bytes [offset, offset + length) of the body. */
    void partActivated(qint64 offset, qint64 length);

private:
    void showText(const QString &text, const BodyView::Rendered &r);
    void showForm(const BodyView::Rendered &r);
    void showParts(const BodyView::Rendered &r);
    bool showImage(const QByteArray &body);
    void showHex(const QByteArray &body);
    void showPart(int index);

    int m_depth;
    QPlainTextEdit *m_text;
    QTreeWidget *m_table;
    QSplitter *m_partsBox;
    QTreeWidget *m_parts;
    HttpBodyView *m_partView = nullptr;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QVector<MultipartParser::Part> m_partList;
    Page m_page = Page::Text;
    BodyView::Kind m_kind = BodyView::Kind::Empty;
    QByteArray m_mediaType;
    QStringList m_notes;
    QSize m_imageSize;
};

} // namespace ecv
