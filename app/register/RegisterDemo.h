#pragma once

#include "core/Result.h"
#include "storage/OrgUnitRepository.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace ud {

class Database;
class RecordStore;

// The workers one demo run created or found already there, in the order they were drawn: the
// workspaces' demos take their people (applicants, employers) from these.
struct DemoPeople
{
    struct Worker
    {
        QString id;
        QString name;
        QString post;
        QString employerId;
        QString employerName;
    };
    QList<Worker> workers;
};

// Fills the register of a demo node: employers spread over the node's streets (a quarter as many
// as workers), a grassroots union (an enterprise org unit) for those that have founded one, and
// workers with valid, unique resident ID numbers. Every draw comes from the caller's generator,
// in a fixed order, so a seed gives the same register; records already there (same credit code,
// same ID number) are counted, not written again. All writes go through RecordStore, so the rows
// carry audit entries and outbox rows like real ones.
class RegisterDemo
{
public:
    struct Counts
    {
        int employersCreated = 0;
        int employersAlreadyThere = 0;
        int workersCreated = 0;
        int workersAlreadyThere = 0;
        int orgUnitsCreated = 0;
    };

    RegisterDemo(Database &db, RecordStore &store, QRandomGenerator &random) : m_db(db), m_store(store), m_random(random) {}

    // `workers` workers in `streets` (not empty); the counts and people are added to.
    Status fill(int workers, const QList<OrgUnit> &streets, Counts &counts, DemoPeople &people);

private:
    Database &m_db;
    RecordStore &m_store;
    QRandomGenerator &m_random;
};

} // namespace ud
