#pragma once

#include <QWidget>

namespace Hookyard::Gui {

// What the Agents page shows while the data folder has no agent file: what an agent is, one
// button per example agent, "Write Your Own…", and the folder the files live in.
class AgentsEmptyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsEmptyPage)
public:
    // agentsDir: shown to the user. readOnly: another process serves the folder; the buttons
    // are off.
    AgentsEmptyPage(const QString &agentsDir, bool readOnly, QWidget *parent = nullptr);

Q_SIGNALS:
    void exampleChosen(const QString &id); // Agents::AgentExample::id
    void writeOwnChosen();
};

} // namespace Hookyard::Gui
