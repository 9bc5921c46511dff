#include "gui/autostart.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Hookyard::Gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Gui::Autostart", text);
}

// One argument as the Exec key wants it, before the file format's own string escapes.
QString quoteArgument(const QString &argument)
{
    // The specification's reserved characters; an argument with none of them stays bare.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString out = argument;
    out.replace(u'%', QStringLiteral("%%")); // field codes start with %
    const bool quote = out.isEmpty()
        || std::any_of(out.cbegin(), out.cend(), [](QChar c) { return reserved.contains(c); });
    if (!quote)
        return out;
    QString quoted;
    quoted.reserve(out.size() + 8);
    quoted += u'"';
    for (const QChar c : std::as_const(out)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

// The Desktop Entry format's escapes for a value of type string: \\, \n, \t, \r.
QString escapeValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out;
}
} // namespace

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/") + QStringLiteral(HOOKYARD_APP_ID)
        + QStringLiteral(".desktop");
}

bool Autostart::isEnabled()
{
    const QString path = entryPath();
    if (!QFileInfo(path).isFile())
        return false;
    // Desktops turn an entry off by adding Hidden=true (or X-GNOME-Autostart-enabled=false)
    // rather than deleting it. Read as an INI file: only those two keys matter here.
    const QSettings entry(path, QSettings::IniFormat);
    const auto isFalse = [](const QVariant &v) {
        return v.toString().trimmed() == u"false";
    };
    const auto isTrue = [](const QVariant &v) {
        return v.toString().trimmed() == u"true";
    };
    return !isTrue(entry.value(QStringLiteral("Desktop Entry/Hidden")))
        && !isFalse(entry.value(QStringLiteral("Desktop Entry/X-GNOME-Autostart-enabled")));
}

QString Autostart::execLine(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &argument : arguments)
        quoted << quoteArgument(argument);
    return escapeValue(quoted.join(u' '));
}

QByteArray Autostart::entryText(const QString &executable, const QString &dataDir)
{
    QStringList arguments { executable, QStringLiteral("--tray") };
    if (!dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << dataDir;
    QString text;
    text += QStringLiteral("[Desktop Entry]\n"
                           "Type=Application\n"
                           "Name=Hookyard\n"
                           "Comment=Receive Stripe webhooks and run local agents on them\n");
    text += QStringLiteral("Exec=") + execLine(arguments) + u'\n';
    text += QStringLiteral("Icon=") + QStringLiteral(HOOKYARD_APP_ID) + u'\n';
    text += QStringLiteral("Terminal=false\n"
                           "X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

bool Autostart::enable(const QString &executable, const QString &dataDir, QString *error)
{
    const QString path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("The folder %1 cannot be created: check its permissions.")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    // Atomically: after a failed write the old entry stays as it was.
    QString reason;
    if (Core::writeFileAtomically(path, entryText(executable, dataDir), &reason))
        return true;
    *error = tr("%1 cannot be written (%2): check the folder's permissions and free space.")
                 .arg(path, reason);
    return false;
}

bool Autostart::disable(QString *error)
{
    QFile file(entryPath());
    if (!file.exists() || file.remove())
        return true;
    *error = tr("%1 cannot be removed (%2): remove it by hand, or turn Hookyard off in your "
                "desktop's startup applications.")
                 .arg(file.fileName(), file.errorString());
    return false;
}

} // namespace Hookyard::Gui
