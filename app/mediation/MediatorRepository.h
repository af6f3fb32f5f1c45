#pragma once

#include "mediation/Mediator.h"

#include <QList>

#include <optional>

namespace ud {

class Database;

// Read side of the register of mediators. Deleted mediators are left out.
class MediatorRepository
{
public:
    explicit MediatorRepository(const Database &db) : m_db(db) {}

    // The mediators (without trainings), by name; only active ones when `activeOnly`.
    QList<Mediator> list(bool activeOnly = false) const;
    // One mediator with her trainings; nothing when unknown or deleted.
    std::optional<Mediator> get(const QString &id) const;
    // How many live cases the mediator is linked to.
    int caseCount(const QString &mediatorId) const;

private:
    const Database &m_db;
};

} // namespace ud
