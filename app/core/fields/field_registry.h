// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAnyStringView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include "core/fields/field_context.h"
#include "core/fields/field_value.h"

namespace ecv {

/** @brief What a field needs to be read: decides what a display filter or export must load. */
enum class FieldSource : quint8
{
    Index, ///< the in-memory index only (no payload is read)
    Event, ///< the event read back from the capture file (payload, uuid, tuple)
    Http,  ///< the conversation's HTTP analysis (and so the payloads of the conversation)
};

/**
 * @brief One registered field, like a Wireshark header field (`hf_register_info`): its
 * display-filter name, type, title and how to read it.
 */
struct FieldInfo
{
    enum Flag : quint8
    {
        Repeats = 1 << 0,   ///< may have several values per event (ip.addr, http.header)
        EventJson = 1 << 1, ///< one of the per-event keys of `ecapture-dump -T jsonl`
    };

    const char *name;  ///< "frame.number", "ip.src", "http.host", …
    FieldType type;    ///< which FieldValue member holds the value
    const char *title; ///< English title; translated by FieldRegistry::title()
    FieldSource source;
    quint8 flags;
    /// Appends the event's values (none when the field is absent for it).
    void (*read)(const FieldContext &context, FieldValues &out);

    bool repeats() const { return flags & Repeats; }
};

/**
 * @brief The one vocabulary of event fields, shared by the event list's columns,
 * `ecapture-dump -T jsonl|text|-G fields`, the display filter, the exporters and the statistics.
 *
 * Names follow Wireshark where it has the field (frame.number, ip.src, tcp.srcport, http.host,
 * http.response.code, http2.streamid, …) and eCapture's own terms otherwise (process.*, event.*).
 * The `col.*` fields are the event list's column texts (Wireshark's `_ws.col.*`), so that every
 * output words an event the same way. Pure functions over a FieldContext; any thread (a context
 * is used by one thread at a time).
 */
class FieldRegistry
{
public:
    /** @brief Every field, in registration order (frame, process, event, ip/tcp, http, col). */
    static const QVector<FieldInfo> &fields();
    /** @brief The field named @p name, or nullptr. O(1). */
    static const FieldInfo *find(QAnyStringView name);
    /** @brief The registered field @p name (a name the code knows; asserts in debug builds). */
    static const FieldInfo &field(const char *name);
    /** @brief The field's title in the UI language (QCoreApplication::translate). */
    static QString title(const FieldInfo &field);
    /** @brief "unsigned", "signed", "string", "address", "time", "duration", "bytes", "boolean". */
    static QString typeName(FieldType type);

    /** @brief Values of @p field for the event of @p context (empty when absent). */
    static FieldValues values(const FieldInfo &field, const FieldContext &context);
    /** @brief The first value's text(), or "" when the field is absent. */
    static QString firstText(const FieldInfo &field, const FieldContext &context);

    /**
     * @brief Display text of one value: decimal numbers, "2026-11-29 14:00:00.123456789" (local
     * time, ns) for times, seconds with 9 decimals for durations, colon-separated hex for bytes,
     * "true"/"false" for booleans, strings and addresses as they are.
     */
    static QString text(const FieldInfo &field, const FieldValue &value);
    /** @brief JSON form of one value: numbers (times as Unix ns, durations as seconds), strings,
     *  bytes as lower-case hex. */
    static QJsonValue json(const FieldInfo &field, const FieldValue &value);

    /**
     * @brief The flat object `ecapture-dump -T jsonl` prints for an event: every EventJson
     * field the event has, by name (a repeating field as an array). Unknown fields are left out.
     * `http.messages` is an array with one object per HTTP message beginning in the event, each
     * holding that message's http.* / http2.streamid fields under the same names.
     */
    static QJsonObject eventObject(const FieldContext &context);

    /** @brief `ecapture-dump -G fields`: one line per field, "name<TAB>type<TAB>title". */
    static QString glossary();
};

} // namespace ecv
