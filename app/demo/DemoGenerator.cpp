#include "demo/DemoGenerator.h"

#include "core/Clock.h"
#include "core/CreditCode.h"
#include "register/NameBank.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"
#include "core/ResidentId.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace ud {

namespace {

const char kCodeAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// A grassroots trade union's unified social credit code: authority 8 (trade union), type 1
// (grassroots union), the area's GB/T 2260 code, a 9-character organisation code, check.
QString creditCodeWithPrefix(const QString &prefix2, const QString &division6, QRandomGenerator &random)
{
    QString code = prefix2 + division6;
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

    DemoPeople people;
    if (Status st = fillRegister(options, streets, random, summary, people); !st)
        return st;

    NameBank caseNames(random);
    const QDate today = options.today.isValid() ? options.today
                                                : (m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    auto cases = MediationDemo(m_db, m_store, caseNames, today).fill(options.cases >= 0 ? options.cases : options.size / MediationDemo::kWorkersPerCase, people);
    if (!cases)
        return cases.status();
    summary.casesCreated = cases.value().created;
    summary.casesAlreadyThere = cases.value().alreadyThere;
    return summary;
}

Status DemoGenerator::fillRegister(const DemoOptions &options, const QList<OrgUnit> &streets, QRandomGenerator &random,
                                   DemoSummary &summary, DemoPeople &people)
{
    NameBank names(random);
    const RegisterRepository reg(m_db);
    const OrgUnitRepository org(m_db);
    static const QStringList types = {QStringLiteral("private"), QStringLiteral("limited_liability"), QStringLiteral("state_owned"),
                                      QStringLiteral("foreign_invested"), QStringLiteral("joint_stock"),
                                      QStringLiteral("individual_business")};
    static const QStringList industries = {QStringLiteral("47"), QStringLiteral("48"), QStringLiteral("50"), QStringLiteral("52"),
                                           QStringLiteral("54"), QStringLiteral("59"), QStringLiteral("61"), QStringLiteral("62"),
                                           QStringLiteral("65"), QStringLiteral("70"), QStringLiteral("72"), QStringLiteral("80"),
                                           QStringLiteral("36"), QStringLiteral("39"), QStringLiteral("13")};
    static const QStringList posts = QStringLiteral("普工 电工 焊工 厨师 服务员 保洁员 保安员 快递员 司机 仓管员 收银员 "
                                                    "会计 出纳 技术员 质检员 销售代表 项目经理 木工 钢筋工 护工")
                                         .split(QLatin1Char(' '));
    static const QStringList hukou = {QStringLiteral("local_urban"), QStringLiteral("local_rural"), QStringLiteral("nonlocal_urban"),
                                      QStringLiteral("nonlocal_rural")};
    const int employerCount = options.size == 0 ? 0 : qMax(1, options.size / 4);
    constexpr int kBatch = 1000;

    // Employers, and a grassroots union (an enterprise org unit) for those that have one.
    QStringList employerIds;
    QStringList employerNames;
    employerIds.reserve(employerCount);
    for (int start = 0; start < employerCount; start += kBatch) {
        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        for (int i = start; i < qMin(employerCount, start + kBatch); ++i) {
            const OrgUnit &street = streets.at(names.pick(static_cast<int>(streets.size())));
            const QString division = street.code.left(6);
            const QString code = creditCodeWithPrefix(QStringLiteral("91"), division, random);
            const QString unionCode = creditCodeWithPrefix(QStringLiteral("81"), division, random);
            const QString company = names.companyName(QStringLiteral("北京"));
            // Most employers are small; about one in six has a hundred people or more.
            const int size = names.pick(6) == 0 ? 100 + names.pick(1900) : 3 + names.pick(97);
            const bool founded = names.pick(10) < 7;
            const QString foundedOn = QDate(2000 + names.pick(25), 1 + names.pick(12), 1 + names.pick(28)).toString(Qt::ISODate);
            const QString legalRep = names.personName();
            const QString phone = QStringLiteral("010-%1").arg(60000000 + names.pick(30000000));
            const QString address = names.streetAddress(QStringLiteral("北京市") + street.name.mid(3));
            const QString type = types.at(names.pick(static_cast<int>(types.size())));
            const QString industry = industries.at(names.pick(static_cast<int>(industries.size())));
            const bool congress = founded && names.pick(10) < 8;
            const bool openAffairs = founded && names.pick(10) < 8;
            const bool bargaining = founded && names.pick(10) < 6;
            if (const auto existing = reg.employerByCreditCode(code)) {
                employerIds << existing->id;
                employerNames << existing->name;
                ++summary.employersAlreadyThere;
                continue;
            }
            auto rec = m_store.create(QStringLiteral("employers"),
                                      {{QStringLiteral("name"), company},
                                       {QStringLiteral("credit_code"), code},
                                       {QStringLiteral("employer_type"), type},
                                       {QStringLiteral("industry"), industry},
                                       {QStringLiteral("employee_count"), size},
                                       {QStringLiteral("union_founded"), founded ? 1 : 0},
                                       {QStringLiteral("union_founded_on"), founded ? QVariant(foundedOn) : QVariant()},
                                       {QStringLiteral("has_workers_congress"), congress ? 1 : 0},
                                       {QStringLiteral("has_open_affairs"), openAffairs ? 1 : 0},
                                       {QStringLiteral("has_collective_bargaining"), bargaining ? 1 : 0},
                                       {QStringLiteral("legal_representative"), legalRep},
                                       {QStringLiteral("phone"), phone},
                                       {QStringLiteral("address"), address},
                                       {QStringLiteral("district"), street.parentCode},
                                       {QStringLiteral("street"), street.code},
                                       {QStringLiteral("org_unit"), street.code}},
                                      tr("Demo data"));
            if (!rec)
                return rec.status();
            employerIds << rec.value().id;
            employerNames << company;
            ++summary.employersCreated;
            if (founded && !org.find(unionCode)) {
                auto unit = m_store.create(QStringLiteral("org_units"),
                                           {{QStringLiteral("code"), unionCode},
                                            {QStringLiteral("name"), company + QStringLiteral("工会委员会")},
                                            {QStringLiteral("short_name"), company},
                                            {QStringLiteral("parent_code"), street.code},
                                            {QStringLiteral("tier"), QStringLiteral("enterprise")},
                                            {QStringLiteral("org_unit"), street.code}},
                                           tr("Demo data"));
                if (!unit)
                    return unit.status();
                ++summary.orgUnitsCreated;
            }
        }
        if (Status st = tx.commit(); !st)
            return st;
    }

    // Workers with valid, unique resident ID numbers from the employer's district.
    for (int start = 0; start < options.size; start += kBatch) {
        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        for (int i = start; i < qMin(options.size, start + kBatch); ++i) {
            const int employerIndex = names.pick(static_cast<int>(employerIds.size()));
            const OrgUnit &street = streets.at(names.pick(static_cast<int>(streets.size())));
            const QString name = names.personName();
            const QDate birth = QDate(1962, 1, 1).addDays(names.pick(15000));
            const bool male = names.pick(2) == 0;
            const int seq = 2 * names.pick(500) + (male ? 1 : 0);
            const QString first17 = street.code.left(6) + birth.toString(QStringLiteral("yyyyMMdd"))
                                    + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString idNumber = first17 + ResidentId::checkDigit(first17);
            const QString phone = QStringLiteral("1%1%2").arg(3 + names.pick(7)).arg(100000000 + names.pick(899999999));
            const QString address = names.streetAddress(QStringLiteral("北京市") + street.name.mid(3));
            const QString post = posts.at(names.pick(static_cast<int>(posts.size())));
            const QString hukouType = hukou.at(names.pick(static_cast<int>(hukou.size())));
            const bool member = names.pick(10) < 7;
            const QString ethnicity = names.pick(20) == 0 ? QStringLiteral("03") : QStringLiteral("01");
            if (const auto existing = reg.workerByIdNumber(idNumber)) {
                people.workers.append({existing->id, existing->name, existing->post, existing->employerId, existing->employerName});
                ++summary.workersAlreadyThere;
                continue;
            }
            auto rec = m_store.create(QStringLiteral("workers"),
                                      {{QStringLiteral("name"), name},
                                       {QStringLiteral("sex"), male ? QStringLiteral("male") : QStringLiteral("female")},
                                       {QStringLiteral("ethnicity"), ethnicity},
                                       {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
                                       {QStringLiteral("id_number"), idNumber},
                                       {QStringLiteral("phone"), phone},
                                       {QStringLiteral("address"), address},
                                       {QStringLiteral("hukou_type"), hukouType},
                                       {QStringLiteral("employer_id"), employerIds.at(employerIndex)},
                                       {QStringLiteral("post"), post},
                                       {QStringLiteral("union_member"), member ? 1 : 0},
                                       {QStringLiteral("org_unit"), street.code}},
                                      tr("Demo data"));
            if (!rec)
                return rec.status();
            people.workers.append({rec.value().id, name, post, employerIds.at(employerIndex), employerNames.at(employerIndex)});
            ++summary.workersCreated;
        }
        if (Status st = tx.commit(); !st)
            return st;
    }
    return Status::success();
}

} // namespace ud
