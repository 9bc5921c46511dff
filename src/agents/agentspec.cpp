#include "agents/agentspec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hookyard::Agents {

QString AgentSpec::directory() const
{
    return QFileInfo(filePath).absolutePath();
}

bool AgentSpec::matchesEvent(const QString &eventType) const
{
    for (const QString &pattern : events) {
        if (globMatches(pattern, eventType))
            return true;
    }
    return false;
}

bool AgentSpec::matchesConnector(const QString &connectorName, const QString &connectorId) const
{
    if (connectors.isEmpty())
        return true;
    return connectors.contains(connectorName)
        || (!connectorId.isEmpty() && connectors.contains(connectorId));
}

// Iterative glob with single-star backtracking: linear in practice, no regex compiled per event
// (the matcher runs inside the receiver's request).
bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

QString AgentDiagnostic::toString() const
{
    const QString kind = isError() ? QCoreApplication::translate("Hookyard::Agents", "error")
                                   : QCoreApplication::translate("Hookyard::Agents", "warning");
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": " + kind + u": " + message;
}

} // namespace Hookyard::Agents
