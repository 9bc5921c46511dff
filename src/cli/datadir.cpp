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
    for (qsizetype i = 0; i < args->size();) {
        const QString &arg = args->at(i);
        if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= args->size()) {
                *error = QCoreApplication::translate("Hookyard::Cli",
                                                     "--data-dir needs a folder: --data-dir DIR");
                return false;
            }
            chosen = args->at(i + 1);
            args->remove(i, 2);
            continue;
        }
        if (arg.startsWith(QLatin1String("--data-dir="))) {
            chosen = arg.mid(11);
            args->remove(i);
            continue;
        }
        ++i;
    }
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable("HOOKYARD_DATA_DIR");
    if (chosen.isEmpty())
        chosen = defaultDataDir();
    *dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(chosen));
    return true;
}

} // namespace Hookyard::Cli
