#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Hookyard::Gui {

// A read-only tree over one JSON document (an event payload): key, value and type columns.
// Children are created only when a view asks for them (lazy), so a large payload costs nothing
// until it is expanded. The root is the document's top-level object or array, spelled "input" in
// access paths, the name an agent's script gives the event it reads from standard input.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        AccessPathRole = Qt::UserRole + 1, // input["data"]["object"]["id"]
        CopyValueRole, // strings unquoted, numbers as written, JSON otherwise
        JsonTypeRole, // "object", "array", "string", "number", "bool", "null"
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the document. A body that is not JSON yields an empty model and *error.
    bool setJson(const QByteArray &json, QString *error = nullptr);
    void setDocument(const QJsonDocument &document);
    void clear();

    // Depth-first search for the first key (or array index text) equal to `key`, case-insensitive,
    // after `from` (invalid = from the start). Creates the nodes it walks; an invalid index when
    // there is none.
    QModelIndex findKey(const QString &key, const QModelIndex &from = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key; // object key, or the array index as text
        bool isIndex = false;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    static void populate(Node *node);
    static int childCountOf(const QJsonValue &value);
    static QString accessPath(const Node *node);
    static QString typeName(const QJsonValue &value);
    static QString displayValue(const QJsonValue &value);
    static QString copyValue(const QJsonValue &value);
    QModelIndex indexOf(Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Hookyard::Gui
