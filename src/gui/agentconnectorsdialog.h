#pragma once

#include "agents/agentspec.h"
#include "core/connector.h"
#include "gui/connectorswritejob.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AgentConnectorsDialog;
}

namespace Hookyard::Gui {

// The connectors of one agent, from the Agents page: "All connectors" (no `connectors:` key) or
// "Only these" with a check box per connector. Saving rewrites only that key of the agent's file
// (ConnectorsKeyRewriter, on a worker thread); the dialog stays open with the reason when the
// file is refused.
class AgentConnectorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentConnectorsDialog)
public:
    // `agent` as read from its file (spec.filePath is the file written).
    AgentConnectorsDialog(Agents::AgentSpec agent, QList<Core::Connector> all,
                          QWidget *parent = nullptr);
    ~AgentConnectorsDialog() override;

    void accept() override;

Q_SIGNALS:
    // The file was saved (`changed`: it was written); the dialog closes right after.
    void saved(bool changed);

private:
    void fill();
    void updateState();
    void finishSave(const ConnectorsWriteJob::Outcome &outcome);
    void setSaving(bool saving);
    void showError(const QString &text);

    std::unique_ptr<Ui::AgentConnectorsDialog> m_ui;
    Agents::AgentSpec m_agent;
    QList<Core::Connector> m_all;
    bool m_saving = false;
};

} // namespace Hookyard::Gui
