#pragma once

#include <QCommandLineParser>

namespace Hookyard::Cli {

// A QCommandLineParser that counts the positional arguments its command declares (Qt keeps them
// to itself), so that CliContext::parse can refuse a word the command does not take
// (`hookyard serve 8080`) instead of running without it. Used exactly like QCommandLineParser.
class CommandParser final : public QCommandLineParser
{
public:
    CommandParser() = default;
    Q_DISABLE_COPY_MOVE(CommandParser)

    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = QString())
    {
        QCommandLineParser::addPositionalArgument(name, description, syntax);
        ++m_declared;
    }
    qsizetype declaredPositionals() const { return m_declared; }

private:
    qsizetype m_declared = 0;
};

} // namespace Hookyard::Cli
