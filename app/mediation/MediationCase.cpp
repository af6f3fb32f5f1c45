#include "mediation/MediationCase.h"

namespace ud {

namespace {

template <typename T, typename Pred>
QList<T> filtered(const QList<T> &list, Pred pred)
{
    QList<T> out;
    for (const T &t : list)
        if (pred(t))
            out.append(t);
    return out;
}

qint64 sumOf(const QList<CaseItem> &items)
{
    qint64 sum = 0;
    for (const CaseItem &i : items)
        sum += i.amountFen;
    return sum;
}

} // namespace

QList<CaseParty> MediationCase::applicants() const
{
    return filtered(parties, [](const CaseParty &p) { return p.role == QLatin1String("applicant"); });
}

QList<CaseParty> MediationCase::agents() const
{
    return filtered(parties, [](const CaseParty &p) { return p.role == QLatin1String("agent"); });
}

QList<CaseItem> MediationCase::claims() const
{
    return filtered(items, [](const CaseItem &i) { return i.kind == QLatin1String("claim"); });
}

QList<CaseItem> MediationCase::agreedItems() const
{
    return filtered(items, [](const CaseItem &i) { return i.kind == QLatin1String("agreed"); });
}

qint64 MediationCase::claimedFen() const
{
    return sumOf(claims());
}

qint64 MediationCase::agreedFen() const
{
    return sumOf(agreedItems());
}

qint64 MediationCase::agreedTotalFen() const
{
    qint64 sum = agreedFen();
    for (const CaseSupplement &s : supplements)
        sum += s.amountChangeFen;
    return sum;
}

qint64 MediationCase::paidFen() const
{
    qint64 sum = 0;
    for (const CasePayment &p : payments)
        if (!p.voided) // a voided payment counts nowhere
            sum += p.amountFen;
    return sum;
}

} // namespace ud
