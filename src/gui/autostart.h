#pragma once

#include <QString>
#include <QStringList>

namespace Hookyard::Gui {

// "Start Hookyard when I log in": an entry of the freedesktop.org Desktop Application Autostart
// specification, $XDG_CONFIG_HOME/autostart/<app id>.desktop (~/.config/autostart/…), which
// GNOME, KDE, Xfce and the other desktops start at login. The entry runs this executable with
// --tray (receiving from the tray, where the desktop has one) and --data-dir when the data folder
// is not the default one. Whether autostart is on is whether that file exists and is not
// disabled (Hidden=true, which desktops write when the user turns it off in their own settings),
// so the checkbox follows changes made there. Only this file is written; nothing goes into the
// data folder.
class Autostart final
{
public:
    static QString entryPath();
    static bool isEnabled();

    // Writes the entry (atomically) for `executable` and `dataDir` (empty: the default folder).
    // False with a reason a person can act on in *error.
    static bool enable(const QString &executable, const QString &dataDir, QString *error);
    // Removes the entry; true when there was none.
    static bool disable(QString *error);

    // The entry's text, and its Exec line: each argument quoted and escaped as the Desktop Entry
    // specification says (reserved characters in double quotes with `"`, `` ` ``, `$` and `\`
    // escaped, `%` doubled, then the string escapes of the file format), so that a path with
    // spaces or quotes reaches the program unchanged.
    static QByteArray entryText(const QString &executable, const QString &dataDir);
    static QString execLine(const QStringList &arguments);
};

} // namespace Hookyard::Gui
