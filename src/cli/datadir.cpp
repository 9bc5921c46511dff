#include "cli/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Hookyard::Cli {

QString defaultDataDir()
{
    // Explicit name: the result must not depend on QCoreApplication's organisation settings.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("hookyard"));
}

bool extractDataDir(QStringList *args, QString *dataDir, QString *error)
{
    QString chosen;
    bool given = false;
    for (qsizetype i = 0; i < args->size();) {
        const QString &arg = args->at(i);
        if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= args->size()) {
                *error = QCoreApplication::translate("Hookyard::Cli",
                                                     "--data-dir needs a folder: --data-dir DIR");
                return false;
            }
            chosen = args->at(i + 1);
            given = true;
            args->remove(i, 2);
            continue;
        }
        if (arg.startsWith(QLatin1String("--data-dir="))) {
            chosen = arg.mid(11);
            given = true;
            args->remove(i);
            continue;
        }
        ++i;
    }
    // An empty --data-dir is a mistake (an unset shell variable: --data-dir "$DIR"); using the
    // default folder instead would act on the wrong data. An empty HOOKYARD_DATA_DIR counts as
    // unset, as usual for environment variables.
    if (given && chosen.isEmpty()) {
        *error = QCoreApplication::translate(
            "Hookyard::Cli",
            "--data-dir is empty: give a folder, or leave the option out to use "
            "HOOKYARD_DATA_DIR or the default folder");
        return false;
    }
    if (!given)
        chosen = qEnvironmentVariable("HOOKYARD_DATA_DIR");
    if (chosen.isEmpty())
        chosen = defaultDataDir();
    *dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(chosen));
    return true;
}

} // namespace Hookyard::Cli
