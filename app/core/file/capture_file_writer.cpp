// SPDX-License-Identifier: Apache-2.0
#include "core/file/capture_file_writer.h"

#include <QCoreApplication>

#include <QtEndian>

#include "capture_file.pb.h"

namespace ecv {

namespace {
constexpr qsizetype kFlushThreshold = 1 << 20; // bytes buffered before a write(2)
} // namespace

struct CaptureFileWriter::Proto
{
    ecv::CaptureRecord record;
};

CaptureFileWriter::CaptureFileWriter()
    : m_proto(std::make_unique<Proto>())
{}

CaptureFileWriter::~CaptureFileWriter()
{
    close();
}

bool CaptureFileWriter::create(const QString &path, const CaptureFileInfo &info, QString *error)
{
    close();
    m_error.clear();
    m_file.setFileName(path);
    // Unbuffered: our own buffer decides when bytes reach the kernel.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = QCoreApplication::translate("ecv::CaptureFile", "cannot create %1: %2")
                      .arg(path, m_file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    m_flushed = 0;
    m_buffer = CaptureFileFormat::fileHeader();
    m_buffer.reserve(kFlushThreshold + 65536);

    ecv::CaptureRecord record;
    ecv::CaptureHeader *header = record.mutable_header();
    header->set_application(info.application.toStdString());
    header->set_created_unix_ns(info.createdNs);
    header->set_source(info.source.toStdString());
    header->set_hostname(info.hostname.toStdString());
    header->set_comment(info.comment.toStdString());
    const qsizetype bodySize = qsizetype(record.ByteSizeLong());
    const qint64 offset = appendBody(bodySize);
    record.SerializeWithCachedSizesToArray(
        reinterpret_cast<quint8 *>(m_buffer.data() + m_buffer.size() - bodySize));
    finishRecord(offset, bodySize);
    if (!flush()) {
        if (error)
            *error = m_error;
        m_file.close();
        return false;
    }
    return true;
}

void CaptureFileWriter::close()
{
    if (!m_file.isOpen())
        return;
    flush();
    m_file.close();
    m_buffer.clear();
    m_buffer.squeeze();
}

bool CaptureFileWriter::isOpen() const
{
    return m_file.isOpen();
}

QString CaptureFileWriter::path() const
{
    return m_file.fileName();
}

qint64 CaptureFileWriter::appendBody(qsizetype bodySize)
{
    const qint64 offset = size();
    m_buffer.resize(m_buffer.size() + CaptureFileFormat::kRecordHeaderSize + bodySize);
    return offset;
}

void CaptureFileWriter::finishRecord(qint64 offset, qsizetype bodySize)
{
    char *header = m_buffer.data() + (offset - m_flushed);
    const char *body = header + CaptureFileFormat::kRecordHeaderSize;
    qToLittleEndian<quint32>(quint32(bodySize), header);
    qToLittleEndian<quint32>(CaptureFileFormat::crc32(body, bodySize), header + 4);
    if (m_buffer.size() >= kFlushThreshold)
        flush();
}

qint64 CaptureFileWriter::writeFrame(const RawFrame &frame)
{
    if (!m_file.isOpen())
        return -1;
    ecv::CapturedFrame *out = m_proto->record.mutable_frame();
    out->set_arrival_unix_ns(frame.arrivalNs);
    out->set_opcode(frame.opcode == RawFrame::Opcode::Text ? ecv::CapturedFrame::TEXT
                                                           : ecv::CapturedFrame::BINARY);
    out->set_data(frame.data.constData(), size_t(frame.data.size()));
    out->set_connection(frame.connection);
    const qsizetype bodySize = qsizetype(m_proto->record.ByteSizeLong());
    const qint64 offset = appendBody(bodySize);
    m_proto->record.SerializeWithCachedSizesToArray(
        reinterpret_cast<quint8 *>(m_buffer.data() + m_buffer.size() - bodySize));
    finishRecord(offset, bodySize);
    return offset;
}

qint64 CaptureFileWriter::writeNote(qint64 unixNs, quint32 connection, const QString &text)
{
    if (!m_file.isOpen())
        return -1;
    ecv::CaptureRecord record;
    ecv::SourceNote *note = record.mutable_note();
    note->set_unix_ns(unixNs);
    note->set_connection(connection);
    note->set_text(text.toStdString());
    const qsizetype bodySize = qsizetype(record.ByteSizeLong());
    const qint64 offset = appendBody(bodySize);
    record.SerializeWithCachedSizesToArray(
        reinterpret_cast<quint8 *>(m_buffer.data() + m_buffer.size() - bodySize));
    finishRecord(offset, bodySize);
    return offset;
}

bool CaptureFileWriter::flush()
{
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return true;
    const qint64 written = m_file.write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = QCoreApplication::translate("ecv::CaptureFile", "cannot write %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        // Keep what did not make it; the next flush retries (disk full may clear up).
        if (written > 0) {
            m_buffer.remove(0, written);
            m_flushed += written;
        }
        return false;
    }
    m_flushed += written;
    m_buffer.resize(0); // keeps capacity
    return true;
}

} // namespace ecv
