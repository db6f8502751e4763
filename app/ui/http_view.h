// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/http/http_analysis_cache.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ecv {

class HttpBodyView;

/**
 * @brief The detail pane's HTTP tab: the message that begins in (or continues through) the
 * selected event: start line, header fields in order with duplicates, the decoded body (drawn
 * by HttpBodyView: JSON, XML, a form table, multipart parts, an image, text or hex),
 * "N bytes encoded → M decoded", notes, and a link to the paired request/response. Actions: copy as
 * cURL (requests), copy body, save body. Shows only what HttpDissector found; no parsing here. GUI
 * thread.
 */
class HttpView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpView)
public:
    explicit HttpView(QWidget *parent = nullptr);
    ~HttpView() override;

    /** @brief Show the message of event @p eventIndex in @p entry; false if it has none. */
    bool setEvent(const HttpAnalysisCache::EntryPtr &entry, int eventIndex);
    void showPending();
    void clear();

    /** @brief The message shown (nullptr if none). */
    const HttpMessage *message() const;
    QString startLineText() const;
    QString pairText() const;
    QString bodyText() const;
    QTreeWidget *headersView() const { return m_headers; }
    /** @brief The body: text, form table, multipart parts or image. */
    HttpBodyView *bodyView() const { return m_body; }

    /** @brief Byte range [begin, end) of the shown message's body inside the event's data
     *  (-1 when the body is not in this event). */
    QPair<qint64, qint64> bodyRangeInEvent() const { return m_bodyRange; }
    /** @brief Same for the message's start line and header section. */
    QPair<qint64, qint64> headerRangeInEvent() const { return m_headerRange; }

signals:
    /** @brief The user followed the "Response in #N" / "Request in #N" link. */
    void frameLinkActivated(quint32 frameNumber);
    /** @brief Mark bytes [begin, end) of the event (the user picked the headers or body). */
    void rangeActivated(qint64 begin, qint64 end);

private:
    void copyCurl();
    void copyBody();
    void saveBody();

    QLabel *m_startLine;
    QLabel *m_pair;
    QTreeWidget *m_headers;
    HttpBodyView *m_body;
    QLabel *m_bodyInfo;
    QPushButton *m_curl;
    QPushButton *m_copyBody;
    QPushButton *m_saveBody;
    HttpAnalysisCache::EntryPtr m_entry;
    int m_message = -1;
    QPair<qint64, qint64> m_bodyRange{-1, -1};
    QPair<qint64, qint64> m_headerRange{-1, -1};
};

} // namespace ecv
