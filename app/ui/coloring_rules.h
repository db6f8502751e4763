// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <QColor>
#include <QHash>
#include <QObject>
#include <QVector>

#include "core/filter/display_filter.h"

namespace ecv {

class CaptureStore;
class HttpAnalysis;

/** @brief One colouring rule, as Wireshark's: a display filter and the colours of the rows it
 *  passes. The first enabled rule that passes an event colours its row. */
struct ColoringRule
{
    QString name;
    QString filter;
    QColor foreground;
    QColor background;
    bool enabled = true;

    bool operator==(const ColoringRule &other) const = default;
};

namespace ColoringRules {
/** @brief The default set: HTTP 5xx, HTTP 4xx, undecodable (event.warning), connect and close
 *  notices, shell events, HTTP/2. */
QVector<ColoringRule> defaults();
/** @brief The saved rules (QSettings coloringRules/…), or the defaults when none were saved. */
QVector<ColoringRule> load();
void save(const QVector<ColoringRule> &rules);
} // namespace ColoringRules

/**
 * @brief Colours of the event list's rows from the colouring rules: the rules compiled once,
 * each painted row's event tested when first painted (its index fields, its payload when a rule
 * needs it, HTTP facts already analysed) and the answer cached per event. GUI thread (it reads
 * the store like the model's data()).
 */
class RowColorizer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowColorizer)
public:
    /** @p store and @p http (may be null) are not owned and must outlive the colorizer. */
    RowColorizer(const CaptureStore *store, HttpAnalysis *http, QObject *parent = nullptr);
    ~RowColorizer() override;

    void setRules(const QVector<ColoringRule> &rules);
    const QVector<ColoringRule> &rules() const { return m_rules; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /** @brief Index of the rule colouring event @p eventIndex, or -1. */
    int ruleFor(int eventIndex) const;
    /** @brief Forget cached answers for @p eventIndexes (their HTTP facts changed). */
    void invalidate(const QVector<int> &eventIndexes);

signals:
    /** @brief The rules or their on/off state changed: every row may look different. */
    void changed();

private:
    const CaptureStore *m_store;
    HttpAnalysis *m_http;
    QVector<ColoringRule> m_rules;
    QVector<DisplayFilter> m_compiled; ///< per rule; an invalid or disabled one never matches
    bool m_enabled = true;
    mutable QHash<int, qint8> m_cache; ///< event index -> rule index (-1 none)
};

} // namespace ecv
