// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/export/pcapng_writer.h"

namespace ecv {

/** @brief What goes at the start of a packet capture file. */
struct PacketCaptureHeader
{
    QString application; ///< e.g. "eCapture Viewer 0.1.0"
    QString source;      ///< where the events came from (URL or file); names the interface
    QStringList comments;
};

/**
 * @brief Where PacketExporter puts packets: a pcapng file (PcapngPacketSink) or a classic pcap
 * file through libpcap (PcapPacketSink). Not thread-safe.
 */
class PacketSink
{
public:
    enum class Interface
    {
        Ip,   ///< LINKTYPE_RAW: synthesized IPv4/IPv6 + TCP packets
        Note, ///< LINKTYPE_WIRESHARK_UPPER_PDU: the text of events that are not TCP data
    };

    virtual ~PacketSink() = default;
    /** @brief Start the file. Call once, before any packet. */
    virtual bool begin(const PacketCaptureHeader &header) = 0;
    /**
     * @brief One packet. @p comments are kept only by formats with comments (pcapng);
     * Interface::Note packets only when keepsNotes().
     */
    virtual bool writePacket(Interface interface, qint64 timeNs, const QByteArray &bytes,
                             const QStringList &comments, PcapngWriter::Direction direction) = 0;
    /** @brief Whether comments and note records are kept (pcapng) or lost (pcap). */
    virtual bool keepsNotes() const = 0;
    /** @brief Push buffered packets to the device. */
    virtual bool flush() = 0;
    /** @brief Bytes written so far. */
    virtual qint64 bytesWritten() const = 0;
    virtual QString errorString() const = 0;
};

/** @brief PacketSink writing pcapng through PcapngWriter to a QIODevice (not owned). */
class PcapngPacketSink : public PacketSink
{
public:
    explicit PcapngPacketSink(QIODevice *device);
    bool begin(const PacketCaptureHeader &header) override;
    bool writePacket(Interface interface, qint64 timeNs, const QByteArray &bytes,
                     const QStringList &comments, PcapngWriter::Direction direction) override;
    bool keepsNotes() const override { return true; }
    bool flush() override { return m_writer.flush(); }
    qint64 bytesWritten() const override { return m_writer.bytesWritten(); }
    QString errorString() const override { return m_writer.errorString(); }

private:
    PcapngWriter m_writer;
    QString m_source;
    int m_ipInterface = -1;
    int m_noteInterface = -1; ///< described when the first note is written
};

} // namespace ecv
