#include "gui/jsontreemodel.h"

#include "gui/displaytext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace Hookyard::Gui {

namespace {
// Stripe gives times as Unix seconds, in fields named created, date, *_at, *_date, *_start,
// *_end, *_on, *_anchor or next_payment_attempt; amounts and counts are never named so. Between
// 2000 and 2100, so that a small number in such a field is not taken for 1970.
bool looksLikeUnixTime(const QString &key, const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double seconds = value.toDouble();
    if (seconds != double(qint64(seconds)) || seconds < 946'684'800.0 || seconds > 4'102'444'800.0)
        return false;
    if (key == QLatin1String("created") || key == QLatin1String("date")
        || key == QLatin1String("next_payment_attempt"))
        return true;
    for (const char *suffix : { "_at", "_date", "_start", "_end", "_on", "_anchor" }) {
        if (key.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        clear();
        if (error)
            *error = tr("The body is not JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    setDocument(document);
    return true;
}

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

int JsonTreeModel::childCountOf(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

// Children are materialised on first demand; the model's structure never changes afterwards
// (until a reset), so creating them inside a const accessor is invisible to views.
void JsonTreeModel::populate(Node *node)
{
    if (node->populated)
        return;
    node->populated = true;
    auto add = [node](const QString &key, bool isIndex, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->isIndex = isIndex;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), false, it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), true, array.at(i));
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *parentNode = nodeOf(parent);
    if (!parentNode || column < 0 || column >= ColumnCount || row < 0)
        return {};
    populate(parentNode);
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    return indexOf(node->parent);
}

QModelIndex JsonTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeOf(parent);
    return node ? childCountOf(node->value) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const int n = int(value.toObject().size());
        return tr("{%n key(s)}", nullptr, n);
    }
    case QJsonValue::Array: {
        const int n = int(value.toArray().size());
        return tr("[%n item(s)]", nullptr, n);
    }
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    default:
        return copyValue(value);
    }
}

QString JsonTreeModel::copyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers as integers (amounts, timestamps), not 1.7e+09.
        if (d == double(qint64(d)) && qAbs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::accessPath(const Node *node)
{
    QStringList parts;
    for (const Node *n = node; n && n->parent; n = n->parent) {
        if (n->isIndex) {
            parts.prepend(u'[' + n->key + u']');
        } else {
            QString key = n->key;
            key.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            parts.prepend(QStringLiteral("[\"") + key + QStringLiteral("\"]"));
        }
    }
    return QStringLiteral("input") + parts.join(QString());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->isIndex ? u'[' + node->key + u']' : node->key;
        case ValueColumn:
            // A time also in words; Copy Value still gives the number as written.
            if (!node->isIndex && looksLikeUnixTime(node->key, node->value))
                return tr("%1 (%2)").arg(
                    displayValue(node->value),
                    DisplayText::dateTime(qint64(node->value.toDouble()) * 1000));
            return displayValue(node->value);
        case TypeColumn:
            return typeName(node->value);
        }
        break;
    case Qt::ToolTipRole:
        return accessPath(node);
    case AccessPathRole:
        return accessPath(node);
    case CopyValueRole:
        return copyValue(node->value);
    case JsonTypeRole:
        return typeName(node->value);
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QModelIndex JsonTreeModel::findKey(const QString &key, const QModelIndex &from) const
{
    if (!m_root)
        return {};
    // Pre-order walk starting after `from`.
    auto next = [](Node *node) -> Node * {
        populate(node);
        if (!node->children.empty())
            return node->children.front().get();
        while (node->parent) {
            Node *parentNode = node->parent;
            if (size_t(node->row + 1) < parentNode->children.size())
                return parentNode->children[size_t(node->row + 1)].get();
            node = parentNode;
        }
        return nullptr;
    };
    Node *node = next(from.isValid() ? nodeOf(from) : m_root.get());
    for (; node; node = next(node)) {
        if (node->key.compare(key, Qt::CaseInsensitive) == 0)
            return indexOf(node);
    }
    return {};
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_jsontreemodel.cpp"
