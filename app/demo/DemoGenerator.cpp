#include "demo/DemoGenerator.h"

#include "core/Clock.h"
#include "core/CreditCode.h"
#include "demo/NameBank.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace ud {

namespace {

const char kCodeAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// A grassroots trade union's unified social credit code: authority 8 (trade union), type 1
// (grassroots union), the area's GB/T 2260 code, a 9-character organisation code, check.
QString unionCreditCode(const QString &division6, QRandomGenerator &random)
{
    QString code = QStringLiteral("81") + division6;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(kCodeAlphabet[random.bounded(31)]));
    return code + CreditCode::checkCharacter(code);
}

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
    auto node = NodeIdentity::initialize(db, orgUnit, tier, unit->name + tr(" trade union service station"), clock);
    if (!node)
        return node.status();
    DemoNode out;
    out.node = node.value();
    out.adminUser = QStringLiteral("admin");
    out.adminPassword = PasswordHasher::generatePassword();
    auto admin = Accounts(store).addUser(out.adminUser, tr("Administrator"), Role::Administrator, out.adminPassword);
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

    constexpr int kBatch = 500;
    for (int start = 0; start < options.size; start += kBatch) {
        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return Result<DemoSummary>::failure(tx.error());
        for (int i = start; i < qMin(options.size, start + kBatch); ++i) {
            const OrgUnit &street = streets.at(names.pick(static_cast<int>(streets.size())));
            const QString code = unionCreditCode(street.code.left(6), random);
            const QString company = names.companyName(QStringLiteral("北京"));
            const QString unionName = company + QStringLiteral("工会委员会");
            if (repo.find(code)) {
                ++summary.orgUnitsAlreadyThere;
                continue;
            }
            auto rec = m_store.create(QStringLiteral("org_units"),
                                      {{QStringLiteral("code"), code},
                                       {QStringLiteral("name"), unionName},
                                       {QStringLiteral("short_name"), company},
                                       {QStringLiteral("parent_code"), street.code},
                                       {QStringLiteral("tier"), QStringLiteral("enterprise")},
                                       {QStringLiteral("org_unit"), street.code}},
                                      tr("Demo data"));
            if (!rec)
                return rec.status();
            ++summary.orgUnitsCreated;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return summary;
}

} // namespace ud
