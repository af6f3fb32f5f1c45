#include "ui/mediation/CasesOfRecord.h"

#include "core/DisplayFormat.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"

#include <QStringList>

namespace ud {

QString CasesOfRecord::html(Database &db, const QString &table, const QString &id)
{
    if (id.isEmpty())
        return {};
    QList<CaseListRow> cases;
    if (table == QLatin1String("workers"))
        cases = MediationRepository(db).casesOfWorker(id);
    else if (table == QLatin1String("employers"))
        cases = MediationRepository(db).casesOfEmployer(id);
    else
        return {};
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Dispute cases: %1").arg(cases.size()).toHtmlEscaped());
    QStringList items;
    for (const CaseListRow &c : cases)
        items << QStringLiteral("%1 · %2 · %3")
                     .arg(c.caseNo.toHtmlEscaped(), DisplayFormat::date(c.receivedOn),
                          MediationStateMachine::statusName(c.status).toHtmlEscaped());
    if (!items.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(items.join(QStringLiteral("<br>")));
    return html;
}

} // namespace ud
