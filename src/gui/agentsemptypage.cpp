#include "gui/agentsemptypage.h"

#include "agents/agentexamples.h"
#include "gui/icons.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookyard::Gui {

AgentsEmptyPage::AgentsEmptyPage(const QString &agentsDir, bool readOnly, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agentsEmptyPage"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *text = new QLabel(
        tr("<h3>No agent yet</h3><p>An agent is a small YAML file: a name, a model, a system "
           "prompt, the command Hookyard starts and the Stripe events that start it. The command "
           "gets the whole event as JSON on its standard input; what it prints is the run's "
           "result.</p><p>Start from an example and adapt it:</p>"),
        column);
    text->setWordWrap(true);
    auto *examples = new QGridLayout;
    int line = 0;
    for (const auto &example : Agents::AgentExamples::all()) {
        auto *button = new QPushButton(Icons::get(Icons::Add), example.title, column);
        button->setObjectName(QStringLiteral("emptyExample_") + example.id);
        button->setEnabled(!readOnly);
        auto *description = new QLabel(example.description, column);
        description->setWordWrap(true);
        examples->addWidget(button, line, 0, Qt::AlignTop);
        examples->addWidget(description, line, 1);
        connect(button, &QPushButton::clicked, this,
                [this, id = example.id] { Q_EMIT exampleChosen(id); });
        ++line;
    }
    examples->setColumnStretch(1, 1);
    auto *own = new QPushButton(tr("&Write Your Own…"), column);
    own->setObjectName(QStringLiteral("writeOwnAgentButton"));
    own->setEnabled(!readOnly);
    connect(own, &QPushButton::clicked, this, &AgentsEmptyPage::writeOwnChosen);
    auto *where = new QLabel(
        tr("Agent files live in %1. Hookyard notices new and changed files there on its own.")
            .arg(QDir::toNativeSeparators(agentsDir)),
        column);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(text);
    columnLayout->addLayout(examples);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(own, 0, Qt::AlignLeft);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(where);
    // Centred, as wide as the page allows up to 720 px: wrapped text needs a width to flow in.
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace Hookyard::Gui

#include "moc_agentsemptypage.cpp"
