#include "agents/agentspecreader.h"

#include "agents/commandline.h"
#include "core/duration.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Hookyard::Agents {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Collects diagnostics for one file; yaml-cpp marks are 0-based, ours 1-based.
class Sink
{
public:
    explicit Sink(QString file) : m_file(std::move(file)) { }
    void error(const YAML::Mark &mark, const QString &message) { add(true, mark, message); }
    void warning(const YAML::Mark &mark, const QString &message) { add(false, mark, message); }
    void errorAt(int line, int column, const QString &message)
    {
        m_list.append({ AgentDiagnostic::Severity::Error, m_file, line, column, message });
    }
    QList<AgentDiagnostic> take() { return std::move(m_list); }

private:
    void add(bool isError, const YAML::Mark &mark, const QString &message)
    {
        const bool known = !mark.is_null();
        m_list.append(
            { isError ? AgentDiagnostic::Severity::Error : AgentDiagnostic::Severity::Warning,
              m_file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, message });
    }
    QString m_file;
    QList<AgentDiagnostic> m_list;
};

bool scalarText(const YAML::Node &node, QString *out)
{
    if (!node.IsScalar())
        return false;
    *out = fromStd(node.Scalar());
    return true;
}

} // namespace

bool AgentSpecReader::Result::ok() const
{
    for (const AgentDiagnostic &d : diagnostics) {
        if (d.isError())
            return false;
    }
    return true;
}

QList<AgentDiagnostic> AgentSpecReader::Result::errors() const
{
    QList<AgentDiagnostic> list;
    for (const AgentDiagnostic &d : diagnostics) {
        if (d.isError())
            list.append(d);
    }
    return list;
}

QList<AgentDiagnostic> AgentSpecReader::Result::warnings() const
{
    QList<AgentDiagnostic> list;
    for (const AgentDiagnostic &d : diagnostics) {
        if (!d.isError())
            list.append(d);
    }
    return list;
}

QString AgentSpecReader::Result::firstError() const
{
    for (const AgentDiagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        if (d.line > 0)
            return tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message);
        return d.message;
    }
    return {};
}

QStringList AgentSpecReader::knownKeys()
{
    return { QStringLiteral("name"),        QStringLiteral("model"),
             QStringLiteral("system"),      QStringLiteral("system_prompt"),
             QStringLiteral("command"),     QStringLiteral("events"),
             QStringLiteral("connectors"),  QStringLiteral("timeout"),
             QStringLiteral("concurrency"), QStringLiteral("retries"),
             QStringLiteral("env"),         QStringLiteral("enabled"),
             QStringLiteral("middleware") };
}

bool AgentSpecReader::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

AgentSpecReader::Result AgentSpecReader::readFile(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.spec.filePath = absolute;
        result.diagnostics.append({ AgentDiagnostic::Severity::Error, absolute, 0, 0,
                                    tr("cannot read the file: %1").arg(file.errorString()) });
        return result;
    }
    if (file.size() > MaxFileSize) {
        Result result;
        result.spec.filePath = absolute;
        result.diagnostics.append({ AgentDiagnostic::Severity::Error, absolute, 0, 0,
                                    tr("the file is larger than %1 bytes").arg(MaxFileSize) });
        return result;
    }
    return parse(file.readAll(), absolute);
}

namespace {

// A list of plain strings, or one string (one element). Returns false after an error.
bool readStringList(const YAML::Node &node, const QString &key, Sink &sink, QStringList *out)
{
    out->clear();
    if (node.IsNull())
        return true;
    QString text;
    if (scalarText(node, &text)) {
        out->append(text);
        return true;
    }
    if (!node.IsSequence()) {
        sink.error(node.Mark(), AgentSpecReader::tr("`%1` must be a list of strings").arg(key));
        return false;
    }
    for (const YAML::Node &item : node) {
        if (!scalarText(item, &text) || text.isEmpty()) {
            sink.error(
                item.Mark(),
                AgentSpecReader::tr("every item of `%1` must be a non-empty string").arg(key));
            return false;
        }
        out->append(text);
    }
    return true;
}

bool readCommand(const YAML::Node &node, const QString &key, Sink &sink, QStringList *out)
{
    out->clear();
    if (node.IsNull())
        return true;
    QString text;
    if (scalarText(node, &text)) {
        const CommandLine::Split split = CommandLine::split(text);
        if (!split.ok) {
            sink.error(node.Mark(), AgentSpecReader::tr("`%1`: %2").arg(key, split.error));
            return false;
        }
        if (split.arguments.isEmpty()) {
            sink.error(node.Mark(), AgentSpecReader::tr("`%1` is empty").arg(key));
            return false;
        }
        if (!split.shellSyntax.isEmpty()) {
            sink.warning(node.Mark(),
                         AgentSpecReader::tr("`%1` contains %2, which is passed as an argument: "
                                             "commands run without a shell")
                             .arg(key, split.shellSyntax.join(QLatin1String(", "))));
        }
        *out = split.arguments;
        return true;
    }
    if (!node.IsSequence()) {
        sink.error(node.Mark(),
                   AgentSpecReader::tr("`%1` must be a list of arguments or a string").arg(key));
        return false;
    }
    for (const YAML::Node &item : node) {
        if (!scalarText(item, &text)) {
            sink.error(item.Mark(),
                       AgentSpecReader::tr("every argument of `%1` must be a string").arg(key));
            return false;
        }
        out->append(text);
    }
    if (out->isEmpty() || out->first().isEmpty()) {
        sink.error(node.Mark(), AgentSpecReader::tr("`%1` needs a program name").arg(key));
        return false;
    }
    return true;
}

bool readInt(const YAML::Node &node, const QString &key, int min, int max, Sink &sink, int *out)
{
    QString text;
    bool ok = false;
    const int value = scalarText(node, &text) ? text.trimmed().toInt(&ok) : 0;
    if (!ok || value < min || value > max) {
        sink.error(node.Mark(),
                   AgentSpecReader::tr("`%1` must be a whole number from %2 to %3")
                       .arg(key)
                       .arg(min)
                       .arg(max));
        return false;
    }
    *out = value;
    return true;
}

void readEnv(const YAML::Node &node, Sink &sink, AgentSpec *spec)
{
    if (node.IsNull())
        return;
    if (!node.IsMap()) {
        sink.error(node.Mark(), AgentSpecReader::tr("`env` must be a map of NAME: value"));
        return;
    }
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        QString name;
        QString value;
        if (!scalarText(it->first, &name) || !nameRe.match(name).hasMatch()) {
            sink.error(it->first.Mark(),
                       AgentSpecReader::tr("`env` names must be letters, digits and '_', "
                                           "not starting with a digit"));
            continue;
        }
        if (!it->second.IsNull() && !scalarText(it->second, &value)) {
            sink.error(it->second.Mark(),
                       AgentSpecReader::tr("the value of `env.%1` must be a string").arg(name));
            continue;
        }
        if (name.startsWith(QLatin1String("HOOKYARD_"))) {
            sink.warning(it->first.Mark(),
                         AgentSpecReader::tr("`env.%1` is ignored: Hookyard sets HOOKYARD_* "
                                             "variables itself")
                             .arg(name));
            continue;
        }
        spec->env.append({ name, value });
    }
}

} // namespace

AgentSpecReader::Result AgentSpecReader::parse(const QByteArray &yaml, const QString &filePath)
{
    Result result;
    result.spec.filePath = QFileInfo(filePath).absoluteFilePath();
    Sink sink(filePath);

    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        const bool known = !e.mark.is_null();
        sink.errorAt(known ? e.mark.line + 1 : 0, known ? e.mark.column + 1 : 0,
                     tr("not valid YAML: %1").arg(fromStd(e.msg)));
        result.diagnostics = sink.take();
        return result;
    }
    if (root.IsNull()) {
        sink.errorAt(1, 1, tr("the file is empty: an agent needs at least `name:`"));
        result.diagnostics = sink.take();
        return result;
    }
    if (!root.IsMap()) {
        sink.error(root.Mark(), tr("an agent file must be a map of keys (name:, command:, ...)"));
        result.diagnostics = sink.take();
        return result;
    }

    try {
        AgentSpec &spec = result.spec;
        QSet<QString> seen;
        bool hasSystem = false;
        YAML::Node nameNode;
        for (auto it = root.begin(); it != root.end(); ++it) {
            QString key;
            if (!scalarText(it->first, &key)) {
                sink.error(it->first.Mark(), tr("keys must be plain words"));
                continue;
            }
            // A copy (a Node shares its data): yaml-cpp's operator-> returns a temporary proxy,
            // so a reference to it->second dangles after this line (AddressSanitizer found it).
            const YAML::Node value = it->second;
            if (seen.contains(key)) {
                sink.error(it->first.Mark(), tr("`%1` appears twice").arg(key));
                continue;
            }
            seen.insert(key);

            if (key == u"name") {
                nameNode = value;
                if (!scalarText(value, &spec.name))
                    sink.error(value.Mark(), tr("`name` must be a string"));
            } else if (key == u"model") {
                if (!value.IsNull() && !scalarText(value, &spec.model))
                    sink.error(value.Mark(), tr("`model` must be a string"));
            } else if (key == u"system" || key == u"system_prompt") {
                if (hasSystem) {
                    sink.warning(it->first.Mark(),
                                 tr("both `system` and `system_prompt` are set: the first one is "
                                    "used"));
                    continue;
                }
                hasSystem = true;
                if (!value.IsNull() && !scalarText(value, &spec.system))
                    sink.error(value.Mark(), tr("`%1` must be a string").arg(key));
            } else if (key == u"command") {
                readCommand(value, key, sink, &spec.command);
            } else if (key == u"middleware") {
                readCommand(value, key, sink, &spec.middleware);
            } else if (key == u"events") {
                if (readStringList(value, key, sink, &spec.events)) {
                    for (const QString &glob : std::as_const(spec.events)) {
                        if (glob.contains(u',') || glob.contains(u' '))
                            sink.warning(value.Mark(),
                                         tr("event pattern \"%1\" contains a comma or a space: "
                                            "write several as a list, [a, b]")
                                             .arg(glob));
                    }
                }
            } else if (key == u"connectors") {
                readStringList(value, key, sink, &spec.connectors);
            } else if (key == u"timeout") {
                QString text;
                const auto ms =
                    scalarText(value, &text) ? Core::parseDurationMs(text.trimmed()) : std::nullopt;
                if (!ms || *ms <= 0)
                    sink.error(value.Mark(),
                               tr("`timeout` must be a duration such as 30s, 2m "
                                  "or 1h30m"));
                else
                    spec.timeoutMs = *ms;
            } else if (key == u"concurrency") {
                readInt(value, key, 1, AgentSpec::MaxConcurrency, sink, &spec.concurrency);
            } else if (key == u"retries") {
                readInt(value, key, 0, AgentSpec::MaxRetries, sink, &spec.retries);
            } else if (key == u"env") {
                readEnv(value, sink, &spec);
            } else if (key == u"enabled") {
                bool enabled = true;
                if (!YAML::convert<bool>::decode(value, enabled))
                    sink.error(value.Mark(), tr("`enabled` must be true or false"));
                else
                    spec.enabled = enabled;
            } else {
                sink.warning(it->first.Mark(),
                             tr("unknown key `%1` is ignored (known keys: %2)")
                                 .arg(key, knownKeys().join(QLatin1String(", "))));
            }
        }

        if (!seen.contains(QStringLiteral("name")))
            sink.error(root.Mark(), tr("`name` is missing: every agent needs a name"));
        else if (!spec.name.isEmpty() && !isValidName(spec.name))
            sink.error(nameNode.Mark(),
                       tr("`name` may hold only letters, digits, '.', '_' and "
                          "'-' (at most 64), as it names the file"));
        else if (spec.name.isEmpty() && nameNode.IsScalar())
            sink.error(nameNode.Mark(), tr("`name` is empty"));

        if (!seen.contains(QStringLiteral("events")))
            sink.warning(root.Mark(),
                         tr("no `events` listed: this agent starts only by hand (hookyard runs "
                            "start); add events: [\"*\"] to start it for every event"));
    } catch (const YAML::Exception &e) {
        // Defensive: a conversion yaml-cpp refuses must still end up as a diagnostic.
        sink.errorAt(e.mark.is_null() ? 0 : e.mark.line + 1,
                     e.mark.is_null() ? 0 : e.mark.column + 1, fromStd(e.msg));
    }
    result.diagnostics = sink.take();
    return result;
}

} // namespace Hookyard::Agents
