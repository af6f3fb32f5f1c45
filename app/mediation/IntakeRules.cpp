#include "mediation/IntakeRules.h"

#include "mediation/MediationStateMachine.h"

#include "core/Money.h"
#include "core/IdDocument.h"
#include "storage/Database.h"
#include "register/RegisterValidator.h"

#include <QSet>
#include <QSqlQuery>

namespace ud {

QList<FieldError> IntakeRules::check(const MediationCase &c, const QDate &today) const
{
    QList<FieldError> errors;
    const auto add = [&errors](const QString &field, const QString &message) { errors.append({field, message}); };

    if (!c.receivedOn.isValid())
        add(QStringLiteral("receivedOn"), tr("Enter the date the application was received; the 15-day window starts on it."));
    else if (c.receivedOn > today)
        add(QStringLiteral("receivedOn"), tr("The date received (%1) is in the future.").arg(c.receivedOn.toString(Qt::ISODate)));
    else if (c.receivedOn < today.addYears(-5))
        add(QStringLiteral("receivedOn"), tr("The date received (%1) is more than five years ago; check the year.")
                                              .arg(c.receivedOn.toString(Qt::ISODate)));
    if (const QString caseNo = c.caseNo.trimmed(); !caseNo.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT received_on FROM mediation_cases WHERE case_no = ? AND id IS NOT ?"));
        q.addBindValue(caseNo);
        q.addBindValue(c.id); // a stored case checked again owns its number
        if (q.exec() && q.next())
            add(QStringLiteral("caseNo"), tr("The case number %1 is already used by the case received on %2.")
                                              .arg(caseNo, q.value(0).toString()));
        else if (caseNo.size() > 100)
            add(QStringLiteral("caseNo"), tr("A case number has at most 100 characters."));
    }
    if (c.source.isEmpty())
        add(QStringLiteral("source"), tr("Choose how the dispute came in (written or oral application, referral, hotline...)."));
    if (c.employerId.isEmpty())
        add(QStringLiteral("employer"), tr("Choose the employer (the respondent) from the register."));
    if (c.disputeType.isEmpty())
        add(QStringLiteral("disputeType"), tr("Choose the dispute type."));
    if (c.facts.trimmed().isEmpty())
        add(QStringLiteral("facts"), tr("Describe the facts and reasons of the dispute."));
    // Lengths: one table for the register and the cases (RegisterValidator::maxLength).
    const auto tooLong = [](const QString &text, const char *limit) {
        const int max = RegisterValidator::maxLength(QStringLiteral("case"), QLatin1String(limit));
        return text.size() > max ? max : 0;
    };
    const auto lengthMessage = [](const QString &what, int max, qsizetype length) {
        return tr("%1 is too long: at most %n character(s), this has %2.", nullptr, max).arg(what).arg(length);
    };
    if (const int max = tooLong(c.facts, "facts"))
        add(QStringLiteral("facts"), lengthMessage(tr("The facts and reasons"), max, c.facts.size()));
    if (const int max = tooLong(c.requests, "requests"))
        add(QStringLiteral("requests"), lengthMessage(tr("The requests"), max, c.requests.size()));
    if (const int max = tooLong(c.notes, "notes"))
        add(QStringLiteral("notes"), lengthMessage(tr("The notes"), max, c.notes.size()));

    const QList<CaseParty> applicants = c.applicants();
    if (applicants.isEmpty())
        add(QStringLiteral("applicants"), tr("Add at least one applicant from the register."));
    QSet<QString> seen;
    for (const CaseParty &p : applicants) {
        if (p.workerId.isEmpty())
            add(QStringLiteral("applicants"), tr("Applicant \"%1\" is not in the register; add the worker first.").arg(p.name));
        else if (seen.contains(p.workerId))
            add(QStringLiteral("applicants"), tr("\"%1\" is listed twice as an applicant.").arg(p.name));
        seen.insert(p.workerId);
        if (!p.idNumber.isEmpty()) {
            // By the rule of the applicant's own document (a passport is no resident ID).
            const IdType type = IdDocument::parse(p.idType).value_or(IdType::Resident);
            const IdDocument::Check id = IdDocument::check(type, p.idNumber, today);
            if (!id.ok())
                add(QStringLiteral("applicants"),
                    tr("The ID number of applicant \"%1\" is not valid: %2").arg(p.name, id.error));
        }
    }
    for (const CaseParty &p : c.agents()) {
        if (p.name.trimmed().isEmpty())
            add(QStringLiteral("agents"), tr("Every agent needs a name."));
        if (const int max = tooLong(p.name, "agent_name"))
            add(QStringLiteral("agents"), lengthMessage(tr("An agent's name"), max, p.name.size()));
        if (const int max = tooLong(p.phone, "agent_phone"))
            add(QStringLiteral("agents"), lengthMessage(tr("An agent's phone number"), max, p.phone.size()));
        if (const int max = tooLong(p.relation, "agent_relation"))
            add(QStringLiteral("agents"), lengthMessage(tr("An agent's relation to the party"), max, p.relation.size()));
    }

    const qint64 threshold = m_policy(QStringLiteral("mediation.collective_threshold"), 10);
    const int workers = std::max<int>(c.workerCount, int(applicants.size()));
    if (c.collective) {
        if (workers < threshold)
            add(QStringLiteral("workerCount"),
                tr("A collective dispute involves at least %1 workers with a common claim; this one has %2.")
                    .arg(threshold)
                    .arg(workers));
    } else if (applicants.size() >= threshold) {
        add(QStringLiteral("collective"),
            tr("%1 workers with a common claim make a collective dispute; mark the case as collective and mark "
               "its elected representatives.")
                .arg(applicants.size()));
    }
    if (c.workerCount < 0 || c.workerCount > 100000)
        add(QStringLiteral("workerCount"), tr("The number of workers involved must be between 0 and 100,000."));

    const QList<CaseItem> claims = c.claims();
    for (int i = 0; i < claims.size(); ++i) {
        const CaseItem &it = claims.at(i);
        const QString field = QStringLiteral("claims/%1").arg(i);
        if (it.item.isEmpty())
            add(field, tr("Claim %1: choose what is claimed.").arg(i + 1));
        if (const int max = tooLong(it.description, "claim_description"))
            add(field, lengthMessage(tr("The description of claim %1").arg(i + 1), max, it.description.size()));
        if (it.amountFen < 0)
            add(field, tr("Claim %1: an amount cannot be negative.").arg(i + 1));
        else if (it.amountFen > Money::kMaxFen)
            add(field, tr("Claim %1: %2 yuan is more than any single claim can be.").arg(i + 1).arg(Money::formatYuan(it.amountFen)));
    }
    return errors;
}

QList<FieldError> IntakeRules::warnings(const MediationCase &c) const
{
    QList<FieldError> out;
    if (c.collective) {
        const qint64 repsMin = m_policy(QStringLiteral("mediation.representatives_min"), 3);
        const qint64 repsMax = m_policy(QStringLiteral("mediation.representatives_max"), 5);
        int reps = 0;
        for (const CaseParty &p : c.applicants())
            reps += p.representative ? 1 : 0;
        if (reps < repsMin || reps > repsMax)
            out.append({QStringLiteral("applicants"),
                        tr("A collective dispute may elect %1 to %2 representatives among the applicants; %3 are "
                           "marked. Check that this is what the workers chose.")
                            .arg(repsMin)
                            .arg(repsMax)
                            .arg(reps),
                        true});
    }
    for (const QString &w : MediationStateMachine::underAgeWarnings(c, c.receivedOn))
        out.append({QStringLiteral("applicants"), w, true});
    return out;
}

} // namespace ud
