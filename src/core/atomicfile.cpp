#include "core/atomicfile.h"

#include <QSaveFile>

namespace Hookyard::Core {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    // Unbuffered, and every byte written before commit(): a short write is followed by one that
    // fails with the system's reason, which QFileDevice then reports.
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; written && done < data.size();) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        written = n > 0;
        done += n;
    }
    if (written && file.commit())
        return true;
    *error = file.errorString();
    file.cancelWriting(); // removes the new file; the old one was never touched
    return false;
}

} // namespace Hookyard::Core
