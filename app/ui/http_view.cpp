// SPDX-License-Identifier: Apache-2.0
#include "ui/http_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/export/curl_command.h"
#include "core/fields/payload_text.h"
#include "core/http/http_fields.h"
#include "ui/http_body_view.h"

namespace ecv {

namespace {

QString startLineOf(const HttpMessage &m)
{
    QString line;
    if (m.httpMajor == 1 && !m.startLine.isEmpty())
        line = PayloadText::render(m.startLine);
    else if (m.isRequest && m.method.isEmpty())
        line = HttpView::tr("%1 request, method unknown").arg(QString::fromUtf8(m.version));
    else if (m.isRequest)
        line = QStringLiteral("%1 %2 %3")
                   .arg(QString::fromUtf8(m.method), PayloadText::render(m.target),
                        QString::fromUtf8(m.version));
    else if (m.statusCode < 0)
        line = HttpView::tr("%1 response, status unknown").arg(QString::fromUtf8(m.version));
    else
        line = QStringLiteral("%1 %2 %3")
                   .arg(QString::fromUtf8(m.version))
                   .arg(m.statusCode)
                   .arg(QString::fromUtf8(m.reason))
                   .trimmed();
    if (m.interim)
        line += HttpView::tr(" (interim)");
    return line;
}

/** A bold row that names a group of header rows (interim response, joined cookie). */
QTreeWidgetItem *sectionRow(QTreeWidget *tree, const QString &title)
{
    auto *row = new QTreeWidgetItem(tree, {title});
    QFont f = row->font(0);
    f.setBold(true);
    row->setFont(0, f);
    row->setFirstColumnSpanned(true);
    return row;
}

} // namespace

HttpView::HttpView(QWidget *parent)
    : QWidget(parent)
    , m_picker(new QComboBox(this))
    , m_startLine(new QLabel(this))
    , m_pair(new QLabel(this))
    , m_headers(new QTreeWidget(this))
    , m_trailersTitle(new QLabel(tr("Trailers"), this))
    , m_trailers(new QTreeWidget(this))
    , m_body(new HttpBodyView(this))
    , m_bodyInfo(new QLabel(this))
    , m_curl(new QPushButton(tr("Copy as cURL"), this))
    , m_copyBody(new QPushButton(tr("Copy Body"), this))
    , m_saveBody(new QPushButton(tr("Save Body…"), this))
{
    setObjectName(QStringLiteral("httpView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_picker->setObjectName(QStringLiteral("httpMessagePicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setToolTip(tr("This event holds several HTTP messages: pick one"));
    layout->addWidget(m_picker);
    connect(m_picker, &QComboBox::activated, this, [this](int i) {
        if (i < 0 || i >= m_eventMessages.size() || !showMessage(m_eventMessages.at(i)))
            return;
        // Mark the picked message's bytes in the Bytes tab.
        const auto r = m_headerRange.first >= 0 ? m_headerRange : m_bodyRange;
        if (r.first >= 0 && r.second > r.first)
            emit rangeActivated(r.first, r.second);
    });
    auto *top = new QHBoxLayout;
    m_startLine->setObjectName(QStringLiteral("httpStartLine"));
    m_startLine->setTextFormat(Qt::PlainText);
    m_startLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_startLine->font();
    bold.setBold(true);
    m_startLine->setFont(bold);
    m_pair->setObjectName(QStringLiteral("httpPair"));
    m_pair->setTextFormat(Qt::RichText); // our own link text only, never payload
    connect(m_pair, &QLabel::linkActivated, this, [this](const QString &link) {
        // "message:FRAME:INDEX": the event and the message in it.
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 3 && parts[0] == QLatin1String("message"))
            emit messageLinkActivated(parts[1].toUInt(), parts[2].toInt());
    });
    top->addWidget(m_startLine, 1);
    top->addWidget(m_pair);
    top->addWidget(m_curl);
    m_curl->setObjectName(QStringLiteral("httpCopyCurl"));
    m_copyBody->setObjectName(QStringLiteral("httpCopyBody"));
    m_saveBody->setObjectName(QStringLiteral("httpSaveBody"));
    top->addWidget(m_copyBody);
    top->addWidget(m_saveBody);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_headers->setObjectName(QStringLiteral("httpHeaders"));
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setUniformRowHeights(true);
    m_headers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_headers->header()->resizeSection(0, 180);
    auto *bodyBox = new QWidget(split);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(2);
    bodyLayout->addWidget(m_body, 1);
    m_bodyInfo->setTextFormat(Qt::PlainText);
    m_bodyInfo->setWordWrap(true);
    bodyLayout->addWidget(m_bodyInfo);
    m_trailersTitle->setObjectName(QStringLiteral("httpTrailersTitle"));
    QFont boldTitle = m_trailersTitle->font();
    boldTitle.setBold(true);
    m_trailersTitle->setFont(boldTitle);
    m_trailers->setObjectName(QStringLiteral("httpTrailers"));
    m_trailers->setColumnCount(2);
    m_trailers->setHeaderLabels({tr("Trailer"), tr("Value")});
    m_trailers->setRootIsDecorated(false);
    m_trailers->setUniformRowHeights(true);
    m_trailers->setMaximumHeight(120);
    m_trailers->header()->resizeSection(0, 180);
    bodyLayout->addWidget(m_trailersTitle);
    bodyLayout->addWidget(m_trailers);
    split->addWidget(m_headers);
    split->addWidget(bodyBox);
    split->setSizes({420, 520});
    layout->addWidget(split, 1);

    // Picking the headers marks the header section in the Bytes tab; the body is marked
    // otherwise (Wireshark's field-to-bytes link, per section).
    connect(m_headers, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto r = m_headers->selectedItems().isEmpty() ? m_bodyRange : m_headerRange;
        if (r.first >= 0 && r.second > r.first)
            emit rangeActivated(r.first, r.second);
    });
    // A multipart part marks its own bytes, when the body is this event's bytes unchanged.
    connect(m_body, &HttpBodyView::partActivated, this, [this](qint64 offset, qint64 length) {
        const HttpMessage *m = message();
        const auto [begin, end] = m_bodyRange;
        if (m && begin >= 0 && end - begin == m->bodySize() && offset + length <= end - begin)
            emit rangeActivated(begin + offset, begin + offset + length);
    });
    connect(m_curl, &QPushButton::clicked, this, &HttpView::copyCurl);
    connect(m_copyBody, &QPushButton::clicked, this, &HttpView::copyBody);
    connect(m_saveBody, &QPushButton::clicked, this, &HttpView::saveBody);
    clear();
}

HttpView::~HttpView() = default;

const HttpMessage *HttpView::message() const
{
    if (!m_entry || m_message < 0 || m_message >= m_entry->analysis.messages.size())
        return nullptr;
    return &m_entry->analysis.messages.at(m_message);
}

QString HttpView::startLineText() const
{
    return m_startLine->text();
}

QString HttpView::pairText() const
{
    return m_pair->text();
}

QString HttpView::bodyText() const
{
    return m_body->text();
}

void HttpView::showPending()
{
    clear();
    m_startLine->setText(tr("Dissecting the conversation…"));
}

void HttpView::clear()
{
    m_entry.reset();
    m_message = -1;
    m_item = -1;
    m_eventMessages.clear();
    m_picker->clear();
    m_picker->hide();
    m_trailers->clear();
    m_trailers->hide();
    m_trailersTitle->hide();
    m_bodyRange = {-1, -1};
    m_headerRange = {-1, -1};
    m_startLine->setText(tr("No HTTP message in this event."));
    m_pair->clear();
    m_headers->clear();
    m_body->clear();
    m_bodyInfo->clear();
    m_curl->setEnabled(false);
    m_copyBody->setEnabled(false);
    m_saveBody->setEnabled(false);
}

bool HttpView::setEvent(const HttpAnalysisCache::EntryPtr &entry, int eventIndex,
                        int preferredMessage)
{
    clear();
    if (!entry)
        return false;
    const int item = entry->itemOfEvent.value(eventIndex, -1);
    if (item < 0)
        return false;
    const HttpCaptureAnalysis &a = entry->analysis;
    const HttpEventFields f = entry->fieldsForEvent(eventIndex);
    // Messages continued from an earlier event first (their bytes come first), then every
    // message beginning here, in byte order.
    QVector<int> list;
    for (int idx : a.messagesByItem.value(item))
        if (idx >= 0 && idx < a.messages.size() && a.messages.at(idx).firstItem != item)
            list.append(idx);
    for (const HttpEventFields &m : f.messages)
        if (m.message >= 0 && m.message < a.messages.size())
            list.append(m.message);
    if (list.isEmpty())
        return false;
    int msg = f.present ? f.message : list.first();
    if (list.contains(preferredMessage))
        msg = preferredMessage;
    m_entry = entry;
    m_item = item;
    m_eventMessages = list;
    if (list.size() > 1) {
        for (int k = 0; k < list.size(); ++k) {
            const HttpMessage &m = a.messages.at(list[k]);
            QString text =
                tr("Message %1 of %2: %3").arg(k + 1).arg(list.size()).arg(HttpFields::summary(m));
            if (m.firstItem != item)
                text += QLatin1Char(' ') + tr("(continued)");
            m_picker->addItem(text);
        }
        m_picker->show();
    }
    return showMessage(msg);
}

bool HttpView::showMessage(int message)
{
    const qsizetype at = m_eventMessages.indexOf(message);
    if (!m_entry || at < 0)
        return false;
    m_message = message;
    m_picker->setCurrentIndex(int(at));
    showCurrent();
    return true;
}

void HttpView::addHeaderRows(const HttpMessage &m)
{
    for (const HttpHeaderField &h : m.headers)
        new QTreeWidgetItem(m_headers, {PayloadText::render(h.name), PayloadText::render(h.value)});
    // HTTP/2 splits Cookie into crumbs (RFC 9113 §8.2.3); HTTP/1, cURL and the HAR carry the
    // joined form.
    const QByteArray joined = m.joinedCookie();
    if (!joined.isNull()) {
        auto *row =
            new QTreeWidgetItem(m_headers, {tr("Cookie (joined)"), PayloadText::render(joined)});
        row->setToolTip(0, tr("The cookie fields above joined with \"; \" (RFC 9113 §8.2.3)"));
        QFont f = row->font(0);
        f.setItalic(true);
        row->setFont(0, f);
    }
    if (m.headersUnknown) {
        const QString why = m.headerLoss == HttpMessage::HeaderLoss::CompressionError
                                ? tr("header fields lost: HPACK compression error in a "
                                     "connection captured from its start (nghttp2: %1)")
                                      .arg(m.headerError)
                            : m.headerLoss == HttpMessage::HeaderLoss::NotCaptured
                                ? tr("header fields not captured")
                                : tr("header fields lost: HPACK state missing (the connection's "
                                     "start was not captured)");
        new QTreeWidgetItem(m_headers, {tr("⚠"), why});
    }
}

void HttpView::showCurrent()
{
    const HttpCaptureAnalysis &a = m_entry->analysis;
    const int item = m_item;
    const int msg = m_message;
    const HttpMessage &m = a.messages.at(msg);
    m_bodyRange = {-1, -1};
    m_headerRange = {-1, -1};
    m_pair->clear();
    m_headers->clear();
    m_trailers->clear();

    QString start = startLineOf(m);
    if (m.firstItem >= 0 && m.firstItem != item)
        start = tr("%1 (continued from #%2)")
                    .arg(start)
                    .arg(m_entry->items.value(m.firstItem).frameNumber);
    if (m.httpMajor == 2)
        start += QStringLiteral(" · ") + tr("stream %1").arg(m.streamId);
    m_startLine->setText(start);

    const int other = a.pairedMessage(msg);
    if (other >= 0) {
        const HttpMessage &o = a.messages.at(other);
        const quint32 frame = m_entry->items.value(o.firstItem).frameNumber;
        QString text = (m.isRequest ? tr("Response in #%1") : tr("Request in #%1")).arg(frame);
        QString link = QStringLiteral("<a href=\"message:%1:%2\">%3</a>")
                           .arg(frame)
                           .arg(other)
                           .arg(text.toHtmlEscaped());
        if (m.exchange >= 0 && a.exchanges.at(m.exchange).timeNs >= 0)
            link += QStringLiteral(" · %1 ms")
                        .arg(double(a.exchanges.at(m.exchange).timeNs) / 1e6, 0, 'f', 1);
        m_pair->setText(link);
    }

    addHeaderRows(m);
    // A final response shows the interim (1xx) responses of its exchange beside it: a 103's
    // link fields belong to what the client does before the final response arrives.
    if (!m.isRequest && !m.interim && m.exchange >= 0) {
        for (int i : a.exchanges.at(m.exchange).interim) {
            const HttpMessage &im = a.messages.at(i);
            sectionRow(m_headers, tr("Interim response in #%1: %2")
                                      .arg(m_entry->items.value(im.firstItem).frameNumber)
                                      .arg(startLineOf(im)));
            for (const HttpHeaderField &h : im.headers)
                new QTreeWidgetItem(m_headers,
                                    {PayloadText::render(h.name), PayloadText::render(h.value)});
        }
    }
    for (const HttpHeaderField &h : m.trailers)
        new QTreeWidgetItem(m_trailers,
                            {PayloadText::render(h.name), PayloadText::render(h.value)});
    m_trailers->setVisible(!m.trailers.isEmpty());
    m_trailersTitle->setVisible(!m.trailers.isEmpty());

    // A body released from memory (DecodedBodyBudget) is decoded again for the one message
    // shown.
    m_body->showBody(m.decodedBody(), httpHeaderValue(m.headers, "content-type"),
                     m.noBodyByRule ? tr("(no body by rule)") : tr("(no body)"));
    QStringList info;
    info << m.bodySizeText();
    if (!m_body->mediaType().isEmpty())
        info << QString::fromUtf8(m_body->mediaType());
    if (!m.decodeError.isEmpty())
        info << tr("decoding failed: %1").arg(m.decodeError);
    if (m.bodyTruncated)
        info << tr("body cut short");
    info << m_body->notes();
    info << m.notes;
    m_bodyInfo->setText(info.join(QStringLiteral(" · ")));

    for (const HttpByteRange &range : m.headerRanges) {
        if (range.item == item) {
            m_headerRange = {range.begin, range.end};
            break;
        }
    }
    for (const HttpByteRange &range : m.bodyRanges) {
        if (range.item == item) {
            m_bodyRange = {range.begin, range.end};
            break;
        }
    }
    m_curl->setEnabled(m.isRequest);
    m_copyBody->setEnabled(m.bodySize() > 0);
    m_saveBody->setEnabled(m.bodySize() > 0);
}

void HttpView::copyCurl()
{
    if (const HttpMessage *m = message(); m && m->isRequest)
        QApplication::clipboard()->setText(CurlCommand::fromRequest(*m));
}

void HttpView::copyBody()
{
    const HttpMessage *m = message();
    if (!m)
        return;
    // An image is copied as the image (paste into an editor) and as its text form.
    auto *mime = new QMimeData;
    mime->setText(PayloadText::render(m->decodedBody()));
    if (m_body->page() == HttpBodyView::Page::Image)
        mime->setImageData(m_body->imageLabel()->pixmap().toImage());
    QApplication::clipboard()->setMimeData(mime);
}

void HttpView::saveBody()
{
    const HttpMessage *m = message();
    if (!m)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Decoded Body"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray body = m->decodedBody();
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        QMessageBox::warning(this, tr("Save Decoded Body"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace ecv
