// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>

#include "tools/dump_output.h"

/**
 * @file
 * @brief `ecapture-dump`'s statistics reports (the tables of the window's Statistics menu):
 * `-z endpoints`, `-z processes` (event index only) and `-z http,stat` (the HTTP analysis of
 * every conversation). Text like tshark's tables, or one JSON object with `-T json`.
 */
namespace ecv::dump {

QByteArray endpointsReport(const DumpCapture &capture, const QStringList &args, QString *error);
QByteArray processesReport(const DumpCapture &capture, const QStringList &args, QString *error);
QByteArray httpStatReport(const DumpCapture &capture, const QStringList &args, QString *error);

} // namespace ecv::dump
