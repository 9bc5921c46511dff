#include "gui/payloadview.h"

#include "gui/icons.h"
#include "gui/jsontreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hookyard::Gui {

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent), m_model(new JsonTreeModel(this)), m_tree(new QTreeView(this)),
      m_find(new QLineEdit(this)), m_message(new QLabel(this)),
      m_copyValue(new QAction(Icons::get(Icons::Copy), tr("Copy &Value"), this)),
      m_copyPath(new QAction(Icons::get(Icons::Copy), tr("Copy &Path"), this))
{
    m_tree->setObjectName(QStringLiteral("payloadTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // cheap layout for large payloads
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 220);

    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyValue->setToolTip(tr("Copy the selected value (Ctrl+C)"));
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyPath->setToolTip(
        tr("Copy the access path of the selected value, such as input[\"data\"][\"object\"]"));
    m_tree->addAction(m_copyValue);
    m_tree->addAction(m_copyPath);
    connect(m_copyValue, &QAction::triggered, this, &PayloadView::copyValue);
    connect(m_copyPath, &QAction::triggered, this, &PayloadView::copyPath);

    auto *expand = new QToolButton(this);
    expand->setObjectName(QStringLiteral("payloadExpandAll"));
    expand->setText(tr("&Expand All"));
    expand->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(expand, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    auto *collapse = new QToolButton(this);
    collapse->setObjectName(QStringLiteral("payloadCollapseAll"));
    collapse->setText(tr("C&ollapse All"));
    collapse->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    auto *copyValueButton = new QToolButton(this);
    copyValueButton->setDefaultAction(m_copyValue);
    copyValueButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *copyPathButton = new QToolButton(this);
    copyPathButton->setObjectName(QStringLiteral("payloadCopyPath"));
    copyPathButton->setDefaultAction(m_copyPath);
    copyPathButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_find->setObjectName(QStringLiteral("payloadFind"));
    m_find->setPlaceholderText(tr("Find key…"));
    m_find->setClearButtonEnabled(true);
    m_find->setToolTip(tr("Press Enter to go to the next key with this name"));
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });

    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(expand);
    bar->addWidget(collapse);
    bar->addWidget(copyValueButton);
    bar->addWidget(copyPathButton);
    bar->addStretch(1);
    bar->addWidget(m_find);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeView::customContextMenuRequested, this, &PayloadView::showContextMenu);
}

void PayloadView::setJson(const QByteArray &json)
{
    QString error;
    const bool ok = m_model->setJson(json, &error);
    m_message->setText(error);
    m_message->setVisible(!ok && !json.isEmpty());
    if (ok) {
        // data.object is what a reader looks at first: open it.
        const QModelIndex dataKey = m_model->findKey(QStringLiteral("data"));
        if (dataKey.isValid() && !dataKey.parent().isValid()) {
            m_tree->expand(dataKey);
            const QModelIndex object = m_model->index(0, 0, dataKey);
            if (object.isValid() && object.data().toString() == QLatin1String("object"))
                m_tree->expand(object);
        }
    }
}

void PayloadView::clear()
{
    m_model->clear();
    m_message->setVisible(false);
}

bool PayloadView::findNext(const QString &key)
{
    if (key.trimmed().isEmpty())
        return false;
    QModelIndex match = m_model->findKey(key.trimmed(), m_tree->currentIndex());
    if (!match.isValid()) // wrap around
        match = m_model->findKey(key.trimmed());
    if (!match.isValid())
        return false;
    for (QModelIndex p = match.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(match);
    m_tree->scrollTo(match);
    return true;
}

void PayloadView::copyValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    QGuiApplication::clipboard()->setText(current.data(JsonTreeModel::CopyValueRole).toString());
    Q_EMIT copied(tr("Value copied"));
}

void PayloadView::copyPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString path = current.data(JsonTreeModel::AccessPathRole).toString();
    QGuiApplication::clipboard()->setText(path);
    Q_EMIT copied(tr("Copied %1").arg(path));
}

void PayloadView::showContextMenu(const QPoint &pos)
{
    if (!m_tree->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyValue);
    menu.addAction(m_copyPath);
    menu.addSeparator();
    menu.addAction(tr("Expand All"), m_tree, &QTreeView::expandAll);
    menu.addAction(tr("Collapse All"), m_tree, &QTreeView::collapseAll);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_payloadview.cpp"
