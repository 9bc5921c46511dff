#include "gui/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace Hookyard::Gui {

void WheelGuard::install(QWidget *page)
{
    auto *guard = new WheelGuard(page);
    const auto guardOne = [guard](QWidget *widget) {
        widget->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel gives no focus
        widget->installEventFilter(guard);
    };
    for (QAbstractSpinBox *spinBox : page->findChildren<QAbstractSpinBox *>())
        guardOne(spinBox);
    for (QComboBox *comboBox : page->findChildren<QComboBox *>())
        guardOne(comboBox);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
        return false;
    // Not accepted: QApplication passes a wheel event from the mouse on to the parent, which
    // is the page's scroll area in the end.
    event->ignore();
    return true;
}

} // namespace Hookyard::Gui

#include "moc_wheelguard.cpp"
