#include "ui/mediation/MediationTerms.h"

#include "core/DisplayFormat.h"
#include "mediation/MediationStateMachine.h"
#include "register/RegisterRepository.h"
#include "ui/common/CodeListCache.h"

#include <QDate>
#include <QVariant>

namespace ud {

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// Columns of mediation_cases, as the intake form, the case dialog and the case list name them.
constexpr Label kCaseFields[] = {
    {"case_no", QT_TRANSLATE_NOOP("MediationTerms", "Case number")},
    {"case_year", QT_TRANSLATE_NOOP("MediationTerms", "Year of the case number")},
    {"case_seq", QT_TRANSLATE_NOOP("MediationTerms", "Serial number of the case")},
    {"status", QT_TRANSLATE_NOOP("MediationTerms", "Status")},
    {"received_on", QT_TRANSLATE_NOOP("MediationTerms", "Received on")},
    {"source", QT_TRANSLATE_NOOP("MediationTerms", "Source")},
    {"collective", QT_TRANSLATE_NOOP("MediationTerms", "Collective dispute")},
    {"worker_count", QT_TRANSLATE_NOOP("MediationTerms", "Workers involved")},
    {"employer_id", QT_TRANSLATE_NOOP("MediationTerms", "Employer")},
    {"dispute_type", QT_TRANSLATE_NOOP("MediationTerms", "Dispute type")},
    {"other_dispute_types", QT_TRANSLATE_NOOP("MediationTerms", "Further dispute types")},
    {"facts", QT_TRANSLATE_NOOP("MediationTerms", "Facts and reasons")},
    {"requests", QT_TRANSLATE_NOOP("MediationTerms", "Requests")},
    {"mediators", QT_TRANSLATE_NOOP("MediationTerms", "Mediators")},
    {"respondent_consent", QT_TRANSLATE_NOOP("MediationTerms", "Employer agrees to mediation")},
    {"decided_on", QT_TRANSLATE_NOOP("MediationTerms", "Decided on")},
    {"decision_reason", QT_TRANSLATE_NOOP("MediationTerms", "Reasons for not accepting")},
    {"extension_days", QT_TRANSLATE_NOOP("MediationTerms", "Window extended by (days)")},
    {"extension_consent", QT_TRANSLATE_NOOP("MediationTerms", "Window extended")},
    {"agreed_on", QT_TRANSLATE_NOOP("MediationTerms", "Agreement effective")},
    {"agreement_terms", QT_TRANSLATE_NOOP("MediationTerms", "Other terms of the agreement")},
    {"waived_claims", QT_TRANSLATE_NOOP("MediationTerms", "Claims waived")},
    {"tax_borne_by", QT_TRANSLATE_NOOP("MediationTerms", "Tax borne by")},
    {"closed_on", QT_TRANSLATE_NOOP("MediationTerms", "Closed on")},
    {"close_reason", QT_TRANSLATE_NOOP("MediationTerms", "Reason for closing")},
    {"opinion", QT_TRANSLATE_NOOP("MediationTerms", "Mediators' opinion")},
    {"review_kind", QT_TRANSLATE_NOOP("MediationTerms", "Kind of review")},
    {"review_applied_on", QT_TRANSLATE_NOOP("MediationTerms", "Review applied for")},
    {"review_result", QT_TRANSLATE_NOOP("MediationTerms", "Result of the review")},
    {"follow_up_on", QT_TRANSLATE_NOOP("MediationTerms", "Followed up on")},
    {"follow_up_note", QT_TRANSLATE_NOOP("MediationTerms", "Follow-up note")},
    {"notes", QT_TRANSLATE_NOOP("MediationTerms", "Notes")},
    {"last_moved_on", QT_TRANSLATE_NOOP("MediationTerms", "Status changed on")},
};

// The workspace's tables, one record of each as a person would call it.
constexpr Label kTables[] = {
    {"mediation_cases", QT_TRANSLATE_NOOP("MediationTerms", "Mediation case")},
    {"mediation_parties", QT_TRANSLATE_NOOP("MediationTerms", "Party to a case")},
    {"mediation_items", QT_TRANSLATE_NOOP("MediationTerms", "Claim or agreed item")},
    {"mediation_payments", QT_TRANSLATE_NOOP("MediationTerms", "Payment")},
    {"mediation_sessions", QT_TRANSLATE_NOOP("MediationTerms", "Session record")},
    {"mediation_attachments", QT_TRANSLATE_NOOP("MediationTerms", "Evidence file")},
    {"mediation_mediators", QT_TRANSLATE_NOOP("MediationTerms", "Mediator")},
    {"mediation_mediator_trainings", QT_TRANSLATE_NOOP("MediationTerms", "Mediator's training")},
    {"mediation_case_mediators", QT_TRANSLATE_NOOP("MediationTerms", "Mediator of a case")},
    {"mediation_services", QT_TRANSLATE_NOOP("MediationTerms", "Service of a document")},
    {"mediation_follow_ups", QT_TRANSLATE_NOOP("MediationTerms", "Follow-up")},
    {"mediation_breach_steps", QT_TRANSLATE_NOOP("MediationTerms", "Step after a breach")},
    {"mediation_supplements", QT_TRANSLATE_NOOP("MediationTerms", "Supplementary agreement")},
    {"mediation_receptions", QT_TRANSLATE_NOOP("MediationTerms", "Reception")},
    {"mediation_referrals", QT_TRANSLATE_NOOP("MediationTerms", "Referral")},
};

template<std::size_t N>
const char *find(const Label (&labels)[N], const QString &key)
{
    for (const Label &l : labels)
        if (key == QLatin1String(l.key))
            return l.text;
    return nullptr;
}

bool isDateField(const QString &field)
{
    return field.endsWith(QLatin1String("_on"));
}

} // namespace

MediationTerms::MediationTerms(Database &db) : m_db(db) {}

MediationTerms::~MediationTerms() = default;

const CodeListCache &MediationTerms::lookups() const
{
    if (!m_lookups)
        m_lookups = std::make_unique<CodeListCache>(m_db);
    return *m_lookups;
}

QString MediationTerms::caseFieldLabel(const QString &field)
{
    const char *text = find(kCaseFields, field);
    return text ? tr(text) : QString();
}

QString MediationTerms::tableTitle(const QString &table) const
{
    const char *text = find(kTables, table);
    return text ? tr(text) : QString();
}

QString MediationTerms::fieldLabel(const QString &table, const QString &field) const
{
    return table == QLatin1String("mediation_cases") ? caseFieldLabel(field) : QString();
}

QString MediationTerms::valueText(const QString &table, const QString &field, const QJsonValue &value) const
{
    if (table != QLatin1String("mediation_cases") || value.isNull() || value.isUndefined())
        return QString();
    const QString v = value.toVariant().toString();
    if (field == QLatin1String("status") || field == QLatin1String("review_kind")) {
        const auto status = MediationStateMachine::statusFromKey(v);
        return status ? MediationStateMachine::statusName(*status) : v;
    }
    if (field == QLatin1String("dispute_type") || field == QLatin1String("other_dispute_types")) {
        QStringList names;
        for (const QString &code : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << lookups().codeName(QStringLiteral("dispute_type"), code.trimmed());
        return names.join(QStringLiteral("; "));
    }
    if (field == QLatin1String("source"))
        return v.isEmpty() ? v : lookups().codeName(QStringLiteral("case_source"), v);
    if (field == QLatin1String("close_reason"))
        return v.isEmpty() ? v : lookups().codeName(QStringLiteral("case_close_reason"), v);
    if (field == QLatin1String("employer_id")) {
        if (v.isEmpty())
            return v;
        const auto employer = RegisterRepository(m_db).employer(v);
        return employer ? employer->name : v;
    }
    if (field == QLatin1String("collective") || field == QLatin1String("respondent_consent")) {
        const bool on = value.isBool() ? value.toBool() : value.toVariant().toInt() != 0;
        return on ? tr("Yes") : tr("No");
    }
    if (isDateField(field)) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        return d.isValid() ? DisplayFormat::date(d) : v;
    }
    return QString();
}

QString MediationTerms::recordName(const QString &table, const QJsonObject &values) const
{
    if (table == QLatin1String("mediation_cases"))
        return values.value(QStringLiteral("case_no")).toString();
    if (table == QLatin1String("mediation_mediators"))
        return values.value(QStringLiteral("name")).toString();
    return QString();
}

} // namespace ud
