// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/http/http_analysis_cache.h"
#include "core/wire/captured_event.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecv {

class FollowView;
class HexView;
class HttpView;

/**
 * @brief The selected event, not modal: its normalized and original eCapture fields, and the
 * payload as hex + ASCII and as plain text (UTF-8, invalid bytes marked).
 *
 * Text is capped at textCap() bytes (1 MiB) so a 16 MiB payload stays instant; "Show all"
 * lifts the cap for that event. GUI thread.
 */
class DetailPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)
public:
    /** @brief Fields tab items: the registry field the row shows (QString), for "Apply as
     *  Filter"; absent on rows no field stands for. */
    static constexpr int FilterFieldRole = Qt::UserRole + 40;

    enum Tab
    {
        FieldsTab,
        HttpTab,
        HexTab,
        TextTab,
        FollowTab
    };

    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    /** @brief Show @p event; @p protocol and @p info are the list's labels for it. */
    void setEvent(const CapturedEvent &event, const QString &protocol, const QString &info);
    void clear();
    /** @brief How the shown event's client and server were decided (RolesNote), in the
     *  Connection group's "Roles" row. */
    void setRolesNote(const QString &note);
    /** @brief The event's conversation is being dissected. */
    void setHttpPending();
    /**
     * @brief Show the HTTP dissection of the current event's conversation (@p entry) in the
     * HTTP and Follow stream tabs; highlights the message body in the hex view.
     */
    void setHttp(const HttpAnalysisCache::EntryPtr &entry, int eventIndex,
                 const QString &conversationTitle);
    bool hasEvent() const { return m_hasEvent; }
    const CapturedEvent &event() const { return m_event; }

    /** @brief Find @p text in the payload (text view and hex view). @return found. */
    bool find(const QString &text);
    /** @brief Select the next occurrence of @p bytes in the Bytes tab. @return found. */
    bool findBytes(const QByteArray &bytes);

    static qsizetype textCap() { return 1 << 20; }

    QTabWidget *tabs() const { return m_tabs; }
    HexView *hexView() const { return m_hex; }
    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *fieldsView() const { return m_fields; }
    HttpView *httpView() const { return m_http; }
    FollowView *followView() const { return m_follow; }

signals:
    /** @brief A link to another event (e.g. "Response in #12") was followed; the message it
     *  names is shown when that event's HTTP arrives through setHttp(). */
    void frameLinkActivated(quint32 frameNumber);
    /** @brief Follow stream's "Filter on this conversation". */
    void conversationFilterRequested(quint32 conversationId);

private:
    void showText(bool all);
    QTreeWidgetItem *addGroup(const QString &title);
    void addField(QTreeWidgetItem *group, const QString &name, const QString &value,
                  const char *filterField = nullptr);

    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    HttpView *m_http;
    FollowView *m_follow;
    HexView *m_hex;
    QLabel *m_hexInfo;
    QPlainTextEdit *m_text;
    QLabel *m_textInfo;
    QPushButton *m_showAll;
    CapturedEvent m_event;
    bool m_hasEvent = false;
    QTreeWidgetItem *m_connection = nullptr; ///< the Fields tab's Connection group
    QTreeWidgetItem *m_roles = nullptr;      ///< its "Roles" row
    quint32 m_wantFrame = 0;                 ///< a followed link's event, until its HTTP is shown
    int m_wantMessage = -1;                  ///< … and the message in it
};

} // namespace ecv
