#include "gui/bytesizespinbox.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Hookyard::Gui {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

} // namespace

ByteSizeSpinBox::ByteSizeSpinBox(QWidget *parent) : QSpinBox(parent)
{
    // Typed text is read when editing ends, not at every key: "1" on the way to "16 MiB" must not
    // be taken for one byte (below the minimum, it would be refused anyway).
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString ByteSizeSpinBox::textFromValue(int value) const
{
    if (value != 0 && value % MiB == 0)
        return tr("%1 MiB").arg(locale().toString(value / MiB));
    if (value != 0 && value % KiB == 0)
        return tr("%1 KiB").arg(locale().toString(value / KiB));
    return tr("%1 bytes").arg(locale().toString(value));
}

std::optional<qint64> ByteSizeSpinBox::parse(const QString &text) const
{
    // A number in this locale (group separators and a decimal part allowed), then a unit.
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9][0-9.,\\x{a0}\\x{202f}' ]*)"
                                                           "\\s*([A-Za-z]*)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = locale().toDouble(match.captured(1).trimmed(), &ok);
    if (!ok || number < 0)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    double factor = 0;
    if (unit.isEmpty() || unit == QLatin1String("b") || unit == QLatin1String("byte")
        || unit == QLatin1String("bytes") || unit == tr("bytes").toLower())
        factor = 1;
    else if (unit == QLatin1String("k") || unit == QLatin1String("kb")
             || unit == QLatin1String("kib"))
        factor = KiB;
    else if (unit == QLatin1String("m") || unit == QLatin1String("mb")
             || unit == QLatin1String("mib"))
        factor = MiB;
    else
        return std::nullopt;
    const double bytes = number * factor;
    if (bytes > double(std::numeric_limits<qint64>::max() / 2) || bytes != std::floor(bytes))
        return std::nullopt; // a fraction of a byte
    return qint64(bytes);
}

int ByteSizeSpinBox::valueFromText(const QString &text) const
{
    const auto bytes = parse(text);
    return bytes ? int(std::clamp<qint64>(*bytes, minimum(), maximum())) : value();
}

QValidator::State ByteSizeSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    if (input.trimmed().isEmpty())
        return QValidator::Intermediate;
    if (const auto bytes = parse(input))
        return *bytes >= minimum() && *bytes <= maximum() ? QValidator::Acceptable
                                                          : QValidator::Intermediate;
    // A number typed so far, its unit still coming ("2 M", "2 Mi").
    static const QRegularExpression partial(QStringLiteral("^\\s*[0-9][0-9.,\\x{a0}\\x{202f}' ]*"
                                                           "\\s*[A-Za-z]{0,5}\\s*$"));
    return partial.match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void ByteSizeSpinBox::stepBy(int steps)
{
    // Sizes are chosen in powers of two: up to the next one above, down to the next one below.
    qint64 v = value();
    for (; steps > 0; --steps) {
        qint64 next = 1;
        while (next <= v)
            next *= 2;
        v = next;
    }
    for (; steps < 0; ++steps) {
        qint64 next = 1;
        while (next * 2 < v)
            next *= 2;
        v = next;
    }
    setValue(int(std::clamp<qint64>(v, minimum(), maximum())));
    selectAll();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_bytesizespinbox.cpp"
