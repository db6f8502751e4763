// SPDX-License-Identifier: Apache-2.0
#include "core/file/frame_log_reader.h"

#include <QCoreApplication>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace ecv {

namespace {
const char kFormatName[] = "ecaptureq-framelog";
constexpr double kMaxSeconds = 1e9; // "t" limit (~31 years)
constexpr int kMaxErrorsKept = 100; // a garbage file must not fill memory with messages
} // namespace

void FrameLogReader::clear()
{
    m_frames.clear();
    m_ecapture.clear();
    m_description.clear();
    m_error.clear();
    m_errors.clear();
    m_version = 0;
    m_skipped = 0;
    m_ok = false;
}

QVector<RawFrame> FrameLogReader::takeFrames()
{
    QVector<RawFrame> out;
    out.swap(m_frames);
    return out;
}

bool FrameLogReader::readFile(const QString &path, qint64 baseNs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        clear();
        m_error = QCoreApplication::translate("ecv::FrameLog", "cannot open %1: %2")
                      .arg(path, file.errorString());
        return false;
    }
    return read(file, baseNs);
}

bool FrameLogReader::readBytes(const QByteArray &bytes, qint64 baseNs)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, baseNs);
}

bool FrameLogReader::parseHeader(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error =
            QCoreApplication::translate("ecv::FrameLog", "line 1: header is not a JSON object (%1)")
                .arg(parseError.errorString());
        return false;
    }
    const QJsonObject header = doc.object();
    if (header.value(QLatin1String("format")).toString() != QLatin1String(kFormatName)) {
        m_error = QCoreApplication::translate("ecv::FrameLog", "line 1: \"format\" is not \"%1\"")
                      .arg(QLatin1String(kFormatName));
        return false;
    }
    m_version = header.value(QLatin1String("version")).toInt(0);
    if (m_version != 1) {
        m_error =
            QCoreApplication::translate("ecv::FrameLog", "line 1: unsupported frame-log version %1")
                .arg(m_version);
        return false;
    }
    m_ecapture = header.value(QLatin1String("ecapture")).toString();
    m_description = header.value(QLatin1String("description")).toString();
    return true;
}

bool FrameLogReader::parseFrameLine(const QByteArray &line, qint64 baseNs, RawFrame &frame,
                                    QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = QCoreApplication::translate("ecv::FrameLog", "not a JSON object (%1)")
                    .arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    const QJsonValue t = object.value(QLatin1String("t"));
    // At most ~31 years after the first frame: anchored at a Unix time, it must still fit
    // qint64 nanoseconds (1e30 or 9e9 s would overflow).
    if (!t.isDouble() || !std::isfinite(t.toDouble()) || t.toDouble() < 0 ||
        t.toDouble() > kMaxSeconds) {
        error = QStringLiteral("\"t\" must be a number of seconds from 0 to %1")
                    .arg(qint64(kMaxSeconds));
        return false;
    }
    const QString op = object.value(QLatin1String("op")).toString();
    RawFrame::Opcode opcode;
    if (op == QLatin1String("binary"))
        opcode = RawFrame::Opcode::Binary;
    else if (op == QLatin1String("text"))
        opcode = RawFrame::Opcode::Text;
    else {
        error = QStringLiteral("\"op\" must be \"binary\" or \"text\"");
        return false;
    }
    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isString()) {
        error = QStringLiteral("\"data\" must be a base64 string");
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        error = QStringLiteral("\"data\" is not valid base64");
        return false;
    }
    frame.arrivalNs = baseNs + qint64(std::llround(t.toDouble() * 1e9));
    frame.opcode = opcode;
    frame.connection = 0;
    frame.data = *decoded;
    return true;
}

bool FrameLogReader::read(QIODevice &device, qint64 baseNs)
{
    clear();
    int lineNumber = 0;
    bool haveHeader = false;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        ++lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!haveHeader) {
            if (!parseHeader(line))
                return false;
            haveHeader = true;
            continue;
        }
        RawFrame frame;
        QString error;
        if (parseFrameLine(line, baseNs, frame, error)) {
            m_frames.append(frame);
        } else {
            ++m_skipped;
            if (m_errors.size() < kMaxErrorsKept)
                m_errors.append(QCoreApplication::translate("ecv::FrameLog", "line %1: %2")
                                    .arg(lineNumber)
                                    .arg(error));
        }
    }
    if (!haveHeader) {
        m_error = QCoreApplication::translate("ecv::FrameLog", "empty file: no frame-log header");
        return false;
    }
    m_ok = true;
    return true;
}

bool FrameLogReader::looksLikeFrameLog(const QByteArray &head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return false;
    qsizetype end = head.indexOf('\n', i);
    if (end < 0)
        end = head.size();
    return head.mid(i, end - i).contains(kFormatName);
}

} // namespace ecv
