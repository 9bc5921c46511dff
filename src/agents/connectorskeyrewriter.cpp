#include "agents/connectorskeyrewriter.h"

#include "agents/agentspecreader.h"
#include "core/atomicfile.h"

#include <QFile>

#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace Hookyard::Agents {

namespace {

const char *const ConnectorsKey = "connectors";
const char *const EventsKey = "events";

// The file cut into lines, to replace whole lines and keep every other byte as it was.
// Line i is [m_starts[i], m_starts[i + 1]) with its line end; the last one has none when the
// file does not end with a newline.
class Lines
{
public:
    explicit Lines(const QByteArray &text) : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_starts.append(i + 1);
        }
    }
    int count() const { return int(m_starts.size()); }
    qsizetype begin(int line) const { return m_starts.at(line); }
    qsizetype end(int line) const
    {
        return line + 1 < m_starts.size() ? m_starts.at(line + 1) : m_text.size();
    }
    // The line without its line end.
    QByteArray content(int line) const
    {
        QByteArray bytes = m_text.mid(begin(line), end(line) - begin(line));
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        return bytes;
    }
    QByteArray lineEnd(int line) const
    {
        const QByteArray bytes = m_text.mid(begin(line), end(line) - begin(line));
        return bytes.endsWith("\r\n") ? QByteArray("\r\n")
            : bytes.endsWith('\n')    ? QByteArray("\n")
                                      : QByteArray();
    }
    // Blank and comment-only lines belong to no value: they stay where they are.
    bool isContent(int line) const
    {
        const QByteArray trimmed = content(line).trimmed();
        return !trimmed.isEmpty() && !trimmed.startsWith('#');
    }
    bool isDocumentMarker(int line) const
    {
        const QByteArray bytes = content(line);
        return (bytes.startsWith("---") || bytes.startsWith("..."))
            && (bytes.size() == 3 || bytes.at(3) == ' ' || bytes.at(3) == '\t');
    }

private:
    const QByteArray &m_text;
    QList<qsizetype> m_starts;
};

// A top-level key and the lines its value takes: from the key's line to the last line with
// content before the next key. Comment lines after the value are left to what follows.
struct KeySpan
{
    int keyLine = -1;
    int keyColumn = 0;
    int lastLine = -1;
    YAML::Node value;

    bool found() const { return keyLine >= 0; }
};

KeySpan locate(const YAML::Node &root, const Lines &lines, const char *key)
{
    KeySpan span;
    QList<int> keyLines;
    for (auto it = root.begin(); it != root.end(); ++it) {
        keyLines.append(it->first.Mark().line);
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            span.keyLine = it->first.Mark().line;
            span.keyColumn = it->first.Mark().column;
            span.value = it->second;
        }
    }
    if (!span.found())
        return span;
    int next = lines.count();
    for (int line : std::as_const(keyLines)) {
        if (line > span.keyLine)
            next = std::min(next, line);
    }
    span.lastLine = span.keyLine;
    for (int line = span.keyLine + 1; line < next; ++line) {
        if (lines.isDocumentMarker(line))
            break;
        if (lines.isContent(line))
            span.lastLine = line;
    }
    return span;
}

bool sameStrings(const YAML::Node &a, const YAML::Node &b)
{
    if (a.IsNull() || b.IsNull())
        return a.IsNull() && b.IsNull();
    if (a.IsScalar() || b.IsScalar())
        return a.IsScalar() && b.IsScalar() && a.Scalar() == b.Scalar();
    if (!a.IsSequence() || !b.IsSequence() || a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!sameStrings(a[i], b[i]))
            return false;
    }
    return true;
}

// The comment that ends the key's line (with the spaces before it), if there is one. Where a
// comment starts cannot be told from the bytes alone ('#' may sit inside quotes): a '#' after
// a space starts it when what comes before still reads as the same `key: value`.
QByteArray trailingComment(const Lines &lines, const KeySpan &span)
{
    const QByteArray content = lines.content(span.keyLine);
    const bool valueOnKeyLine = span.lastLine == span.keyLine;
    for (qsizetype p = content.indexOf('#', span.keyColumn); p > 0;
         p = content.indexOf('#', p + 1)) {
        if (content.at(p - 1) != ' ' && content.at(p - 1) != '\t')
            continue;
        try {
            const YAML::Node before = YAML::Load(content.left(p).toStdString());
            if (!before.IsMap() || before.size() != 1 || !before[ConnectorsKey])
                continue;
            const YAML::Node value = before[ConnectorsKey];
            // A block value starts on a later line: the key's line alone then reads as null.
            if (valueOnKeyLine ? sameStrings(value, span.value) : value.IsNull()) {
                qsizetype start = p;
                while (start > 0 && (content.at(start - 1) == ' ' || content.at(start - 1) == '\t'))
                    --start;
                return content.mid(start);
            }
        } catch (const YAML::Exception &) {
            // Not there: the '#' was inside the value.
        }
    }
    return {};
}

QStringList withoutDuplicates(const QStringList &list)
{
    QStringList unique;
    for (const QString &item : list) {
        if (!unique.contains(item))
            unique.append(item);
    }
    return unique;
}

ConnectorsKeyRewriter::Result failure(const QString &error)
{
    ConnectorsKeyRewriter::Result result;
    result.error = error;
    return result;
}

} // namespace

QByteArray ConnectorsKeyRewriter::keyLine(const QStringList &connectors)
{
    // Always double-quoted: a connector named `yes`, `#x` or `a: b` must stay a string.
    YAML::Emitter out;
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &name : connectors)
        out << YAML::DoubleQuoted << name.toStdString();
    out << YAML::EndSeq;
    return QByteArray(ConnectorsKey) + ": " + QByteArray(out.c_str(), qsizetype(out.size()));
}

ConnectorsKeyRewriter::Result ConnectorsKeyRewriter::rewrite(const QByteArray &yaml,
                                                             const QStringList &connectors,
                                                             const QString &filePath)
{
    const AgentSpecReader::Result before = AgentSpecReader::parse(yaml, filePath);
    if (!before.ok())
        return failure(tr("the file has errors; fix them first: %1").arg(before.firstError()));
    return rewriteParsed(yaml, before.spec, connectors, filePath);
}

ConnectorsKeyRewriter::Result ConnectorsKeyRewriter::rewriteParsed(const QByteArray &yaml,
                                                                   const AgentSpec &before,
                                                                   const QStringList &requested,
                                                                   const QString &filePath)
{
    const QStringList connectors = withoutDuplicates(requested);
    for (const QString &name : connectors) {
        if (name.isEmpty())
            return failure(tr("a connector name cannot be empty"));
    }
    if (before.connectors == connectors) {
        Result result;
        result.ok = true;
        result.text = yaml;
        return result;
    }

    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return failure(tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap())
        return failure(tr("an agent file must be a map of keys"));
    if (root.Style() == YAML::EmitterStyle::Flow)
        return failure(tr("the file is written as one { … } map: change `connectors` by hand"));

    const Lines lines(yaml);
    const KeySpan span = locate(root, lines, ConnectorsKey);
    const QByteArray fileLineEnd = yaml.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    QByteArray text;
    if (span.found()) {
        const qsizetype from = lines.begin(span.keyLine);
        const qsizetype to = lines.end(span.lastLine);
        text = yaml.left(from);
        if (!connectors.isEmpty()) {
            text += lines.content(span.keyLine).left(span.keyColumn) + keyLine(connectors)
                + trailingComment(lines, span) + lines.lineEnd(span.lastLine);
        }
        text += yaml.mid(to);
    } else if (connectors.isEmpty()) {
        // Absent already means every connector (the list read was empty too).
        Result result;
        result.ok = true;
        result.text = yaml;
        return result;
    } else {
        // After `events:`, where people look for what starts the agent; else at the end.
        const KeySpan events = locate(root, lines, EventsKey);
        const int indent = events.found() ? events.keyColumn : 0;
        const QByteArray line = QByteArray(indent, ' ') + keyLine(connectors);
        const qsizetype at = events.found() ? lines.end(events.lastLine) : yaml.size();
        text = yaml.left(at);
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += fileLineEnd + line; // the file had no final line end: add none either
        else
            text += line + fileLineEnd;
        text += yaml.mid(at);
    }

    // The proof: read back, every other field as before and `connectors` as asked.
    const AgentSpecReader::Result after = AgentSpecReader::parse(text, filePath);
    if (!after.ok())
        return failure(
            tr("the change would break the file (%1); edit it by hand").arg(after.firstError()));
    if (after.spec.connectors != connectors)
        return failure(tr("the file would list [%1] instead of [%2]; edit it by hand")
                           .arg(after.spec.connectors.join(QLatin1String(", ")),
                                connectors.join(QLatin1String(", "))));
    AgentSpec expected = before;
    expected.connectors = connectors;
    if (!(after.spec == expected))
        return failure(tr("the change would alter other keys of the file; edit it by hand"));

    Result result;
    result.ok = true;
    result.changed = true;
    result.text = text;
    return result;
}

ConnectorsKeyRewriter::Result ConnectorsKeyRewriter::rewriteFile(const QString &filePath,
                                                                 const QStringList &connectors)
{
    return rewriteFile(filePath, [connectors](const AgentSpec &, QString *) {
        return std::optional<QStringList>(connectors);
    });
}

ConnectorsKeyRewriter::Result ConnectorsKeyRewriter::rewriteFile(const QString &filePath,
                                                                 const Decide &decide)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > AgentSpecReader::MaxFileSize)
        return failure(tr("the file is larger than %1 bytes").arg(AgentSpecReader::MaxFileSize));
    const QByteArray yaml = file.readAll();
    file.close();

    const AgentSpecReader::Result before = AgentSpecReader::parse(yaml, filePath);
    if (!before.ok())
        return failure(tr("the file has errors; fix them first: %1").arg(before.firstError()));
    QString error;
    const std::optional<QStringList> connectors = decide(before.spec, &error);
    if (!connectors)
        return failure(error);
    Result result = rewriteParsed(yaml, before.spec, *connectors, filePath);
    if (!result.ok || !result.changed)
        return result;

    // Atomic: the catalog watches the folder and must never read half a file.
    QString reason;
    if (!Core::writeFileAtomically(filePath, result.text, &reason))
        return failure(tr("cannot write the file: %1").arg(reason));
    return result;
}

} // namespace Hookyard::Agents
