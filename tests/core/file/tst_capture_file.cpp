// SPDX-License-Identifier: Apache-2.0
// Capture file format: round trip, CRC, torn tails at every cut point.
#include <QtTest>

#include "core/file/capture_file_reader.h"
#include "core/file/capture_file_writer.h"

using namespace ecv;

namespace {

struct Written
{
    QVector<RawFrame> frames;
    QVector<qint64> offsets; ///< per frame
    qint64 noteOffset = -1;
    QVector<qint64> recordEnds; ///< end offset of every record, in order (header record first)
};

RawFrame makeFrame(qint64 ns, RawFrame::Opcode op, quint32 connection, const QByteArray &data)
{
    RawFrame f;
    f.arrivalNs = ns;
    f.opcode = op;
    f.connection = connection;
    f.data = data;
    return f;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCaptureFile final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /** A small file: header record, three frames (one empty, one text), one note. */
    Written writeSmall(const QString &path)
    {
        Written w;
        CaptureFileWriter writer;
        CaptureFileInfo info;
        info.application = QStringLiteral("test");
        info.createdNs = 1700000000000000000LL;
        info.source = QStringLiteral("ws://127.0.0.1:28257/");
        info.hostname = QStringLiteral("host");
        [&] { QVERIFY(writer.create(path, info)); }();
        w.recordEnds << writer.size();
        w.frames << makeFrame(1, RawFrame::Opcode::Binary, 0, QByteArray("\x08\x01\x22\x03", 4))
                 << makeFrame(2, RawFrame::Opcode::Text, 1, QByteArray("{\"log_type\":0}"))
                 << makeFrame(3, RawFrame::Opcode::Binary, 2, QByteArray());
        for (const RawFrame &f : w.frames) {
            w.offsets << writer.writeFrame(f);
            w.recordEnds << writer.size();
        }
        w.noteOffset = writer.writeNote(42, 1, QStringLiteral("connected to ws://x/"));
        w.recordEnds << writer.size();
        writer.close();
        return w;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("rt.ecvcap"));
        CaptureFileWriter writer;
        CaptureFileInfo info;
        info.application = QStringLiteral("ecapture-viewer test");
        info.createdNs = 123456789;
        info.source = QStringLiteral("file.jsonl");
        info.hostname = QStringLiteral("h");
        info.comment = QStringLiteral("c");
        QVERIFY(writer.create(path, info));
        QVector<RawFrame> frames;
        QVector<qint64> offsets;
        QByteArray big(3 << 20, 'x'); // larger than the writer's 1 MiB buffer
        for (int i = 0; i < big.size(); i += 4096)
            big[i] = char(i / 4096);
        frames << makeFrame(10, RawFrame::Opcode::Binary, 0, QByteArray("\0\1\2", 3))
               << makeFrame(-5, RawFrame::Opcode::Text, 7, QByteArray("héllo"))
               << makeFrame(30, RawFrame::Opcode::Binary, 0, big)
               << makeFrame(40, RawFrame::Opcode::Binary, 0, QByteArray());
        for (const RawFrame &f : frames)
            offsets << writer.writeFrame(f);
        const qint64 noteAt = writer.writeNote(99, 3, QStringLiteral("closed: bye"));
        const qint64 expectedSize = writer.size();
        QVERIFY(writer.flush());
        QCOMPARE(writer.flushedSize(), expectedSize);
        writer.close();
        QCOMPARE(QFileInfo(path).size(), expectedSize);

        CaptureFileReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.formatVersion(), 1u);
        CaptureFileReader::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.kind, CaptureFileReader::Record::Kind::Header);
        QCOMPARE(r.offset, qint64(16));
        QCOMPARE(r.header.application, info.application);
        QCOMPARE(r.header.createdNs, info.createdNs);
        QCOMPARE(r.header.source, info.source);
        QCOMPARE(r.header.hostname, info.hostname);
        QCOMPARE(r.header.comment, info.comment);
        for (int i = 0; i < frames.size(); ++i) {
            QVERIFY(reader.next(r));
            QCOMPARE(r.kind, CaptureFileReader::Record::Kind::Frame);
            QCOMPARE(r.offset, offsets.at(i));
            QCOMPARE(r.frame.arrivalNs, frames.at(i).arrivalNs);
            QCOMPARE(r.frame.opcode, frames.at(i).opcode);
            QCOMPARE(r.frame.connection, frames.at(i).connection);
            QCOMPARE(r.frame.data, frames.at(i).data);
        }
        QVERIFY(reader.next(r));
        QCOMPARE(r.kind, CaptureFileReader::Record::Kind::Note);
        QCOMPARE(r.offset, noteAt);
        QCOMPARE(r.noteNs, qint64(99));
        QCOMPARE(r.noteConnection, 3u);
        QCOMPARE(r.noteText, QStringLiteral("closed: bye"));
        QVERIFY(!reader.next(r));
        QCOMPARE(reader.droppedTailBytes(), qint64(0));
        QVERIFY(reader.tailProblem().isEmpty());
        QCOMPARE(reader.scanOffset(), expectedSize);

        // Random access, in any order.
        for (int i = frames.size() - 1; i >= 0; --i) {
            QVERIFY(reader.readAt(offsets.at(i), r));
            QCOMPARE(r.frame.data, frames.at(i).data);
        }
        QString error;
        QVERIFY(!reader.readAt(offsets.at(0) + 1, r, &error));
        QVERIFY(!error.isEmpty());
    }

    void readWhileWriting()
    {
        // The store reads records back through a second handle while the writer appends.
        const QString path = m_dir.filePath(QStringLiteral("live.ecvcap"));
        CaptureFileWriter writer;
        QVERIFY(writer.create(path, {}));
        CaptureFileReader reader;
        QVERIFY(reader.open(path));
        const qint64 at = writer.writeFrame(makeFrame(1, RawFrame::Opcode::Binary, 0, "abc"));
        CaptureFileReader::Record r;
        QVERIFY(!reader.readAt(at, r)); // still in the writer's buffer
        QVERIFY(writer.hasPending());
        QVERIFY(writer.flush());
        QVERIFY(reader.readAt(at, r));
        QCOMPARE(r.frame.data, QByteArray("abc"));
    }

    void crcMismatchEndsTheReadablePart()
    {
        const QString path = m_dir.filePath(QStringLiteral("crc.ecvcap"));
        const Written w = writeSmall(path);
        QByteArray bytes = readAll(path);
        // Flip one body byte of the second frame.
        const qint64 victim = w.offsets.at(1);
        bytes[victim + 8 + 2] = char(bytes.at(victim + 8 + 2) ^ 0x40);
        QVERIFY(writeAll(path, bytes));
        CaptureFileReader reader;
        QVERIFY(reader.open(path));
        CaptureFileReader::Record r;
        int records = 0;
        while (reader.next(r))
            ++records;
        QCOMPARE(records, 2); // header + first frame
        QCOMPARE(reader.droppedTailBytes(), qint64(bytes.size()) - victim);
        QCOMPARE(reader.tailProblem(), QStringLiteral("CRC mismatch"));
    }

    void tornTailAtEveryCut()
    {
        const QString full = m_dir.filePath(QStringLiteral("full.ecvcap"));
        const Written w = writeSmall(full);
        const QByteArray bytes = readAll(full);
        QCOMPARE(qint64(bytes.size()), w.recordEnds.last());
        const QString cutPath = m_dir.filePath(QStringLiteral("cut.ecvcap"));
        for (qsizetype cut = 1; cut <= bytes.size(); ++cut) {
            QVERIFY(writeAll(cutPath, bytes.left(cut)));
            CaptureFileReader reader;
            QString error;
            QVERIFY2(reader.open(cutPath, &error), qPrintable(error));
            int complete = 0;
            qint64 lastEnd = cut < 16 ? 0 : 16;
            for (qint64 end : w.recordEnds) {
                if (end <= cut) {
                    ++complete;
                    lastEnd = end;
                }
            }
            CaptureFileReader::Record r;
            int read = 0;
            while (reader.next(r)) {
                if (r.kind == CaptureFileReader::Record::Kind::Frame)
                    QCOMPARE(r.frame.data, w.frames.at(read - 1).data);
                ++read;
            }
            QVERIFY2(
                read == complete,
                qPrintable(
                    QStringLiteral("cut %1: read %2, want %3").arg(cut).arg(read).arg(complete)));
            QCOMPARE(reader.droppedTailBytes(), qint64(cut) - lastEnd);
            QCOMPARE(reader.tailProblem().isEmpty(), cut == lastEnd);
        }
    }

    void zeroFilledTailIsDropped()
    {
        const QString path = m_dir.filePath(QStringLiteral("zeros.ecvcap"));
        writeSmall(path);
        QByteArray bytes = readAll(path);
        const qint64 good = bytes.size();
        bytes.append(QByteArray(4096, '\0'));
        QVERIFY(writeAll(path, bytes));
        CaptureFileReader reader;
        QVERIFY(reader.open(path));
        CaptureFileReader::Record r;
        int n = 0;
        while (reader.next(r))
            ++n;
        QCOMPARE(n, 5);
        QCOMPARE(reader.droppedTailBytes(), qint64(4096));
        QCOMPARE(reader.scanOffset(), good);
    }

    void rejectsOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray("{\"format\":\"ecaptureq-framelog\"}\n");
        QTest::newRow("pcapng") << QByteArray("\x0a\x0d\x0d\x0a\x1c\0\0\0", 8);
        QTest::newRow("future version") << QByteArray("ECVCAP1\n\x02\0\0\0\0\0\0\0", 16);
    }
    void rejectsOtherFiles()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("other.bin"));
        QVERIFY(writeAll(path, content));
        CaptureFileReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(!error.isEmpty());
    }

    void looksLikeCaptureFile()
    {
        QVERIFY(CaptureFileFormat::looksLikeCaptureFile(CaptureFileFormat::fileHeader()));
        QVERIFY(CaptureFileFormat::looksLikeCaptureFile("ECV"));
        QVERIFY(!CaptureFileFormat::looksLikeCaptureFile("{\"t\":0}"));
        QVERIFY(!CaptureFileFormat::looksLikeCaptureFile({}));
        QCOMPARE(CaptureFileFormat::fileHeader().size(), CaptureFileFormat::kFileHeaderSize);
        // zlib's CRC-32 check value.
        QCOMPARE(CaptureFileFormat::crc32("123456789", 9), 0xCBF43926u);
    }
};

QTEST_APPLESS_MAIN(TestCaptureFile)
#include "tst_capture_file.moc"
