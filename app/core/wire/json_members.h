// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ecv {

/**
 * @brief Top-level members of a JSON object text, in the order they are written.
 *
 * QJsonObject sorts its keys; run-log lines and v1.4.0 frames read better in eCapture's own order,
 * and the raw text of a member (e.g. a v1.4.0 run-log payload object) must stay byte-exact.
 * Validate the text with QJsonDocument first: this scanner only splits it.
 */
namespace JsonMembers {

/**
 * @brief Splits the object in @p json (UTF-8) into (decoded key, raw value text) pairs.
 * @return false (and @p members empty) when @p json is not a single well-formed object.
 */
bool split(const QByteArray &json, QList<QPair<QString, QByteArray>> &members);

/** @brief Raw text of the value of top-level key @p key, or a null QByteArray. */
QByteArray rawValue(const QByteArray &json, const QString &key);

} // namespace JsonMembers

} // namespace ecv
