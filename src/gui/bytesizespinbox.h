#pragma once

#include <QSpinBox>

#include <optional>

namespace Hookyard::Gui {

// A size in bytes (the body limit, the output kept per run): shown as "1 MiB" or "64 KiB" where
// the value is a whole number of them, else as "1,000,000 bytes". A plain spin box showed
// "1,048,576" and stepped by one byte. Typed text may carry a unit: "2 MiB", "512k", "1.5 MB"
// (K and M are read as KiB and MiB, the units shown). The arrows double or halve the value.
class ByteSizeSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteSizeSpinBox)
public:
    explicit ByteSizeSpinBox(QWidget *parent = nullptr);

    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void stepBy(int steps) override;

    // The bytes that text stands for, or nothing when it is not a size (range not checked).
    std::optional<qint64> parse(const QString &text) const;
};

} // namespace Hookyard::Gui
