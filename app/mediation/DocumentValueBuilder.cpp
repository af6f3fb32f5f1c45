#include "mediation/DocumentValueBuilder.h"

#include "core/ChineseAmount.h"
#include "core/Money.h"
#include "core/ResidentId.h"
#include "mediation/AgreementClauses.h"
#include "mediation/MediationDocumentData.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ud {

namespace {

// The copies of an agreement (一式三份): worker, employer, the body's file.
constexpr int kAgreementCopies = 3;

// The reasons stand inside a sentence of the template, which adds its own full stop.
QString withoutFullStop(const QString &text)
{
    QString out = text.trimmed();
    while (out.endsWith(QStringLiteral("。")) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QString sexName(const QString &sex)
{
    if (sex == QLatin1String("male"))
        return QStringLiteral("男");
    if (sex == QLatin1String("female"))
        return QStringLiteral("女");
    return sex;
}

} // namespace

QString DocumentValueBuilder::name(const QString &list, const QString &code) const
{
    if (code.isEmpty())
        return QString();
    const QString found = m_context.codeName ? m_context.codeName(list, code) : QString();
    return found.isEmpty() ? code : found;
}

QString DocumentValueBuilder::idNumber(const QString &id) const
{
    const bool full = mayReadFullIdNumbers(m_context.viewerRole);
    return !full && !id.trimmed().isEmpty() ? ResidentId::mask(id) : id.trimmed();
}

QVariantHash DocumentValueBuilder::party(const CaseParty &p, int index, const QDate &asOf) const
{
    const int years = MediationDocumentData::age(p.birthDate, asOf);
    return {
        {QStringLiteral("no"), QString::number(index + 1)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("sex"), sexName(p.sex)},
        {QStringLiteral("age"), years >= 0 ? QString::number(years) : QString()},
        {QStringLiteral("birthDate"), MediationDocumentData::chineseDate(p.birthDate)},
        {QStringLiteral("ethnicity"), name(QStringLiteral("ethnicity"), p.ethnicity)},
        {QStringLiteral("idNumber"), idNumber(p.idNumber)},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("employer"), m_case.employerName},
        {QStringLiteral("post"), p.post},
        {QStringLiteral("relation"), p.relation},
        {QStringLiteral("representative"), p.representative},
    };
}

QVariantList DocumentValueBuilder::parties(const QList<CaseParty> &list, const QDate &asOf) const
{
    QVariantList out;
    for (int i = 0; i < list.size(); ++i)
        out.append(party(list.at(i), i, asOf));
    return out;
}

QVariantList DocumentValueBuilder::agents(const QString &side) const
{
    QList<CaseParty> list;
    for (const CaseParty &p : m_case.agents())
        if (p.side == side)
            list.append(p);
    return parties(list, QDate());
}

QList<CaseParty> DocumentValueBuilder::representatives() const
{
    const QList<CaseParty> applicants = m_case.applicants();
    QList<CaseParty> reps;
    for (const CaseParty &p : applicants)
        if (p.representative)
            reps.append(p);
    return reps.isEmpty() ? applicants : reps;
}

QString DocumentValueBuilder::joinedNames(const QList<CaseParty> &list)
{
    QStringList names;
    for (const CaseParty &p : list)
        if (!p.name.trimmed().isEmpty())
            names.append(p.name.trimmed());
    return names.join(QStringLiteral("、"));
}

QVariantHash DocumentValueBuilder::money(qint64 fen, const QString &prefix) const
{
    return {{prefix, Money::formatYuan(fen)}, {prefix + QStringLiteral("Capital"), ChineseAmount::capital(fen)}};
}

QVariantList DocumentValueBuilder::items(const QList<CaseItem> &list) const
{
    QVariantList out;
    for (int i = 0; i < list.size(); ++i) {
        const CaseItem &item = list.at(i);
        QVariantHash row = money(item.amountFen, QStringLiteral("amount"));
        row.insert(QStringLiteral("no"), QString::number(i + 1));
        row.insert(QStringLiteral("numeral"), ChineseAmount::numeral(i + 1));
        row.insert(QStringLiteral("item"), name(QStringLiteral("claim_item"), item.item));
        row.insert(QStringLiteral("description"), item.description);
        row.insert(QStringLiteral("dueOn"), MediationDocumentData::chineseDate(item.dueOn));
        out.append(row);
    }
    return out;
}

QString DocumentValueBuilder::mediatorNames() const
{
    QStringList names;
    for (const CaseMediator &m : m_case.caseMediators)
        if (const QString n = m.name.trimmed(); !n.isEmpty() && !names.contains(n))
            names.append(n);
    return names.isEmpty() ? m_case.mediators.trimmed() : names.join(QStringLiteral("、"));
}

QString DocumentValueBuilder::result() const
{
    switch (m_case.status) {
    case CaseStatus::Received:
        return QStringLiteral("待受理");
    case CaseStatus::Accepted:
        return QStringLiteral("已受理");
    case CaseStatus::Rejected:
        return QStringLiteral("不予受理");
    case CaseStatus::Withdrawn:
        return m_case.closeReason == QLatin1String("settled_withdrawn") ? QStringLiteral("和解后撤回申请")
                                                                        : QStringLiteral("撤回调解申请");
    case CaseStatus::InMediation:
        return QStringLiteral("调解中");
    case CaseStatus::Agreed:
        return QStringLiteral("调解成功");
    case CaseStatus::Failed:
        return QStringLiteral("调解不成（终止调解）")
            + (m_case.closeReason.isEmpty() ? QString()
                                             : QStringLiteral("：") + name(QStringLiteral("case_close_reason"), m_case.closeReason));
    case CaseStatus::ArbitrationReview:
        return QStringLiteral("调解成功，已申请仲裁审查");
    case CaseStatus::JudicialConfirmation:
        return QStringLiteral("调解成功，已申请司法确认");
    case CaseStatus::Performing:
        return QStringLiteral("调解成功，履行中");
    case CaseStatus::Performed:
        return QStringLiteral("调解成功，履行完毕");
    case CaseStatus::Breached:
        return QStringLiteral("未履行调解协议");
    }
    return QString();
}

bool DocumentValueBuilder::hasPaymentOrderItem() const
{
    for (const CaseItem &item : m_case.agreedItems())
        if (MediationDocumentData::isPaymentOrderItem(item.item))
            return true;
    return false;
}

QVariantHash DocumentValueBuilder::common() const
{
    const MediationCase &c = m_case;
    const QDate asOf = c.receivedOn.isValid() ? c.receivedOn : m_context.today;
    const QList<CaseParty> applicants = c.applicants();
    const QList<CaseParty> reps = c.collective ? representatives() : applicants;

    QStringList disputeTypes;
    if (!c.disputeType.isEmpty())
        disputeTypes.append(name(QStringLiteral("dispute_type"), c.disputeType));
    for (const QString &code : c.otherDisputeTypes)
        if (!code.isEmpty() && code != c.disputeType)
            disputeTypes.append(name(QStringLiteral("dispute_type"), code));

    QVariantHash v{
        {QStringLiteral("bodyName"), m_context.bodyName},
        {QStringLiteral("caseNo"), c.caseNo},
        {QStringLiteral("today"), MediationDocumentData::chineseDate(m_context.today)},
        {QStringLiteral("receivedOn"), MediationDocumentData::chineseDate(c.receivedOn)},
        {QStringLiteral("collective"), c.collective},
        {QStringLiteral("workerCount"), QString::number(c.collective ? c.workerCount : int(applicants.size()))},
        {QStringLiteral("applicants"), parties(applicants, asOf)},
        {QStringLiteral("representatives"), parties(reps, asOf)},
        {QStringLiteral("applicantNames"), joinedNames(applicants)},
        {QStringLiteral("representativeNames"), joinedNames(reps)},
        {QStringLiteral("firstApplicantName"), applicants.isEmpty() ? QString() : applicants.first().name},
        {QStringLiteral("employerName"), c.employerName},
        {QStringLiteral("employerCreditCode"), c.employerCreditCode},
        {QStringLiteral("employerAddress"), c.employerAddress},
        {QStringLiteral("employerLegalRep"), c.employerLegalRep},
        {QStringLiteral("employerPhone"), c.employerPhone},
        {QStringLiteral("workerAgents"), agents(QStringLiteral("worker"))},
        {QStringLiteral("employerAgents"), agents(QStringLiteral("employer"))},
        {QStringLiteral("disputeTypes"), disputeTypes.join(QStringLiteral("、"))},
        {QStringLiteral("facts"), c.facts},
        {QStringLiteral("requests"), c.requests},
        {QStringLiteral("mediators"), c.mediators},
        {QStringLiteral("mediatorNames"), mediatorNames()},
        {QStringLiteral("claims"), items(c.claims())},
        {QStringLiteral("hasClaims"), !c.claims().isEmpty()},
    };
    v.insert(money(c.claimedFen(), QStringLiteral("claimedTotal")));
    return v;
}

QVariantHash DocumentValueBuilder::intake() const
{
    const MediationCase &c = m_case;
    QVariantHash v = common();
    const bool oral = c.source == QLatin1String("oral_application");
    const bool pending = c.status == CaseStatus::Received;
    const bool rejected = c.status == CaseStatus::Rejected || c.status == CaseStatus::Withdrawn;
    // Every source of the code list, the case's one ticked (□书面申请 ■口头申请 …).
    QVariantList sources;
    bool ticked = false;
    const QList<std::pair<QString, QString>> choices =
        m_context.codeItems ? m_context.codeItems(QStringLiteral("case_source")) : QList<std::pair<QString, QString>>();
    for (const auto &[code, label] : choices) {
        const bool mine = code == c.source;
        ticked = ticked || mine;
        sources.append(QVariantHash{{QStringLiteral("ticked"), mine},
                                    {QStringLiteral("sourceName"), label.isEmpty() ? code : label}});
    }
    if (!ticked && !c.source.isEmpty())
        sources.append(QVariantHash{{QStringLiteral("ticked"), true},
                                    {QStringLiteral("sourceName"), name(QStringLiteral("case_source"), c.source)}});
    QString reason = c.decisionReason;
    if (!c.decisionReasonCode.isEmpty() && c.decisionReasonCode != QLatin1String("other"))
        reason = name(QStringLiteral("non_acceptance_reason"), c.decisionReasonCode)
            + (c.decisionReason.trimmed().isEmpty() ? QString() : QStringLiteral("：") + c.decisionReason.trimmed());
    v.insert({
        {QStringLiteral("source"), name(QStringLiteral("case_source"), c.source)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("applicationOral"), oral},
        {QStringLiteral("applicationWritten"), !oral},
        {QStringLiteral("consentYes"), c.respondentConsent.has_value() && *c.respondentConsent},
        {QStringLiteral("consentNo"), c.respondentConsent.has_value() && !*c.respondentConsent},
        {QStringLiteral("consentUnknown"), !c.respondentConsent.has_value()},
        {QStringLiteral("decisionPending"), pending},
        {QStringLiteral("decisionRejected"), c.status == CaseStatus::Rejected},
        {QStringLiteral("decisionWithdrawn"), c.status == CaseStatus::Withdrawn},
        {QStringLiteral("decisionAccepted"), !pending && !rejected},
        {QStringLiteral("decidedOn"), MediationDocumentData::chineseDate(c.decidedOn)},
        {QStringLiteral("decisionReason"), reason},
    });
    return v;
}

namespace {

// Names to sign a session record: attendees, mediators and the recorder, each once.
QVariantList signers(const CaseSession &s)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\n]+"));
    QStringList names;
    for (const QString &field : {s.attendees, s.mediators, s.recorder})
        for (const QString &part : field.split(separators, Qt::SkipEmptyParts))
            if (const QString n = part.trimmed(); !n.isEmpty() && !names.contains(n))
                names.append(n);
    QVariantList out;
    for (const QString &n : names)
        out.append(QVariantHash{{QStringLiteral("signer"), n}});
    return out;
}

} // namespace

Result<QVariantHash> DocumentValueBuilder::sessions() const
{
    QVariantHash v = common();
    QVariantList list;
    for (int i = 0; i < m_case.sessions.size(); ++i) {
        const CaseSession &s = m_case.sessions.at(i);
        if (!m_context.sessionId.isEmpty() && s.id != m_context.sessionId)
            continue;
        const QDateTime started = QDateTime::fromString(s.startedAt, Qt::ISODate);
        list.append(QVariantHash{
            {QStringLiteral("pageBreak"), !list.isEmpty()},
            {QStringLiteral("sessionNumeral"), ChineseAmount::numeral(i + 1)},
            {QStringLiteral("startedAt"), started.isValid()
                 ? MediationDocumentData::chineseDate(started.date()) + QLatin1Char(' ')
                       + started.time().toString(QStringLiteral("H时mm分"))
                 : s.startedAt},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("sessionMediators"), s.mediators},
            {QStringLiteral("recorder"), s.recorder},
            {QStringLiteral("attendees"), s.attendees},
            {QStringLiteral("statements"), s.statements},
            {QStringLiteral("proposals"), s.proposals},
            {QStringLiteral("progress"), s.progress},
            {QStringLiteral("nextStep"), s.nextStep},
            {QStringLiteral("signers"), signers(s)},
        });
    }
    if (list.isEmpty())
        return Result<QVariantHash>::failure(m_context.sessionId.isEmpty()
            ? MediationDocumentData::tr("Case %1 has no mediation sessions to record.").arg(m_case.caseNo)
            : MediationDocumentData::tr("Case %1 has no mediation session with id %2.").arg(m_case.caseNo, m_context.sessionId));
    v.insert(QStringLiteral("sessions"), list);
    return v;
}

QVariantHash DocumentValueBuilder::roster() const
{
    QVariantList rows;
    qint64 total = 0;
    bool anyAmount = false;
    const QList<CaseParty> applicants = m_case.applicants();
    for (int i = 0; i < applicants.size(); ++i) {
        const CaseParty &p = applicants.at(i);
        anyAmount = anyAmount || p.amountFen.has_value();
        total += p.amountFen.value_or(0);
        rows.append(QVariantHash{
            {QStringLiteral("no"), QString::number(i + 1)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("amount"), p.amountFen ? Money::formatYuan(*p.amountFen) : QString()},
            {QStringLiteral("authorised"), p.authorised},
            {QStringLiteral("representative"), p.representative},
        });
    }
    return {{QStringLiteral("roster"), rows},
            {QStringLiteral("hasRoster"), m_case.collective && !rows.isEmpty()},
            {QStringLiteral("rosterCount"), QString::number(rows.size())},
            {QStringLiteral("rosterTotal"), anyAmount ? Money::formatYuan(total) : QString()}};
}

Result<QVariantHash> DocumentValueBuilder::agreement() const
{
    const MediationCase &c = m_case;
    const QList<CaseItem> agreed = c.agreedItems();
    if (agreed.isEmpty() && c.agreementTerms.trimmed().isEmpty())
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has no agreed terms yet: add the agreed items or the terms first.").arg(c.caseNo));
    QVariantHash v = common();
    const QDate asOf = c.agreedOn.isValid() ? c.agreedOn : m_context.today;
    const QList<CaseParty> applicants = c.applicants();
    v.insert(QStringLiteral("applicants"), parties(applicants, asOf));
    v.insert(QStringLiteral("representatives"), parties(c.collective ? representatives() : applicants, asOf));

    // Clauses after the agreed items are numbered on: 一、… for items, then the way of
    // performance, terms, tax, waiver.
    int clause = int(agreed.size());
    const auto nextClause = [&clause](bool present) {
        return present ? ChineseAmount::numeral(++clause) : QString();
    };
    const QString tax = c.taxBorneBy.trimmed();
    const bool taxEmployer = tax == QLatin1String("employer");
    const bool taxWorker = tax == QLatin1String("worker");
    const QString performance = withoutFullStop(c.performanceMethod);
    // The other terms, clause by clause, numbered on whatever numbers the user typed.
    const QStringList terms = AgreementClauses::split(c.agreementTerms);
    const auto termClauses = [&terms, &nextClause]() {
        QVariantList out;
        for (const QString &term : terms)
            out.append(QVariantHash{{QStringLiteral("numeral"), nextClause(true)}, {QStringLiteral("text"), term}});
        return out;
    };
    v.insert({
        {QStringLiteral("agreedItems"), items(agreed)},
        {QStringLiteral("hasAgreedItems"), !agreed.isEmpty()},
        {QStringLiteral("agreedOn"), MediationDocumentData::chineseDate(c.agreedOn)},
        {QStringLiteral("performanceMethod"), performance},
        {QStringLiteral("performanceNumeral"), nextClause(!performance.isEmpty())},
        {QStringLiteral("agreementTerms"), termClauses()},
        {QStringLiteral("taxNumeral"), nextClause(!tax.isEmpty())},
        {QStringLiteral("taxEmployer"), taxEmployer},
        {QStringLiteral("taxWorker"), taxWorker},
        {QStringLiteral("taxOther"), !tax.isEmpty() && !taxEmployer && !taxWorker},
        {QStringLiteral("taxBorneBy"), tax},
        {QStringLiteral("waivedClaims"), c.waivedClaims.trimmed()},
        {QStringLiteral("waivedNumeral"), nextClause(!c.waivedClaims.trimmed().isEmpty())},
        {QStringLiteral("respondentPosition"), c.respondentPosition.trimmed()},
        {QStringLiteral("paymentOrder"), hasPaymentOrderItem()},
    });
    v.insert(money(c.agreedFen(), QStringLiteral("agreedTotal")));
    v.insert(roster());
    QVariantList copies;
    for (int i = 1; i <= kAgreementCopies; ++i)
        copies.append(QVariantHash{
            {QStringLiteral("pageBreak"), i > 1},
            {QStringLiteral("copy1"), i == 1},
            {QStringLiteral("copy2"), i == 2},
            {QStringLiteral("copy3"), i == 3},
        });
    v.insert(QStringLiteral("copies"), copies);
    return v;
}

Result<QVariantHash> DocumentValueBuilder::termination() const
{
    const MediationCase &c = m_case;
    if (c.status != CaseStatus::Failed)
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has not failed: a termination notice is only issued when mediation ends without agreement.").arg(c.caseNo));
    QVariantHash v = common();
    const QString reason = c.closeReason;
    const bool known = reason == QLatin1String("no_agreement") || reason == QLatin1String("refusal")
        || reason == QLatin1String("withdrawal") || reason == QLatin1String("window_expired");
    v.insert({
        {QStringLiteral("closeNoAgreement"), reason == QLatin1String("no_agreement")},
        {QStringLiteral("closeRefusal"), reason == QLatin1String("refusal")},
        {QStringLiteral("closeWithdrawal"), reason == QLatin1String("withdrawal")},
        {QStringLiteral("closeWindowExpired"), reason == QLatin1String("window_expired")},
        {QStringLiteral("closeOther"), !known},
        {QStringLiteral("closeReason"), name(QStringLiteral("case_close_reason"), reason)},
        {QStringLiteral("closedOn"), MediationDocumentData::chineseDate(c.closedOn.isValid() ? c.closedOn : m_context.today)},
        {QStringLiteral("decidedOn"), MediationDocumentData::chineseDate(c.decidedOn)},
        {QStringLiteral("opinion"), c.opinion.trimmed()},
    });
    return v;
}

Result<QVariantHash> DocumentValueBuilder::nonAcceptance() const
{
    const MediationCase &c = m_case;
    if (c.status != CaseStatus::Rejected)
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 was not rejected: a notice of non-acceptance is only issued for a rejected application.").arg(c.caseNo));
    QVariantHash v = common();
    // The coded reason in the list's words, with what the mediator wrote; "other" (or no code,
    // as before schema 10) is the words alone.
    const QString code = c.decisionReasonCode;
    const QString words = withoutFullStop(c.decisionReason);
    QString reason = words;
    if (!code.isEmpty() && code != QLatin1String("other"))
        reason = withoutFullStop(name(QStringLiteral("non_acceptance_reason"), code))
            + (words.isEmpty() ? QString() : QStringLiteral("：") + words);
    if (reason.isEmpty())
        reason = QStringLiteral("不符合受理条件");
    // Not a labour dispute: arbitration is no remedy, so the notice does not point to it.
    const bool notLabourDispute = code == QLatin1String("not_labour_dispute");
    v.insert({
        {QStringLiteral("decidedOn"), MediationDocumentData::chineseDate(c.decidedOn.isValid() ? c.decidedOn : m_context.today)},
        {QStringLiteral("decisionReason"), reason},
        {QStringLiteral("notLabourDispute"), notLabourDispute},
        {QStringLiteral("pointToArbitration"), !notLabourDispute},
    });
    return v;
}

} // namespace ud
