// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdio>

#include "core/export/packet_sink.h"

class QIODevice;
struct pcap;
struct pcap_dumper;

namespace ecv {

/**
 * @brief PacketSink writing a classic pcap file through libpcap: `pcap_open_dead_with_tstamp_
 * precision(DLT_RAW, 262144, PCAP_TSTAMP_PRECISION_NANO)` and `pcap_dump`, so the file has link
 * type 101 and the nanosecond magic a1b23c4d. Classic pcap has no comments and one link type:
 * comments and note records are dropped (keepsNotes() is false).
 *
 * libpcap writes to a stdio FILE; here that FILE is a glibc fopencookie() stream whose writes go
 * to the QIODevice (a QSaveFile or stdout), so the file is committed or discarded like any other.
 * The device is not owned. Not thread-safe.
 */
class PcapPacketSink : public PacketSink
{
public:
    explicit PcapPacketSink(QIODevice *device);
    ~PcapPacketSink() override;
    Q_DISABLE_COPY_MOVE(PcapPacketSink)

    bool begin(const PacketCaptureHeader &header) override;
    bool writePacket(Interface interface, qint64 timeNs, const QByteArray &bytes,
                     const QStringList &comments, PcapngWriter::Direction direction) override;
    bool keepsNotes() const override { return false; }
    bool flush() override;
    qint64 bytesWritten() const override { return m_written; }
    QString errorString() const override { return m_error; }

private:
    static ssize_t cookieWrite(void *cookie, const char *data, size_t size);
    bool fail(const QString &error);

    QIODevice *m_device;
    FILE *m_stream = nullptr;
    struct pcap *m_pcap = nullptr;
    struct pcap_dumper *m_dumper = nullptr;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace ecv
