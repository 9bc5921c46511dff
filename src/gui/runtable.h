#pragma once

#include <QString>

class QPlainTextEdit;
class QTableView;

namespace Hookyard::Gui {

class RunListModel;

// Sets a table up to show a RunListModel the same way wherever runs are listed (the Agents
// page's run history, an event's runs): whole-row single selection, compact rows, the event
// column stretched, the state drawn as a badge.
void setUpRunTable(QTableView *table, RunListModel *model);

// Replaces the text of a run's output view. A running run's text grows every second: a reader
// at the end stays at the end to follow it, one scrolled up stays where they were reading, and
// a selection survives when the text only grew.
void setRunText(QPlainTextEdit *view, const QString &text);

// The line above a running run's output: it is what the run printed so far.
QString stillRunningNote();

} // namespace Hookyard::Gui
