#include "gui/yamlhighlighter.h"

#include <QTextDocument>

namespace Hookyard::Gui {

namespace {
// Block state: -1 = normal; >= 0 = inside a block scalar whose key sat at this indentation.
constexpr int Normal = -1;

int indentOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    return i;
}
} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document),
      m_keyPattern(
          QStringLiteral(R"(^(\s*)(-\s+)?([^\s#:'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))")),
      m_numberPattern(
          QStringLiteral(R"(^[-+]?(\d+(\.\d+)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+)(ms|s|m|h|d)?$)")),
      m_keywordPattern(QStringLiteral(R"(^(true|false|yes|no|on|off|null|~)$)"),
                       QRegularExpression::CaseInsensitiveOption)
{
    setDarkBackground(darkBackground);
}

void YamlHighlighter::setDarkBackground(bool dark)
{
    // Muted hues with enough contrast on either background; no bold except keys.
    auto colour = [dark](const char *light, const char *darkName) {
        return QColor(QLatin1String(dark ? darkName : light));
    };
    m_key = {};
    m_key.setForeground(colour("#1f5fa8", "#7fb4f0"));
    m_key.setFontWeight(QFont::DemiBold);
    m_string = {};
    m_string.setForeground(colour("#2b7a2b", "#8fd18f"));
    m_number = {};
    m_number.setForeground(colour("#a0522d", "#e0a070"));
    m_keyword = {};
    m_keyword.setForeground(colour("#8a2be2", "#c9a0f5"));
    m_comment = {};
    m_comment.setForeground(colour("#707070", "#9a9a9a"));
    m_comment.setFontItalic(true);
    m_punctuation = {};
    m_punctuation.setForeground(colour("#505050", "#b0b0b0"));
    m_block = {};
    m_block.setForeground(colour("#2b6a6a", "#8fd1d1"));
    m_error = {};
    m_error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_error.setUnderlineColor(colour("#d00000", "#ff6060"));
    rehighlight();
}

QTextCharFormat YamlHighlighter::formatOf(Kind kind) const
{
    switch (kind) {
    case Kind::Key:
        return m_key;
    case Kind::String:
        return m_string;
    case Kind::Number:
        return m_number;
    case Kind::Keyword:
        return m_keyword;
    case Kind::Comment:
        return m_comment;
    case Kind::Punctuation:
        return m_punctuation;
    case Kind::BlockText:
        return m_block;
    case Kind::Error:
        return m_error;
    }
    return {};
}

void YamlHighlighter::setErrorLine(int line)
{
    if (line == m_errorLine)
        return;
    m_errorLine = line;
    rehighlight();
}

// A '#' starts a comment at the line start or after whitespace, outside quotes.
int YamlHighlighter::commentStart(const QString &text, int from) const
{
    QChar quote;
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace()))
            return i;
    }
    return -1;
}

void YamlHighlighter::highlightScalar(const QString &text, int start, int end)
{
    // Skip surrounding blanks.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return;
    const QString value = text.mid(start, end - start);
    const QChar first = value.front();
    if (first == u'"' || first == u'\'') {
        setFormat(start, end - start, m_string);
    } else if (first == u'[' || first == u'{') {
        // Flow collections: colour the punctuation, strings and numbers inside.
        int i = start;
        while (i < end) {
            const QChar c = text.at(i);
            if (c == u'"' || c == u'\'') {
                int j = text.indexOf(c, i + 1);
                j = (j < 0 || j >= end) ? end - 1 : j;
                setFormat(i, j - i + 1, m_string);
                i = j + 1;
            } else if (QStringLiteral("[]{},:").contains(c)) {
                setFormat(i, 1, m_punctuation);
                ++i;
            } else {
                int j = i;
                while (j < end && !QStringLiteral("[]{},:").contains(text.at(j)))
                    ++j;
                highlightScalar(text, i, j);
                i = j;
            }
        }
    } else if (first == u'|' || first == u'>') {
        setFormat(start, end - start, m_punctuation);
    } else if (m_numberPattern.match(value).hasMatch()) {
        setFormat(start, end - start, m_number);
    } else if (m_keywordPattern.match(value).hasMatch()) {
        setFormat(start, end - start, m_keyword);
    } else {
        setFormat(start, end - start, m_string);
    }
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const int indent = indentOf(text);
    // Inside a block scalar: lines indented deeper than its key (or blank) belong to it.
    if (previous != Normal && (text.trimmed().isEmpty() || indent > previous)) {
        setFormat(0, int(text.size()), m_block);
        setCurrentBlockState(previous);
        markErrorLine(text);
        return;
    }
    setCurrentBlockState(Normal);

    const int comment = commentStart(text, 0);
    const int contentEnd = comment < 0 ? int(text.size()) : comment;
    if (comment >= 0)
        setFormat(comment, int(text.size()) - comment, m_comment);

    const QString content = text.left(contentEnd);
    if (content.startsWith(QLatin1String("---")) || content.startsWith(QLatin1String("..."))) {
        setFormat(0, 3, m_punctuation);
    } else if (const auto key = m_keyPattern.match(content); key.hasMatch()) {
        if (key.capturedLength(2) > 0)
            setFormat(int(key.capturedStart(2)), 1, m_punctuation);
        setFormat(int(key.capturedStart(3)), int(key.capturedLength(3)), m_key);
        const int valueStart = int(key.capturedEnd(0));
        setFormat(valueStart - 1, 1, m_punctuation);
        highlightScalar(text, valueStart, contentEnd);
        const QString value = content.mid(valueStart).trimmed();
        if (value.startsWith(u'|') || value.startsWith(u'>'))
            setCurrentBlockState(int(key.capturedStart(3)));
    } else if (content.trimmed().startsWith(QLatin1String("- "))
               || content.trimmed() == QLatin1String("-")) {
        setFormat(indent, 1, m_punctuation);
        highlightScalar(text, indent + 1, contentEnd);
    } else {
        highlightScalar(text, 0, contentEnd);
    }
    markErrorLine(text);
}

// Underlines the error line without losing its colours.
void YamlHighlighter::markErrorLine(const QString &text)
{
    if (currentBlock().blockNumber() != m_errorLine)
        return;
    if (text.isEmpty())
        return;
    for (int i = 0; i < text.size(); ++i) {
        QTextCharFormat merged = QSyntaxHighlighter::format(i);
        merged.setUnderlineStyle(m_error.underlineStyle());
        merged.setUnderlineColor(m_error.underlineColor());
        setFormat(i, 1, merged);
    }
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_yamlhighlighter.cpp"
