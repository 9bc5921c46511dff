#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Hookyard::Agents {

// One agent, as read from its YAML file (ARCHITECTURE.md section 6). A plain value: copied into
// the catalog's immutable snapshots and read from any thread.
struct AgentSpec
{
    static constexpr qint64 DefaultTimeoutMs = 120'000;
    static constexpr int DefaultConcurrency = 1;
    static constexpr int DefaultRetries = 0;
    static constexpr int MaxConcurrency = 64;
    static constexpr int MaxRetries = 10;

    QString name;
    QString model;
    QString system; // `system` or its synonym `system_prompt`
    QStringList command; // argv; empty = the agents.default_command setting
    QStringList middleware; // argv; empty = none
    QStringList events; // globs; empty = no event starts it (manual runs only)
    QStringList connectors; // names (or ids); empty = every connector
    qint64 timeoutMs = DefaultTimeoutMs;
    int concurrency = DefaultConcurrency;
    int retries = DefaultRetries;
    QList<QPair<QString, QString>> env; // in file order
    bool enabled = true;
    QString filePath; // absolute path of the YAML file

    // The folder of the YAML file: the working directory of its processes.
    QString directory() const;
    bool matchesEvent(const QString &eventType) const;
    bool matchesConnector(const QString &connectorName, const QString &connectorId) const;

    // Every field, so that an edit of one key can prove it changed nothing else
    // (ConnectorsKeyRewriter); a field added later is compared without anyone remembering to.
    friend bool operator==(const AgentSpec &, const AgentSpec &) = default;
};

// A glob over a Stripe event type: '*' matches any run of characters (dots included, so
// "invoice.*" matches "invoice.payment_failed"), '?' one character; everything else literally.
bool globMatches(QStringView pattern, QStringView text);

// A problem found in an agent file, with a 1-based position (0 when the position is unknown).
struct AgentDiagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "path/x.yaml:3:7: error: message" (the form compilers use, so editors can jump to it).
    QString toString() const;
};

} // namespace Hookyard::Agents
