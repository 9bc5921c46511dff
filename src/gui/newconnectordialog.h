#pragma once

#include "core/connector.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class NewConnectorDialog;
}

namespace Hookyard::Gui {

// "New connector": asks for a name only. The dialog stays open with the reason in plain words
// when the name is refused (empty, taken, characters), so the user fixes it in place.
class NewConnectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConnectorDialog)
public:
    // `create` makes the connector (Engine::addConnector) and returns it, or nullopt with *error.
    using Create =
        std::function<std::optional<Core::Connector>(const QString &name, QString *error)>;

    NewConnectorDialog(Create create, QWidget *parent = nullptr);
    ~NewConnectorDialog() override;

    // The connector created, once accepted.
    std::optional<Core::Connector> created() const { return m_created; }

    void accept() override;

private:
    std::unique_ptr<Ui::NewConnectorDialog> m_ui;
    Create m_create;
    std::optional<Core::Connector> m_created;
};

} // namespace Hookyard::Gui
