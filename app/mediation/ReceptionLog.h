#pragma once

#include "core/Result.h"
#include "mediation/Reception.h"

#include <QCoreApplication>
#include <QDate>

namespace ud {

class RecordStore;

// Writes of the reception log (咨询 / 接待, incl. 代写文书; issue 11 item 9). Each call writes
// through RecordStore (audit and outbox); ReceptionCommands runs it in the command facade.
class ReceptionLog
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionLog)

public:
    explicit ReceptionLog(RecordStore &store) : m_store(store) {}

    // What keeps an entry from being saved: a date that is missing or after `today`, no kind,
    // nobody involved (visitor, worker of the register or number of workers below one), no
    // question. Empty when it may be saved.
    static QString problem(const Reception &r, const QDate &today);

    // Creates (empty id) or updates an entry. Returns its id.
    Result<QString> saveReception(const Reception &r, const QDate &today);
    Status removeReception(const QString &receptionId, qint64 baseVersion);
    // The case the reception became: links it and sets the outcome to "case opened".
    Status linkCase(const QString &receptionId, qint64 baseVersion, const QString &caseId);
    // A referral out of the reception (劳动监察, 法律援助, arbitration…): a referral record with
    // the reception's id. Refused without a kind, or dated before the reception or after `today`.
    Result<QString> addReferral(const QString &receptionId, const ReceptionReferral &referral, const QDate &today);

private:
    RecordStore &m_store;
};

} // namespace ud
