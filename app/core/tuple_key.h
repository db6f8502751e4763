// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

namespace ecv {

/**
 * @brief eCapture's tuple text held without a per-connection string: its parsed endpoints when
 * they print back as exactly that text, else the text itself.
 *
 * Two keys are equal exactly when their texts are equal (the key is a function of the text
 * alone; see TupleKeys::keyOf). The addresses are shared QStrings (TupleKeys deduplicates them),
 * so a key costs no heap of its own for the tuples eCapture prints: v1 uuid `a:p-b:q`
 * (`[a]:p-[b]:q` for IPv6, user/event/event_openssl.go) and v2 `[a]:p->[b]:q`
 * (event_connect.go).
 */
struct TupleKey
{
    enum class Form : quint8
    {
        Text,     ///< kept as text (empty, unparsable, or not in a canonical form)
        V1Uuid,   ///< `a:p-b:q`, brackets around IPv6 addresses
        V2Printed ///< `[a]:p->[b]:q`
    };
    Form form = Form::Text;
    QString srcIp; ///< EcaptureTuple::normalizeIp() text (canonical forms only)
    QString dstIp;
    qint32 srcPort = -1;
    qint32 dstPort = -1;
    QString text; ///< Form::Text only

    /** @brief The tuple text this key stands for. Allocates for the canonical forms. */
    QString toString() const;

    friend bool operator==(const TupleKey &a, const TupleKey &b)
    {
        return a.form == b.form && a.srcPort == b.srcPort && a.dstPort == b.dstPort &&
               a.srcIp == b.srcIp && a.dstIp == b.dstIp && a.text == b.text;
    }
};

size_t qHash(const TupleKey &key, size_t seed = 0) noexcept;

/**
 * @brief Makes TupleKeys and shares address strings between them (a capture has few distinct
 * addresses and many connections). Not thread-safe.
 */
class TupleKeys
{
public:
    /**
     * @brief Key of the tuple @p text. @p srcIp … @p dstPort are the event's parsed endpoints
     * (FrameDecoder parses them from @p text when it can): used when they print back as @p text,
     * which saves parsing it again.
     */
    TupleKey keyOf(const QString &text, const QString &srcIp, qint32 srcPort, const QString &dstIp,
                   qint32 dstPort);
    /** @brief @p ip as a string shared with earlier equal ones (deduplicated). */
    QString shared(const QString &ip);
    /** @brief Forgets the shared strings (keys made so far stay valid). */
    void clear() { m_addresses.clear(); }

private:
    /** True when @p ip is normalizeIp() output; remembers @p ip (shared) when it is. */
    bool isNormalized(const QString &ip, QString *sharedIp);
    bool canonicalKey(const QString &text, const QString &srcIp, qint32 srcPort,
                      const QString &dstIp, qint32 dstPort, TupleKey &key);

    QHash<QString, bool> m_addresses; ///< address text → it is normalizeIp()'s output
};

} // namespace ecv
