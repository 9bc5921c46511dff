#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;
class QAction;

namespace Hookyard::Gui {

class JsonTreeModel;

// An event payload as a JSON tree: expand and collapse all, find a key, copy a value or its
// access path (input["data"]["object"]["last_payment_error"]) for use in an agent's script.
class PayloadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadView)
public:
    explicit PayloadView(QWidget *parent = nullptr);

    // Shows `json`; a body that is not JSON is said so in place of the tree.
    void setJson(const QByteArray &json);
    void clear();

    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

    // Selects, expands to and scrolls to the next key named `key`; false when there is none.
    bool findNext(const QString &key);
    void copyValue();
    void copyPath();

Q_SIGNALS:
    // A value or path went to the clipboard: the window shows `what` as a confirmation.
    void copied(const QString &what);

private:
    void showContextMenu(const QPoint &pos);

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_find;
    QLabel *m_message;
    QAction *m_copyValue;
    QAction *m_copyPath;
};

} // namespace Hookyard::Gui
