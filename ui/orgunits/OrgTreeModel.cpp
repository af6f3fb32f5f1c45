#include "ui/orgunits/OrgTreeModel.h"

#include "storage/NodeIdentity.h"

namespace ud {

struct OrgTreeModel::Node
{
    OrgUnit unit;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool loaded = false;
    int childCount = -1; // -1 = not asked yet
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        return 0;
    }
};

OrgTreeModel::OrgTreeModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_repo(db), m_root(std::make_unique<Node>())
{
    load(m_root.get());
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::load(Node *node)
{
    node->children.clear();
    for (const OrgUnit &u : m_repo.children(node->unit.code)) {
        auto child = std::make_unique<Node>();
        child->unit = u;
        child->parent = node;
        node->children.push_back(std::move(child));
    }
    node->loaded = true;
    node->childCount = static_cast<int>(node->children.size());
}

OrgTreeModel::Node *OrgTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeFor(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row(), 0, n->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    Node *n = nodeFor(parent);
    if (n->loaded)
        return !n->children.empty();
    if (n->childCount < 0)
        n->childCount = m_repo.childCount(n->unit.code);
    return n->childCount > 0;
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return !nodeFor(parent)->loaded;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeFor(parent);
    if (n->loaded)
        return;
    const QList<OrgUnit> units = m_repo.children(n->unit.code);
    n->loaded = true;
    if (units.isEmpty())
        return;
    beginInsertRows(parent, 0, static_cast<int>(units.size()) - 1);
    for (const OrgUnit &u : units) {
        auto child = std::make_unique<Node>();
        child->unit = u;
        child->parent = n;
        n->children.push_back(std::move(child));
    }
    n->childCount = static_cast<int>(n->children.size());
    endInsertRows();
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    if (role == CodeRole)
        return n->unit.code;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return role == Qt::ToolTipRole ? n->unit.name : n->unit.shortName;
        case CodeColumn: return n->unit.code;
        case TierColumn: {
            const auto tier = tierFromKey(n->unit.tier);
            return tier ? tierDisplayName(*tier) : n->unit.tier;
        }
        default: break;
        }
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CodeColumn: return tr("Code");
    case TierColumn: return tr("Tier");
    default: return {};
    }
}

OrgTreeModel::Node *OrgTreeModel::findLoaded(Node *from, const QString &code) const
{
    if (from->unit.code == code && from != m_root.get())
        return from;
    for (auto &c : from->children)
        if (Node *hit = findLoaded(c.get(), code))
            return hit;
    return nullptr;
}

QModelIndex OrgTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex OrgTreeModel::indexForCode(const QString &code)
{
    Node *current = m_root.get();
    for (const OrgUnit &step : m_repo.path(code)) {
        if (!current->loaded)
            fetchMore(indexOf(current));
        Node *next = nullptr;
        for (auto &c : current->children)
            if (c->unit.code == step.code)
                next = c.get();
        if (!next)
            return {};
        current = next;
    }
    return indexOf(current);
}

void OrgTreeModel::refreshChildren(const QString &parentCode)
{
    Node *n = parentCode.isEmpty() ? m_root.get() : findLoaded(m_root.get(), parentCode);
    if (!n)
        return;
    const QModelIndex idx = indexOf(n);
    if (!n->children.empty()) {
        beginRemoveRows(idx, 0, static_cast<int>(n->children.size()) - 1);
        n->children.clear();
        endRemoveRows();
    }
    n->loaded = false;
    n->childCount = -1;
    fetchMore(idx);
    if (n->children.empty())
        Q_EMIT dataChanged(idx, idx);
}

void OrgTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

void OrgTreeModel::reload()
{
    beginResetModel();
    load(m_root.get());
    endResetModel();
}

} // namespace ud
