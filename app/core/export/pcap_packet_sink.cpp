// SPDX-License-Identifier: Apache-2.0
#include "core/export/pcap_packet_sink.h"

#include <QCoreApplication>

#include <QIODevice>

#include <pcap/pcap.h>

namespace ecv {

PcapPacketSink::PcapPacketSink(QIODevice *device)
    : m_device(device)
{}

PcapPacketSink::~PcapPacketSink()
{
    if (m_dumper)
        pcap_dump_close(m_dumper); // flushes and fcloses m_stream
    else if (m_stream)
        fclose(m_stream);
    if (m_pcap)
        pcap_close(m_pcap);
}

bool PcapPacketSink::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

ssize_t PcapPacketSink::cookieWrite(void *cookie, const char *data, size_t size)
{
    auto *self = static_cast<PcapPacketSink *>(cookie);
    size_t done = 0;
    while (done < size) {
        const qint64 n = self->m_device->write(data + done, qint64(size - done));
        if (n <= 0) {
            self->fail(self->m_device->errorString().isEmpty()
                           ? QCoreApplication::translate("ecv::Export", "write failed")
                           : self->m_device->errorString());
            return done > 0 ? ssize_t(done) : -1;
        }
        done += size_t(n);
    }
    self->m_written += qint64(size);
    return ssize_t(size);
}

bool PcapPacketSink::begin(const PacketCaptureHeader &)
{
    if (!m_device || !m_device->isWritable())
        return fail(
            QCoreApplication::translate("ecv::Export", "the output is not open for writing"));
    cookie_io_functions_t functions = {};
    functions.write = &PcapPacketSink::cookieWrite;
    m_stream = fopencookie(this, "w", functions);
    if (!m_stream)
        return fail(QCoreApplication::translate("ecv::Export",
                                                "cannot create an output stream for libpcap"));
    // Large stdio buffer: libpcap writes a 16-byte header and the packet per pcap_dump call.
    setvbuf(m_stream, nullptr, _IOFBF, 1 << 20);
    m_pcap = pcap_open_dead_with_tstamp_precision(DLT_RAW, 262144, PCAP_TSTAMP_PRECISION_NANO);
    if (!m_pcap)
        return fail(QCoreApplication::translate("ecv::Export", "libpcap: pcap_open_dead failed"));
    m_dumper = pcap_dump_fopen(m_pcap, m_stream);
    if (!m_dumper)
        return fail(QCoreApplication::translate("ecv::Export", "libpcap: %1")
                        .arg(QString::fromLocal8Bit(pcap_geterr(m_pcap))));
    return m_error.isEmpty();
}

bool PcapPacketSink::writePacket(Interface interface, qint64 timeNs, const QByteArray &bytes,
                                 const QStringList &, PcapngWriter::Direction)
{
    if (interface != Interface::Ip)
        return true; // one link type per file: notes have no place here
    if (!m_dumper)
        return fail(QCoreApplication::translate("ecv::Export", "the pcap file was not started"));
    pcap_pkthdr header = {};
    const qint64 ns = qMax<qint64>(timeNs, 0);
    header.ts.tv_sec = ns / 1000000000;
    header.ts.tv_usec = ns % 1000000000; // nanoseconds with PCAP_TSTAMP_PRECISION_NANO
    header.caplen = bpf_u_int32(bytes.size());
    header.len = bpf_u_int32(bytes.size());
    pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header,
              reinterpret_cast<const u_char *>(bytes.constData()));
    return m_error.isEmpty();
}

bool PcapPacketSink::flush()
{
    if (m_dumper && pcap_dump_flush(m_dumper) != 0)
        fail(QCoreApplication::translate("ecv::Export", "libpcap: flush failed"));
    return m_error.isEmpty();
}

} // namespace ecv
