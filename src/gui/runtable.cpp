#include "gui/runtable.h"

#include "gui/badgedelegate.h"
#include "gui/runlistmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
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

void setRunText(QPlainTextEdit *view, const QString &text)
{
    const QString before = view->toPlainText();
    if (before == text)
        return;
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int position = bar->value();
    if (!before.isEmpty() && text.startsWith(before)) {
        // Only grew: append, so the selection and the cursor stay.
        QTextCursor end(view->document());
        end.movePosition(QTextCursor::End);
        end.insertText(text.mid(before.size()));
    } else {
        view->setPlainText(text);
    }
    bar->setValue(atEnd && !before.isEmpty() ? bar->maximum() : qMin(position, bar->maximum()));
}

QString stillRunningNote()
{
    return QCoreApplication::translate("Hookyard::Gui::RunTable",
                                       "Still running: below is what it printed so far, updated "
                                       "every second.");
}

} // namespace Hookyard::Gui
