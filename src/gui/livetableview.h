#pragma once

#include <QTableView>

namespace Hookyard::Gui {

// A table whose model prepends live rows. When the user has scrolled away from the top, or has
// selected a row to read, rows inserted above would push it down (out of view at ten events a
// second); this view scrolls by the same amount so the visible rows stay still. At the top with
// nothing selected, new rows simply appear (the user is watching the live edge). The selection
// is kept by the model's persistent indexes.
class LiveTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTableView)
public:
    explicit LiveTableView(QWidget *parent = nullptr);

    // Shown in the middle of the view while it has no rows: what the empty list means and what
    // to do (an empty grid says nothing).
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Hookyard::Gui
