#pragma once

#include <QStyledItemDelegate>

namespace Hookyard::Gui {

// Draws an item's text as a small rounded badge when its model gives a BadgeRole ("duplicate",
// "rejected", "verified", a run state). The tint is a translucent hue over the palette's base,
// so it reads on light and dark themes; the text keeps the palette's text colour.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)
public:
    BadgeDelegate(int badgeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static QColor tintOf(const QString &badge);

private:
    int m_role;
};

} // namespace Hookyard::Gui
