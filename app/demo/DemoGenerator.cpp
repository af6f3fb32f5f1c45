#include "demo/DemoGenerator.h"

#include "core/Clock.h"
#include "register/NameBank.h"
#include "register/RegisterDemo.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace ud {

namespace {

// What one workspace's demo generator is given: the run's options, the streets and townships of
// the node's area, the random stream every generator draws from in turn, the demo's "today", the
// register's people (for the workspaces whose records name workers and employers), and the
// summary to add its counts to.
struct DemoRun
{
    Database &db;
    RecordStore &store;
    const DemoOptions &options;
    const QList<OrgUnit> &streets;
    QRandomGenerator &random;
    QDate today;
    DemoPeople people;
    DemoSummary &summary;
};

Status registerDemo(DemoRun &run)
{
    RegisterDemo::Counts counts;
    const Status st = RegisterDemo(run.db, run.store, run.random).fill(run.options.size, run.streets, counts, run.people);
    run.summary.employersCreated += counts.employersCreated;
    run.summary.employersAlreadyThere += counts.employersAlreadyThere;
    run.summary.workersCreated += counts.workersCreated;
    run.summary.workersAlreadyThere += counts.workersAlreadyThere;
    run.summary.orgUnitsCreated += counts.orgUnitsCreated;
    return st;
}

Status mediationDemo(DemoRun &run)
{
    NameBank names(run.random);
    const int count = run.options.cases >= 0 ? run.options.cases : run.options.size / MediationDemo::kWorkersPerCase;
    auto cases = MediationDemo(run.db, run.store, names, run.today).fill(count, run.people);
    if (!cases)
        return cases.status();
    run.summary.casesCreated += cases.value().created;
    run.summary.casesAlreadyThere += cases.value().alreadyThere;
    return Status::success();
}

// The workspaces' demo generators, in the order they run: the register first, as the others
// take their people from it. The order is part of the seed's meaning; add new ones at the end.
using WorkspaceDemo = Status (*)(DemoRun &run);
const WorkspaceDemo kWorkspaceDemos[] = {
    &registerDemo,
    &mediationDemo,
};

QList<OrgUnit> streetsUnder(const OrgUnitRepository &repo, const OrgUnit &root)
{
    if (root.tier == QLatin1String("street") || root.tier == QLatin1String("enterprise")
        || root.tier == QLatin1String("industry"))
        return {root};
    QList<OrgUnit> out;
    for (const OrgUnit &child : repo.children(root.code))
        out << streetsUnder(repo, child);
    return out;
}

} // namespace

Result<DemoNode> DemoGenerator::createNode(Database &db, RecordStore &store, const Clock &clock, const QString &orgUnit)
{
    const auto unit = OrgUnitRepository(db).find(orgUnit);
    if (!unit)
        return Result<DemoNode>::failure(tr("The organisation unit %1 is not in the organisation tree.").arg(orgUnit));
    const Tier tier = tierFromKey(unit->tier).value_or(Tier::Street);
    Database::Transaction tx(db);
    auto node = NodeIdentity::initialize(db, orgUnit, tier, unit->name + QStringLiteral("工会服务站"), clock);
    if (!node)
        return node.status();
    DemoNode out;
    out.node = node.value();
    out.adminUser = QStringLiteral("admin");
    out.adminPassword = PasswordHasher::generatePassword();
    auto admin = Accounts(store).addUser(out.adminUser, QStringLiteral("系统管理员"), Role::Administrator, out.adminPassword);
    if (!admin)
        return admin.status();
    if (Status s = tx.commit(); !s)
        return s;
    return out;
}

Result<DemoSummary> DemoGenerator::fill(const DemoOptions &options)
{
    if (options.size < 0 || options.size > 1000000)
        return Result<DemoSummary>::failure(tr("The demo size must be between 0 and 1,000,000."));
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<DemoSummary>::failure(tr("This database has no node identity yet."));
    const OrgUnitRepository repo(m_db);
    const auto root = repo.find(node->orgUnit);
    if (!root)
        return Result<DemoSummary>::failure(tr("The node's organisation unit %1 is missing from the tree.").arg(node->orgUnit));
    const QList<OrgUnit> streets = streetsUnder(repo, *root);
    if (streets.isEmpty())
        return Result<DemoSummary>::failure(tr("There are no streets or townships under %1 to put demo data in.").arg(root->name));

    QRandomGenerator random(static_cast<quint32>(options.seed * 2654435761ULL + 17));
    NameBank names(random);
    DemoSummary summary;

    // Staff of the station: created once per database, whatever the seed.
    const QList<QPair<QString, Role>> staff = {
        {QStringLiteral("mediator1"), Role::Mediator},
        {QStringLiteral("mediator2"), Role::Mediator},
        {QStringLiteral("reviewer1"), Role::Reviewer},
    };
    Accounts accounts(m_store);
    for (const auto &[username, role] : staff) {
        // Drawn even when the account exists, so the units below do not depend on earlier runs.
        const QString displayName = names.personName();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
        q.addBindValue(username);
        if (q.exec() && q.next())
            continue;
        q.finish();
        auto created = accounts.addUser(username, displayName, role, PasswordHasher::generatePassword());
        if (!created)
            return created.status();
        ++summary.usersCreated;
    }

    const QDate today = options.today.isValid() ? options.today
                                                : (m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    DemoRun run{m_db, m_store, options, streets, random, today, {}, summary};
    for (const WorkspaceDemo generate : kWorkspaceDemos)
        if (Status st = generate(run); !st)
            return st;
    return summary;
}

} // namespace ud
