#pragma once

#include "core/connector.h"

#include <QAbstractListModel>
#include <QList>

namespace Hookyard::Gui {

// The connectors in the sidebar of the Connectors page, sorted by name. setConnectors() applies
// the engine's list as inserts, removals and changes (never a reset), so the selection stays on
// the connector the user was looking at.
class ConnectorListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // "ready" | "no_secret" | "disabled"
    };

    explicit ConnectorListModel(QObject *parent = nullptr);

    void setConnectors(QList<Core::Connector> connectors);
    const QList<Core::Connector> &connectors() const { return m_connectors; }
    int rowOf(const QString &id) const;
    // Empty when unknown.
    Core::Connector connector(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Core::Connector> m_connectors;
};

} // namespace Hookyard::Gui
