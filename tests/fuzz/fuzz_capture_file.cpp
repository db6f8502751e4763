// SPDX-License-Identifier: Apache-2.0
// The capture-file reader (.ecvcap: file header, then length + CRC-32 + protobuf records) over a
// file on disk, as the viewer opens one. Input: a mode byte, then the file. Mode bit 0 set: the
// harness rewrites every record's CRC to the right value so mutations reach the protobuf parser
// and the record kinds instead of stopping at the first CRC mismatch.
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <QVector>

#include "core/file/capture_file_format.h"
#include "core/file/capture_file_reader.h"
#include "fuzz_common.h"

namespace {

void fixCrcs(QByteArray &file)
{
    namespace F = ecv::CaptureFileFormat;
    qsizetype at = F::kFileHeaderSize;
    while (at + F::kRecordHeaderSize <= file.size()) {
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + at);
        if (length == 0 || qsizetype(length) > file.size() - at - F::kRecordHeaderSize)
            return;
        const char *body = file.constData() + at + F::kRecordHeaderSize;
        qToLittleEndian<quint32>(F::crc32(body, length), file.data() + at + 4);
        at += F::kRecordHeaderSize + qsizetype(length);
    }
}

const QString &scratchPath()
{
    static const QString path =
        QDir::tempPath() + QStringLiteral("/ecv-fuzz-capture-%1.ecvcap").arg(::getpid());
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ecv::fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    QByteArray file = in.rest();
    if (mode & 1)
        fixCrcs(file);

    ecv::CaptureFileReader::Record record;
    (void)ecv::CaptureFileReader::parseBody(file.constData(), file.size(), record);

    {
        QFile out(scratchPath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size())
            std::abort(); // the harness itself cannot work: say so loudly
    }
    ecv::CaptureFileReader reader;
    QString error;
    if (!reader.open(scratchPath(), &error)) {
        ecv::fuzz::check(!error.isEmpty());
        return 0;
    }
    QVector<qint64> offsets;
    qint64 last = -1;
    while (reader.next(record)) {
        ecv::fuzz::check(record.offset > last && record.offset + record.size <= file.size());
        last = record.offset;
        offsets.append(record.offset);
    }
    ecv::fuzz::check(reader.droppedTailBytes() >= 0 && reader.droppedTailBytes() <= file.size());
    // Random access must agree with the scan (the index reads records back by offset).
    for (const qint64 offset : offsets)
        ecv::fuzz::check(reader.readAt(offset, record, &error));
    (void)reader.readAt(file.size() / 2, record, &error);
    return 0;
}
