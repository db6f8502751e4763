// SPDX-License-Identifier: Apache-2.0
#include "ui/coloring_rules.h"

#include <QSettings>

#include "core/capture/capture_store.h"
#include "core/fields/store_field_context.h"

namespace ecv {

namespace {
constexpr int CacheLimit = 200000; // events whose colour is remembered
const char *const KeyGroup = "coloringRules";
} // namespace

namespace ColoringRules {

QVector<ColoringRule> defaults()
{
    // Colours after Wireshark's default colouring rules (Bad TCP, HTTP, TCP SYN/FIN, …).
    return {
        {QObject::tr("HTTP 5xx"), QStringLiteral("http.response.code >= 500"),
         QColor(0xff, 0xfc, 0x9c), QColor(0xa4, 0x00, 0x00), true},
        {QObject::tr("HTTP 4xx"),
         QStringLiteral("http.response.code >= 400 && "
                        "http.response.code < 500"),
         QColor(0x12, 0x12, 0x12), QColor(0xff, 0xc0, 0x90), true},
        {QObject::tr("Undecodable"), QStringLiteral("event.warning"), QColor(0xf7, 0x87, 0x87),
         QColor(0x12, 0x12, 0x12), true},
        {QObject::tr("Connect and close"),
         QStringLiteral("event.kind in {\"connect\" \"socket-destroy\" \"notice\"}"),
         QColor(0x12, 0x12, 0x12), QColor(0xa0, 0xa0, 0xa0), true},
        {QObject::tr("Shell"), QStringLiteral("event.kind == \"shell\""), QColor(0x12, 0x12, 0x12),
         QColor(0xe7, 0xe6, 0xff), true},
        {QObject::tr("HTTP/2"), QStringLiteral("col.protocol == \"HTTP2\""),
         QColor(0x12, 0x12, 0x12), QColor(0xe4, 0xff, 0xc7), true},
    };
}

QVector<ColoringRule> load()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(KeyGroup));
    if (!settings.contains(QStringLiteral("saved")))
        return defaults();
    QVector<ColoringRule> rules;
    const int n = settings.beginReadArray(QStringLiteral("rules"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ColoringRule rule;
        rule.name = settings.value(QStringLiteral("name")).toString();
        rule.filter = settings.value(QStringLiteral("filter")).toString();
        rule.foreground = QColor(settings.value(QStringLiteral("foreground")).toString());
        rule.background = QColor(settings.value(QStringLiteral("background")).toString());
        rule.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        rules.append(rule);
    }
    settings.endArray();
    return rules;
}

void save(const QVector<ColoringRule> &rules)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(KeyGroup));
    settings.remove(QString());
    settings.setValue(QStringLiteral("saved"), true);
    settings.beginWriteArray(QStringLiteral("rules"), int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        const ColoringRule &rule = rules.at(i);
        settings.setValue(QStringLiteral("name"), rule.name);
        settings.setValue(QStringLiteral("filter"), rule.filter);
        settings.setValue(QStringLiteral("foreground"), rule.foreground.name());
        settings.setValue(QStringLiteral("background"), rule.background.name());
        settings.setValue(QStringLiteral("enabled"), rule.enabled);
    }
    settings.endArray();
}

} // namespace ColoringRules

RowColorizer::RowColorizer(const CaptureStore *store, HttpAnalysis *http, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
{
    connect(store, &CaptureStore::cleared, this, [this] { m_cache.clear(); });
}

RowColorizer::~RowColorizer() = default;

void RowColorizer::setRules(const QVector<ColoringRule> &rules)
{
    m_rules = rules;
    m_compiled.clear();
    for (const ColoringRule &rule : rules)
        m_compiled.append(DisplayFilter::compile(rule.enabled ? rule.filter : QString()));
    m_cache.clear();
    emit changed();
}

void RowColorizer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    emit changed();
}

int RowColorizer::ruleFor(int eventIndex) const
{
    if (!m_enabled || m_rules.isEmpty())
        return -1;
    const auto cached = m_cache.constFind(eventIndex);
    if (cached != m_cache.cend())
        return *cached;
    // Only analyses already made are read (Peek): painting never starts a dissection; when one
    // finishes, the model invalidates its events and they are tested again.
    const StoreFieldContext context(*m_store, eventIndex, m_http,
                                    StoreFieldContext::HttpLookup::Peek);
    int found = -1;
    for (int i = 0; i < m_compiled.size(); ++i) {
        const DisplayFilter &filter = m_compiled.at(i);
        if (filter.isValid() && !filter.isEmpty() && filter.matches(context)) {
            found = i;
            break;
        }
    }
    if (m_cache.size() >= CacheLimit)
        m_cache.clear();
    m_cache.insert(eventIndex, qint8(qMin(found, 127)));
    return found;
}

void RowColorizer::invalidate(const QVector<int> &eventIndexes)
{
    for (int eventIndex : eventIndexes)
        m_cache.remove(eventIndex);
}

} // namespace ecv
