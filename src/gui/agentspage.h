#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class DatabaseEventSource;
class RunListModel;
class RunsPanel;
class YamlHighlighter;

// Agents: the catalog's files with their state (loaded, or the error with its line), a YAML
// editor with highlighting and validation as you type, "New from example", and the run history
// (RunsPanel: of the agent or of every agent, output and log, cancel). With no agent file yet,
// a page that says what an agent is and offers the examples, or an empty editor to write one.
class AgentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsPage)
public:
    explicit AgentsPage(Engine::Engine &engine, QWidget *parent = nullptr);
    ~AgentsPage() override;

    RunListModel *runsModel() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void reloadList();
    void showAgent();
    void validate();
    void save();
    void newFromExample(const QString &id);
    void editConnectors();
    // Reads the shown file again after someone else wrote it, unless it has unsaved edits.
    void reloadEditor();
    void writeOwn();
    void updateConnectorsButton();

    Engine::Engine &m_engine;
    std::unique_ptr<DatabaseEventSource> m_source;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QLabel *m_fileLabel;
    QLabel *m_connectorsLabel;
    QPushButton *m_connectorsButton;
    QPlainTextEdit *m_editor;
    YamlHighlighter *m_highlighter;
    QLabel *m_validation;
    QPushButton *m_saveButton;
    RunsPanel *m_runsPanel;
    QTimer *m_validateTimer;
    QStackedWidget *m_stack = nullptr; // the empty page, or the tabs
    bool m_writingOwn = false; // "Write Your Own" chosen while there is no agent file
    QString m_filePath;
    bool m_editorValid = false; // the editor's text reads without errors
};

} // namespace Hookyard::Gui
