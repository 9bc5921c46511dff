#include "gui/icons.h"

#include <QApplication>
#include <QFile>
#include <QStyle>

// The icons' resource lives in this static library: register it before the first lookup (a
// static library's resource initialiser is not linked in unless something refers to it).
static void initResources()
{
#ifdef HOOKYARD_GUI_HAVE_ICONS
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done);
#endif
}

namespace Hookyard::Gui::Icons {

namespace {
struct Entry
{
    const char *resource; // resources/icons/<resource>.svg
    const char *theme; // freedesktop icon name
    QStyle::StandardPixmap fallback;
};

Entry entryOf(Id id)
{
    switch (id) {
    case App:
        return { "dev.hookyard.Hookyard", "network-receive", QStyle::SP_ComputerIcon };
    case Connectors:
        return { "connector", "network-wired", QStyle::SP_DriveNetIcon };
    case Events:
        return { "event", "view-list-details", QStyle::SP_FileDialogDetailedView };
    case Agents:
        return { "agent", "system-run", QStyle::SP_CommandLink };
    case Settings:
        return { "settings", "preferences-system", QStyle::SP_FileDialogInfoView };
    case Add:
        return { "add", "list-add", QStyle::SP_FileDialogNewFolder };
    case Remove:
        return { "remove", "list-remove", QStyle::SP_TrashIcon };
    case Copy:
        return { "copy", "edit-copy", QStyle::SP_FileLinkIcon };
    case Paste:
        return { "key", "edit-paste", QStyle::SP_DialogOpenButton };
    case Save:
        return { "key", "document-save", QStyle::SP_DialogSaveButton };
    case Send:
        return { "send", "mail-send", QStyle::SP_ArrowRight };
    case Run:
        return { "play", "media-playback-start", QStyle::SP_MediaPlay };
    case Cancel:
        return { "cancel", "process-stop", QStyle::SP_BrowserStop };
    case Show:
        return { "show", "view-visible", QStyle::SP_FileDialogContentsView };
    case Ok:
        return { "ok", "emblem-ok", QStyle::SP_DialogApplyButton };
    case Warning:
        return { "warning", "dialog-warning", QStyle::SP_MessageBoxWarning };
    case Error:
        return { "error", "dialog-error", QStyle::SP_MessageBoxCritical };
    case Refresh:
        return { "refresh", "view-refresh", QStyle::SP_BrowserReload };
    }
    return { "", "", QStyle::SP_CustomBase };
}
} // namespace

QIcon get(Id id)
{
    initResources();
    const Entry entry = entryOf(id);
    const QString resource =
        QStringLiteral(":/icons/") + QLatin1String(entry.resource) + QStringLiteral(".svg");
    if (QFile::exists(resource))
        return QIcon(resource);
    const QIcon themed = QIcon::fromTheme(QLatin1String(entry.theme));
    if (!themed.isNull())
        return themed;
    if (entry.fallback != QStyle::SP_CustomBase && qApp)
        return QApplication::style()->standardIcon(entry.fallback);
    return {};
}

} // namespace Hookyard::Gui::Icons
