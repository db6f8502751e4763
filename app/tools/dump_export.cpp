// SPDX-License-Identifier: Apache-2.0
#include "tools/dump_export.h"

#include "core/export/export_job.h"
#include "core/export/live_export.h"
#include <cstdio>
#include <numeric>

namespace ecv::dump {

namespace {

int fail(const QString &message)
{
    fprintf(stderr, "ecapture-dump: %s\n", qPrintable(message));
    return 1;
}

} // namespace

bool writeFormatOf(const QString &path, const QString &formatName, ExportFormat *format,
                   QString *error)
{
    if (!formatName.isEmpty()) {
        if (ExportFormats::fromName(formatName, format))
            return true;
        *error = QStringLiteral("-F %1: unknown format (%2)")
                     .arg(formatName, ExportFormats::names().join(QStringLiteral(", ")));
        return false;
    }
    if (path == QLatin1String("-")) {
        *format = ExportFormat::Pcapng;
        return true;
    }
    if (ExportFormats::fromFileName(path, format))
        return true;
    *error = QStringLiteral("-w %1: cannot tell the format from the extension; add -F (%2)")
                 .arg(path, ExportFormats::names().join(QStringLiteral(", ")));
    return false;
}

int exportStore(CaptureStore &store, const QString &path, ExportFormat format,
                const QVector<int> *selection)
{
    QVector<int> all;
    if (!selection) {
        all.resize(store.eventCount());
        std::iota(all.begin(), all.end(), 0);
    }
    const ExportJob::Request request =
        ExportJob::forStore(store, format, path, selection ? *selection : all, !selection);
    const ExportJob::Result r = ExportJob::run(request);
    if (!r.ok)
        return fail(QStringLiteral("-w %1: %2").arg(path, r.error));
    if (ExportFormats::isPacketCapture(format))
        fprintf(stderr, "ecapture-dump: %s\n", qPrintable(LiveExport::summary(r.counts, format)));
    else if (format == ExportFormat::Har)
        fprintf(stderr, "ecapture-dump: har: %d entries (%d without a captured response)\n",
                r.harEntries, r.harWithoutResponse);
    return 0;
}

} // namespace ecv::dump
