// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "captured_event.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecv {

class HexView;

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
    enum Tab
    {
        FieldsTab,
        HexTab,
        TextTab
    };

    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    /** @brief Show @p event; @p protocol and @p info are the list's labels for it. */
    void setEvent(const CapturedEvent &event, const QString &protocol, const QString &info);
    void clear();
    bool hasEvent() const { return m_hasEvent; }
    const CapturedEvent &event() const { return m_event; }

    /** @brief Find @p text in the payload (text view and hex view). @return found. */
    bool find(const QString &text);

    static qsizetype textCap() { return 1 << 20; }

    QTabWidget *tabs() const { return m_tabs; }
    HexView *hexView() const { return m_hex; }
    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *fieldsView() const { return m_fields; }

private:
    void showText(bool all);
    QTreeWidgetItem *addGroup(const QString &title);
    void addField(QTreeWidgetItem *group, const QString &name, const QString &value);

    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    HexView *m_hex;
    QLabel *m_hexInfo;
    QPlainTextEdit *m_text;
    QLabel *m_textInfo;
    QPushButton *m_showAll;
    CapturedEvent m_event;
    bool m_hasEvent = false;
};

} // namespace ecv
