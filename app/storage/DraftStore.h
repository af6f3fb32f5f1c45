#pragma once

#include <QJsonObject>
#include <QString>

namespace ud {

class Database;

// Forms saved as the user types (table `drafts`, local, not synced), so nothing typed is lost
// if the program or the computer stops. One draft per form kind and user.
class DraftStore
{
public:
    explicit DraftStore(Database &db) : m_db(db) {}

    bool save(const QString &kind, const QString &owner, const QJsonObject &payload);
    QJsonObject load(const QString &kind, const QString &owner) const; // empty if none
    QString savedAt(const QString &kind, const QString &owner) const;
    bool remove(const QString &kind, const QString &owner);

private:
    Database &m_db;
};

} // namespace ud
