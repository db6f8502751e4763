// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_output.h"

#include "core/fields/field_registry.h"
#include "core/fields/store_field_context.h"
#include "tools/terminal_text.h"

namespace ecv::dump {

namespace {

QString column(const char *name, const FieldContext &context)
{
    return FieldRegistry::firstText(FieldRegistry::field(name), context);
}

} // namespace

QJsonObject eventObject(const DumpCapture &capture, int index)
{
    return FieldRegistry::eventObject(StoreFieldContext(capture.store, index, &capture.http));
}

QString eventTextLine(const DumpCapture &capture, int index, qint64 firstTimeNs)
{
    const StoreFieldContext context(capture.store, index, &capture.http);
    const CapturedEvent &event = context.indexed();
    // In double: damaged times (INT64_MIN, year 2262) must not overflow the subtraction.
    const double seconds = (double(event.timeNs) - double(firstTimeNs)) / 1e9;
    const auto orUnknown = [](const QString &text, const QString &unknown) {
        return text.isEmpty() ? unknown : text;
    };
    const QString line =
        QStringLiteral("%1 %2 %3 %4 -> %5 %6 %7 %8 %9")
            .arg(event.frameNumber, 6)
            .arg(seconds, 12, 'f', 6)
            .arg(orUnknown(column("col.process", context), QStringLiteral("?")), -16)
            .arg(orUnknown(column("col.source", context), QStringLiteral("?")), 21)
            .arg(orUnknown(column("col.destination", context), QStringLiteral("?")), -21)
            .arg(column("col.protocol", context), -14)
            .arg(context.dataLength(), 6)
            .arg(orUnknown(column("col.host", context), QStringLiteral("-")), -20)
            .arg(column("col.info", context));
    // Process names and decoded HTTP text come from the stream too: no ESC sequence, BEL or CR
    // may reach the terminal (C0, DEL and C1 become '.').
    return terminal::safeText(line);
}

QJsonObject summaryObject(const CaptureStore &store)
{
    QJsonObject summary;
    summary.insert(QStringLiteral("frames"), qint64(store.frameCount()));
    summary.insert(QStringLiteral("run_logs"), store.ecaptureRunLogCount());
    summary.insert(QStringLiteral("heartbeats"), int(store.heartbeats().size()));
    summary.insert(QStringLiteral("events"), store.eventCount());
    summary.insert(QStringLiteral("undecodable"), int(store.undecodable().size()));
    return summary;
}

} // namespace ecv::dump
