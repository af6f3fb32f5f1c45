#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

class RecordStore;

// The roster of a collective case (办案规则 art. 5 [S]; printed with the agreement): for each
// applicant the amount agreed for that worker and whether the worker signed the written
// authorisation of the elected representatives (mediation_parties.amount_fen / authorised).
class CaseRosterService
{
    Q_DECLARE_TR_FUNCTIONS(CaseRosterService)

public:
    struct Line
    {
        QString partyId;                // an applicant of the case
        std::optional<qint64> amountFen; // none: not agreed per worker
        bool authorised = false;
    };

    explicit CaseRosterService(RecordStore &store) : m_store(store) {}

    // Writes the lines that changed, in one transaction. Refused for a case that is not
    // collective, closed or gone, for a party that is not an applicant of the case, and for an
    // amount below zero or above Money::kMaxFen.
    Status save(const QString &caseId, const QList<Line> &lines);

private:
    RecordStore &m_store;
};

} // namespace ud
