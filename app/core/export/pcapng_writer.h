// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class QIODevice;

namespace ecv {

/**
 * @brief Writes a pcapng file (draft-ietf-opsawg-pcapng, the format Wireshark saves by default)
 * block by block: one Section Header Block, Interface Description Blocks, Enhanced Packet
 * Blocks.
 *
 * Blocks are little-endian. Every interface gets `if_tsresol` = 9, so packet times are Unix
 * nanoseconds. Blocks are collected in an internal buffer and handed to the device in large
 * writes; call flush() to push them out (a live pipe wants that at least once a second).
 * Options written: opt_comment (1) on every block kind, shb_hardware (2), shb_os (3),
 * shb_userappl (4), if_name (2), if_description (3), if_tsresol (9), epb_flags (2, direction
 * bits only).
 *
 * The device is not owned and must stay open while the writer is used. Errors: a failed device
 * write makes the call return false; errorString() says why and later calls fail too.
 * Not thread-safe; use from one thread.
 */
class PcapngWriter
{
public:
    /** @brief Link types used here (tcpdump.org LINKTYPE_*). */
    enum LinkType : quint16
    {
        LinkTypeRaw = 101, ///< LINKTYPE_RAW: the packet starts with an IPv4 or IPv6 header
    };

    /** @brief epb_flags inbound/outbound bits (pcapng §4.3.1). */
    enum class Direction : quint8
    {
        Unknown = 0,
        Inbound = 1,
        Outbound = 2,
    };

    struct Section
    {
        QString application; ///< shb_userappl, e.g. "eCapture Viewer 0.1.0"
        QString os;          ///< shb_os (empty = omitted)
        QString hardware;    ///< shb_hardware (empty = omitted)
        QStringList comments;
    };

    struct Interface
    {
        quint16 linkType = LinkTypeRaw;
        quint32 snapLength = 262144;
        QString name;        ///< if_name
        QString description; ///< if_description (empty = omitted)
        QStringList comments;
    };

    struct Packet
    {
        int interfaceId = 0;
        qint64 timeNs = 0;             ///< Unix ns (negative is written as 0)
        const char *data = nullptr;    ///< captured bytes
        qsizetype length = 0;          ///< captured length in bytes
        qsizetype originalLength = -1; ///< bytes on the wire; -1 = @c length
        QStringList comments;
        Direction direction = Direction::Unknown;
    };

    /** @param device an open, writable device (QSaveFile, a QFile on stdout, a QBuffer). */
    explicit PcapngWriter(QIODevice *device);
    ~PcapngWriter();
    Q_DISABLE_COPY_MOVE(PcapngWriter)

    /** @brief Start the section. Call once, first. */
    bool writeSectionHeader(const Section &section);
    /**
     * @brief Describe an interface (may come after packets of other interfaces).
     * @return its id for Packet::interfaceId, or -1 on a write error.
     */
    int addInterface(const Interface &interface);
    /** @brief Append one Enhanced Packet Block. @p packet.interfaceId must exist. */
    bool writePacket(const Packet &packet);
    /** @brief Hand buffered blocks to the device. */
    bool flush();

    int interfaceCount() const { return m_interfaces; }
    /** @brief Bytes of blocks written so far (buffered ones included). */
    qint64 bytesWritten() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    bool append(const QByteArray &block);
    bool fail(const QString &error);

    QIODevice *m_device;
    QByteArray m_buffer;
    QByteArray m_block; ///< reused for each block
    int m_interfaces = 0;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace ecv
