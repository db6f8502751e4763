// SPDX-License-Identifier: Apache-2.0
#include "ui/http_view.h"

#include <QApplication>
#include <QClipboard>
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
#include "ui/http_body_view.h"

namespace ecv {

namespace {

QString startLineOf(const HttpMessage &m)
{
    if (m.httpMajor == 1 && !m.startLine.isEmpty())
        return PayloadText::render(m.startLine);
    if (m.isRequest)
        return QStringLiteral("%1 %2 %3")
            .arg(QString::fromUtf8(m.method), PayloadText::render(m.target),
                 QString::fromUtf8(m.version));
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromUtf8(m.version))
        .arg(m.statusCode)
        .arg(QString::fromUtf8(m.reason))
        .trimmed();
}
} // namespace

HttpView::HttpView(QWidget *parent)
    : QWidget(parent)
    , m_startLine(new QLabel(this))
    , m_pair(new QLabel(this))
    , m_headers(new QTreeWidget(this))
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
        if (link.startsWith(QLatin1String("frame:")))
            emit frameLinkActivated(link.mid(6).toUInt());
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
        if (m && begin >= 0 && end - begin == m->body.size() && offset + length <= end - begin)
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

bool HttpView::setEvent(const HttpAnalysisCache::EntryPtr &entry, int eventIndex)
{
    clear();
    if (!entry)
        return false;
    const int item = entry->itemOfEvent.value(eventIndex, -1);
    if (item < 0)
        return false;
    const HttpCaptureAnalysis &a = entry->analysis;
    const HttpEventFields f = entry->fieldsForEvent(eventIndex);
    int msg = f.present ? f.message : a.firstMessageStartingIn(item);
    if (msg < 0) {
        const QVector<int> touching = a.messagesByItem.value(item);
        msg = touching.isEmpty() ? -1 : touching.first();
    }
    if (msg < 0 || msg >= a.messages.size())
        return false;
    m_entry = entry;
    m_message = msg;
    const HttpMessage &m = a.messages.at(msg);

    QString start = startLineOf(m);
    if (m.firstItem >= 0 && m.firstItem != item)
        start = tr("%1 (continued from #%2)")
                    .arg(start)
                    .arg(entry->items.value(m.firstItem).frameNumber);
    if (m.httpMajor == 2)
        start += QStringLiteral(" · ") + tr("stream %1").arg(m.streamId);
    m_startLine->setText(start);

    const int other = a.pairedMessage(msg);
    if (other >= 0) {
        const HttpMessage &o = a.messages.at(other);
        const quint32 frame = entry->items.value(o.firstItem).frameNumber;
        QString text = (m.isRequest ? tr("Response in #%1") : tr("Request in #%1")).arg(frame);
        QString link = QStringLiteral("<a href=\"frame:%1\">%2</a>").arg(frame).arg(text);
        if (m.exchange >= 0 && a.exchanges.at(m.exchange).timeNs >= 0)
            link += QStringLiteral(" · %1 ms")
                        .arg(double(a.exchanges.at(m.exchange).timeNs) / 1e6, 0, 'f', 1);
        m_pair->setText(link);
    }

    auto addHeaders = [this](const HttpHeaderList &list, bool trailer) {
        for (const HttpHeaderField &h : list) {
            auto *row = new QTreeWidgetItem(
                m_headers, {PayloadText::render(h.name), PayloadText::render(h.value)});
            if (trailer)
                row->setToolTip(0, tr("trailer field"));
        }
    };
    addHeaders(m.headers, false);
    addHeaders(m.trailers, true);
    if (m.headersUnknown)
        new QTreeWidgetItem(m_headers, {tr("⚠"), tr("header fields lost (HPACK context "
                                                    "missing): names unknown")});

    m_body->showBody(m.body, httpHeaderValue(m.headers, "content-type"),
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
    m_copyBody->setEnabled(!m.body.isEmpty());
    m_saveBody->setEnabled(!m.body.isEmpty());
    return true;
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
    mime->setText(PayloadText::render(m->body));
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
    if (!file.open(QIODevice::WriteOnly) || file.write(m->body) != m->body.size())
        QMessageBox::warning(this, tr("Save Decoded Body"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace ecv
