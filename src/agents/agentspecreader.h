#pragma once

#include "agents/agentspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hookyard::Agents {

// Reads one agent YAML file (yaml-cpp). Never throws: every problem becomes a diagnostic with
// the file, line and column, so that one broken file is reported and the others still load.
class AgentSpecReader final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Agents::AgentSpecReader)

public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    struct Result
    {
        AgentSpec spec; // filled as far as it could be read; spec.name may be set even on error
        QList<AgentDiagnostic> diagnostics;

        bool ok() const; // no error (warnings allowed)
        QString firstError() const; // "line 3, column 7: ..." or empty
        QList<AgentDiagnostic> errors() const;
        QList<AgentDiagnostic> warnings() const;
    };

    static Result readFile(const QString &filePath);
    // filePath names the file in diagnostics and gives the working directory.
    static Result parse(const QByteArray &yaml, const QString &filePath);

    // The keys an agent file may have, for messages and the GUI's editor.
    static QStringList knownKeys();
    // Agent names become file names (<name>.yaml): letters, digits, '.', '_', '-'; 1-64 chars.
    static bool isValidName(const QString &name);
};

} // namespace Hookyard::Agents
