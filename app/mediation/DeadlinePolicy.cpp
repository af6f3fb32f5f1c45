#include "mediation/DeadlinePolicy.h"

#include "mediation/MediationLog.h"

namespace ud {

namespace {

struct Field
{
    const char *key;
    int DeadlinePolicy::*member;
    int min;
    int max;
};

// Ranges are generous sanity bounds, not legal limits: they stop a typo (150 instead of 15)
// from silently moving every deadline by months.
constexpr Field kFields[] = {
    {"mediation.accept_working_days", &DeadlinePolicy::acceptWorkingDays, 0, 30},
    {"mediation.delegated_days", &DeadlinePolicy::delegatedDays, 1, 90},
    {"mediation.arbitration_review_days", &DeadlinePolicy::arbitrationReviewDays, 1, 90},
    {"mediation.follow_up_days", &DeadlinePolicy::followUpDays, 0, 365},
    {"mediation.due_soon_days", &DeadlinePolicy::dueSoonDays, 0, 60},
};

// The [P] numbers: set by law, so no policy value may change them (see DeadlinePolicy.h).
struct FixedField
{
    const char *key;
    int value;
    const char *source;
};

constexpr FixedField kFixed[] = {
    {"mediation.window_days", DeadlinePolicy::windowDays,
     QT_TRANSLATE_NOOP("DeadlinePolicy", "Labour Dispute Mediation and Arbitration Law, art. 14")},
    {"mediation.judicial_confirmation_days", DeadlinePolicy::judicialConfirmationDays,
     QT_TRANSLATE_NOOP("DeadlinePolicy", "Civil Procedure Law, art. 205")},
    {"mediation.limitation_months", DeadlinePolicy::limitationMonths,
     QT_TRANSLATE_NOOP("DeadlinePolicy", "Labour Dispute Mediation and Arbitration Law, art. 27")},
};

const FixedField *fixedFor(const QString &key)
{
    for (const FixedField &f : kFixed)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

const Field *fieldFor(const QString &key)
{
    for (const Field &f : kFields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

} // namespace

const QStringList &DeadlinePolicy::keys()
{
    static const QStringList all = [] {
        QStringList k;
        for (const Field &f : kFields)
            k << QLatin1String(f.key);
        return k;
    }();
    return all;
}

const QStringList &DeadlinePolicy::fixedKeys()
{
    static const QStringList all = [] {
        QStringList k;
        for (const FixedField &f : kFixed)
            k << QLatin1String(f.key);
        return k;
    }();
    return all;
}

Status DeadlinePolicy::checkValue(const QString &key, const QString &value)
{
    if (const FixedField *fixed = fixedFor(key))
        return Status::failure(tr("%1 is fixed by law (%2: %3) and cannot be changed as a policy value.")
                                   .arg(key, tr(fixed->source))
                                   .arg(fixed->value));
    const Field *f = fieldFor(key);
    if (!f)
        return Status::success();
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok)
        return Status::failure(tr("The value of %1 must be a whole number; \"%2\" is not.").arg(key, value));
    if (n < f->min || n > f->max)
        return Status::failure(tr("The value of %1 must be between %2 and %3; %4 is not.")
                                   .arg(key)
                                   .arg(f->min)
                                   .arg(f->max)
                                   .arg(n));
    return Status::success();
}

DeadlinePolicy DeadlinePolicy::fromValues(const QMap<QString, QString> &values, QStringList *problems)
{
    DeadlinePolicy policy;
    for (const Field &f : kFields) {
        const QString key = QLatin1String(f.key);
        const auto it = values.constFind(key);
        if (it == values.cend())
            continue;
        if (Status s = checkValue(key, it.value()); !s) {
            if (problems)
                *problems << tr("%1 The default, %2, is used instead.").arg(s.error()).arg(policy.*f.member);
            continue;
        }
        policy.*f.member = it.value().trimmed().toInt();
    }
    return policy;
}

QMap<QString, QString> DeadlinePolicy::toValues() const
{
    QMap<QString, QString> out;
    for (const Field &f : kFields)
        out.insert(QLatin1String(f.key), QString::number(this->*f.member));
    return out;
}

bool DeadlinePolicy::operator==(const DeadlinePolicy &o) const
{
    for (const Field &f : kFields)
        if (this->*f.member != o.*f.member)
            return false;
    return true;
}

DeadlinePolicy DeadlinePolicy::load(const PolicyRepository &repo, QStringList *problems)
{
    QMap<QString, QString> map;
    for (const PolicyValue &v : repo.values(QStringLiteral("mediation.")))
        map.insert(v.key, v.value);
    QStringList found;
    const DeadlinePolicy policy = fromValues(map, &found);
    if (!found.isEmpty())
        qCWarning(lcMediation) << "policy values out of range, defaults used:" << found;
    if (problems)
        *problems = found;
    return policy;
}

PolicyRepository::Rules DeadlinePolicy::rules()
{
    return [](const QString &key, const QString &value) -> Result<QString> {
        if (Status s = checkValue(key, value); !s)
            return s;
        return keys().contains(key) ? QString::number(value.trimmed().toInt()) : value;
    };
}

} // namespace ud
