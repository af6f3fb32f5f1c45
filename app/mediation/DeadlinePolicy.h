#pragma once

#include "core/Result.h"
#include "storage/PolicyRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ud {

// The numbers the mediation deadlines are computed from. Those domain.md marks [S] or [U] are
// configurable defaults (table policy_values, editable by an administrator and synced down from
// the upper tier); the defaults below equal the rows migrations 0005 and 0010 seed, so a database
// without them behaves the same.
//
// The numbers marked [P] are set by law and are NOT policy: the 15-day mediation window
// (劳动争议调解仲裁法 art. 14), judicial confirmation within 30 days (民事诉讼法 2023 art. 205) and the
// one-year limitation (art. 27). They are constants here. Migration 0005 still seeds rows for
// them in policy_values (a shipped migration is never edited); those rows, and any value synced
// down for them, are ignored when the policy is read, and setting them is refused (checkValue).
struct DeadlinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinePolicy)

public:
    // mediation.accept_working_days [U]: decide on acceptance within this many working days
    // after receipt (人社部令第17号 ch. 3, recalled; a local rule corroborates).
    int acceptWorkingDays = 3;
    // [P] art. 14: no agreement within 15 days of receipt → arbitration. Calendar days; received
    // on D0, the window's last day is D0 + 15 (+ agreed extension). Fixed, not read from policy.
    static constexpr int windowDays = 15;
    // mediation.delegated_days [S] 特邀调解规定: a case a court delegated before filing (委派调解,
    // source 'court_delegated') has this many days instead of the 15-day window.
    int delegatedDays = 30;
    // mediation.arbitration_review_days [S] 办案规则 art. 74: joint application for arbitration
    // review within 15 days of the agreement taking effect (last day: effective + 15).
    int arbitrationReviewDays = 15;
    // [P] 民诉法 2023 art. 205: within 30 days of effect. Fixed, not read from policy.
    static constexpr int judicialConfirmationDays = 30;
    // [P] art. 27: arbitration within 1 year. Shown as a reminder only, counted from receipt: the
    // real period runs from when the worker knew of the infringement and is interrupted
    // (restarted) by the mediation application. Fixed, not read from policy.
    static constexpr int limitationMonths = 12;
    // mediation.follow_up_days [U]: 回访 this many days after a case was closed.
    int followUpDays = 30;
    // mediation.due_soon_days [U]: an open deadline this many days ahead or fewer is "due soon".
    int dueSoonDays = 3;

    // The policy_values keys this struct reads, in a fixed order.
    static const QStringList &keys();
    // The keys of the [P] numbers (mediation.window_days, mediation.judicial_confirmation_days,
    // mediation.limitation_months): never read, and refused by checkValue.
    static const QStringList &fixedKeys();

    // Builds a policy from key → value pairs (policy_values). Unknown keys are ignored; a
    // missing key keeps its default; a malformed or out-of-range value keeps the default too
    // and is reported in `problems` (translated, one line each) so the UI can say so.
    static DeadlinePolicy fromValues(const QMap<QString, QString> &values, QStringList *problems = nullptr);
    QMap<QString, QString> toValues() const;

    // Whether `value` is acceptable for `key` (a whole number in the key's range); a fixed [P]
    // key is refused whatever the value; keys this struct does not know are accepted as they are.
    static Status checkValue(const QString &key, const QString &value);

    // The numbers stored in `repo` (keys "mediation."); bad stored values fall back to the
    // defaults and are reported in `problems`.
    static DeadlinePolicy load(const PolicyRepository &repo, QStringList *problems = nullptr);
    // PolicyRepository's rules for these keys: checkValue, and the number stored without blanks.
    static PolicyRepository::Rules rules();

    bool operator==(const DeadlinePolicy &o) const;
    bool operator!=(const DeadlinePolicy &o) const { return !(*this == o); }
};

} // namespace ud
