// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>
#include <QVector>

namespace ecv {

/**
 * @brief eCapture's tuple text in 16 bytes: its parsed endpoints (address ids of a TupleKeys
 * table and ports) when they print back as exactly that text, else the id of the text itself.
 *
 * Two keys of one TupleKeys table are equal exactly when their texts are equal (the key is a
 * function of the text alone; see TupleKeys::keyOf). eCapture's own tuples are canonical, so a
 * connection costs no string of its own: v1 uuid `a:p-b:q` (`[a]:p-[b]:q` for IPv6,
 * user/event/event_openssl.go) and v2 `[a]:p->[b]:q` (event_connect.go).
 */
struct TupleKey
{
    enum class Form : quint8
    {
        Text,     ///< kept as text (empty, unparsable, or not in a canonical form)
        V1Uuid,   ///< `a:p-b:q`, brackets around IPv6 addresses
        V2Printed ///< `[a]:p->[b]:q`
    };
    quint32 src = 0;  ///< id of the source address (EcaptureTuple::normalizeIp() text)
    quint32 dst = 0;  ///< id of the destination address
    quint32 text = 0; ///< Form::Text: id of the tuple text
    quint16 srcPort = 0;
    quint16 dstPort = 0;
    Form form = Form::Text;

    friend bool operator==(const TupleKey &a, const TupleKey &b)
    {
        return a.form == b.form && a.src == b.src && a.dst == b.dst && a.text == b.text &&
               a.srcPort == b.srcPort && a.dstPort == b.dstPort;
    }
};

size_t qHash(const TupleKey &key, size_t seed = 0) noexcept;

/**
 * @brief Makes TupleKeys: a table of the addresses (and odd tuple texts) they refer to, each
 * held once. A capture has few distinct addresses and many connections. Not thread-safe.
 */
class TupleKeys
{
public:
    TupleKeys();
    /**
     * @brief Key of the tuple @p text. @p srcIp … @p dstPort are the event's parsed endpoints
     * (FrameDecoder parses them from @p text when it can): used when they print back as @p text,
     * which saves parsing it again.
     */
    TupleKey keyOf(const QString &text, const QString &srcIp, qint32 srcPort, const QString &dstIp,
                   qint32 dstPort);
    /** @brief Id of @p text in the table, adding it if new; 0 is the empty string. */
    quint32 idOf(const QString &text);
    /** @brief Text of @p id (shared, no copy of the characters); empty for an unknown id. */
    const QString &at(quint32 id) const;
    /** @brief The tuple text @p key stands for. */
    QString toString(const TupleKey &key) const;
    /** @brief Number of table entries (ids in use) including the empty string. */
    qsizetype size() const { return m_texts.size(); }
    /** @brief Empties the table: keys and ids made so far become meaningless. */
    void clear();

private:
    bool canonicalKey(const QString &text, const QString &srcIp, qint32 srcPort,
                      const QString &dstIp, qint32 dstPort, TupleKey &key);

    QVector<QString> m_texts;
    QVector<bool> m_normalized;    ///< per id: normalizeIp() gives the text back
    QHash<QString, quint32> m_ids; ///< text → id
    quint32 m_lastId = 0;          ///< consecutive events mostly repeat an address
};

} // namespace ecv
