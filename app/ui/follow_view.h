// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/http/http_analysis_cache.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ecv {

/**
 * @brief The detail pane's Follow stream tab: the whole conversation of the selected event as
 * text (or hex), the first sender in red and the other side in blue, as Wireshark's Follow TCP
 * Stream. Built from FollowStream's segments (hex.Dump text already turned back into bytes).
 * Capped at maxChars() characters. GUI thread.
 */
class FollowView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowView)
public:
    explicit FollowView(QWidget *parent = nullptr);
    ~FollowView() override;

    /** @brief Show conversation @p entry; @p title describes it ("conversation 3: a ⇄ b"). */
    void setConversation(const HttpAnalysisCache::EntryPtr &entry, const QString &title);
    void showPending();
    void clear();

    QString text() const;
    static qsizetype maxChars() { return 1 << 20; }

signals:
    /** @brief "Filter on this conversation" was pressed. */
    void filterRequested(quint32 conversationId);

private:
    void rebuild();

    QLabel *m_title;
    QComboBox *m_mode;
    QPlainTextEdit *m_text;
    HttpAnalysisCache::EntryPtr m_entry;
};

} // namespace ecv
