#include "gui/icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QSvgRenderer>

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
        return { "save", "document-save", QStyle::SP_DialogSaveButton };
    case SaveSecret:
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
// The UI icons are drawn in `currentColor`, which Qt's SVG renderer paints black: unreadable on
// a dark palette. Paint them in the palette's text colour instead (and its disabled colour for
// disabled buttons), at 1x and 2x for high-DPI screens. The app icon keeps its own colours.
QIcon tinted(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(resource);
    const QByteArray svg = file.readAll();
    if (!svg.contains("currentColor"))
        return QIcon(resource);
    const QPalette palette = QApplication::palette();
    QIcon icon;
    const auto add = [&](QIcon::Mode mode, const QColor &color) {
        QByteArray painted = svg;
        painted.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(painted);
        for (const int size : { 16, 20, 24, 32, 48 }) {
            for (const qreal dpr : { 1.0, 2.0 }) {
                QPixmap pixmap(QSize(size, size) * dpr);
                pixmap.fill(Qt::transparent);
                {
                    QPainter painter(&pixmap);
                    renderer.render(&painter);
                }
                pixmap.setDevicePixelRatio(dpr);
                icon.addPixmap(pixmap, mode);
            }
        }
    };
    add(QIcon::Normal, palette.color(QPalette::Active, QPalette::WindowText));
    add(QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText));
    add(QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText));
    return icon;
}
} // namespace

QIcon get(Id id)
{
    initResources();
    const Entry entry = entryOf(id);
    const QString resource =
        QStringLiteral(":/icons/") + QLatin1String(entry.resource) + QStringLiteral(".svg");
    if (QFile::exists(resource))
        return qApp ? tinted(resource) : QIcon(resource);
    const QIcon themed = QIcon::fromTheme(QLatin1String(entry.theme));
    if (!themed.isNull())
        return themed;
    if (entry.fallback != QStyle::SP_CustomBase && qApp)
        return QApplication::style()->standardIcon(entry.fallback);
    return {};
}

} // namespace Hookyard::Gui::Icons
