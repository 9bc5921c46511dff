#include "gui/yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Hookyard::Gui::YamlHighlighter;

class TestYamlHighlighter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightsTheAgentExample();
    void blockScalarIsNotReadAsKeys();
    void errorLineIsUnderlined();

private:
    static QColor colourAt(QTextDocument &doc, int line, int column);
};

QColor TestYamlHighlighter::colourAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    const auto formats = block.layout()->formats();
    for (const auto &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

static const char example[] = R"(name: dunning-agent
model: gemini-2.5-flash
system: |
  You are a dunning specialist AI. When: a payment fails
  # not a comment inside the block
command: ["python3", "dunning.py"]   # argv
timeout: 120s
concurrency: 2
enabled: true
env: { LANG: C.UTF-8 }
events:
  - "invoice.*"
)";

void TestYamlHighlighter::highlightsTheAgentExample()
{
    QTextDocument doc(QString::fromUtf8(example));
    YamlHighlighter highlighter(&doc);
    const QColor key = highlighter.formatOf(YamlHighlighter::Kind::Key).foreground().color();
    const QColor string = highlighter.formatOf(YamlHighlighter::Kind::String).foreground().color();
    const QColor number = highlighter.formatOf(YamlHighlighter::Kind::Number).foreground().color();
    const QColor comment =
        highlighter.formatOf(YamlHighlighter::Kind::Comment).foreground().color();
    const QColor keyword =
        highlighter.formatOf(YamlHighlighter::Kind::Keyword).foreground().color();
    QCOMPARE(colourAt(doc, 0, 0), key); // name
    QCOMPARE(colourAt(doc, 0, 8), string); // dunning-agent
    QCOMPARE(colourAt(doc, 5, 10), string); // "python3"
    QCOMPARE(colourAt(doc, 5, 40), comment); // # argv
    QCOMPARE(colourAt(doc, 6, 10), number); // 120s
    QCOMPARE(colourAt(doc, 7, 13), number); // 2
    QCOMPARE(colourAt(doc, 8, 10), keyword); // true
    QCOMPARE(colourAt(doc, 11, 5), string); // "invoice.*"
}

void TestYamlHighlighter::blockScalarIsNotReadAsKeys()
{
    QTextDocument doc(QString::fromUtf8(example));
    YamlHighlighter highlighter(&doc);
    const QColor block =
        highlighter.formatOf(YamlHighlighter::Kind::BlockText).foreground().color();
    QCOMPARE(colourAt(doc, 3, 2), block);
    QCOMPARE(colourAt(doc, 3, 40), block); // "When:" does not start a key
    QCOMPARE(colourAt(doc, 4, 4), block); // '#' inside a block is text
    // The block ends at the next key.
    QCOMPARE(colourAt(doc, 5, 0),
             highlighter.formatOf(YamlHighlighter::Kind::Key).foreground().color());
}

void TestYamlHighlighter::errorLineIsUnderlined()
{
    QTextDocument doc(QString::fromUtf8(example));
    YamlHighlighter highlighter(&doc);
    highlighter.setErrorLine(6);
    const auto formats = doc.findBlockByNumber(6).layout()->formats();
    QVERIFY(!formats.isEmpty());
    for (const auto &range : formats)
        QCOMPARE(range.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    highlighter.setErrorLine(-1);
    for (const auto &range : doc.findBlockByNumber(6).layout()->formats())
        QCOMPARE(range.format.underlineStyle(), QTextCharFormat::NoUnderline);
}

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
