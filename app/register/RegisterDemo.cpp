#include "register/RegisterDemo.h"

#include "core/CreditCode.h"
#include "core/ResidentId.h"
#include "register/NameBank.h"
#include "register/RegisterRepository.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

namespace ud {

namespace {

const char kCodeAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// A unified social credit code in the area `division6`: the two-character prefix (91: an
// enterprise registered with market regulation; 81: a grassroots trade union), a 9-character
// organisation code, the check character.
QString creditCodeWithPrefix(const QString &prefix2, const QString &division6, QRandomGenerator &random)
{
    QString code = prefix2 + division6;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(kCodeAlphabet[random.bounded(31)]));
    return code + CreditCode::checkCharacter(code);
}

// The audit reason of every demo row, whichever workspace wrote it (one entry in the catalogue).
QString demoReason()
{
    return QCoreApplication::translate("DemoGenerator", "Demo data");
}

} // namespace

Status RegisterDemo::fill(int workers, const QList<OrgUnit> &streets, Counts &counts, DemoPeople &people)
{
    RegisterService service(m_store);
    QRandomGenerator &random = m_random;
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
    const int employerCount = workers == 0 ? 0 : qMax(1, workers / 4);
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
                ++counts.employersAlreadyThere;
                continue;
            }
            // Through the register's service, like any other employer: what its rules refuse is not written.
            const auto rec = service.createChecked(service.checkEmployerFields(
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
                                       {QStringLiteral("street"), street.code}}),
                                                   demoReason(), street.code);
            if (!rec.ok())
                return rec.status();
            employerIds << rec.id;
            employerNames << company;
            ++counts.employersCreated;
            if (founded && !org.find(unionCode)) {
                auto unit = m_store.create(QStringLiteral("org_units"),
                                           {{QStringLiteral("code"), unionCode},
                                            {QStringLiteral("name"), company + QStringLiteral("工会委员会")},
                                            {QStringLiteral("short_name"), company},
                                            {QStringLiteral("parent_code"), street.code},
                                            {QStringLiteral("tier"), QStringLiteral("enterprise")},
                                            {QStringLiteral("org_unit"), street.code}},
                                           demoReason());
                if (!unit)
                    return unit.status();
                ++counts.orgUnitsCreated;
            }
        }
        if (Status st = tx.commit(); !st)
            return st;
    }

    // Workers with valid, unique resident ID numbers from the employer's district.
    for (int start = 0; start < workers; start += kBatch) {
        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        for (int i = start; i < qMin(workers, start + kBatch); ++i) {
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
                people.workers.append(DemoPeople::Worker{existing->id, existing->name, existing->post, existing->employerId, existing->employerName});
                ++counts.workersAlreadyThere;
                continue;
            }
            const auto rec = service.createChecked(service.checkWorkerFields(
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
                                       {QStringLiteral("union_member"), member ? 1 : 0}}),
                                                   demoReason(), street.code);
            if (!rec.ok())
                return rec.status();
            people.workers.append(DemoPeople::Worker{rec.id, name, post, employerIds.at(employerIndex), employerNames.at(employerIndex)});
            ++counts.workersCreated;
        }
        if (Status st = tx.commit(); !st)
            return st;
    }
    return Status::success();
}

} // namespace ud
