#pragma once

#include <QString>
#include <QStringList>

namespace Hookyard::Agents {

// Command strings are split into argv the way a POSIX shell splits words, but no shell ever
// runs (qBittorrent's runExternalProgram, STYLE.md 4): an event field must never be able to
// become shell syntax, so there is no expansion of variables, globs, `~` or command
// substitution, and `|`, `;`, `>` are ordinary arguments.
class CommandLine final
{
public:
    struct Split
    {
        bool ok = false;
        QStringList arguments;
        QString error; // "unterminated single quote" ...
        QStringList shellSyntax; // unquoted words a shell would have treated specially
    };

    // Whitespace separates words; '…' is literal; "…" keeps \" \\ \$ \` escapes; a backslash
    // outside quotes escapes the next character. An unterminated quote is an error.
    static Split split(const QString &command);

    // argv back to one line a person can paste into a shell (quoted where needed); for display.
    static QString join(const QStringList &arguments);
};

} // namespace Hookyard::Agents
