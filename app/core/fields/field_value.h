// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace ecv {

/**
 * @brief Type of a registered field (Wireshark's ftypes, reduced to what events carry). It
 * decides which FieldValue member holds the value, how it is printed, and which display-filter
 * operators apply.
 */
enum class FieldType : quint8
{
    Unsigned, ///< FieldValue::number >= 0
    Signed,   ///< FieldValue::number
    String,   ///< FieldValue::text
    Address,  ///< FieldValue::text: IPv4 dotted quad or IPv6 in RFC 5952 form, no brackets
    Time,     ///< FieldValue::number: Unix time in ns
    Duration, ///< FieldValue::number: ns
    Bytes,    ///< FieldValue::bytes
    Boolean,  ///< FieldValue::number: 0 or 1
};

/** @brief One value of a field for one event. Which member is set follows the FieldType. */
struct FieldValue
{
    qint64 number = 0;
    QString text;
    QByteArray bytes;

    static FieldValue ofNumber(qint64 n)
    {
        FieldValue v;
        v.number = n;
        return v;
    }
    static FieldValue ofText(const QString &t)
    {
        FieldValue v;
        v.text = t;
        return v;
    }
    static FieldValue ofBytes(const QByteArray &b)
    {
        FieldValue v;
        v.bytes = b;
        return v;
    }
};

/**
 * @brief The values of one field for one event, in order: none (the field is absent, as
 * tshark leaves an unknown field out), one, or several for a field that repeats (ip.addr gives
 * both ends, http.header every header line).
 */
using FieldValues = QVarLengthArray<FieldValue, 2>;

} // namespace ecv
