#include "agents/commandline.h"

#include <QCoreApplication>

namespace Hookyard::Agents {

namespace {

bool isShellSyntax(const QString &word)
{
    static const QStringList operators = { QStringLiteral("|"),  QStringLiteral("||"),
                                           QStringLiteral("&&"), QStringLiteral("&"),
                                           QStringLiteral(";"),  QStringLiteral(">"),
                                           QStringLiteral(">>"), QStringLiteral("<"),
                                           QStringLiteral("2>"), QStringLiteral("2>&1") };
    return operators.contains(word) || word.startsWith(u'$') || word.contains(u'`')
        || word.startsWith(u'~');
}

} // namespace

CommandLine::Split CommandLine::split(const QString &command)
{
    Split result;
    QString word;
    bool inWord = false;
    bool quotedWord = false; // the word had quotes or escapes: never "shell syntax"
    enum class Mode { Plain, Single, Double } mode = Mode::Plain;

    auto endWord = [&] {
        if (!inWord)
            return;
        if (!quotedWord && isShellSyntax(word))
            result.shellSyntax.append(word);
        result.arguments.append(word);
        word.clear();
        inWord = false;
        quotedWord = false;
    };

    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        switch (mode) {
        case Mode::Plain:
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                endWord();
            } else if (c == u'\'') {
                mode = Mode::Single;
                inWord = quotedWord = true;
            } else if (c == u'"') {
                mode = Mode::Double;
                inWord = quotedWord = true;
            } else if (c == u'\\') {
                inWord = quotedWord = true;
                if (i + 1 < command.size()) {
                    const QChar next = command.at(++i);
                    if (next != u'\n') // backslash-newline continues the line, as in sh
                        word += next;
                }
            } else {
                inWord = true;
                word += c;
            }
            break;
        case Mode::Single:
            if (c == u'\'')
                mode = Mode::Plain;
            else
                word += c;
            break;
        case Mode::Double:
            if (c == u'"') {
                mode = Mode::Plain;
            } else if (c == u'\\' && i + 1 < command.size()) {
                const QChar next = command.at(i + 1);
                if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                    word += next;
                    ++i;
                } else if (next == u'\n') {
                    ++i;
                } else {
                    word += c;
                }
            } else {
                word += c;
            }
            break;
        }
    }
    if (mode == Mode::Single) {
        result.error = QCoreApplication::translate("Hookyard::Agents", "unterminated single quote");
        return result;
    }
    if (mode == Mode::Double) {
        result.error = QCoreApplication::translate("Hookyard::Agents", "unterminated double quote");
        return result;
    }
    endWord();
    result.ok = true;
    return result;
}

QString CommandLine::join(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &arg : arguments) {
        bool plain = !arg.isEmpty();
        for (const QChar c : arg) {
            if (!(c.isLetterOrNumber() || QStringView(u"-_./=:,+@%").contains(c))) {
                plain = false;
                break;
            }
        }
        if (plain) {
            quoted.append(arg);
        } else {
            QString escaped = arg;
            escaped.replace(u'\'', QLatin1String("'\\''"));
            quoted.append(u'\'' + escaped + u'\'');
        }
    }
    return quoted.join(u' ');
}

} // namespace Hookyard::Agents
