// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/http/http_analysis_cache.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ecv {

class HttpBodyView;

/**
 * @brief The detail pane's HTTP tab: the messages that begin in (or continue through) the
 * selected event. One event may hold several (pipelined requests, HEADERS of several streams,
 * an interim and a final response): a picker lists each, and the one picked is shown with its
 * start line, header fields in order with duplicates (HTTP/2 cookie crumbs also joined), the
 * interim 1xx responses of its exchange with their fields, the decoded body (drawn by
 * HttpBodyView: JSON, XML, a form table, multipart parts, an image, text or hex),
 * "N bytes encoded → M decoded", notes, its trailers and a link to the paired request/response
 * that names the message. Actions: copy as cURL (requests), copy body, save body. Shows only
 * what HttpDissector found; no parsing here. GUI thread.
 */
class HttpView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpView)
public:
    explicit HttpView(QWidget *parent = nullptr);
    ~HttpView() override;

    /**
     * @brief Show the messages of event @p eventIndex in @p entry; false if it has none.
     * @p preferredMessage (index into the analysis' messages) is picked when the event holds
     * it; otherwise the first message that begins there (a final response before a 1xx).
     */
    bool setEvent(const HttpAnalysisCache::EntryPtr &entry, int eventIndex,
                  int preferredMessage = -1);
    void showPending();
    void clear();

    /** @brief The message shown (nullptr if none). */
    const HttpMessage *message() const;
    /** @brief Index of the shown message in the analysis' messages, -1 if none. */
    int messageIndex() const { return m_message; }
    /** @brief The messages the picker offers for this event, in byte order. */
    const QVector<int> &eventMessages() const { return m_eventMessages; }
    /** @brief Show message @p message of the event (one of eventMessages()). */
    bool showMessage(int message);
    QString startLineText() const;
    QString pairText() const;
    QString bodyText() const;
    QTreeWidget *headersView() const { return m_headers; }
    /** @brief The trailer fields of the shown message (chunked trailers, HTTP/2 trailing
     *  HEADERS), hidden when it has none. */
    QTreeWidget *trailersView() const { return m_trailers; }
    /** @brief The message picker, shown when the event holds more than one message. */
    QComboBox *messagePicker() const { return m_picker; }
    /** @brief The body: text, form table, multipart parts or image. */
    HttpBodyView *bodyView() const { return m_body; }

    /** @brief Byte range [begin, end) of the shown message's body inside the event's data
     *  (-1 when the body is not in this event). */
    QPair<qint64, qint64> bodyRangeInEvent() const { return m_bodyRange; }
    /** @brief Same for the message's start line and header section. */
    QPair<qint64, qint64> headerRangeInEvent() const { return m_headerRange; }

signals:
    /** @brief Open the event with frame number @p frameNumber (its first message). */
    void frameLinkActivated(quint32 frameNumber);
    /** @brief The user followed "Response in #N" / "Request in #N": the event with frame number
     *  @p frameNumber and, in it, message @p message (index into the analysis' messages). */
    void messageLinkActivated(quint32 frameNumber, int message);
    /** @brief Mark bytes [begin, end) of the event (the user picked the headers or body). */
    void rangeActivated(qint64 begin, qint64 end);

private:
    void copyCurl();
    void copyBody();
    void saveBody();

    void showCurrent();
    void addHeaderRows(const HttpMessage &m);

    QComboBox *m_picker;
    QLabel *m_startLine;
    QLabel *m_pair;
    QTreeWidget *m_headers;
    QLabel *m_trailersTitle;
    QTreeWidget *m_trailers;
    HttpBodyView *m_body;
    QLabel *m_bodyInfo;
    QPushButton *m_curl;
    QPushButton *m_copyBody;
    QPushButton *m_saveBody;
    HttpAnalysisCache::EntryPtr m_entry;
    int m_message = -1;
    int m_item = -1;
    QVector<int> m_eventMessages;
    QPair<qint64, qint64> m_bodyRange{-1, -1};
    QPair<qint64, qint64> m_headerRange{-1, -1};
};

} // namespace ecv
