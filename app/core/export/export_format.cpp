// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_format.h"

#include <QFileInfo>

namespace ecv {

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Pcapng, ExportFormat::Pcap, ExportFormat::Har,
            ExportFormat::Csv,    ExportFormat::Json, ExportFormat::Ecvcap};
}

QString ExportFormats::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pcapng:
        return QStringLiteral("pcapng");
    case ExportFormat::Pcap:
        return QStringLiteral("pcap");
    case ExportFormat::Har:
        return QStringLiteral("har");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Ecvcap:
        return QStringLiteral("ecvcap");
    }
    return {};
}

QString ExportFormats::extension(ExportFormat format)
{
    return name(format);
}

QStringList ExportFormats::names()
{
    QStringList out;
    for (ExportFormat f : all())
        out << name(f);
    return out;
}

bool ExportFormats::fromName(const QString &text, ExportFormat *format)
{
    for (ExportFormat f : all())
        if (text.compare(name(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    return false;
}

bool ExportFormats::fromFileName(const QString &fileName, ExportFormat *format)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(QLatin1String("pcapng"), Qt::CaseInsensitive) == 0 ||
        suffix.compare(QLatin1String("ntar"), Qt::CaseInsensitive) == 0) {
        *format = ExportFormat::Pcapng;
        return true;
    }
    if (suffix.compare(QLatin1String("cap"), Qt::CaseInsensitive) == 0) {
        *format = ExportFormat::Pcap;
        return true;
    }
    return !suffix.isEmpty() && fromName(suffix, format);
}

bool ExportFormats::isPacketCapture(ExportFormat format)
{
    return format == ExportFormat::Pcapng || format == ExportFormat::Pcap;
}

} // namespace ecv
