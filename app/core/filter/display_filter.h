// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QString>
#include <QStringList>

#include "core/fields/field_registry.h"

namespace ecv {

namespace filter {
struct ProgramNode;
}

/**
 * @brief A compiled display filter: Wireshark's display-filter language over the field
 * registry, which also reads the SQL conditions of eCaptureQ's filter (`pname = 'curl' AND
 * dst_port IN (80, 443)`). README "Display filters" describes the language.
 *
 * Stages as in Wireshark's dfilter: scanner (filter_scanner), parser to a syntax tree
 * (filter_parser), semantic check against the FieldRegistry (filter_semantic), compiled form
 * (filter_program).
 *
 * Value type: copies share the immutable compiled form. compile() and every const function
 * are pure and may run on any thread; matches() may be called concurrently from several
 * threads, each with its own FieldContext.
 */
class DisplayFilter
{
public:
    enum class Severity
    {
        Valid,   ///< compiles, nothing suspicious (the filter bar is green)
        Warning, ///< compiles, but probably not what was meant (yellow; see warnings())
        Invalid, ///< does not compile (red; see errorMessage())
    };

    /** @brief The empty filter: passes every event. */
    DisplayFilter();

    /** @brief Compile @p text. Never fails: an invalid filter reports why (errorMessage()). */
    static DisplayFilter compile(const QString &text);

    /** @brief The text as given to compile(). */
    QString text() const;
    /** @brief No condition (blank text): every event passes. */
    bool isEmpty() const;
    /** @brief Compiled (empty included); false when errorMessage() says why not. */
    bool isValid() const;
    Severity severity() const;
    /** @brief Translated message naming the position, e.g. "expected a value after `==` at
     *  column 15"; "" when valid. */
    QString errorMessage() const;
    /** @brief 1-based column (UTF-16 units) of the error; 0 when valid. */
    int errorColumn() const;
    /** @brief Translated notes on a valid filter that is probably not meant: `!=` on a field
     *  that can repeat, text compared with `<`, a bare boolean field. */
    QStringList warnings() const;

    /**
     * @brief The most expensive FieldSource any clause reads: Index (no payload is read),
     * Event (each event is read back from the capture file) or Http (the conversation's HTTP
     * analysis). Index for an empty or invalid filter.
     */
    FieldSource needs() const;
    /** @brief Registered names of the fields the filter reads (aliases resolved), in order. */
    QStringList fieldNames() const;

    /**
     * @brief Whether the event of @p context passes. An empty filter passes everything, an
     * invalid one nothing. A field the event does not have fails every test on it (`!=` too).
     */
    bool matches(const FieldContext &context) const;

    /** @brief The compiled tree, one node a line, indented (English: a developer's view). */
    QString explain() const;

    /** @brief Names for completion: every registered field and every alias, sorted. */
    static QStringList completions();
    /** @brief The aliases (eCaptureQ's column names) and the field each stands for. */
    static QVector<QPair<QString, QString>> aliases();

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace ecv
