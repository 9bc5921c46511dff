#pragma once

#include <QTableView>

namespace Hookyard::Gui {

// A table whose model prepends live rows. When the user has scrolled away from the top, rows
// inserted above the viewport would push what they are reading down; this view scrolls by the
// same amount so the visible rows stay still. At the top, new rows simply appear (the user is
// watching the live edge). The selection is kept by the model's persistent indexes.
class LiveTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTableView)
public:
    explicit LiveTableView(QWidget *parent = nullptr);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
};

} // namespace Hookyard::Gui
