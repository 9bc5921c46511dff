#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Hookyard::Gui {

// Highlights agent YAML files: keys, strings, numbers and booleans, comments, list dashes, and
// the text of block scalars (`system: |`), which must not be read as keys. Colours derive from
// the palette of the document's editor so that they read on light and dark themes alike.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)
public:
    explicit YamlHighlighter(QTextDocument *document, bool darkBackground = false);

    // Recomputes the formats (a palette change between light and dark).
    void setDarkBackground(bool dark);

    enum class Kind { Key, String, Number, Keyword, Comment, Punctuation, BlockText, Error };
    QTextCharFormat formatOf(Kind kind) const;

    // Marks a line (0-based) as erroneous, e.g. where the agent parser reported an error; -1
    // clears.
    void setErrorLine(int line);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightScalar(const QString &text, int start, int end);
    int commentStart(const QString &text, int from) const;
    void markErrorLine(const QString &text);

    QTextCharFormat m_key, m_string, m_number, m_keyword, m_comment, m_punctuation, m_block,
        m_error;
    QRegularExpression m_keyPattern;
    QRegularExpression m_numberPattern;
    QRegularExpression m_keywordPattern;
    int m_errorLine = -1;
};

} // namespace Hookyard::Gui
