#include "mediation/MediatorDemo.h"

#include "register/NameBank.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ud {

namespace {

struct CaseRow
{
    QString id;
    qint64 version = 0;
    QDate receivedOn;
    QString employerId;
    QString disputeType;
    int workerCount = 1;
    bool migrant = false;
    QString mediators;
    QString applicantId;
    QString applicantName;
};

struct RegisterMediator
{
    QString id;
    QString name;
    QString employerId;
    QDate appointedOn;
    QDate appointedUntil;
};

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// What visitors ask about, by dispute type, and what a station answers.
QString question(const QString &disputeType, int variant)
{
    static const QHash<QString, QStringList> questions = {
        {QStringLiteral("remuneration"),
         {QStringLiteral("单位拖欠两个月工资，老板说资金紧张，怎么办？"), QStringLiteral("加班费一直没给，能要回来吗？"),
          QStringLiteral("包工头跑了，工地的工钱找谁要？")}},
        {QStringLiteral("separation"),
         {QStringLiteral("单位口头通知辞退，没有任何补偿，合法吗？"), QStringLiteral("主动辞职能不能拿经济补偿？"),
          QStringLiteral("合同到期单位不续签，有补偿吗？")}},
        {QStringLiteral("contract"),
         {QStringLiteral("干了半年单位一直不签劳动合同。"), QStringLiteral("单位要调岗降薪，不同意会被辞退吗？")}},
        {QStringLiteral("conditions"),
         {QStringLiteral("每天工作十二个小时，周末也不休息。"), QStringLiteral("年休假单位不批，也不给补偿。")}},
        {QStringLiteral("relationship"), {QStringLiteral("在平台送外卖受伤，算不算和站点有劳动关系？")}},
        {QStringLiteral("other"), {QStringLiteral("单位没给缴社保，能补缴吗？"), QStringLiteral("工伤认定找哪个部门？")}},
    };
    const QStringList list = questions.value(disputeType, questions.value(QStringLiteral("other")));
    return list.at(variant % list.size());
}

QString answerFor(const QString &outcome)
{
    if (outcome == QLatin1String("case_opened"))
        return QStringLiteral("告知可申请劳动争议调解，当场登记调解申请，请携带劳动合同、工资流水等证据。");
    if (outcome == QLatin1String("referred"))
        return QStringLiteral("属劳动保障监察或法律援助事项，已告知受理部门地址和电话。");
    if (outcome == QLatin1String("document_written"))
        return QStringLiteral("代写调解申请书一份，交申请人核对签字。");
    return QStringLiteral("解答相关法律规定，建议先与单位协商，协商不成可申请调解或仲裁。");
}

} // namespace

MediatorDemo::MediatorDemo(Database &db, RecordStore &store, NameBank &names, const QDate &today)
    : m_db(db), m_store(store), m_names(names), m_today(today)
{
}

Result<MediatorDemo::Counts> MediatorDemo::fill(const QStringList &caseNames, const DemoPeople &people)
{
    Counts counts;
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Counts>::failure(tx.error());
    if (Status s = addMediators(caseNames, people, counts); !s)
        return Result<Counts>::failure(s.error());
    if (Status s = linkCases(counts); !s)
        return Result<Counts>::failure(s.error());
    if (Status s = addReceptions(people, counts); !s)
        return Result<Counts>::failure(s.error());
    if (Status s = tx.commit(); !s)
        return Result<Counts>::failure(s.error());
    return counts;
}

Status MediatorDemo::addMediators(const QStringList &caseNames, const DemoPeople &people, Counts &counts)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM mediation_mediators WHERE deleted = 0")) && q.next() && q.value(0).toInt() > 0)
        return Status::success(); // made by an earlier run
    QStringList names = caseNames;
    while (names.size() < 5) {
        const QString name = m_names.personName();
        if (!names.contains(name))
            names << name;
    }
    static const char *const qualifications[] = {"union_staff", "lawyer", "legal_worker", "hr_professional", "volunteer"};
    static const char *const notes[] = {"工会调解员培训合格证", "律师执业证", "基层法律服务工作者执业证", "企业人力资源管理师二级", ""};
    static const char *const topics[] = {"劳动争议调解员岗位培训", "劳动合同法实务", "集体协商与集体合同", "调解技巧与文书制作",
                                         "工资支付与农民工欠薪处置"};
    const QString body = QStringLiteral("劳动争议调解委员会");
    for (int i = 0; i < names.size() && i < 5; ++i) {
        const QDate appointed = m_today.addYears(-3).addDays(-m_names.pick(60));
        // The last one's appointment has ended: she stays on the register and on no new case.
        const QDate until = i == 4 ? m_today.addDays(-30 - m_names.pick(60)) : appointed.addYears(5);
        QString employerId;
        if (i == 3 && !people.workers.isEmpty())
            employerId = people.workers.last().employerId; // an HR manager of an employer on the register (回避)
        auto made = m_store.create(QStringLiteral("mediation_mediators"),
                                   {{QStringLiteral("name"), names.at(i)},
                                    {QStringLiteral("sex"), m_names.pick(2) == 0 ? QStringLiteral("female") : QStringLiteral("male")},
                                    {QStringLiteral("phone"), QStringLiteral("13%1").arg(100000000 + m_names.pick(899999999))},
                                    {QStringLiteral("employer_id"), employerId.isEmpty() ? QVariant() : QVariant(employerId)},
                                    {QStringLiteral("workplace"), i == 0 ? QStringLiteral("街道总工会") : QStringLiteral("")},
                                    {QStringLiteral("qualification"), QString::fromLatin1(qualifications[i])},
                                    {QStringLiteral("qualification_note"), QString::fromUtf8(notes[i])},
                                    {QStringLiteral("appointed_on"), dateValue(appointed)},
                                    {QStringLiteral("appointed_until"), dateValue(until)},
                                    {QStringLiteral("appointed_by"), body},
                                    {QStringLiteral("active"), 1},
                                    {QStringLiteral("notes"), QStringLiteral("")}});
        if (!made)
            return made.status();
        ++counts.mediators;
        const int trainings = 1 + m_names.pick(3);
        for (int t = 0; t < trainings; ++t) {
            const QDate on = appointed.addDays(30 + m_names.pick(std::max(1, int(appointed.daysTo(m_today)) - 30)));
            auto trained = m_store.create(QStringLiteral("mediation_mediator_trainings"),
                                          {{QStringLiteral("mediator_id"), made.value().id},
                                           {QStringLiteral("trained_on"), dateValue(std::min(on, m_today))},
                                           {QStringLiteral("topic"), QString::fromUtf8(topics[(i + t) % 5])},
                                           {QStringLiteral("hours"), 4 * (1 + m_names.pick(6))},
                                           {QStringLiteral("organiser"), t == 0 ? QStringLiteral("区总工会") : QStringLiteral("市总工会")}});
            if (!trained)
                return trained.status();
        }
    }
    return Status::success();
}

Status MediatorDemo::linkCases(Counts &counts)
{
    QList<RegisterMediator> mediators;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, name, coalesce(employer_id, ''), appointed_on, appointed_until "
                                   "FROM mediation_mediators WHERE deleted = 0 AND active = 1 ORDER BY created_at, id")))
            return Status::failure(q.lastError().text());
        while (q.next())
            mediators << RegisterMediator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                          QDate::fromString(q.value(4).toString(), Qt::ISODate)};
    }
    if (mediators.isEmpty())
        return Status::success();
    QList<CaseRow> cases;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT c.id, c.version, c.received_on, c.employer_id, c.mediators FROM mediation_cases c "
                                   "WHERE c.deleted = 0 AND NOT EXISTS (SELECT 1 FROM mediation_case_mediators l "
                                   "WHERE l.case_id = c.id) ORDER BY c.case_no")))
            return Status::failure(q.lastError().text());
        while (q.next()) {
            CaseRow c;
            c.id = q.value(0).toString();
            c.version = q.value(1).toLongLong();
            c.receivedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            c.employerId = q.value(3).toString();
            c.mediators = q.value(4).toString();
            cases << c;
        }
    }
    for (const CaseRow &c : std::as_const(cases)) {
        QStringList names;
        for (const QString &typed : c.mediators.split(QStringLiteral("、"), Qt::SkipEmptyParts))
            for (const RegisterMediator &m : std::as_const(mediators))
                if (m.name == typed.trimmed() && !names.contains(m.name))
                    names << m.name;
        // About one case in four has a third mediator of the register, appointed on the day
        // and not working for the employer.
        if (m_names.pick(4) == 0) {
            const RegisterMediator &extra = mediators.at(m_names.pick(int(mediators.size())));
            const bool appointed = (!extra.appointedOn.isValid() || extra.appointedOn <= c.receivedOn)
                                   && (!extra.appointedUntil.isValid() || c.receivedOn <= extra.appointedUntil);
            if (appointed && extra.employerId != c.employerId && !names.contains(extra.name))
                names << extra.name;
        }
        int order = 0;
        for (const QString &name : std::as_const(names)) {
            const auto it = std::find_if(mediators.cbegin(), mediators.cend(),
                                         [&name](const RegisterMediator &m) { return m.name == name; });
            auto link = m_store.create(QStringLiteral("mediation_case_mediators"),
                                       {{QStringLiteral("case_id"), c.id},
                                        {QStringLiteral("mediator_id"), it->id},
                                        {QStringLiteral("role"), order == 0 ? QStringLiteral("lead") : QStringLiteral("assistant")},
                                        {QStringLiteral("conflict_note"), QStringLiteral("")},
                                        {QStringLiteral("sort_order"), order}});
            if (!link)
                return link.status();
            ++order;
            ++counts.links;
        }
        const QString joined = names.join(QStringLiteral("、"));
        if (!names.isEmpty() && joined != c.mediators) { // the case shows the register's names
            auto updated = m_store.update(QStringLiteral("mediation_cases"), c.id, c.version,
                                          {{QStringLiteral("mediators"), joined}});
            if (!updated)
                return updated.status();
        }
    }
    return Status::success();
}

Status MediatorDemo::addReceptions(const DemoPeople &people, Counts &counts)
{
    QList<CaseRow> cases;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral(
                "SELECT c.id, c.received_on, c.employer_id, coalesce(c.dispute_type, 'other'), c.worker_count, "
                "c.migrant_workers, c.mediators, coalesce(p.worker_id, ''), coalesce(w.name, '') FROM mediation_cases c "
                "LEFT JOIN mediation_parties p ON p.id = (SELECT id FROM mediation_parties x WHERE x.case_id = c.id "
                "AND x.role = 'applicant' AND x.deleted = 0 ORDER BY x.sort_order, x.id LIMIT 1) "
                "LEFT JOIN workers w ON w.id = p.worker_id "
                "WHERE c.deleted = 0 AND NOT EXISTS (SELECT 1 FROM mediation_receptions r WHERE r.case_id = c.id) "
                "ORDER BY c.case_no")))
            return Status::failure(q.lastError().text());
        while (q.next()) {
            CaseRow c;
            c.id = q.value(0).toString();
            c.receivedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            c.employerId = q.value(2).toString();
            c.disputeType = q.value(3).toString();
            c.workerCount = std::max(1, q.value(4).toInt());
            c.migrant = q.value(5).toInt() != 0;
            c.mediators = q.value(6).toString();
            c.applicantId = q.value(7).toString();
            c.applicantName = q.value(8).toString();
            cases << c;
        }
    }
    static const char *const disputeTypes[] = {"remuneration", "remuneration", "remuneration", "separation", "separation",
                                               "contract", "conditions", "other"};
    for (const CaseRow &c : std::as_const(cases)) {
        const QString handler = c.mediators.section(QStringLiteral("、"), 0, 0);
        // The visit the case came from: the application was taken (or written for the worker).
        const bool drafted = m_names.pick(10) < 3;
        const QDate visited = c.receivedOn.addDays(-m_names.pick(4));
        auto opened = m_store.create(
            QStringLiteral("mediation_receptions"),
            {{QStringLiteral("received_on"), dateValue(visited)},
             {QStringLiteral("kind"), drafted ? QStringLiteral("document_drafting") : QStringLiteral("consultation")},
             {QStringLiteral("visitor_name"), QStringLiteral("")},
             {QStringLiteral("visitor_phone"), QStringLiteral("")},
             {QStringLiteral("worker_id"), c.applicantId.isEmpty() ? QVariant() : QVariant(c.applicantId)},
             {QStringLiteral("employer_id"), c.employerId.isEmpty() ? QVariant() : QVariant(c.employerId)},
             {QStringLiteral("employer_name"), QStringLiteral("")},
             {QStringLiteral("worker_count"), c.workerCount},
             {QStringLiteral("migrant_workers"), c.migrant ? 1 : 0},
             {QStringLiteral("dispute_type"), c.disputeType},
             {QStringLiteral("summary"), question(c.disputeType, m_names.pick(3))},
             {QStringLiteral("answer"), answerFor(QStringLiteral("case_opened"))},
             {QStringLiteral("outcome"), QStringLiteral("case_opened")},
             {QStringLiteral("case_id"), c.id},
             {QStringLiteral("handled_by"), handler}});
        if (!opened)
            return opened.status();
        ++counts.receptions;
        // One or two consultations that did not become a case, somewhere in the 18 months.
        const int others = 1 + m_names.pick(2);
        for (int k = 0; k < others; ++k) {
            const QDate on = m_today.addDays(-m_names.pick(540));
            const int kindDraw = m_names.pick(100);
            const QString kind = kindDraw < 50   ? QStringLiteral("consultation")
                                 : kindDraw < 80 ? QStringLiteral("phone")
                                 : kindDraw < 92 ? QStringLiteral("document_drafting")
                                                 : QStringLiteral("complaint");
            const int outcomeDraw = m_names.pick(100);
            QString outcome = kind == QLatin1String("document_drafting") ? QStringLiteral("document_written")
                              : outcomeDraw < 75                          ? QStringLiteral("answered")
                                                                          : QStringLiteral("referred");
            const QString dispute = QString::fromLatin1(disputeTypes[m_names.pick(8)]);
            const bool registerEmployer = !people.workers.isEmpty() && m_names.pick(2) == 0;
            const QString employerId = registerEmployer ? people.workers.at(m_names.pick(int(people.workers.size()))).employerId
                                                        : QString();
            const QString employerName = registerEmployer ? QStringLiteral("") : m_names.companyName(QStringLiteral("北京"));
            const int workers = m_names.pick(10) == 0 ? 2 + m_names.pick(7) : 1;
            auto made = m_store.create(
                QStringLiteral("mediation_receptions"),
                {{QStringLiteral("received_on"), dateValue(on)},
                 {QStringLiteral("kind"), kind},
                 {QStringLiteral("visitor_name"), m_names.personName()},
                 {QStringLiteral("visitor_phone"), kind == QLatin1String("phone")
                                                       ? QStringLiteral("13%1").arg(100000000 + m_names.pick(899999999))
                                                       : QStringLiteral("")},
                 {QStringLiteral("employer_id"), employerId.isEmpty() ? QVariant() : QVariant(employerId)},
                 {QStringLiteral("employer_name"), employerName},
                 {QStringLiteral("worker_count"), workers},
                 {QStringLiteral("migrant_workers"), m_names.pick(5) == 0 ? 1 : 0},
                 {QStringLiteral("dispute_type"), dispute},
                 {QStringLiteral("summary"), question(dispute, m_names.pick(3))},
                 {QStringLiteral("answer"), answerFor(outcome)},
                 {QStringLiteral("outcome"), outcome},
                 {QStringLiteral("handled_by"), handler}});
            if (!made)
                return made.status();
            ++counts.receptions;
            if (outcome == QLatin1String("referred")) {
                const bool inspection = dispute == QLatin1String("remuneration") || dispute == QLatin1String("other");
                auto referred = m_store.create(
                    QStringLiteral("mediation_referrals"),
                    {{QStringLiteral("reception_id"), made.value().id},
                     {QStringLiteral("kind"), inspection ? QStringLiteral("labour_inspection") : QStringLiteral("legal_aid")},
                     {QStringLiteral("reason"), inspection ? QStringLiteral("wage_arrears") : QStringLiteral("needs_legal_aid")},
                     {QStringLiteral("referred_on"), dateValue(on)},
                     {QStringLiteral("receiving_body"), inspection ? QStringLiteral("区劳动保障监察大队") : QStringLiteral("区法律援助中心")},
                     {QStringLiteral("detail"), QStringLiteral("")},
                     {QStringLiteral("outcome"), QStringLiteral("")}});
                if (!referred)
                    return referred.status();
                ++counts.referrals;
            }
        }
    }
    return Status::success();
}

} // namespace ud
