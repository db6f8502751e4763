// SPDX-License-Identifier: Apache-2.0
#include "ui/http_body_view.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>

#include "core/fields/payload_text.h"
#include "core/http/http_message.h"
#include "ui/appearance.h"
#include "ui/hex_format.h"

namespace ecv {

namespace {
constexpr qsizetype HexBodyCap = 64 * 1024;
constexpr int MaxImageSide = 4096; ///< larger images are scaled down for display
constexpr int MaxTokensColoured = 20000;

/** JSON token colours on top of the plain text (the text itself is never rich text). */
void colourJson(QPlainTextEdit *edit, const QVector<JsonReindenter::Token> &tokens,
                qsizetype shownChars)
{
    QTextCharFormat key, string, number, literal;
    key.setForeground(QColor(0x88, 0x13, 0x91));
    string.setForeground(QColor(0x1a, 0x7f, 0x37));
    number.setForeground(QColor(0x09, 0x5a, 0xb5));
    literal.setForeground(QColor(0xb3, 0x6b, 0x00));
    QTextCursor cursor(edit->document());
    int coloured = 0;
    for (const JsonReindenter::Token &t : tokens) {
        if (t.begin + t.length > shownChars || ++coloured > MaxTokensColoured)
            break; // colouring is per character format: keep it bounded
        const QTextCharFormat *f = nullptr;
        switch (t.kind) {
        case JsonReindenter::TokenKind::Key:
            f = &key;
            break;
        case JsonReindenter::TokenKind::String:
            f = &string;
            break;
        case JsonReindenter::TokenKind::Number:
            f = &number;
            break;
        case JsonReindenter::TokenKind::Literal:
            f = &literal;
            break;
        case JsonReindenter::TokenKind::Punctuation:
            continue;
        }
        cursor.setPosition(t.begin);
        cursor.setPosition(t.begin + t.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(*f);
    }
}

QTreeWidget *makeTable(QWidget *parent, const QStringList &labels, const char *name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setColumnCount(int(labels.size()));
    t->setHeaderLabels(labels);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->setAlternatingRowColors(true);
    return t;
}
} // namespace

HttpBodyView::HttpBodyView(QWidget *parent, int depth)
    : QStackedWidget(parent)
    , m_depth(depth)
    , m_text(new QPlainTextEdit(this))
    , m_table(makeTable(this, {tr("Name"), tr("Value")}, "httpFormTable"))
    , m_partsBox(new QSplitter(Qt::Vertical, this))
    , m_parts(makeTable(m_partsBox,
                        {tr("Part"), tr("Name"), tr("File name"), tr("Content-Type"), tr("Size")},
                        "httpPartsTable"))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(m_imageArea))
{
    setObjectName(depth == 0 ? QStringLiteral("httpBody") : QStringLiteral("httpPartBody"));
    m_text->setObjectName(depth == 0 ? QStringLiteral("httpBodyText")
                                     : QStringLiteral("httpPartText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    appearance::markMonospace(m_text);
    m_table->header()->resizeSection(0, 180);

    m_parts->header()->resizeSection(0, 50);
    m_parts->header()->resizeSection(1, 140);
    m_parts->header()->resizeSection(2, 140);
    m_parts->header()->resizeSection(3, 160);
    m_parts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parts->setRootIsDecorated(true);
    m_partsBox->addWidget(m_parts);
    if (depth == 0) {
        // A part's body is shown by the same views (an image part is drawn, a JSON part
        // coloured); parts inside parts are listed as their text only.
        m_partView = new HttpBodyView(m_partsBox, depth + 1);
        m_partsBox->addWidget(m_partView);
        m_partsBox->setSizes({120, 240});
        connect(m_parts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            while (item && item->parent())
                item = item->parent();
            showPart(item ? m_parts->indexOfTopLevelItem(item) : -1);
        });
    }

    m_image->setObjectName(QStringLiteral("httpImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setBackgroundRole(QPalette::Base);
    m_imageArea->setObjectName(QStringLiteral("httpImageArea"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);

    addWidget(m_text);      // Page::Text
    addWidget(m_table);     // Page::Table
    addWidget(m_partsBox);  // Page::Parts
    addWidget(m_imageArea); // Page::Image
    clear();
}

HttpBodyView::~HttpBodyView() = default;

void HttpBodyView::clear()
{
    m_kind = BodyView::Kind::Empty;
    m_mediaType.clear();
    m_notes.clear();
    m_imageSize = QSize();
    m_text->clear();
    m_table->clear();
    m_parts->clear();
    m_partList.clear();
    if (m_partView)
        m_partView->clear();
    m_image->clear();
    m_page = Page::Text;
    setCurrentIndex(int(m_page));
}

void HttpBodyView::showBody(const QByteArray &body, const QByteArray &contentType,
                            const QString &emptyText)
{
    clear();
    const BodyView::Rendered r = BodyView::render(body, contentType);
    m_kind = r.kind;
    m_mediaType = r.mediaType;
    if (!r.note.isEmpty())
        m_notes << r.note;
    switch (r.kind) {
    case BodyView::Kind::Empty:
        showText(emptyText.isEmpty() ? tr("(no body)") : emptyText, r);
        break;
    case BodyView::Kind::Form:
        showForm(r);
        break;
    case BodyView::Kind::Multipart:
        if (r.parts.isEmpty())
            showHex(body);
        else
            showParts(r);
        break;
    case BodyView::Kind::Image:
        if (!showImage(body))
            showHex(body);
        break;
    case BodyView::Kind::Hex:
        showHex(body);
        break;
    default:
        showText(r.text, r);
        break;
    }
}

void HttpBodyView::showText(const QString &shown, const BodyView::Rendered &r)
{
    QString text = shown;
    if (text.size() > textCap()) {
        text.truncate(textCap());
        m_notes << tr("showing the first %1 characters").arg(QLocale().toString(textCap()));
    }
    // Breaking long lines shifts offsets: colour JSON only when nothing was broken.
    const int breaks = PayloadText::breakLongLines(text);
    m_text->setPlainText(text);
    if (r.kind == BodyView::Kind::Json && breaks == 0)
        colourJson(m_text, r.tokens, text.size());
    m_page = Page::Text;
    setCurrentIndex(int(m_page));
}

void HttpBodyView::showHex(const QByteArray &body)
{
    m_text->setPlainText(HexFormat::hexDump(body.left(HexBodyCap)));
    if (body.size() > HexBodyCap)
        m_notes << tr("hex dump of the first %1 bytes").arg(QLocale().toString(HexBodyCap));
    m_page = Page::Text;
    setCurrentIndex(int(m_page));
}

void HttpBodyView::showForm(const BodyView::Rendered &r)
{
    QList<QTreeWidgetItem *> rows;
    for (const FormUrlEncoded::Field &field : r.fields) {
        if (rows.size() >= rowCap())
            break;
        // Field text is decoded payload: shown as plain cells, controls marked by render().
        rows << new QTreeWidgetItem({PayloadText::render(field.first.toUtf8()),
                                     PayloadText::render(field.second.toUtf8())});
    }
    m_table->addTopLevelItems(rows);
    if (r.fields.size() > rows.size())
        m_notes << tr("showing the first %1 of %2 fields")
                       .arg(rows.size())
                       .arg(QLocale().toString(r.fields.size()));
    m_notes << tr("%n form field(s)", nullptr, int(r.fields.size()));
    m_page = Page::Table;
    setCurrentIndex(int(m_page));
}

void HttpBodyView::showParts(const BodyView::Rendered &r)
{
    m_partList = r.parts.mid(0, rowCap());
    const QLocale l;
    int n = 0;
    for (const MultipartParser::Part &p : std::as_const(m_partList)) {
        ++n;
        const QByteArray type = httpHeaderValue(p.headers, "content-type");
        auto *item =
            new QTreeWidgetItem(m_parts, {QString::number(n), PayloadText::render(p.name.toUtf8()),
                                          PayloadText::render(p.fileName.toUtf8()),
                                          PayloadText::render(type), l.toString(p.body.size())});
        if (!p.complete)
            item->setToolTip(0, tr("part cut short (no closing boundary)"));
        for (const HttpHeaderField &h : p.headers) {
            auto *child = new QTreeWidgetItem(item, {PayloadText::render(h.name + ": " + h.value)});
            child->setFirstColumnSpanned(true);
        }
    }
    m_notes << tr("%n part(s)", nullptr, int(r.parts.size()));
    m_page = Page::Parts;
    setCurrentIndex(int(m_page));
    if (m_parts->topLevelItemCount() > 0)
        m_parts->setCurrentItem(m_parts->topLevelItem(0));
}

void HttpBodyView::showPart(int index)
{
    if (!m_partView)
        return;
    if (index < 0 || index >= m_partList.size()) {
        m_partView->clear();
        return;
    }
    const MultipartParser::Part &p = m_partList.at(index);
    m_partView->showBody(p.body, httpHeaderValue(p.headers, "content-type"), tr("(empty part)"));
    emit partActivated(p.offset, p.body.size());
}

bool HttpBodyView::showImage(const QByteArray &body)
{
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toUpper();
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > imagePixelCap()) {
        m_notes
            << tr("image of %1×%2 pixels: too large to draw").arg(size.width()).arg(size.height());
        return false;
    }
    // Very large images are decoded straight to a smaller size where the format allows it.
    if (size.isValid() && (size.width() > MaxImageSide || size.height() > MaxImageSide))
        reader.setScaledSize(size.scaled(MaxImageSide, MaxImageSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        m_notes << tr("image could not be decoded: %1").arg(reader.errorString());
        return false;
    }
    m_imageSize = size.isValid() ? size : image.size();
    m_image->setPixmap(QPixmap::fromImage(image));
    QString note = tr("%1 image, %2×%3")
                       .arg(QString::fromLatin1(format.isEmpty() ? QByteArray("?") : format))
                       .arg(m_imageSize.width())
                       .arg(m_imageSize.height());
    if (image.size() != m_imageSize)
        note += QStringLiteral(" ") + tr("(shown at %1×%2)").arg(image.width()).arg(image.height());
    m_notes << note;
    m_image->setToolTip(note);
    m_page = Page::Image;
    setCurrentIndex(int(m_page));
    return true;
}

QString HttpBodyView::text() const
{
    switch (m_page) {
    case Page::Text:
        return m_text->toPlainText();
    case Page::Table: {
        QString out;
        for (int i = 0; i < m_table->topLevelItemCount(); ++i)
            out += m_table->topLevelItem(i)->text(0) + QStringLiteral(" = ") +
                   m_table->topLevelItem(i)->text(1) + QLatin1Char('\n');
        return out;
    }
    case Page::Parts: {
        QString out;
        for (int i = 0; i < m_parts->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_parts->topLevelItem(i);
            QStringList cells;
            for (int c = 0; c < m_parts->columnCount(); ++c)
                cells << item->text(c);
            out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        return out;
    }
    case Page::Image:
        return m_image->toolTip();
    }
    return {};
}

} // namespace ecv
