#include "core/duration.h"

#include <QStringList>

#include <limits>

namespace Hookyard::Core {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Far beyond any timeout or retention; keeps every sum below qint64 overflow.
constexpr qint64 kMaxMs = qint64(100'000) * 365 * kDay;

// Unit lengths in ms; 0 = not a unit. "ms" must be tried before "m".
qint64 unitAt(QStringView text, qsizetype &pos)
{
    const QStringView rest = text.sliced(pos);
    if (rest.startsWith(u"ms")) {
        pos += 2;
        return 1;
    }
    if (rest.isEmpty())
        return 0;
    const QChar c = rest.front();
    ++pos;
    if (c == u'd')
        return kDay;
    if (c == u'h')
        return kHour;
    if (c == u'm')
        return kMinute;
    if (c == u's')
        return kSecond;
    --pos;
    return 0;
}

void skipSpaces(QStringView text, qsizetype &pos)
{
    while (pos < text.size() && text.at(pos) == u' ')
        ++pos;
}

} // namespace

std::optional<qint64> parseDurationMs(const QString &input)
{
    // Components are a whole number (optionally with a decimal fraction) and a unit, largest unit
    // first, each at most once: "1h30m", "1h 30m", "1.5s", "350 ms". A bare number is seconds.
    const QString trimmed = input.trimmed().toLower();
    const QStringView text(trimmed);
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 lastUnit = std::numeric_limits<qint64>::max();
    qsizetype pos = 0;
    bool bare = false;
    while (pos < text.size()) {
        qint64 whole = 0;
        qsizetype digits = 0;
        while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
            whole = whole * 10 + (text.at(pos).unicode() - u'0');
            if (whole > kMaxMs)
                return std::nullopt;
            ++pos;
            ++digits;
        }
        qint64 fraction = 0;
        qint64 fractionScale = 1;
        if (pos < text.size() && text.at(pos) == u'.') {
            ++pos;
            while (pos < text.size() && text.at(pos).unicode() >= u'0'
                   && text.at(pos).unicode() <= u'9') {
                if (fractionScale < 1'000'000'000) { // digits past nanoseconds are ignored
                    fraction = fraction * 10 + (text.at(pos).unicode() - u'0');
                    fractionScale *= 10;
                }
                ++pos;
                ++digits;
            }
        }
        if (digits == 0)
            return std::nullopt;
        skipSpaces(text, pos);
        qint64 unit = unitAt(text, pos);
        if (unit == 0) {
            // Only a lone number may go without a unit: "120" is two minutes.
            if (pos != text.size() || total != 0 || lastUnit != std::numeric_limits<qint64>::max())
                return std::nullopt;
            unit = kSecond;
            bare = true;
        }
        if (unit >= lastUnit)
            return std::nullopt; // "30m1h", "1s1s": ambiguous, refuse
        lastUnit = unit;
        if (whole > kMaxMs / unit)
            return std::nullopt;
        total += whole * unit + fraction * unit / fractionScale;
        if (total > kMaxMs)
            return std::nullopt;
        skipSpaces(text, pos);
        if (bare)
            break;
    }
    return total;
}

QString formatDurationMs(qint64 ms)
{
    if (ms < 0)
        return u'-' + formatDurationMs(ms == std::numeric_limits<qint64>::min() ? kMaxMs : -ms);
    if (ms == 0)
        return QStringLiteral("0s");
    if (ms < kSecond)
        return QStringLiteral("%1 ms").arg(ms);
    QStringList parts;
    qint64 rest = ms;
    const struct
    {
        qint64 length;
        char16_t suffix;
    } units[] = { { kDay, u'd' }, { kHour, u'h' }, { kMinute, u'm' } };
    for (const auto &unit : units) {
        if (rest >= unit.length) {
            parts << QString::number(rest / unit.length) + QChar(unit.suffix);
            rest %= unit.length;
        }
    }
    if (rest > 0) {
        const qint64 secs = rest / kSecond;
        const qint64 millis = rest % kSecond;
        if (millis == 0) {
            parts << QString::number(secs) + u's';
        } else {
            // "1.5s", "2.25s": trailing zeros of the fraction dropped.
            QString fraction = QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0'));
            while (fraction.endsWith(u'0'))
                fraction.chop(1);
            parts << QString::number(secs) + u'.' + fraction + u's';
        }
    }
    return parts.join(u' ');
}

} // namespace Hookyard::Core
