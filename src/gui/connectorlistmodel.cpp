#include "gui/connectorlistmodel.h"

#include "gui/icons.h"

#include <algorithm>

namespace Hookyard::Gui {

namespace {
bool sameValues(const Core::Connector &a, const Core::Connector &b)
{
    return a.name == b.name && a.enabled == b.enabled && a.toleranceSecs == b.toleranceSecs
        && a.ratePerSecond == b.ratePerSecond && a.burst == b.burst && a.hasSecret == b.hasSecret
        && a.previousSecretExpiresAtMs == b.previousSecretExpiresAtMs
        && a.updatedAtMs == b.updatedAtMs;
}

bool byName(const Core::Connector &a, const Core::Connector &b)
{
    const int order = a.name.compare(b.name, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}
} // namespace

ConnectorListModel::ConnectorListModel(QObject *parent) : QAbstractListModel(parent) { }

int ConnectorListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_connectors.size(); ++i) {
        if (m_connectors.at(i).id == id)
            return i;
    }
    return -1;
}

Core::Connector ConnectorListModel::connector(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? Core::Connector {} : m_connectors.at(row);
}

void ConnectorListModel::setConnectors(QList<Core::Connector> connectors)
{
    std::sort(connectors.begin(), connectors.end(), byName);
    // Removals first (and anything whose sort position changed: it is re-inserted below).
    for (int i = int(m_connectors.size()) - 1; i >= 0; --i) {
        const auto &existing = m_connectors.at(i);
        const auto next = std::find_if(connectors.cbegin(), connectors.cend(),
                                       [&](const auto &c) { return c.id == existing.id; });
        if (next == connectors.cend() || next->name != existing.name) {
            beginRemoveRows({}, i, i);
            m_connectors.removeAt(i);
            endRemoveRows();
        }
    }
    // Walk both sorted lists: insert what is missing, update what changed.
    for (int i = 0; i < connectors.size(); ++i) {
        const auto &next = connectors.at(i);
        if (i < m_connectors.size() && m_connectors.at(i).id == next.id) {
            if (!sameValues(m_connectors.at(i), next)) {
                m_connectors[i] = next;
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_connectors.insert(i, next);
        endInsertRows();
    }
}

int ConnectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Connector &c = m_connectors.at(index.row());
    const QString status = !c.enabled ? QStringLiteral("disabled")
        : !c.hasSecret                ? QStringLiteral("no_secret")
                                      : QStringLiteral("ready");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.name;
    case Qt::ToolTipRole:
        if (!c.enabled)
            return tr("%1 is disabled: deliveries are answered 404.").arg(c.name);
        if (!c.hasSecret)
            return tr("%1 has no signing secret yet: deliveries are refused (503) and Stripe "
                      "retries them.")
                .arg(c.name);
        return tr("%1 is receiving.").arg(c.name);
    case Qt::DecorationRole:
        return Icons::get(status == QLatin1String("ready") ? Icons::Ok : Icons::Warning);
    case IdRole:
        return c.id;
    case StatusRole:
        return status;
    default:
        break;
    }
    return {};
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_connectorlistmodel.cpp"
