#pragma once

#include <QDoubleSpinBox>

namespace Hookyard::Gui {

// A connector's rate or burst: -1 = the default setting (shown as "Default (100 /s)"), 0 = no
// limit ("Unlimited"), or a value with its unit. A plain spin box showed 0 as "0.0 /s", which
// reads as "nothing gets through" while it means the opposite, and one click up from "Default"
// landed on it: stepping up from Default here starts at the default's value.
class LimitSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitSpinBox)
public:
    explicit LimitSpinBox(QWidget *parent = nullptr);

    // What "Default" stands for now (the setting's value; 0 = unlimited).
    void setDefaultValue(double value);
    // Shown after numbers, e.g. " /s"; empty for a count.
    void setUnit(const QString &unit);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void stepBy(int steps) override;

private:
    QString unlimitedText() const;
    QString withoutUnit(const QString &text) const;
    void updateDefaultText();

    double m_default = 0;
    QString m_unit;
};

} // namespace Hookyard::Gui
