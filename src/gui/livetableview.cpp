#include "gui/livetableview.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

namespace Hookyard::Gui {

LiveTableView::LiveTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSortingEnabled(false); // newest first, by the database
    verticalHeader()->setVisible(false);
    // Fixed row heights: no per-row measuring, so a million-row scroll range costs nothing.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
}

void LiveTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void LiveTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void LiveTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QScrollBar *bar = verticalScrollBar();
    const int before = bar->value();
    QTableView::rowsInserted(parent, start, end);
    // At the top with nothing selected the user watches the live edge: new rows just appear.
    // Scrolled away, or with a row selected (being read), what is visible stays in place.
    const bool watchingTheEdge = before == 0 && !selectionModel()->hasSelection();
    if (parent.isValid() || start != 0 || watchingTheEdge)
        return;
    const int added = (end - start + 1) * verticalHeader()->defaultSectionSize();
    // The range grows when the layout runs; extend it now so the value is not clamped.
    bar->setRange(bar->minimum(), bar->maximum() + added);
    bar->setValue(before + added);
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_livetableview.cpp"
