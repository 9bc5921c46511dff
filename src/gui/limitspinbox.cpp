#include "gui/limitspinbox.h"

#include <QLocale>

namespace Hookyard::Gui {

LimitSpinBox::LimitSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setMinimum(-1);
    setValue(-1);
    updateDefaultText();
}

void LimitSpinBox::setDefaultValue(double value)
{
    m_default = value;
    updateDefaultText();
}

void LimitSpinBox::setUnit(const QString &unit)
{
    m_unit = unit;
    updateDefaultText();
}

QString LimitSpinBox::unlimitedText() const
{
    return tr("Unlimited");
}

void LimitSpinBox::updateDefaultText()
{
    // The special value text is what the minimum (-1) shows.
    setSpecialValueText(tr("Default (%1)").arg(textFromValue(m_default)));
}

QString LimitSpinBox::textFromValue(double value) const
{
    if (value == 0)
        return unlimitedText();
    return locale().toString(value, 'f', decimals()) + m_unit;
}

QString LimitSpinBox::withoutUnit(const QString &text) const
{
    QString number = text.trimmed();
    const QString unit = m_unit.trimmed();
    if (!unit.isEmpty() && number.endsWith(unit))
        number.chop(unit.size());
    return number.trimmed();
}

double LimitSpinBox::valueFromText(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(unlimitedText(), Qt::CaseInsensitive) == 0)
        return 0;
    if (trimmed == specialValueText())
        return -1;
    bool ok = false;
    const double value = locale().toDouble(withoutUnit(trimmed), &ok);
    return ok ? value : -1;
}

QValidator::State LimitSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QValidator::Intermediate;
    for (const QString &word : { unlimitedText(), specialValueText() }) {
        if (trimmed.compare(word, Qt::CaseInsensitive) == 0)
            return QValidator::Acceptable;
        if (word.startsWith(trimmed, Qt::CaseInsensitive))
            return QValidator::Intermediate;
    }
    const QString number = withoutUnit(trimmed);
    bool ok = false;
    const double value = locale().toDouble(number, &ok);
    if (!ok)
        return number == QLatin1String("-") ? QValidator::Intermediate : QValidator::Invalid;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
}

void LimitSpinBox::stepBy(int steps)
{
    if (value() < 0 && steps > 0 && m_default > 0) {
        setValue(m_default);
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

} // namespace Hookyard::Gui

#include "moc_limitspinbox.cpp"
