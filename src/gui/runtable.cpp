#include "gui/runtable.h"

#include "gui/badgedelegate.h"
#include "gui/displaytext.h"
#include "gui/runlistmodel.h"
#include "storage/runrepository.h"

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
    // Columns as wide as their title or what they hold, so that the event (or the agent, where
    // the event column is hidden) has the room left: the longest state badge, "Timed out
    // (manual)" say, in any language; a six-digit run id; a duration of minutes; a time to the
    // millisecond.
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    int widestState = 0;
    for (const QString &state : Storage::RunStates::all())
        widestState =
            qMax(widestState, metrics.horizontalAdvance(RunListModel::stateText(state, true)));
    const auto fit = [&](int column, int contentWidth) {
        header->resizeSection(column, qMax(header->sectionSizeHint(column), contentWidth + 16));
    };
    fit(RunListModel::StateColumn, widestState + 2 * (metrics.height() / 3));
    fit(RunListModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("000000")));
    fit(RunListModel::AttemptColumn, metrics.horizontalAdvance(QStringLiteral("00")));
    fit(RunListModel::ExitCodeColumn, metrics.horizontalAdvance(QStringLiteral("000")));
    fit(RunListModel::DurationColumn,
        metrics.horizontalAdvance(DisplayText::duration(59 * 60'000 + 59'000)));
    fit(RunListModel::QueuedColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")));
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
