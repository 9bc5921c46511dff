#include "gui/badgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace Hookyard::Gui {

BadgeDelegate::BadgeDelegate(int badgeRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(badgeRole)
{
}

QColor BadgeDelegate::tintOf(const QString &badge)
{
    QColor colour;
    if (badge == QLatin1String("rejected") || badge == QLatin1String("failed")
        || badge == QLatin1String("timed_out"))
        colour = QColor(0xd0, 0x30, 0x30);
    else if (badge == QLatin1String("duplicate") || badge == QLatin1String("queued")
             || badge == QLatin1String("cancelled") || badge == QLatin1String("skipped"))
        colour = QColor(0xd0, 0x90, 0x10);
    else if (badge == QLatin1String("verified") || badge == QLatin1String("succeeded"))
        colour = QColor(0x30, 0xa0, 0x50);
    else if (badge == QLatin1String("running"))
        colour = QColor(0x30, 0x70, 0xd0);
    else
        return {};
    colour.setAlpha(60);
    return colour;
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QString badge = index.data(m_role).toString();
    const QColor tint = tintOf(badge);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!tint.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row background (selection, alternate colours) first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 3;
    QRect pill = option.rect.adjusted(4, 3, -4, -3);
    const int width = qMin(pill.width(), metrics.horizontalAdvance(text) + 2 * padding + 2);
    pill.setWidth(width);
    painter->save();
    painter->setFont(option.font);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, pill.width() - 2 * padding));
    painter->restore();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_badgedelegate.cpp"
