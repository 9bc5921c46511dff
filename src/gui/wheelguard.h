#pragma once

#include <QObject>

class QWidget;

namespace Hookyard::Gui {

// On a page that scrolls, the mouse wheel turned to scroll it past a spin box or a combo box
// would change that limit or choice on the way (Qt's default). Guarded ones take the wheel only
// once they have the focus (a click, Tab); until then the wheel scrolls the page.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)
public:
    // Guards every spin box and combo box under page that exists now.
    static void install(QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) { }
};

} // namespace Hookyard::Gui
