// `hookyard agent add FILE.yaml [--replace]`: checks an agent file and copies it, with the files
// its command names, into the data folder's agents folder (ARCHITECTURE.md section 7).
#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "agents/agentprocess.h"
#include "agents/agentspecreader.h"
#include "cli/clicontext.h"
#include "cli/servesync.h"
#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hookyard::Cli {

namespace {

using Agents::AgentCatalog;
using Agents::AgentSpec;
using Agents::AgentSpecReader;

void printDiagnostics(CliContext &ctx, const QList<Agents::AgentDiagnostic> &list)
{
    for (const auto &d : list)
        ctx.err() << d.toString() << Qt::endl;
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly)
        && fa.readAll() == fb.readAll();
}

// Files the agent's commands name that sit next to its YAML file (dunning.py, ./redact.sh):
// they travel with it, or the copied agent could not find them.
QStringList companionFiles(const AgentSpec &spec, const QDir &sourceDir)
{
    QStringList files;
    for (const QString &arg : spec.command + spec.middleware) {
        if (arg.isEmpty() || QDir::isAbsolutePath(arg) || arg.contains(QLatin1String("..")))
            continue;
        const QString clean = QDir::cleanPath(arg);
        if (QFileInfo(sourceDir.filePath(clean)).isFile() && !files.contains(clean))
            files.append(clean);
    }
    return files;
}

QString alreadyExists(const QString &name, const QString &file)
{
    return tr("an agent named \"%1\" exists already (%2): use --replace to replace it")
        .arg(name, file);
}

} // namespace

// Another file in the agents folder that already defines an agent of this name, or empty.
QString otherFileNaming(const QString &dir, const QString &name, const QString &targetFile)
{
    const Agents::CatalogSnapshot installed = AgentCatalog::scan(dir);
    for (const auto &e : installed.entries()) {
        if (e.spec.name == name
            && QFileInfo(e.filePath).absoluteFilePath() != QFileInfo(targetFile).absoluteFilePath())
            return e.filePath;
    }
    return {};
}

QString unknownConnectorWarning(const QString &name)
{
    return tr("`connectors:` names \"%1\", which is no connector here: the agent does not run "
              "for it (names are compared exactly; `hookyard connector list` shows them)")
        .arg(name);
}

int addAgent(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.yaml"), tr("The agent file to add."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace an agent of the same name."));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Add one of the example agents (dunning, onboarding, "
                                        "fraud, churn) instead of a file."),
                                     QStringLiteral("NAME"));
    parser.addOptions({ replace, example });
    int status = 0;
    const QString usage =
        QStringLiteral("hookyard agent add FILE.yaml [--replace] | --example NAME [--replace]");
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    const QString dir = AgentCatalog::agentsDirOf(ctx.dataDir());

    if (parser.isSet(example)) {
        const auto found = Agents::AgentExamples::find(parser.value(example));
        if (!found) {
            QStringList ids;
            for (const auto &e : Agents::AgentExamples::all())
                ids.append(e.id);
            return ctx.fail(tr("no example named \"%1\"; the examples are: %2")
                                .arg(parser.value(example), ids.join(QLatin1String(", "))),
                            2);
        }
        if (!parser.positionalArguments().isEmpty())
            return ctx.fail(tr("unexpected argument \"%1\": --example takes the place of a file")
                                .arg(parser.positionalArguments().first()),
                            2);
        // The same duplicate check as for a file: an agent of this name in another file would
        // leave both in error.
        const QString exampleName =
            AgentSpecReader::parse(Agents::AgentExamples::yaml(*found), found->yamlResource)
                .spec.name;
        const QString targetFile = QDir(dir).filePath(QFileInfo(found->yamlResource).fileName());
        const QString otherFile = otherFileNaming(dir, exampleName, targetFile);
        if (!parser.isSet(replace) && (QFileInfo::exists(targetFile) || !otherFile.isEmpty()))
            return ctx.fail(
                alreadyExists(exampleName, otherFile.isEmpty() ? targetFile : otherFile));
        QString error;
        const QString path =
            Agents::AgentExamples::install(*found, dir, parser.isSet(replace), &error);
        if (path.isEmpty())
            return ctx.fail(error);
        if (!otherFile.isEmpty())
            QFile::remove(otherFile);
        const auto read = AgentSpecReader::readFile(path);
        const QString events = read.spec.events.isEmpty()
            ? tr("no event")
            : read.spec.events.join(QLatin1String(", "));
        ctx.out() << tr("Added the example agent %1 (%2); it starts for: %3")
                         .arg(read.spec.name, path, events)
                  << Qt::endl;
        waitForServeToReadAgents(ctx);
        return 0;
    }

    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one agent file: %1").arg(usage), 2);
    const QString source = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const auto read = AgentSpecReader::readFile(source);
    printDiagnostics(ctx, read.diagnostics);
    if (!read.ok())
        return ctx.fail(tr("%1 has errors: not added").arg(source));
    const AgentSpec &spec = read.spec;

    if (!QDir().mkpath(dir))
        return ctx.fail(tr("cannot create the folder %1").arg(dir));
    const QDir target(dir);
    const QString targetFile = target.filePath(spec.name + u".yaml");
    const QString otherFile = otherFileNaming(dir, spec.name, targetFile);
    if (source == targetFile) {
        ctx.out() << tr("%1 is already in the agents folder and valid").arg(source) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(replace) && (QFileInfo::exists(targetFile) || !otherFile.isEmpty()))
        return ctx.fail(alreadyExists(spec.name, otherFile.isEmpty() ? targetFile : otherFile));

    const QDir sourceDir = QFileInfo(source).absoluteDir();
    const QStringList companions = companionFiles(spec, sourceDir);
    for (const QString &file : companions) {
        const QString to = target.filePath(file);
        if (QFileInfo::exists(to) && !sameContent(sourceDir.filePath(file), to)
            && !parser.isSet(replace))
            return ctx.fail(tr("%1 exists already with other content: use --replace to "
                               "overwrite it")
                                .arg(to));
    }
    for (const QString &file : companions) {
        const QString to = target.filePath(file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(sourceDir.filePath(file), to))
            return ctx.fail(tr("cannot copy %1 to %2").arg(sourceDir.filePath(file), to));
        // QFile::copy keeps the source's mode (0755, say): the copy is its owner's only, as
        // everything in the data folder (Core::restrictNewFileModes()).
        constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner
            | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QFile::setPermissions(to, QFile::permissions(to) & ownerOnly);
    }
    QFile in(source);
    QString reason;
    if (!in.open(QIODevice::ReadOnly)
        || !Core::writeFileAtomically(targetFile, in.readAll(), &reason))
        return ctx.fail(tr("cannot write %1: %2").arg(targetFile, reason));
    if (!otherFile.isEmpty())
        QFile::remove(otherFile);

    ctx.out() << tr("Added agent %1 (%2)").arg(spec.name, targetFile) << Qt::endl;
    // As `agent check` says it: the agent is added, but its runs would fail here.
    for (const QString &program : Agents::AgentProcess::missingPrograms(spec))
        ctx.err()
            << tr("hookyard: warning: %1").arg(Agents::AgentProcess::missingProgramWarning(program))
            << Qt::endl;
    for (const QString &name : ctx.unknownConnectors(spec.connectors))
        ctx.err() << tr("hookyard: warning: %1").arg(unknownConnectorWarning(name)) << Qt::endl;
    if (!companions.isEmpty())
        ctx.out() << tr("Copied with it: %1").arg(companions.join(QLatin1String(", "))) << Qt::endl;
    ctx.out() << (spec.events.isEmpty()
                      ? tr("It lists no events: it starts only by hand (hookyard runs start).")
                      : tr("It starts for: %1").arg(spec.events.join(QLatin1String(", "))))
              << Qt::endl;
    waitForServeToReadAgents(ctx);
    return 0;
}

} // namespace Hookyard::Cli
