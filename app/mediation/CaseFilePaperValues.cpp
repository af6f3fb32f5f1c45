#include "mediation/CaseFilePaperValues.h"

#include "core/ChineseAmount.h"
#include "core/Money.h"
#include "mediation/MediationDocumentData.h"

#include <QDateTime>

#include <algorithm>

namespace ud {

namespace {

QString date(const QDate &d)
{
    return MediationDocumentData::chineseDate(d);
}

// "2026年3月5日" or "2026年3月5日至2026年3月16日" for the first and last of `dates`.
QString dateSpan(QList<QDate> dates)
{
    dates.removeIf([](const QDate &d) { return !d.isValid(); });
    if (dates.isEmpty())
        return QString();
    std::sort(dates.begin(), dates.end());
    return dates.first() == dates.last() ? date(dates.first())
                                         : date(dates.first()) + QStringLiteral("至") + date(dates.last());
}

// The non-empty parts, separated by "，".
QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept.append(p);
    return kept.join(QStringLiteral("，"));
}

QDate sessionDate(const CaseSession &s)
{
    return QDateTime::fromString(s.startedAt, Qt::ISODate).date();
}

} // namespace

bool CaseFilePaperValues::isAccepted(const MediationCase &c)
{
    return c.status != CaseStatus::Received && c.status != CaseStatus::Rejected && c.status != CaseStatus::Withdrawn;
}

QString CaseFilePaperValues::proposal(const MediationCase &c)
{
    for (qsizetype i = c.sessions.size() - 1; i >= 0; --i)
        if (const QString p = c.sessions.at(i).proposals.trimmed(); !p.isEmpty())
            return p;
    return c.opinion.trimmed();
}

Result<QVariantHash> CaseFilePaperValues::acceptance(bool toApplicant) const
{
    const MediationCase &c = m_builder.mediationCase();
    if (!isAccepted(c))
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has not been accepted: a notice of acceptance is only issued for an accepted case.")
                .arg(c.caseNo));
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("toApplicant"), toApplicant},
        {QStringLiteral("toRespondent"), !toApplicant},
        {QStringLiteral("decidedOn"), date(c.decidedOn.isValid() ? c.decidedOn : m_builder.context().today)},
    });
    return v;
}

Result<QVariantHash> CaseFilePaperValues::rights(bool toApplicant) const
{
    const MediationCase &c = m_builder.mediationCase();
    if (!isAccepted(c))
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has not been accepted: the notice of rights and duties is given to the parties of an accepted case.")
                .arg(c.caseNo));
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("toApplicant"), toApplicant},
        {QStringLiteral("toRespondent"), !toApplicant},
        {QStringLiteral("decidedOn"), date(c.decidedOn.isValid() ? c.decidedOn : m_builder.context().today)},
    });
    return v;
}

Result<QVariantHash> CaseFilePaperValues::extension() const
{
    const MediationCase &c = m_builder.mediationCase();
    if (c.extensionDays <= 0)
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has no extension of the mediation window: record the extension both parties agreed to first.")
                .arg(c.caseNo));
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("extensionDays"), QString::number(c.extensionDays)},
        {QStringLiteral("extensionConsent"), c.extensionConsent.trimmed()},
        {QStringLiteral("decidedOn"), date(c.decidedOn)},
    });
    return v;
}

Result<QVariantHash> CaseFilePaperValues::suggestion() const
{
    const MediationCase &c = m_builder.mediationCase();
    const QString text = proposal(c);
    if (text.isEmpty())
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has no proposal yet: write the mediator's proposals in a session record (or the opinion) first.")
                .arg(c.caseNo));
    // Dated the day of the last session that made a proposal (else the issue date).
    QDate on;
    for (const CaseSession &s : c.sessions)
        if (!s.proposals.trimmed().isEmpty() && sessionDate(s).isValid())
            on = sessionDate(s);
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("proposal"), text},
        {QStringLiteral("proposedOn"), date(on.isValid() ? on : m_builder.context().today)},
    });
    return v;
}

Result<QVariantHash> CaseFilePaperValues::nonPerformance() const
{
    const MediationCase &c = m_builder.mediationCase();
    const QList<CaseItem> agreed = c.agreedItems();
    if (agreed.isEmpty() && c.agreementTerms.trimmed().isEmpty())
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has no agreement: a notice of non-performance needs an agreement that was not performed.")
                .arg(c.caseNo));
    if (!agreed.isEmpty() && c.outstandingFen() <= 0)
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has been paid in full: there is nothing to give notice of.").arg(c.caseNo));
    // The notice as recorded among the steps after the breach (the latest), if it is.
    const CaseBreachStep *step = nullptr;
    for (const CaseBreachStep &s : c.breachSteps)
        if (s.kind == QLatin1String("nonperformance_notice") && (!step || s.doneOn >= step->doneOn))
            step = &s;
    const QDate noticeOn = step && step->doneOn.isValid() ? step->doneOn : m_builder.context().today;
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("agreedItems"), m_builder.items(agreed)},
        {QStringLiteral("agreementTerms"), agreed.isEmpty() ? c.agreementTerms.trimmed() : QString()},
        {QStringLiteral("agreedOn"), date(c.agreedOn)},
        {QStringLiteral("agreedTotal"), Money::formatYuan(c.agreedFen())},
        {QStringLiteral("paidTotal"), Money::formatYuan(c.paidFen())},
        {QStringLiteral("noticeOn"), date(noticeOn)},
        {QStringLiteral("performBy"), step ? date(step->nextDueOn) : QString()},
        {QStringLiteral("detail"), step ? step->detail.trimmed() : QString()},
        {QStringLiteral("paymentOrder"), m_builder.hasPaymentOrderItem()},
    });
    v.insert(m_builder.money(std::max<qint64>(0, c.outstandingFen()), QStringLiteral("outstanding")));
    return v;
}

Result<QVariantHash> CaseFilePaperValues::followUp() const
{
    const MediationCase &c = m_builder.mediationCase();
    if (c.followUps.isEmpty())
        return Result<QVariantHash>::failure(
            MediationDocumentData::tr("Case %1 has no follow-up recorded yet.").arg(c.caseNo));
    QList<CaseFollowUp> visits = c.followUps;
    std::stable_sort(visits.begin(), visits.end(),
                     [](const CaseFollowUp &a, const CaseFollowUp &b) { return a.doneOn < b.doneOn; });
    QVariantList list;
    for (int i = 0; i < visits.size(); ++i) {
        const CaseFollowUp &f = visits.at(i);
        list.append(QVariantHash{
            {QStringLiteral("numeral"), ChineseAmount::numeral(i + 1)},
            {QStringLiteral("doneOn"), date(f.doneOn)},
            {QStringLiteral("method"), m_builder.name(QStringLiteral("follow_up_method"), f.method)},
            {QStringLiteral("contact"), f.contact},
            {QStringLiteral("byName"), f.byName},
            {QStringLiteral("content"), f.content},
            {QStringLiteral("satisfiedYes"), f.satisfied.has_value() && *f.satisfied},
            {QStringLiteral("satisfiedNo"), f.satisfied.has_value() && !*f.satisfied},
        });
    }
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("followUps"), list},
        {QStringLiteral("result"), m_builder.result()},
        {QStringLiteral("closedOn"), date(c.closedOn)},
        {QStringLiteral("hasAgreement"), c.agreedFen() > 0},
        {QStringLiteral("agreedTotal"), Money::formatYuan(c.agreedFen())},
        {QStringLiteral("paidTotal"), Money::formatYuan(c.paidFen())},
    });
    return v;
}

QVariantList CaseFilePaperValues::index() const
{
    const MediationCase &c = m_builder.mediationCase();
    QVariantList rows;
    const auto add = [&rows](const QString &title, const QString &on, const QString &note = QString()) {
        rows.append(QVariantHash{{QStringLiteral("no"), QString::number(rows.size() + 1)},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("date"), on},
                                 {QStringLiteral("note"), note}});
    };
    const auto count = [](qsizetype n, const QString &unit) { return QStringLiteral("共%1%2").arg(n).arg(unit); };

    add(QStringLiteral("劳动争议调解申请书（受理登记表）"), date(c.receivedOn));
    if (c.status == CaseStatus::Rejected)
        add(QStringLiteral("不予受理通知书"), date(c.decidedOn));
    if (isAccepted(c)) {
        add(QStringLiteral("受理通知书"), date(c.decidedOn), QStringLiteral("申请人、被申请人各一份"));
        add(QStringLiteral("权利义务告知书"), date(c.decidedOn), QStringLiteral("申请人、被申请人各一份"));
    }
    const QList<CaseParty> applicants = c.applicants();
    if (!applicants.isEmpty())
        add(QStringLiteral("当事人身份证明"), QString(), count(applicants.size() + 1, QStringLiteral("份")));
    if (const QList<CaseParty> agents = c.agents(); !agents.isEmpty())
        add(QStringLiteral("授权委托书"), QString(), count(agents.size(), QStringLiteral("份")));
    if (c.collective)
        add(QStringLiteral("职工代表推举书及职工授权名册"), QString(), count(applicants.size(), QStringLiteral("人")));
    if (!c.attachments.isEmpty())
        add(QStringLiteral("证据材料"), QString(), count(c.attachments.size(), QStringLiteral("份")));
    if (c.extensionDays > 0)
        add(QStringLiteral("延期调解确认书"), QString(), QStringLiteral("延长%1日").arg(c.extensionDays));
    if (!c.sessions.isEmpty()) {
        QList<QDate> days;
        for (const CaseSession &s : c.sessions)
            days.append(sessionDate(s));
        add(QStringLiteral("调解笔录"), dateSpan(days), count(c.sessions.size(), QStringLiteral("次")));
    }
    if (!proposal(c).isEmpty())
        add(QStringLiteral("调解建议书"), QString());
    if (c.agreedOn.isValid() || !c.agreedItems().isEmpty() || !c.agreementTerms.trimmed().isEmpty())
        add(QStringLiteral("调解协议书"), date(c.agreedOn), QStringLiteral("一式三份"));
    for (const CaseSupplement &s : c.supplements)
        add(QStringLiteral("补充协议"), date(s.signedOn));
    if (c.status == CaseStatus::Failed)
        add(QStringLiteral("终止调解通知书"), date(c.closedOn));
    for (const CaseService &s : c.services)
        add(QStringLiteral("送达回证（%1）").arg(m_builder.name(QStringLiteral("mediation_document"), s.document)), date(s.servedOn),
            joined({m_builder.name(QStringLiteral("service_method"), s.method), s.recipient.trimmed()}));
    if (!c.payments.isEmpty()) {
        QList<QDate> days;
        for (const CasePayment &p : c.payments)
            days.append(p.paidOn);
        add(QStringLiteral("履行凭证"), dateSpan(days),
            count(c.payments.size(), QStringLiteral("笔")) + QStringLiteral("，") + Money::formatYuan(c.paidFen())
                + QStringLiteral("元"));
    }
    for (const CaseBreachStep &s : c.breachSteps) {
        const QString title = s.kind == QLatin1String("urge") ? QStringLiteral("督促履行记录")
            : s.kind == QLatin1String("nonperformance_notice") ? QStringLiteral("不履行调解协议通知书")
            : s.kind == QLatin1String("payment_order")         ? QStringLiteral("支付令申请材料")
                                                               : s.kind;
        add(title, date(s.doneOn), s.body.trimmed());
    }
    for (const CaseReferral &r : c.referrals)
        add(QStringLiteral("转办（引导）记录：%1").arg(m_builder.name(QStringLiteral("referral_kind"), r.kind)), date(r.referredOn),
            r.receivingBody.trimmed());
    for (const CaseFollowUp &f : c.followUps)
        add(QStringLiteral("回访记录"), date(f.doneOn), m_builder.name(QStringLiteral("follow_up_method"), f.method));
    if (!c.reviewKind.isEmpty()) {
        const bool arbitration = c.reviewKind == QLatin1String("arbitration_review");
        add(arbitration ? QStringLiteral("仲裁审查申请及仲裁调解书（决定书）") : QStringLiteral("司法确认申请及裁定书"),
            date(c.reviewDecidedOn.isValid() ? c.reviewDecidedOn : c.reviewAppliedOn), c.reviewDocumentNo.trimmed());
    }
    add(QStringLiteral("备考表"), QString());
    return rows;
}

QVariantHash CaseFilePaperValues::cover() const
{
    const MediationCase &c = m_builder.mediationCase();
    QVariantHash v = m_builder.common();
    v.insert({
        {QStringLiteral("acceptedOn"), isAccepted(c) ? date(c.decidedOn) : QString()},
        {QStringLiteral("closedOn"), date(c.closedOn)},
        {QStringLiteral("result"), m_builder.result()},
        {QStringLiteral("hasAgreement"), c.agreedFen() > 0},
        {QStringLiteral("agreedTotal"), Money::formatYuan(c.agreedFen())},
        {QStringLiteral("index"), index()},
    });
    return v;
}

} // namespace ud
