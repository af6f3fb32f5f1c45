#include "mediation/MediatorRegister.h"

#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"
#include "mediation/MediatorRepository.h"
#include "storage/CodeListRepository.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QStringList>

namespace ud {

namespace {

const QString kMediators = QStringLiteral("mediation_mediators");
const QString kTrainings = QStringLiteral("mediation_mediator_trainings");
const QString kLinks = QStringLiteral("mediation_case_mediators");
const QString kCases = QStringLiteral("mediation_cases");

constexpr int kMaxTrainingHours = 1000;

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Text columns are NOT NULL DEFAULT '': a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

bool knownCode(Database &db, const QString &list, const QString &code)
{
    for (const CodeItem &item : CodeListRepository(db).items(list, CodeListRepository::Include::AlsoInactive))
        if (item.code == code)
            return true;
    return false;
}

QString namesOf(const QList<CaseMediator> &links)
{
    QStringList names;
    for (const CaseMediator &l : links)
        if (!l.name.isEmpty() && !names.contains(l.name))
            names << l.name;
    return names.join(QStringLiteral("、"));
}

} // namespace

QString MediatorRegister::problem(const Mediator &m, const QDate &today)
{
    if (m.name.trimmed().isEmpty())
        return tr("Enter the mediator's name.");
    if (!m.sex.isEmpty() && m.sex != QLatin1String("male") && m.sex != QLatin1String("female"))
        return tr("Unknown sex \"%1\".").arg(m.sex);
    if (m.qualification.isEmpty())
        return tr("Choose the mediator's qualification (art. 11 of the Labour Dispute Mediation and Arbitration Law).");
    if (m.appointedOn.isValid() && m.appointedUntil.isValid() && m.appointedUntil < m.appointedOn)
        return tr("The appointment ends (%1) before it starts (%2).")
            .arg(m.appointedUntil.toString(Qt::ISODate), m.appointedOn.toString(Qt::ISODate));
    for (int i = 0; i < m.trainings.size(); ++i) {
        const MediatorTraining &t = m.trainings.at(i);
        if (!t.trainedOn.isValid())
            return tr("Training %1: enter the date.").arg(i + 1);
        if (t.trainedOn > today)
            return tr("Training %1: the date %2 is in the future.").arg(i + 1).arg(t.trainedOn.toString(Qt::ISODate));
        if (t.topic.trimmed().isEmpty())
            return tr("Training %1: enter the topic.").arg(i + 1);
        if (t.hours && (*t.hours < 0 || *t.hours > kMaxTrainingHours))
            return tr("Training %1: the hours must be between 0 and %2.").arg(i + 1).arg(kMaxTrainingHours);
    }
    return {};
}

QString MediatorRegister::unavailableReason(const Mediator &m, const QDate &day)
{
    if (!m.active)
        return tr("%1 is no longer active on the register of mediators and cannot be put on a new case.").arg(m.name);
    if (m.appointedUntil.isValid() && m.appointedUntil < day)
        return tr("The appointment of %1 ended on %2; renew it on the register of mediators before putting her on "
                  "a new case.")
            .arg(m.name, m.appointedUntil.toString(Qt::ISODate));
    if (m.appointedOn.isValid() && day < m.appointedOn)
        return tr("The appointment of %1 starts on %2; she cannot be put on a case before then.")
            .arg(m.name, m.appointedOn.toString(Qt::ISODate));
    return {};
}

QString MediatorRegister::conflictWarning(const Mediator &m, const MediationCase &c)
{
    if (m.employerId.isEmpty() || m.employerId != c.employerId)
        return {};
    return tr("%1 works for the employer of this case (%2): a mediator with an interest in the dispute should "
              "withdraw (回避). Give the reason she stays on the case, e.g. both parties agreed.")
        .arg(m.name, c.employerName.isEmpty() ? m.employerName : c.employerName);
}

QString MediatorRegister::displayNames(const MediationCase &c)
{
    const QString linked = namesOf(c.caseMediators);
    return linked.isEmpty() ? c.mediators : linked;
}

Result<QString> MediatorRegister::saveMediator(const Mediator &m, const QDate &today)
{
    if (const QString p = problem(m, today); !p.isEmpty())
        return Result<QString>::failure(p);
    if (!knownCode(m_store.database(), QStringLiteral("mediator_qualification"), m.qualification))
        return Result<QString>::failure(tr("Unknown qualification \"%1\".").arg(m.qualification));
    const QVariantMap fields = {
        {QStringLiteral("name"), text(m.name)},
        {QStringLiteral("sex"), textOrNull(m.sex)},
        {QStringLiteral("phone"), text(m.phone)},
        {QStringLiteral("employer_id"), textOrNull(m.employerId)},
        {QStringLiteral("workplace"), text(m.workplace)},
        {QStringLiteral("qualification"), textOrNull(m.qualification)},
        {QStringLiteral("qualification_note"), text(m.qualificationNote)},
        {QStringLiteral("appointed_on"), dateValue(m.appointedOn)},
        {QStringLiteral("appointed_until"), dateValue(m.appointedUntil)},
        {QStringLiteral("appointed_by"), text(m.appointedBy)},
        {QStringLiteral("active"), m.active ? 1 : 0},
        {QStringLiteral("notes"), text(m.notes)},
    };
    QString id = m.id;
    QHash<QString, MediatorTraining> existing;
    if (id.isEmpty()) {
        auto created = m_store.create(kMediators, fields, tr("Mediator added to the register"));
        if (!created)
            return created.status();
        id = created.value().id;
    } else {
        const auto stored = MediatorRepository(m_store.database()).get(id);
        if (!stored)
            return Result<QString>::failure(tr("The mediator is no longer on the register."));
        for (const MediatorTraining &t : stored->trainings)
            existing.insert(t.id, t);
        auto updated = m_store.update(kMediators, id, m.version, fields);
        if (!updated)
            return updated.status();
    }
    for (const MediatorTraining &t : m.trainings) {
        const QVariantMap tf = {{QStringLiteral("trained_on"), dateValue(t.trainedOn)},
                                {QStringLiteral("topic"), text(t.topic)},
                                {QStringLiteral("hours"), t.hours ? QVariant(*t.hours) : QVariant()},
                                {QStringLiteral("organiser"), text(t.organiser)}};
        if (!t.id.isEmpty() && existing.contains(t.id)) {
            const MediatorTraining old = existing.take(t.id);
            if (old.trainedOn == t.trainedOn && old.topic == t.topic.trimmed() && old.hours == t.hours
                && old.organiser == t.organiser.trimmed())
                continue;
            auto updated = m_store.update(kTrainings, t.id, old.version, tf);
            if (!updated)
                return updated.status();
        } else {
            QVariantMap created = tf;
            created.insert(QStringLiteral("mediator_id"), id);
            auto made = m_store.create(kTrainings, created);
            if (!made)
                return made.status();
        }
    }
    for (const MediatorTraining &gone : std::as_const(existing)) {
        auto removed = m_store.remove(kTrainings, gone.id, gone.version);
        if (!removed)
            return removed.status();
    }
    return id;
}

Status MediatorRegister::removeMediator(const QString &mediatorId, qint64 baseVersion)
{
    const MediatorRepository repo(m_store.database());
    const auto stored = repo.get(mediatorId);
    if (!stored)
        return Status::failure(tr("The mediator is no longer on the register."));
    if (const int cases = repo.caseCount(mediatorId); cases > 0)
        return Status::failure(tr("%1 is on %n case(s) and stays on the register; mark her inactive instead.", nullptr,
                                  cases)
                                   .arg(stored->name));
    for (const MediatorTraining &t : stored->trainings) {
        auto removed = m_store.remove(kTrainings, t.id, t.version);
        if (!removed)
            return removed.status();
    }
    return m_store.remove(kMediators, mediatorId, baseVersion, tr("Mediator removed from the register")).status();
}

Result<QString> MediatorRegister::linkMediator(const QString &caseId, const QString &mediatorId, const QString &role,
                                               const QString &conflictNote, const QDate &today)
{
    const auto c = MediationRepository(m_store.database()).fullCase(caseId);
    if (!c || c->deleted)
        return Result<QString>::failure(tr("The case no longer exists."));
    if (MediationStateMachine::isFinal(c->status))
        return Result<QString>::failure(tr("The case is closed; its mediators can no longer change."));
    if (role != QLatin1String("lead") && role != QLatin1String("assistant") && role != QLatin1String("recorder"))
        return Result<QString>::failure(tr("Unknown role \"%1\" of a mediator on a case.").arg(role));
    const auto m = MediatorRepository(m_store.database()).get(mediatorId);
    if (!m)
        return Result<QString>::failure(tr("The mediator is no longer on the register."));
    for (const CaseMediator &l : c->caseMediators)
        if (l.mediatorId == mediatorId)
            return Result<QString>::failure(tr("%1 is already on this case.").arg(m->name));
    if (const QString why = unavailableReason(*m, today); !why.isEmpty())
        return Result<QString>::failure(why);
    const QString conflict = conflictWarning(*m, *c);
    if (!conflict.isEmpty() && conflictNote.trimmed().isEmpty())
        return Result<QString>::failure(conflict);
    auto created = m_store.create(kLinks,
                                  {{QStringLiteral("case_id"), caseId},
                                   {QStringLiteral("mediator_id"), mediatorId},
                                   {QStringLiteral("role"), role},
                                   {QStringLiteral("conflict_note"), conflict.isEmpty() ? QStringLiteral("") : text(conflictNote)},
                                   {QStringLiteral("sort_order"), int(c->caseMediators.size())}},
                                  tr("Mediator put on the case"));
    if (!created)
        return created.status();
    if (Status s = followNames(*c); !s)
        return s;
    return created.value().id;
}

Status MediatorRegister::unlinkMediator(const QString &linkId, qint64 baseVersion)
{
    auto link = m_store.get(kLinks, linkId);
    if (!link || link.value().deleted)
        return Status::failure(tr("The mediator is no longer on this case."));
    const auto c = MediationRepository(m_store.database()).fullCase(link.value().value(QStringLiteral("case_id")).toString());
    if (!c || c->deleted)
        return Status::failure(tr("The case no longer exists."));
    if (MediationStateMachine::isFinal(c->status))
        return Status::failure(tr("The case is closed; its mediators can no longer change."));
    auto removed = m_store.remove(kLinks, linkId, baseVersion, tr("Mediator taken off the case"));
    if (!removed)
        return removed.status();
    return followNames(*c);
}

Status MediatorRegister::followNames(const MediationCase &before)
{
    const QString typed = before.mediators.trimmed();
    if (!typed.isEmpty() && typed != namesOf(before.caseMediators))
        return Status::success(); // names typed by hand: kept as they are
    const auto after = MediationRepository(m_store.database()).fullCase(before.id);
    if (!after)
        return Status::failure(tr("The case no longer exists."));
    const QString names = namesOf(after->caseMediators);
    if (names == typed)
        return Status::success();
    return m_store.update(kCases, after->id, after->version, {{QStringLiteral("mediators"), text(names)}}).status();
}

} // namespace ud
