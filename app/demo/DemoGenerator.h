#pragma once

#include "core/Result.h"
#include "mediation/MediationDemo.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace ud {

class Clock;
class Database;
class RecordStore;

struct DemoOptions
{
    int size = 200;     // workers to add; employers are a quarter of that, mediation cases a
                        // twentieth (MediationDemo::kWorkersPerCase)
    quint64 seed = 1;   // same seed, same names, codes, addresses and cases
    QDate today;        // the demo's "today" (cases are dated before it); invalid = the local date
                        // of the generator's clock
    int cases = -1;     // mediation cases; -1 = size / MediationDemo::kWorkersPerCase
};

struct DemoSummary
{
    int employersCreated = 0;
    int employersAlreadyThere = 0;
    int workersCreated = 0;
    int workersAlreadyThere = 0;
    int orgUnitsCreated = 0;    // grassroots unions of the employers that have one
    int usersCreated = 0;
    int casesCreated = 0;       // mediation cases
    int casesAlreadyThere = 0;
};

struct DemoNode
{
    NodeInfo node;
    QString adminUser;
    QString adminPassword;
};

// Fills a node database with realistic demo data for the node's own area: the station's staff,
// then each workspace's own demo generator in turn (the list in DemoGenerator.cpp; a new
// workspace adds its entry there). The generators share one random stream, in list order, so a
// seed gives the same database. All writes go through RecordStore, so demo rows carry audit
// entries and outbox rows like real ones.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr const char *kDefaultOrgUnit = "110105015"; // 北京市朝阳区八里庄街道

    // `clock` (null: the system clock) gives "today" when DemoOptions::today is not set.
    DemoGenerator(Database &db, RecordStore &store, const Clock *clock = nullptr) : m_db(db), m_store(store), m_clock(clock) {}

    // A complete demo node in an empty database: node identity and an administrator with a
    // generated password (returned so the caller can show it once).
    static Result<DemoNode> createNode(Database &db, RecordStore &store, const Clock &clock,
                                       const QString &orgUnit = QString::fromLatin1(kDefaultOrgUnit));

    Result<DemoSummary> fill(const DemoOptions &options);

private:
    Database &m_db;
    RecordStore &m_store;
    const Clock *m_clock;
};

} // namespace ud
