// SPDX-License-Identifier: Apache-2.0
#include "ui/filter_menu.h"

#include <QMenu>
#include <QTreeWidget>

#include "core/capture/capture_store.h"
#include "core/fields/store_field_context.h"
#include "ui/detail_pane.h"
#include "ui/display_filter_bar.h"
#include "ui/event_list_model.h"
#include "ui/event_list_view.h"

namespace ecv {

FilterMenu::FilterMenu(DisplayFilterBar *bar, const CaptureStore *store, HttpAnalysis *http,
                       QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_store(store)
    , m_http(http)
{}

FilterMenu::~FilterMenu() = default;

const FieldInfo &FilterMenu::columnFilterField(int column)
{
    switch (column) {
    case EventListModel::Number:
        return FieldRegistry::field("frame.number");
    case EventListModel::Time:
        return FieldRegistry::field("frame.time");
    case EventListModel::Process:
        return FieldRegistry::field("process.name");
    case EventListModel::Source:
        return FieldRegistry::field("ip.src");
    case EventListModel::Destination:
        return FieldRegistry::field("ip.dst");
    case EventListModel::Host:
        return FieldRegistry::field("http.host");
    case EventListModel::Protocol:
        return FieldRegistry::field("col.protocol");
    case EventListModel::Length:
        return FieldRegistry::field("frame.len");
    default:
        return FieldRegistry::field("col.info");
    }
}

QString FilterMenu::conditionFor(const FieldInfo &field, int eventIndex,
                                 const QString &preferred) const
{
    if (eventIndex < 0 || eventIndex >= m_store->eventCount())
        return QString();
    const StoreFieldContext context(*m_store, eventIndex, m_http,
                                    StoreFieldContext::HttpLookup::Peek);
    const FieldValues values = FieldRegistry::values(field, context);
    if (values.isEmpty())
        return FilterExpression::condition(field, nullptr);
    const FieldValue *chosen = &values.first();
    for (const FieldValue &v : values) {
        if (!preferred.isEmpty() && FieldRegistry::text(field, v) == preferred)
            chosen = &v;
    }
    return FilterExpression::condition(field, chosen);
}

QString FilterMenu::conversationFilter(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= m_store->eventCount())
        return QString();
    const quint32 id = m_store->eventAt(eventIndex).conversationId;
    return id == 0 ? QString() : QStringLiteral("event.conversation == %1").arg(id);
}

QString FilterMenu::processFilter(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= m_store->eventCount())
        return QString();
    const EventIndexEntry &e = m_store->eventAt(eventIndex);
    if (e.pid < 0)
        return QString();
    const QString name = m_store->string(e.processNameId);
    const QString pid = QStringLiteral("process.pid == %1").arg(e.pid);
    if (name.isEmpty())
        return pid;
    const FieldValue value = FieldValue::ofText(name);
    return pid + QStringLiteral(" && ") +
           FilterExpression::condition(FieldRegistry::field("process.name"), &value);
}

void FilterMenu::use(const QString &condition, FilterExpression::Join join, bool apply)
{
    const QString current = m_bar->appliedText();
    m_bar->setFilterText(FilterExpression::join(current, condition, join), apply);
}

void FilterMenu::addFilterMenus(QMenu *menu, const QString &condition)
{
    using J = FilterExpression::Join;
    const struct
    {
        J join;
        const char *text;
    } entries[] = {
        {J::Selected, QT_TR_NOOP("Selected")},
        {J::NotSelected, QT_TR_NOOP("Not Selected")},
        {J::AndSelected, QT_TR_NOOP("…and Selected")},
        {J::OrSelected, QT_TR_NOOP("…or Selected")},
        {J::AndNotSelected, QT_TR_NOOP("…and not Selected")},
        {J::OrNotSelected, QT_TR_NOOP("…or not Selected")},
    };
    for (const bool apply : {true, false}) {
        QMenu *sub = menu->addMenu(apply ? tr("Apply as Filter") : tr("Prepare as Filter"));
        sub->setObjectName(apply ? QStringLiteral("applyAsFilter")
                                 : QStringLiteral("prepareAsFilter"));
        sub->setToolTipsVisible(true);
        sub->setEnabled(!condition.isEmpty());
        for (const auto &entry : entries) {
            QAction *a = sub->addAction(tr(entry.text), this, [this, condition, entry, apply] {
                use(condition, entry.join, apply);
            });
            a->setToolTip(FilterExpression::join(m_bar->appliedText(), condition, entry.join));
            // The …and/…or forms need a filter to join to.
            if (entry.join != J::Selected && entry.join != J::NotSelected &&
                m_bar->appliedText().isEmpty())
                a->setEnabled(false);
        }
    }
}

void FilterMenu::addShortcuts(QMenu *menu, int eventIndex)
{
    const QString conversation = conversationFilter(eventIndex);
    QAction *c = menu->addAction(tr("Filter to this Conversation"), this, [this, conversation] {
        m_bar->setFilterText(conversation, true);
    });
    c->setObjectName(QStringLiteral("filterConversation"));
    c->setEnabled(!conversation.isEmpty());
    const QString process = processFilter(eventIndex);
    QAction *p = menu->addAction(tr("Filter to this Process"), this,
                                 [this, process] { m_bar->setFilterText(process, true); });
    p->setObjectName(QStringLiteral("filterProcess"));
    p->setEnabled(!process.isEmpty());
}

void FilterMenu::attachToList(EventListView *view, EventListModel *model)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, model](QPoint pos) {
        const QModelIndex index = view->indexAt(pos);
        QMenu menu(view);
        if (index.isValid()) {
            const int eventIndex = model->eventIndexAt(index.row());
            addShortcuts(&menu, eventIndex);
            menu.addSeparator();
            addFilterMenus(&menu, conditionFor(columnFilterField(index.column()), eventIndex));
            menu.addSeparator();
        }
        menu.addActions(view->actions());
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void FilterMenu::attachToFields(QTreeWidget *fields, std::function<int()> currentEvent)
{
    fields->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(fields, &QWidget::customContextMenuRequested, this,
            [this, fields, currentEvent](QPoint pos) {
                const QTreeWidgetItem *item = fields->itemAt(pos);
                const int eventIndex = currentEvent();
                if (!item || eventIndex < 0)
                    return;
                const QString name = item->data(0, DetailPane::FilterFieldRole).toString();
                const FieldInfo *field = FieldRegistry::find(name);
                QMenu menu(fields);
                addShortcuts(&menu, eventIndex);
                menu.addSeparator();
                addFilterMenus(&menu,
                               field ? conditionFor(*field, eventIndex, item->text(1)) : QString());
                menu.exec(fields->viewport()->mapToGlobal(pos));
            });
}

} // namespace ecv
