// SPDX-License-Identifier: Apache-2.0
#include "ui/display_filter_bar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/filter_expression.h"

namespace ecv {

namespace {
constexpr int MaxHistory = 30;
const char *const KeyRecent = "displayFilter/recent";
const char *const KeyButtons = "displayFilter/buttons";

// Wireshark's filter bar colours (light backgrounds; the text stays black on them).
const char *const ValidStyle = "QLineEdit { background: #afffaf; color: black; }";
const char *const WarningStyle = "QLineEdit { background: #ffffaf; color: black; }";
const char *const InvalidStyle = "QLineEdit { background: #ffafaf; color: black; }";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

/** The registry field a name or alias stands for, or nullptr. */
const FieldInfo *fieldFor(const QString &name)
{
    if (const FieldInfo *f = FieldRegistry::find(name))
        return f;
    for (const auto &[alias, field] : DisplayFilter::aliases()) {
        if (alias.compare(name, Qt::CaseInsensitive) == 0)
            return FieldRegistry::find(field);
    }
    return nullptr;
}
} // namespace

DisplayFilterBar::DisplayFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_bookmarks(new QToolButton(this))
    , m_recent(new QToolButton(this))
    , m_applyButton(new QToolButton(this))
    , m_buttonRow(new QHBoxLayout)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("displayFilterBar"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    outer->addLayout(row);

    m_bookmarks->setObjectName(QStringLiteral("displayFilterBookmarks"));
    m_bookmarks->setText(QStringLiteral("★"));
    m_bookmarks->setToolTip(tr("Saved filters: save this filter as a button, remove buttons"));
    m_bookmarks->setPopupMode(QToolButton::InstantPopup);
    m_bookmarks->setMenu(new QMenu(m_bookmarks));
    connect(m_bookmarks->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_bookmarks->menu();
        menu->clear();
        QAction *save = menu->addAction(tr("Save this Filter as a Button…"), this,
                                        &DisplayFilterBar::saveCurrentAsButton);
        save->setEnabled(m_current.isValid() && !m_current.isEmpty());
        if (!m_buttons.isEmpty()) {
            QMenu *remove = menu->addMenu(tr("Remove Button"));
            for (int i = 0; i < m_buttons.size(); ++i)
                remove->addAction(m_buttons.at(i).first, this, [this, i] { removeButton(i); });
        }
    });

    m_edit->setObjectName(QStringLiteral("displayFilter"));
    m_edit->setPlaceholderText(
        tr("Apply a display filter … <Ctrl-/>   e.g. http.host contains \"api\" && tcp.dstport "
           "in {80 443}"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_recent->setObjectName(QStringLiteral("displayFilterRecent"));
    m_recent->setArrowType(Qt::DownArrow);
    m_recent->setToolTip(tr("Recent display filters"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));

    m_applyButton->setObjectName(QStringLiteral("displayFilterApply"));
    m_applyButton->setText(QStringLiteral("→"));
    m_applyButton->setToolTip(tr("Apply this filter (Enter)"));

    row->addWidget(m_bookmarks);
    row->addWidget(m_edit, 1);
    row->addWidget(m_recent);
    row->addWidget(m_applyButton);
    m_buttonRow->setSpacing(2);
    row->addLayout(m_buttonRow);

    m_message->setObjectName(QStringLiteral("displayFilterMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(false);
    m_message->hide();
    outer->addWidget(m_message);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &DisplayFilterBar::insertCompletion);

    connect(m_edit, &QLineEdit::textChanged, this, &DisplayFilterBar::compileText);
    connect(m_edit, &QLineEdit::textEdited, this, &DisplayFilterBar::updateCompletion);
    connect(m_edit, &QLineEdit::returnPressed, this, &DisplayFilterBar::apply);
    connect(m_applyButton, &QToolButton::clicked, this, &DisplayFilterBar::apply);

    const QSettings settings;
    m_history = settings.value(QLatin1String(KeyRecent)).toStringList();
    const QStringList saved = settings.value(QLatin1String(KeyButtons)).toStringList();
    for (int i = 0; i + 1 < saved.size(); i += 2)
        m_buttons.append({saved.at(i), saved.at(i + 1)});
    rebuildHistoryMenu();
    rebuildButtons();
    compileText();
}

DisplayFilterBar::~DisplayFilterBar() = default;

void DisplayFilterBar::setFilterText(const QString &text, bool applyNow)
{
    m_edit->setText(text);
    if (applyNow)
        apply();
    else
        focusFilter();
}

void DisplayFilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->end(false);
}

QString DisplayFilterBar::state() const
{
    if (m_current.isEmpty())
        return QString();
    switch (m_current.severity()) {
    case DisplayFilter::Severity::Valid:
        return QStringLiteral("valid");
    case DisplayFilter::Severity::Warning:
        return QStringLiteral("warning");
    case DisplayFilter::Severity::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString DisplayFilterBar::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DisplayFilterBar::compileText()
{
    m_current = DisplayFilter::compile(m_edit->text());
    const QString s = state();
    m_edit->setStyleSheet(s == QLatin1String("valid")     ? QLatin1String(ValidStyle)
                          : s == QLatin1String("warning") ? QLatin1String(WarningStyle)
                          : s == QLatin1String("invalid") ? QLatin1String(InvalidStyle)
                                                          : QString());
    m_applyButton->setEnabled(m_current.isValid());
    QString text;
    QString colour;
    if (s == QLatin1String("invalid")) {
        text = m_current.errorMessage();
        colour = QStringLiteral("#c01c28");
        // The text with a caret under the error column (tooltips of a line edit are plain).
        const int column = qMax(1, m_current.errorColumn());
        m_edit->setToolTip(m_edit->text() + QLatin1Char('\n') +
                           QString(column - 1, QLatin1Char(' ')) + QLatin1Char('^') +
                           QLatin1Char('\n') + text);
    } else if (s == QLatin1String("warning")) {
        text = m_current.warnings().join(QStringLiteral("; "));
        colour = QStringLiteral("#8a6d00");
        m_edit->setToolTip(text);
    } else {
        m_edit->setToolTip(QString());
    }
    m_message->setText(text);
    m_message->setStyleSheet(colour.isEmpty() ? QString()
                                              : QStringLiteral("color: %1;").arg(colour));
    m_message->setVisible(!text.isEmpty());
}

bool DisplayFilterBar::apply()
{
    compileText();
    if (!m_current.isValid()) {
        // The message already says why; put the cursor where the problem is.
        if (m_current.errorColumn() > 0)
            m_edit->setCursorPosition(m_current.errorColumn() - 1);
        return false;
    }
    m_applied = m_current.text().trimmed();
    if (!m_current.isEmpty())
        addToHistory(m_applied);
    emit applied(m_current);
    return true;
}

void DisplayFilterBar::addToHistory(const QString &text)
{
    m_history.removeAll(text);
    m_history.prepend(text);
    while (m_history.size() > MaxHistory)
        m_history.removeLast();
    saveSettings();
    rebuildHistoryMenu();
}

void DisplayFilterBar::rebuildHistoryMenu()
{
    QMenu *menu = m_recent->menu();
    menu->clear();
    for (const QString &text : std::as_const(m_history))
        menu->addAction(text, this, [this, text] { setFilterText(text, true); });
    m_recent->setEnabled(!m_history.isEmpty());
}

void DisplayFilterBar::addButton(const QString &label, const QString &filter)
{
    m_buttons.append({label, filter});
    saveSettings();
    rebuildButtons();
}

void DisplayFilterBar::removeButton(int index)
{
    if (index < 0 || index >= m_buttons.size())
        return;
    m_buttons.removeAt(index);
    saveSettings();
    rebuildButtons();
}

void DisplayFilterBar::rebuildButtons()
{
    while (QLayoutItem *item = m_buttonRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        const auto &[label, filter] = m_buttons.at(i);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("displayFilterButton%1").arg(i));
        button->setText(label);
        button->setToolTip(filter);
        button->setAutoRaise(true);
        const QString text = filter;
        connect(button, &QToolButton::clicked, this, [this, text] { setFilterText(text, true); });
        m_buttonRow->addWidget(button);
    }
}

void DisplayFilterBar::saveCurrentAsButton()
{
    const QString filter = m_current.text().trimmed();
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Save Filter Button"), tr("Button label:"),
                                                QLineEdit::Normal, filter.left(24), &ok);
    if (ok && !label.trimmed().isEmpty())
        addButton(label.trimmed(), filter);
}

void DisplayFilterBar::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(KeyRecent), m_history);
    QStringList flat;
    for (const auto &[label, filter] : m_buttons)
        flat << label << filter;
    settings.setValue(QLatin1String(KeyButtons), flat);
}

void DisplayFilterBar::updateCompletion()
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    const QString before = text.left(cursor);
    QStringList candidates;
    // After "field op": values seen in the capture for that field.
    static const QRegularExpression valueContext(
        QStringLiteral("([A-Za-z_][A-Za-z0-9_.]*)\\s*(==|!=|=|\\beq\\b|\\bne\\b|\\bcontains\\b)\\s*"
                       "(\"?[^\"\\s]*)$"));
    const QRegularExpressionMatch value = valueContext.match(before);
    if (value.hasMatch() && m_values) {
        const FieldInfo *field = fieldFor(value.captured(1));
        const QString partial = value.captured(3);
        if (field) {
            for (const QString &v : m_values(QString::fromLatin1(field->name))) {
                const QString shown = field->type == FieldType::String
                                          ? FilterExpression::literal(*field, FieldValue::ofText(v))
                                          : v;
                if (shown.startsWith(partial, Qt::CaseInsensitive) && shown != partial)
                    candidates << shown;
            }
        }
        m_completionStart = int(value.capturedStart(3));
    } else {
        int start = cursor;
        while (start > 0 && isWordChar(text.at(start - 1)))
            --start;
        const QString word = text.mid(start, cursor - start);
        if (!word.isEmpty() && !(start > 0 && text.at(start - 1) == u'"')) {
            for (const QString &name : DisplayFilter::completions()) {
                if (name.startsWith(word, Qt::CaseInsensitive) && name != word)
                    candidates << name;
            }
        }
        m_completionStart = start;
    }
    if (candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completions->setStringList(candidates);
    // Under the word being completed (cursorRect() is protected: measure the text instead).
    const int x = m_edit->fontMetrics().horizontalAdvance(text.left(m_completionStart)) + 4;
    QRect rect(qMin(x, qMax(0, m_edit->width() - 200)), 0, 0, m_edit->height());
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(rect);
}

void DisplayFilterBar::insertCompletion(const QString &completion)
{
    QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    text.replace(m_completionStart, cursor - m_completionStart, completion);
    m_edit->setText(text);
    m_edit->setCursorPosition(m_completionStart + int(completion.size()));
}

bool DisplayFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Escape with no popup open puts back the applied filter (as Wireshark).
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        !m_completer->popup()->isVisible()) {
        m_edit->setText(m_applied);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ecv
