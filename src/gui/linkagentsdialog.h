#pragma once

#include "agents/catalogsnapshot.h"
#include "core/connector.h"
#include "gui/connectorswritejob.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LinkAgentsDialog;
}

namespace Hookyard::Gui {

// "Link agents" for one connector: every agent of the catalog with a check box, checked when it
// runs for this connector's events. Saving rewrites the `connectors:` key of each agent whose
// box changed (ConnectorsKeyRewriter, on a worker thread); an agent file with errors is shown
// but cannot be changed. The dialog stays open with the reasons when a file is refused.
class LinkAgentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkAgentsDialog)
public:
    // `all` is every connector: an agent for all connectors that is unchecked gets the others.
    LinkAgentsDialog(Core::Connector connector, QList<Core::Connector> all,
                     const QList<Agents::AgentEntry> &agents, QWidget *parent = nullptr);
    ~LinkAgentsDialog() override;

    void accept() override;

Q_SIGNALS:
    // Everything was saved (`files` were written); the dialog closes right after.
    void saved(int files);

private:
    void fill(const QList<Agents::AgentEntry> &agents);
    void finishSave(const QList<ConnectorsWriteJob::Outcome> &outcomes);
    void setSaving(bool saving);

    std::unique_ptr<Ui::LinkAgentsDialog> m_ui;
    Core::Connector m_connector;
    QList<Core::Connector> m_all;
};

} // namespace Hookyard::Gui
