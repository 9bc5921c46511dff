#pragma once

#include "agents/agentspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hookyard::Agents {

// Changes the `connectors:` key of an agent YAML file and nothing else: the user's comments,
// key order and formatting stay byte for byte, because an agent file is hand-written and the
// window only links it to connectors (issue 4).
//
// yaml-cpp only *locates* the key (its marks give the lines); the lines of its value are
// replaced by one line `connectors: ["a", "b"]` written by YAML::Emitter. The key is removed
// when the list is empty (= every connector) and added after `events:` (or at the end) when
// absent. The result is read again with AgentSpecReader and accepted only when every other
// field is unchanged and `connectors` is the list asked for; otherwise nothing is written.
//
// Stateless and thread-safe: the GUI calls rewriteFile() on a worker thread.
class ConnectorsKeyRewriter final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Agents::ConnectorsKeyRewriter)

public:
    struct Result
    {
        bool ok = false;
        bool changed = false; // false: the list already was the one asked for (nothing written)
        QByteArray text; // the new file contents when ok
        QString error; // for people, when !ok
    };

    // Computes the new list from the agent as it is in the file at the moment of writing (not as
    // it was when a dialog opened): nullopt with *error refuses the change.
    using Decide =
        std::function<std::optional<QStringList>(const AgentSpec &current, QString *error)>;

    // filePath names the file in messages and gives the agent's directory, as for the reader.
    static Result rewrite(const QByteArray &yaml, const QStringList &connectors,
                          const QString &filePath = QString());
    // Reads the file, rewrites it, and replaces it atomically (QSaveFile) when it changed; the
    // catalog's file watcher then reloads it. Blocking file I/O: not for the GUI thread.
    static Result rewriteFile(const QString &filePath, const QStringList &connectors);
    static Result rewriteFile(const QString &filePath, const Decide &decide);

    // `connectors: ["a", "b"]` without indentation nor line end, each name double-quoted.
    static QByteArray keyLine(const QStringList &connectors);

private:
    static Result rewriteParsed(const QByteArray &yaml, const AgentSpec &before,
                                const QStringList &connectors, const QString &filePath);
};

} // namespace Hookyard::Agents
