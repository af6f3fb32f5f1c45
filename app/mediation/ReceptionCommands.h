#pragma once

#include "commands/WorkspaceCommands.h"
#include "core/Result.h"
#include "mediation/Reception.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace ud {

// The reception log as user edits: each a ReceptionLog call run through the command facade
// (one audited, undoable step). Reads go to ReceptionRepository.
class ReceptionCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionCommands)

public:
    explicit ReceptionCommands(CommandFacade &facade) : WorkspaceCommands(facade) {}

    QList<Reception> receptions(const QDate &from = {}, const QDate &to = {}, const QString &text = {}) const;
    std::optional<Reception> reception(const QString &id) const;

    // The live case numbered `caseNo` (e.g. 朝阳区八里庄街道调字〔2026〕第0012号); "" when none.
    QString caseIdByNumber(const QString &caseNo) const;

    // See ReceptionLog for what each checks and writes. With `referral`, the entry and its
    // referral are written as one step.
    Result<QString> saveReception(const Reception &r, const QDate &today,
                                  const std::optional<ReceptionReferral> &referral = std::nullopt);
    Status removeReception(const QString &receptionId, qint64 baseVersion);
    Status linkCase(const QString &receptionId, qint64 baseVersion, const QString &caseId);
    Result<QString> addReferral(const QString &receptionId, const ReceptionReferral &referral, const QDate &today);
};

} // namespace ud
