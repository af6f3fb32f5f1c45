#include "mediation/ReceptionLog.h"

#include "mediation/ReceptionRepository.h"
#include "storage/CodeListRepository.h"
#include "storage/RecordStore.h"

namespace ud {

namespace {

const QString kReceptions = QStringLiteral("mediation_receptions");
const QString kReferrals = QStringLiteral("mediation_referrals");
constexpr int kMaxWorkers = 100000;

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Whether `code` is empty or an item of `list`.
bool knownCode(Database &db, const QString &list, const QString &code)
{
    if (code.isEmpty())
        return true;
    for (const CodeItem &item : CodeListRepository(db).items(list, CodeListRepository::Include::AlsoInactive))
        if (item.code == code)
            return true;
    return false;
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

} // namespace

QString ReceptionLog::problem(const Reception &r, const QDate &today)
{
    if (!r.receivedOn.isValid())
        return tr("Enter the date of the visit or call.");
    if (r.receivedOn > today)
        return tr("The date %1 is in the future.").arg(r.receivedOn.toString(Qt::ISODate));
    if (r.kind.isEmpty())
        return tr("Choose the kind of reception (consultation, phone, documents written…).");
    if (r.workerCount < 1 || r.workerCount > kMaxWorkers)
        return tr("The number of workers must be between 1 and %1.").arg(kMaxWorkers);
    if (r.summary.trimmed().isEmpty())
        return tr("Write down what the visitor asked.");
    return {};
}

Result<QString> ReceptionLog::saveReception(const Reception &r, const QDate &today)
{
    if (const QString p = problem(r, today); !p.isEmpty())
        return Result<QString>::failure(p);
    Database &db = m_store.database();
    if (!knownCode(db, QStringLiteral("reception_kind"), r.kind))
        return Result<QString>::failure(tr("Unknown kind of reception \"%1\".").arg(r.kind));
    if (!knownCode(db, QStringLiteral("reception_outcome"), r.outcome))
        return Result<QString>::failure(tr("Unknown outcome \"%1\".").arg(r.outcome));
    if (!knownCode(db, QStringLiteral("dispute_type"), r.disputeType))
        return Result<QString>::failure(tr("Unknown dispute type \"%1\".").arg(r.disputeType));
    QVariantMap fields = {
        {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("visitor_name"), text(r.visitorName)},
        {QStringLiteral("visitor_phone"), text(r.visitorPhone)},
        {QStringLiteral("worker_id"), textOrNull(r.workerId)},
        {QStringLiteral("employer_id"), textOrNull(r.employerId)},
        {QStringLiteral("employer_name"), r.employerId.isEmpty() ? text(r.employerName) : QStringLiteral("")},
        {QStringLiteral("worker_count"), r.workerCount},
        {QStringLiteral("migrant_workers"), r.migrantWorkers ? 1 : 0},
        {QStringLiteral("dispute_type"), textOrNull(r.disputeType)},
        {QStringLiteral("summary"), text(r.summary)},
        {QStringLiteral("answer"), text(r.answer)},
        {QStringLiteral("outcome"), textOrNull(r.outcome)},
        {QStringLiteral("case_id"), textOrNull(r.caseId)},
        {QStringLiteral("handled_by"), text(r.handledBy)},
    };
    if (r.id.isEmpty()) {
        auto created = m_store.create(kReceptions, fields, tr("Reception logged"));
        if (!created)
            return created.status();
        return created.value().id;
    }
    auto updated = m_store.update(kReceptions, r.id, r.version, fields);
    if (!updated)
        return updated.status();
    return r.id;
}

Status ReceptionLog::removeReception(const QString &receptionId, qint64 baseVersion)
{
    const auto stored = ReceptionRepository(m_store.database()).get(receptionId);
    if (!stored)
        return Status::failure(tr("The reception entry no longer exists."));
    if (stored->referralCount > 0)
        return Status::failure(tr("A referral was made from this reception; the entry stays in the log."));
    return m_store.remove(kReceptions, receptionId, baseVersion, tr("Reception entry removed")).status();
}

Status ReceptionLog::linkCase(const QString &receptionId, qint64 baseVersion, const QString &caseId)
{
    if (caseId.isEmpty())
        return Status::failure(tr("Choose the case the reception became."));
    auto c = m_store.get(QStringLiteral("mediation_cases"), caseId);
    if (!c || c.value().deleted)
        return Status::failure(tr("The case no longer exists."));
    return m_store
        .update(kReceptions, receptionId, baseVersion,
                {{QStringLiteral("case_id"), caseId}, {QStringLiteral("outcome"), QStringLiteral("case_opened")}},
                tr("Reception linked to its case"))
        .status();
}

Result<QString> ReceptionLog::addReferral(const QString &receptionId, const ReceptionReferral &f, const QDate &today)
{
    const auto r = ReceptionRepository(m_store.database()).get(receptionId);
    if (!r)
        return Result<QString>::failure(tr("The reception entry no longer exists."));
    if (f.kind.isEmpty())
        return Result<QString>::failure(tr("Choose where the visitor is referred to."));
    if (!knownCode(m_store.database(), QStringLiteral("referral_kind"), f.kind))
        return Result<QString>::failure(tr("Unknown kind of referral \"%1\".").arg(f.kind));
    if (!f.referredOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the referral."));
    if (f.referredOn > today)
        return Result<QString>::failure(tr("The date %1 is in the future.").arg(f.referredOn.toString(Qt::ISODate)));
    if (f.referredOn < r->receivedOn)
        return Result<QString>::failure(tr("The referral (%1) is before the reception (%2).")
                                            .arg(f.referredOn.toString(Qt::ISODate), r->receivedOn.toString(Qt::ISODate)));
    auto created = m_store.create(kReferrals,
                                  {{QStringLiteral("reception_id"), receptionId},
                                   {QStringLiteral("kind"), f.kind},
                                   {QStringLiteral("reason"), textOrNull(f.reason)},
                                   {QStringLiteral("referred_on"), f.referredOn.toString(Qt::ISODate)},
                                   {QStringLiteral("receiving_body"), text(f.receivingBody)},
                                   {QStringLiteral("detail"), text(f.detail)}},
                                  tr("Referral from a reception"));
    if (!created)
        return created.status();
    return created.value().id;
}

} // namespace ud
