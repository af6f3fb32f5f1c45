#pragma once

#include "storage/OrgUnitRepository.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ud {

class Database;

// The org-unit tree, loaded lazily one level at a time (a city holds tens of thousands of
// enterprise unions). Columns: name, code, tier.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, TierColumn, ColumnCount };
    enum Roles { CodeRole = Qt::UserRole + 1 };

    explicit OrgTreeModel(Database &db, QObject *parent = nullptr);
    ~OrgTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads the path to `code` and returns its index (invalid if unknown).
    QModelIndex indexForCode(const QString &code);
    // Re-reads the children of `parentCode` after a change ("" = the roots).
    void refreshChildren(const QString &parentCode);
    void reload();
    // Texts (headers, tier names) follow a language switch.
    void retranslate();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    Node *findLoaded(Node *from, const QString &code) const;
    QModelIndex indexOf(Node *node) const;
    void load(Node *node);

    OrgUnitRepository m_repo;
    std::unique_ptr<Node> m_root;
};

} // namespace ud
