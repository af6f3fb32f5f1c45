#pragma once

#include "core/Result.h"
#include "mediation/MediationCase.h"
#include "mediation/Mediator.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ud {

class RecordStore;

// Writes of the register of mediators and of the mediators on a case (issue 11 item 8). Each
// call writes through RecordStore (audit and outbox); MediatorCommands runs it in the command
// facade, so it is one undoable transaction.
class MediatorRegister
{
    Q_DECLARE_TR_FUNCTIONS(MediatorRegister)

public:
    explicit MediatorRegister(RecordStore &store) : m_store(store) {}

    // Checks a mediator and her trainings before saving: the name, the qualification (art. 11),
    // an appointment that does not end before it starts, trainings dated (not after `today`)
    // with a topic and a plausible number of hours. Empty when it may be saved.
    static QString problem(const Mediator &m, const QDate &today);
    // Why `m` cannot be put on a case on `day` (inactive, appointment ended or not yet
    // started); empty when she can.
    static QString unavailableReason(const Mediator &m, const QDate &day);
    // The 回避 warning when `m` works for the employer of the case; empty otherwise.
    static QString conflictWarning(const Mediator &m, const MediationCase &c);
    // The names a case shows for its mediators: those of the register on the case, or the
    // names typed before the register existed when no mediator of the register is on it.
    static QString displayNames(const MediationCase &c);

    // Creates (empty id) or updates a mediator and replaces her trainings (kept by id, new
    // ones created, those left out removed). Returns the mediator's id.
    Result<QString> saveMediator(const Mediator &m, const QDate &today);
    // Removes a mediator who is on no case; one who has served stays on the register
    // (set her inactive instead).
    Status removeMediator(const QString &mediatorId, qint64 baseVersion);

    // Puts a mediator of the register on a case in `role` ("lead", "assistant", "recorder").
    // Refused for a closed case, a mediator already on it, and one who is inactive or whose
    // appointment does not cover `today`. A mediator who works for the case's employer (回避)
    // needs `conflictNote`, the reason she stays on the case. The case's typed mediators field
    // follows the register's names unless it holds names typed before (kept as they are).
    Result<QString> linkMediator(const QString &caseId, const QString &mediatorId, const QString &role,
                                 const QString &conflictNote, const QDate &today);
    // Takes a mediator off a case (the link record is removed, not her record).
    Status unlinkMediator(const QString &linkId, qint64 baseVersion);

private:
    // Writes the case's mediators field from the register's names when it holds no names typed
    // by hand (empty, or the register's names before the change).
    Status followNames(const MediationCase &before);

    RecordStore &m_store;
};

} // namespace ud
