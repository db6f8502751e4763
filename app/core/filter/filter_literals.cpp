// SPDX-License-Identifier: Apache-2.0
#include "core/filter/filter_literals.h"

#include <arpa/inet.h>
#include <cstring>
#include <QByteArray>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ecv::filter {

bool IpAddress::inNetwork(const IpAddress &network, int prefix) const
{
    if (v6 != network.v6)
        return false;
    const int full = prefix / 8;
    if (std::memcmp(bytes.data(), network.bytes.data(), size_t(full)) != 0)
        return false;
    const int rest = prefix % 8;
    if (rest == 0)
        return true;
    const quint8 mask = quint8(0xff << (8 - rest));
    return (bytes[size_t(full)] & mask) == (network.bytes[size_t(full)] & mask);
}

int IpAddress::compare(const IpAddress &other) const
{
    if (v6 != other.v6)
        return v6 ? 1 : -1;
    return std::memcmp(bytes.data(), other.bytes.data(), v6 ? 16 : 4);
}

std::optional<IpAddress> parseIpAddress(const QString &text)
{
    QString t = text;
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2);
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    const QByteArray latin = t.toLatin1();
    IpAddress a;
    if (inet_pton(AF_INET, latin.constData(), a.bytes.data()) == 1)
        return a;
    if (inet_pton(AF_INET6, latin.constData(), a.bytes.data()) == 1) {
        a.v6 = true;
        return a;
    }
    return std::nullopt;
}

QString ipAddressText(const IpAddress &address)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(address.v6 ? AF_INET6 : AF_INET, address.bytes.data(), buffer, sizeof buffer))
        return {};
    return QString::fromLatin1(buffer);
}

std::optional<qint64> parseInteger(const QString &text)
{
    QString t = text;
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.startsWith(u'-');
        t.remove(0, 1);
    }
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    qulonglong v = 0;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        if (t.size() == 2)
            return std::nullopt;
        v = t.mid(2).toULongLong(&ok, 16);
    } else {
        for (QChar c : t)
            if (!c.isDigit() || c.unicode() > '9')
                return std::nullopt;
        v = t.toULongLong(&ok, 10);
    }
    if (!ok || v > qulonglong(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(v) : qint64(v);
}

std::optional<TimeRange> parseTime(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        "^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime dt;
    const QString zone = m.captured(8);
    if (zone.isEmpty()) {
        dt = QDateTime(date, time);
    } else if (zone == QLatin1String("Z")) {
        dt = QDateTime(date, time, QTimeZone::utc());
    } else {
        QString z = zone;
        z.remove(u':');
        const int sign = z.startsWith(u'-') ? -1 : 1;
        const int offset = sign * (z.mid(1, 2).toInt() * 3600 + z.mid(3, 2).toInt() * 60);
        dt = QDateTime(date, time, QTimeZone(offset));
    }
    if (!dt.isValid())
        return std::nullopt;
    const qint64 seconds = dt.toSecsSinceEpoch();
    if (seconds > 9'000'000'000LL || seconds < -9'000'000'000LL)
        return std::nullopt;
    qint64 lo = seconds * 1'000'000'000LL;
    qint64 width = 1'000'000'000LL;
    if (m.captured(4).isEmpty()) {
        width = 86'400LL * 1'000'000'000LL;
    } else if (m.captured(6).isEmpty()) {
        width = 60LL * 1'000'000'000LL;
    } else if (const QString fraction = m.captured(7); !fraction.isEmpty()) {
        qint64 ns = fraction.toLongLong();
        width = 1;
        for (qsizetype i = fraction.size(); i < 9; ++i) {
            ns *= 10;
            width *= 10;
        }
        lo += ns;
    }
    return TimeRange{lo, lo + width - 1};
}

std::optional<qint64> parseSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d{1,9}))?$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch() || m.captured(2).size() > 10)
        return std::nullopt;
    qint64 ns = m.captured(2).toLongLong() * 1'000'000'000LL;
    QString fraction = m.captured(3);
    fraction = fraction.leftJustified(9, u'0');
    ns += fraction.toLongLong();
    return m.captured(1) == QLatin1String("-") ? -ns : ns;
}

std::optional<QByteArray> parseHexBytes(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral("^[0-9A-Fa-f]{2}(?:([:.-])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2})*)?$"));
    static const QRegularExpression plain(QStringLiteral("^(?:[0-9A-Fa-f]{2})+$"));
    if (!separated.match(text).hasMatch() && !plain.match(text).hasMatch())
        return std::nullopt;
    QString digits = text;
    digits.remove(u':');
    digits.remove(u'.');
    digits.remove(u'-');
    return QByteArray::fromHex(digits.toLatin1());
}

QString likeToRegex(const QString &pattern)
{
    QString out = QStringLiteral("\\A(?:");
    for (QChar c : pattern) {
        if (c == u'%')
            out += QLatin1String(".*");
        else if (c == u'_')
            out += u'.';
        else
            out += QRegularExpression::escape(QString(c));
    }
    out += QLatin1String(")\\z");
    return out;
}

} // namespace ecv::filter
