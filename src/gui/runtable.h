#pragma once

class QTableView;

namespace Hookyard::Gui {

class RunListModel;

// Sets a table up to show a RunListModel the same way wherever runs are listed (the Agents
// page's run history, an event's runs): whole-row single selection, compact rows, the event
// column stretched, the state drawn as a badge.
void setUpRunTable(QTableView *table, RunListModel *model);

} // namespace Hookyard::Gui
