#pragma once

#include <QLabel>

namespace Hookyard::Gui {

// A one-line label that ends in "…" when its text is wider than the space it gets, instead of
// widening the page (a form inside a scroll area otherwise grows a horizontal scroll bar for one
// long list). text() stays the whole text: put it in the tooltip where it may be cut.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Hookyard::Gui
