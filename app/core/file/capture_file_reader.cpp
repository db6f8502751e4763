// SPDX-License-Identifier: Apache-2.0
#include "core/file/capture_file_reader.h"

#include <QCoreApplication>

#include <QtEndian>

#include "capture_file.pb.h"

namespace ecv {

namespace {
constexpr qsizetype kChunk = 1 << 20; // scan window refill size
} // namespace

bool CaptureFileReader::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = QCoreApplication::translate("ecv::CaptureFile", "cannot open %1: %2")
                         .arg(path, m_file.errorString());
        return false;
    }
    const QByteArray head = m_file.read(CaptureFileFormat::kFileHeaderSize);
    if (!CaptureFileFormat::looksLikeCaptureFile(head)) {
        if (error)
            *error = QStringLiteral("%1 is not an eCapture Viewer capture file").arg(path);
        m_file.close();
        return false;
    }
    if (head.size() < CaptureFileFormat::kFileHeaderSize) {
        // Torn inside the file header: an empty capture, every byte dropped.
        m_version = 0;
        m_scanOffset = 0;
        stopScan(head.size(),
                 QCoreApplication::translate("ecv::CaptureFile", "truncated file header"));
        return true;
    }
    m_version = qFromLittleEndian<quint32>(head.constData() + CaptureFileFormat::kMagicSize);
    if (m_version != CaptureFileFormat::kVersion) {
        if (error)
            *error = QStringLiteral("%1: capture file format version %2 is not supported "
                                    "(this build reads version %3)")
                         .arg(path)
                         .arg(m_version)
                         .arg(CaptureFileFormat::kVersion);
        m_file.close();
        return false;
    }
    m_scanOffset = CaptureFileFormat::kFileHeaderSize;
    m_windowStart = m_scanOffset;
    return true;
}

void CaptureFileReader::close()
{
    m_file.close();
    m_version = 0;
    m_window.clear();
    m_windowPos = 0;
    m_windowStart = 0;
    m_scanOffset = 0;
    m_knownSize = 0;
    m_dropped = 0;
    m_tailProblem.clear();
    m_scanDone = false;
}

void CaptureFileReader::stopScan(qint64 dropped, const QString &problem)
{
    m_scanDone = true;
    m_dropped = dropped;
    m_tailProblem = dropped > 0 ? problem : QString();
    m_window.clear();
    m_windowPos = 0;
}

bool CaptureFileReader::fill(qsizetype needed)
{
    const qsizetype available = m_window.size() - m_windowPos;
    if (available >= needed)
        return true;
    // Keep the unread part, read at least a chunk more.
    m_window.remove(0, m_windowPos);
    m_windowStart += m_windowPos;
    m_windowPos = 0;
    const qsizetype want = qMax(needed - available, kChunk);
    const qsizetype old = m_window.size();
    m_window.resize(old + want);
    if (!m_file.seek(m_windowStart + old)) {
        m_window.resize(old);
        return false;
    }
    qsizetype got = 0;
    while (got < want) {
        const qint64 n = m_file.read(m_window.data() + old + got, want - got);
        if (n <= 0)
            break;
        got += qsizetype(n);
    }
    m_window.resize(old + got);
    return m_window.size() >= needed;
}

bool CaptureFileReader::next(Record &record)
{
    if (!m_file.isOpen() || m_scanDone)
        return false;
    // Ask the file system for the size only when the last answer does not cover the next record
    // (one statx per record cost 10% of an index rebuild).
    if (m_knownSize - m_scanOffset < CaptureFileFormat::kRecordHeaderSize)
        m_knownSize = m_file.size();
    qint64 remaining = m_knownSize - m_scanOffset;
    if (remaining <= 0) {
        stopScan(0, {});
        return false;
    }
    if (!fill(CaptureFileFormat::kRecordHeaderSize)) {
        stopScan(m_file.size() - m_scanOffset,
                 QCoreApplication::translate("ecv::CaptureFile", "truncated record header"));
        return false;
    }
    const char *header = m_window.constData() + m_windowPos;
    const quint32 length = qFromLittleEndian<quint32>(header);
    const quint32 crc = qFromLittleEndian<quint32>(header + 4);
    // Every record we write has a body; zero bytes is what a file system leaves after a crash.
    if (length == 0 || length > CaptureFileFormat::kMaxRecordSize) {
        stopScan(
            m_file.size() - m_scanOffset,
            QCoreApplication::translate("ecv::CaptureFile", "bad record length %1").arg(length));
        return false;
    }
    const qsizetype total = CaptureFileFormat::kRecordHeaderSize + qsizetype(length);
    if (total > remaining) {
        m_knownSize = m_file.size();
        remaining = m_knownSize - m_scanOffset;
    }
    if (total > remaining || !fill(total)) {
        stopScan(m_file.size() - m_scanOffset,
                 QCoreApplication::translate("ecv::CaptureFile", "truncated record"));
        return false;
    }
    const char *body = m_window.constData() + m_windowPos + CaptureFileFormat::kRecordHeaderSize;
    if (CaptureFileFormat::crc32(body, length) != crc) {
        stopScan(m_file.size() - m_scanOffset,
                 QCoreApplication::translate("ecv::CaptureFile", "CRC mismatch"));
        return false;
    }
    if (!parseBody(body, length, record)) {
        stopScan(m_file.size() - m_scanOffset,
                 QCoreApplication::translate("ecv::CaptureFile", "record is not a CaptureRecord"));
        return false;
    }
    record.offset = m_scanOffset;
    record.size = total;
    m_windowPos += total;
    m_scanOffset += total;
    return true;
}

bool CaptureFileReader::readAt(qint64 offset, Record &record, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("ecv::CaptureFile", "record at offset %1: %2")
                         .arg(offset)
                         .arg(why);
        return false;
    };
    if (!m_file.isOpen())
        return fail(QCoreApplication::translate("ecv::CaptureFile", "capture file not open"));
    char header[CaptureFileFormat::kRecordHeaderSize];
    if (!m_file.seek(offset) || m_file.read(header, sizeof header) != qint64(sizeof header))
        return fail(QCoreApplication::translate("ecv::CaptureFile", "cannot read record header"));
    const quint32 length = qFromLittleEndian<quint32>(header);
    const quint32 crc = qFromLittleEndian<quint32>(header + 4);
    if (length == 0 || length > CaptureFileFormat::kMaxRecordSize)
        return fail(QCoreApplication::translate("ecv::CaptureFile", "bad record length"));
    QByteArray body(qsizetype(length), Qt::Uninitialized);
    if (length > 0 && m_file.read(body.data(), length) != qint64(length))
        return fail(QCoreApplication::translate("ecv::CaptureFile", "truncated record"));
    if (CaptureFileFormat::crc32(body.constData(), body.size()) != crc)
        return fail(QCoreApplication::translate("ecv::CaptureFile", "CRC mismatch"));
    if (!parseBody(body.constData(), body.size(), record))
        return fail(
            QCoreApplication::translate("ecv::CaptureFile", "record is not a CaptureRecord"));
    record.offset = offset;
    record.size = CaptureFileFormat::kRecordHeaderSize + qint64(length);
    return true;
}

bool CaptureFileReader::parseBody(const char *data, qsizetype size, Record &record)
{
    ecv::CaptureRecord message;
    if (!message.ParseFromArray(data, int(size)))
        return false;
    switch (message.kind_case()) {
    case ecv::CaptureRecord::kFrame: {
        const ecv::CapturedFrame &in = message.frame();
        record.kind = Record::Kind::Frame;
        record.frame.arrivalNs = in.arrival_unix_ns();
        record.frame.opcode = in.opcode() == ecv::CapturedFrame::TEXT ? RawFrame::Opcode::Text
                                                                      : RawFrame::Opcode::Binary;
        record.frame.connection = in.connection();
        record.frame.data = QByteArray(in.data().data(), qsizetype(in.data().size()));
        return true;
    }
    case ecv::CaptureRecord::kHeader: {
        const ecv::CaptureHeader &in = message.header();
        record.kind = Record::Kind::Header;
        record.header.application = QString::fromStdString(in.application());
        record.header.createdNs = in.created_unix_ns();
        record.header.source = QString::fromStdString(in.source());
        record.header.hostname = QString::fromStdString(in.hostname());
        record.header.comment = QString::fromStdString(in.comment());
        return true;
    }
    case ecv::CaptureRecord::kNote:
        record.kind = Record::Kind::Note;
        record.noteNs = message.note().unix_ns();
        record.noteConnection = message.note().connection();
        record.noteText = QString::fromStdString(message.note().text());
        return true;
    case ecv::CaptureRecord::KIND_NOT_SET:
        break;
    }
    record.kind = Record::Kind::Unknown;
    return true;
}

} // namespace ecv
