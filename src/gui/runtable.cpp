#include "gui/runtable.h"

#include "gui/badgedelegate.h"
#include "gui/runlistmodel.h"

#include <QHeaderView>
#include <QTableView>

namespace Hookyard::Gui {

void setUpRunTable(QTableView *table, RunListModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(RunListModel::EventColumn,
                                                    QHeaderView::Stretch);
    table->setItemDelegateForColumn(RunListModel::StateColumn,
                                    new BadgeDelegate(RunListModel::StateRole, table));
}

} // namespace Hookyard::Gui
