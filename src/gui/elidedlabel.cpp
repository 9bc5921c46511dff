#include "gui/elidedlabel.h"

#include <QPainter>
#include <QStyle>

namespace Hookyard::Gui {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    // A few characters and the ellipsis: what is left when the window is narrow.
    return { fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM…")),
             QLabel::minimumSizeHint().height() };
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    QPainter painter(this);
    style()->drawItemText(&painter, area, QStyle::visualAlignment(layoutDirection(), alignment()),
                          palette(), isEnabled(), shown, foregroundRole());
}

} // namespace Hookyard::Gui

#include "moc_elidedlabel.cpp"
