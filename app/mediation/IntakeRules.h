#pragma once

#include "mediation/MediationCase.h"
#include "core/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace ud {

class Database;

// The rules a case must meet before it is registered (受理登记, domain.md §1): date received,
// source, employer, dispute type, facts, applicants from the register listed once with valid ID
// numbers, named agents, a collective dispute's threshold, amounts of the claims, and no text
// longer than RegisterValidator::maxLength() allows (facts and requests 10,000 characters, notes
// 2,000, an agent's name 100...). Every problem is reported with the form field it belongs to, so
// the intake form shows them all at once. MediationService::validateIntake and saveParties use
// it; its messages keep MediationService's translation context.
//
// warnings() lists what a person should see but may accept (FieldError::overridable): a
// collective dispute *may* elect 3–5 representatives (办案规则 art. 5), so another number is a
// warning; an applicant under 16 on the date received (child labour: refer to labour inspection).
class IntakeRules
{
    Q_DECLARE_TR_FUNCTIONS(MediationService)

public:
    // `policy(key, fallback)`: a policy number (collective threshold, representatives).
    using PolicyLookup = std::function<qint64(const QString &, qint64)>;

    IntakeRules(Database &db, PolicyLookup policy) : m_db(db), m_policy(std::move(policy)) {}

    QList<FieldError> check(const MediationCase &c, const QDate &today) const;
    // The warnings (overridable), with the same field names; none of them blocks registration.
    QList<FieldError> warnings(const MediationCase &c) const;

private:
    Database &m_db;
    PolicyLookup m_policy;
};

} // namespace ud
