#include "gui/windowstate.h"

#include <QSettings>

namespace Hookyard::Gui {

namespace {
// Bumped when what a key holds changes meaning: an older file is then ignored, not misread.
constexpr int FormatVersion = 1;
const auto VersionKey = QStringLiteral("window/version");
const auto GeometryKey = QStringLiteral("window/geometry");
const auto PageKey = QStringLiteral("window/page");
const auto SplittersGroup = QStringLiteral("splitters");
const auto TablesGroup = QStringLiteral("tables");

QHash<QString, QByteArray> readGroup(const QSettings &store, const QString &group)
{
    QHash<QString, QByteArray> values;
    const QString prefix = group + QLatin1Char('/');
    for (const QString &key : store.allKeys()) {
        if (!key.startsWith(prefix))
            continue;
        const QByteArray value = store.value(key).toByteArray();
        if (!value.isEmpty())
            values.insert(key.mid(prefix.size()), value);
    }
    return values;
}

void writeGroup(QSettings &store, const QString &group, const QHash<QString, QByteArray> &values)
{
    store.remove(group);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        store.setValue(group + QLatin1Char('/') + it.key(), it.value());
}
} // namespace

WindowState WindowState::read(const QSettings &store)
{
    WindowState state;
    if (store.value(VersionKey).toInt() != FormatVersion)
        return state;
    state.geometry = store.value(GeometryKey).toByteArray();
    bool ok = false;
    const int page = store.value(PageKey).toInt(&ok);
    state.page = ok && page >= 0 ? page : -1;
    state.splitters = readGroup(store, SplittersGroup);
    state.tableHeaders = readGroup(store, TablesGroup);
    return state;
}

bool WindowState::write(QSettings &store, QString *error) const
{
    store.setValue(VersionKey, FormatVersion);
    store.setValue(GeometryKey, geometry);
    store.setValue(PageKey, page);
    writeGroup(store, SplittersGroup, splitters);
    writeGroup(store, TablesGroup, tableHeaders);
    store.sync();
    if (store.status() == QSettings::NoError)
        return true;
    if (error)
        *error = store.status() == QSettings::AccessError
            ? QStringLiteral("%1 cannot be written (permissions, or a full disk)")
                  .arg(store.fileName())
            : QStringLiteral("%1 is not a settings file").arg(store.fileName());
    return false;
}

QSize WindowState::firstSize(const QSize &preferred, const QRect &available)
{
    if (!available.isValid())
        return preferred;
    return preferred.boundedTo(available.size() * 0.9);
}

} // namespace Hookyard::Gui
