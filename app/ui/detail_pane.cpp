// SPDX-License-Identifier: Apache-2.0
#include "ui/detail_pane.h"

#include "core/normalize/endpoint_text.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/fields/payload_text.h"
#include "ui/appearance.h"
#include "ui/event_list_model.h"
#include "ui/follow_view.h"
#include "ui/hex_view.h"
#include "ui/http_view.h"

namespace ecv {

namespace {

QString eraDescription(Era era)
{
    switch (era) {
    case Era::V140Json:
        return QStringLiteral("v1.4.0–1.4.2 JSON text");
    case Era::V1Protobuf:
        return QStringLiteral("v1.4.3–1.5.x protobuf");
    case Era::V1RawText:
        return QStringLiteral("v1.4.3–1.5.x raw text");
    case Era::V2Text:
        return QStringLiteral("v2 text event");
    case Era::ConnectOut:
        return QStringLiteral("connect-out (--eventaddr)");
    case Era::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString formatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Raw:
        return QStringLiteral("raw bytes");
    case PayloadFormat::Http1Message:
        return QStringLiteral("HTTP/1 message re-serialized by eCapture");
    case PayloadFormat::Http2Rendering:
        return QStringLiteral("eCapture's HTTP/2 text rendering");
    case PayloadFormat::HexDumpText:
        return QStringLiteral("Go hex.Dump text");
    case PayloadFormat::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString timeSourceName(TimeSource source)
{
    switch (source) {
    case TimeSource::Event:
        return QStringLiteral("event timestamp");
    case TimeSource::PrintedLocal:
        return QStringLiteral("printed local time");
    case TimeSource::Arrival:
        return QStringLiteral("arrival time");
    case TimeSource::Monotonic:
        return QStringLiteral("boot-clock timestamp, mapped to wall time");
    }
    return {};
}

QString nsTime(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
           QStringLiteral("%1").arg(ns % 1000000, 6, 10, QLatin1Char('0'));
}

QString number(qint64 v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v);
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_fields(new QTreeWidget(this))
    , m_http(new HttpView(this))
    , m_follow(new FollowView(this))
    , m_hex(new HexView(this))
    , m_hexInfo(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_textInfo(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setUniformRowHeights(true);
    m_fields->header()->resizeSection(0, 200);
    m_fields->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *hexPage = new QWidget(this);
    auto *hexLayout = new QVBoxLayout(hexPage);
    hexLayout->setContentsMargins(0, 0, 0, 0);
    hexLayout->setSpacing(2);
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_hexInfo->setContentsMargins(4, 0, 4, 0);
    hexLayout->addWidget(m_hex);
    hexLayout->addWidget(m_hexInfo);

    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    appearance::markMonospace(m_text);
    m_textInfo->setTextFormat(Qt::PlainText);
    auto *infoRow = new QHBoxLayout;
    infoRow->setContentsMargins(4, 0, 4, 0);
    infoRow->addWidget(m_textInfo, 1);
    infoRow->addWidget(m_showAll);
    textLayout->addWidget(m_text);
    textLayout->addLayout(infoRow);
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] { showText(true); });

    m_tabs->addTab(m_fields, tr("Fields"));
    m_tabs->addTab(m_http, tr("HTTP"));
    m_tabs->addTab(hexPage, tr("Bytes"));
    m_tabs->addTab(textPage, tr("Text"));
    m_tabs->addTab(m_follow, tr("Follow Stream"));
    m_tabs->setCurrentIndex(HttpTab);
    connect(m_http, &HttpView::frameLinkActivated, this, &DetailPane::frameLinkActivated);
    connect(m_http, &HttpView::messageLinkActivated, this, [this](quint32 frame, int message) {
        // The link names an event and a message in it: the message is picked once that event
        // is shown (at once when it is this one: a request and its response in one event).
        if (m_hasEvent && frame == m_event.frameNumber && m_http->showMessage(message))
            return;
        m_wantFrame = frame;
        m_wantMessage = message;
        emit frameLinkActivated(frame);
    });
    connect(m_follow, &FollowView::filterRequested, this, &DetailPane::conversationFilterRequested);
    connect(m_http, &HttpView::rangeActivated, this, [this](qint64 begin, qint64 end) {
        m_hex->setHighlight(begin, end - begin);
        m_hex->ensureVisible(begin);
    });
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::setEvent(const CapturedEvent &event, const QString &protocol, const QString &info)
{
    m_event = event;
    m_hasEvent = true;
    const QLocale locale;

    m_fields->clear();
    QTreeWidgetItem *ev = addGroup(tr("Event %1").arg(event.frameNumber));
    addField(ev, tr("Frame number"), QString::number(event.frameNumber), "frame.number");
    addField(ev, tr("Time"), nsTime(event.timeNs), "frame.time");
    addField(ev, tr("Time source"), timeSourceName(event.timeSource));
    addField(ev, tr("Arrival time"), nsTime(event.arrivalNs));
    addField(ev, tr("Protocol"), protocol, "col.protocol");
    addField(ev, tr("Info"), info, "col.info");
    addField(ev, tr("Kind"), eventKindName(event.kind), "event.kind");
    addField(ev, tr("Probe"), probeName(event.probe), "event.probe");
    addField(ev, tr("Direction"), directionName(event.direction), "event.direction");
    addField(ev, tr("Payload format"), formatName(event.format));
    addField(ev, tr("Length"), tr("%1 bytes").arg(locale.toString(event.data.size())), "frame.len");

    QTreeWidgetItem *proc = addGroup(tr("Process"));
    addField(proc, tr("Name"), event.processName, "process.name");
    addField(proc, tr("PID"), number(event.pid), "process.pid");
    addField(proc, tr("TID"), number(event.tid), "process.tid");
    addField(proc, tr("UID"), number(event.uid));
    addField(proc, tr("File descriptor"), number(event.fd), "event.fd");

    QTreeWidgetItem *conn = addGroup(tr("Connection"));
    addField(conn, tr("Source"), endpointText(event.srcIp, event.srcPort), "ip.src");
    addField(conn, tr("Destination"), endpointText(event.dstIp, event.dstPort), "ip.dst");
    m_connection = conn;
    m_roles = nullptr;
    if (event.rolesInferred)
        setRolesNote(tr("client/server side inferred"));

    QTreeWidgetItem *orig = addGroup(tr("eCapture fields (as sent)"));
    addField(orig, tr("Wire era"), eraDescription(event.era), "event.era");
    addField(orig, tr("type"), number(event.ecaptureType), "event.type");
    addField(orig, tr("length"), number(event.declaredLength), "event.length");
    addField(orig, tr("uuid"), event.uuid, "event.uuid");
    addField(orig, tr("tuple"), event.tuple, "event.tuple");
    if (event.kind == EventKind::Shell)
        addField(orig, tr("Retvalue"), QString::number(event.returnValue));
    if (!event.status.isEmpty())
        addField(orig, tr("Status"), event.status);

    if (!event.warnings.isEmpty()) {
        QTreeWidgetItem *warn = addGroup(tr("Warnings"));
        for (const QString &w : event.warnings)
            addField(warn, QStringLiteral("⚠"), w, "event.warning");
    }
    m_fields->expandAll();

    m_hex->setData(event.data);
    m_hexInfo->setText(tr("%1 bytes").arg(locale.toString(event.data.size())));
    showText(false);
}

void DetailPane::setRolesNote(const QString &note)
{
    if (!m_connection || note.isEmpty())
        return;
    if (!m_roles) {
        m_roles = new QTreeWidgetItem(m_connection, {tr("Roles"), QString()});
        m_roles->setData(0, Qt::UserRole, QStringLiteral("roles"));
    }
    m_roles->setText(1, note);
    m_roles->setToolTip(1, note);
}

void DetailPane::clear()
{
    m_connection = nullptr;
    m_roles = nullptr;
    m_event = CapturedEvent();
    m_hasEvent = false;
    m_fields->clear();
    m_hex->setData({});
    m_http->clear();
    m_follow->clear();
    m_hexInfo->setText(tr("Select an event to see its bytes."));
    m_text->clear();
    m_textInfo->clear();
    m_showAll->hide();
}

void DetailPane::setHttpPending()
{
    m_http->showPending();
    m_follow->showPending();
}

void DetailPane::setHttp(const HttpAnalysisCache::EntryPtr &entry, int eventIndex,
                         const QString &conversationTitle)
{
    if (!m_hasEvent)
        return;
    const int preferred = m_event.frameNumber == m_wantFrame ? m_wantMessage : -1;
    if (entry) {
        m_wantFrame = 0;
        m_wantMessage = -1;
    }
    m_http->setEvent(entry, eventIndex, preferred);
    m_follow->setConversation(entry, conversationTitle);
    // eCapture sent some payloads as Go hex.Dump text: show the bytes it stands for; the
    // dissector's ranges refer to those bytes.
    const int item = entry ? entry->itemOfEvent.value(eventIndex, -1) : -1;
    bool rangesApply = m_event.format != PayloadFormat::HexDumpText;
    if (!rangesApply && item >= 0 && item < entry->analysis.itemBytes.size() &&
        !entry->analysis.itemBytes.at(item).isEmpty()) {
        const QByteArray &bytes = entry->analysis.itemBytes.at(item);
        m_hex->setData(bytes);
        m_hexInfo->setText(tr("%1 bytes, decoded from eCapture's hex.Dump text (%2 bytes)")
                               .arg(QLocale().toString(bytes.size()))
                               .arg(QLocale().toString(m_event.data.size())));
        rangesApply = true;
    }
    // The body's bytes in this event, marked in the hex view.
    const auto [begin, end] = m_http->bodyRangeInEvent();
    if (rangesApply && begin >= 0 && end > begin)
        m_hex->setHighlight(begin, end - begin);
}

bool DetailPane::find(const QString &text)
{
    if (!m_hasEvent || text.isEmpty())
        return false;
    bool found = m_hex->find(text.toUtf8());
    if (!m_text->find(text)) {
        m_text->moveCursor(QTextCursor::Start);
        found = m_text->find(text) || found;
    } else {
        found = true;
    }
    return found;
}

bool DetailPane::findBytes(const QByteArray &bytes)
{
    return m_hasEvent && m_hex->find(bytes);
}

void DetailPane::showText(bool all)
{
    const QByteArray &data = m_event.data;
    const bool capped = !all && data.size() > textCap();
    int invalid = 0;
    QString text = PayloadText::render(data, capped ? textCap() : -1, &invalid);
    const int breaks = PayloadText::breakLongLines(text);
    m_text->setPlainText(text);
    const QLocale locale;
    QStringList info;
    info << tr("%1 bytes").arg(locale.toString(data.size()));
    if (capped)
        info << tr("showing the first %1").arg(locale.formattedDataSize(textCap()));
    if (breaks > 0)
        info << tr("lines over %1 characters broken at %2")
                    .arg(PayloadText::MaxLineChars)
                    .arg(QChar(PayloadText::BreakMark));
    if (invalid > 0)
        info << tr("%n byte(s) not valid UTF-8, shown as %1", nullptr, invalid)
                    .arg(QChar(PayloadText::InvalidMark));
    m_textInfo->setText(info.join(QStringLiteral(" · ")));
    m_showAll->setVisible(capped);
}

QTreeWidgetItem *DetailPane::addGroup(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_fields, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    return item;
}

void DetailPane::addField(QTreeWidgetItem *group, const QString &name, const QString &value,
                          const char *filterField)
{
    auto *item = new QTreeWidgetItem(group, {name, value});
    if (filterField)
        item->setData(0, FilterFieldRole, QString::fromLatin1(filterField));
}

} // namespace ecv
