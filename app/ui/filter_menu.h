// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QObject>

#include "ui/filter_expression.h"

class QMenu;
class QTreeWidget;

namespace ecv {

class CaptureStore;
class DisplayFilterBar;
class EventListModel;
class EventListView;
class HttpAnalysis;

/**
 * @brief Wireshark's "Apply as Filter" / "Prepare as Filter" menus on the event list's cells
 * and the detail pane's Fields tab (Selected, Not Selected, …and Selected, …or Selected, …and
 * not Selected, …or not Selected), plus "Filter to this Conversation" and "Filter to this
 * Process". The condition is the registry field's name and the event's value as the registry
 * reads it (`process.name == "curl"`, `tcp.dstport == 443`). GUI thread.
 */
class FilterMenu : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterMenu)
public:
    /** None of the pointers is owned; all must outlive the menu. */
    FilterMenu(DisplayFilterBar *bar, const CaptureStore *store, HttpAnalysis *http,
               QObject *parent = nullptr);
    ~FilterMenu() override;

    /** @brief The registry field a list column filters on (frame.number, process.name, ip.src, …).
     */
    static const FieldInfo &columnFilterField(int column);
    /** @brief `field == value` for event @p eventIndex (@p preferred: the value to pick when the
     *  field repeats), or the bare field name when the event has no value for it. */
    QString conditionFor(const FieldInfo &field, int eventIndex,
                         const QString &preferred = QString()) const;
    /** @brief `event.conversation == N` / `process.pid == P && process.name == "x"`; "" when
     *  the event has none. */
    QString conversationFilter(int eventIndex) const;
    QString processFilter(int eventIndex) const;

    /** @brief Add the Apply/Prepare submenus for @p condition to @p menu. */
    void addFilterMenus(QMenu *menu, const QString &condition);
    /** @brief Add "Filter to this Conversation" and "Filter to this Process" for the event. */
    void addShortcuts(QMenu *menu, int eventIndex);
    /** @brief Apply (or only prepare) @p condition joined to the bar's text by @p join. */
    void use(const QString &condition, FilterExpression::Join join, bool apply);

    /** @brief Right-click menu on @p view's cells (then the view's own actions). */
    void attachToList(EventListView *view, EventListModel *model);
    /** @brief Right-click menu on the Fields tab; @p currentEvent gives the event it shows. */
    void attachToFields(QTreeWidget *fields, std::function<int()> currentEvent);

private:
    DisplayFilterBar *m_bar;
    const CaptureStore *m_store;
    HttpAnalysis *m_http;
};

} // namespace ecv
