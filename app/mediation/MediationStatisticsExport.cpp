#include "mediation/MediationStatisticsExport.h"

#include "core/Money.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ud {

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

void appendGroups(Table &t, const QString &title, const QList<MediationGroupFigures> &groups)
{
    t.rows.append(QStringList{});
    t.rows.append({title, MediationStatisticsExport::tr("Code"), MediationStatisticsExport::tr("Accepted"), MediationStatisticsExport::tr("Succeeded"), MediationStatisticsExport::tr("Recovered (yuan)")});
    for (const MediationGroupFigures &g : groups)
        t.rows.append({g.name, g.code, number(g.accepted), number(g.succeeded), Money::formatYuan(g.recoveredFen)});
}

void appendCounts(Table &t, const QStringList &heading, const QList<MediationCountFigures> &counts, bool split)
{
    t.rows.append(QStringList{});
    t.rows.append(heading);
    for (const MediationCountFigures &c : counts)
        t.rows.append(split ? QStringList{c.name, c.code, number(c.fromCases), number(c.fromReceptions), number(c.total())}
                            : QStringList{c.name, c.code, number(c.total())});
}

QJsonArray jsonCounts(const QList<MediationCountFigures> &counts, bool split)
{
    QJsonArray out;
    for (const MediationCountFigures &c : counts) {
        QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name}, {QStringLiteral("count"), c.total()}};
        if (split) {
            o.insert(QStringLiteral("from_cases"), c.fromCases);
            o.insert(QStringLiteral("from_receptions"), c.fromReceptions);
        }
        out.append(o);
    }
    return out;
}

QJsonArray jsonGroups(const QList<MediationGroupFigures> &groups)
{
    QJsonArray out;
    for (const MediationGroupFigures &g : groups)
        out.append(QJsonObject{{QStringLiteral("code"), g.code},
                               {QStringLiteral("name"), g.name},
                               {QStringLiteral("accepted"), g.accepted},
                               {QStringLiteral("succeeded"), g.succeeded},
                               {QStringLiteral("recovered_fen"), g.recoveredFen}});
    return out;
}

} // namespace

std::optional<MediationStatisticsExport::Format> MediationStatisticsExport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString MediationStatisticsExport::plainWanYuan(qint64 fen)
{
    return Money::formatWanYuan(fen).remove(QLatin1Char(',')); // Money rounds; sheets want no grouping
}

QString MediationStatisticsExport::recoveredLabel(RecoveredBasis basis)
{
    return basis == RecoveredBasis::Agreed ? tr("Economic loss recovered: amount agreed (yuan)")
                                           : tr("Economic loss recovered: amount paid (yuan)");
}

QString MediationStatisticsExport::otherAmountLabel(RecoveredBasis basis)
{
    return basis == RecoveredBasis::Agreed ? tr("Amount paid (yuan)") : tr("Amount agreed (yuan)");
}

Table MediationStatisticsExport::table(const MediationFigures &f)
{
    const bool agreedBasis = f.recoveredBasis == RecoveredBasis::Agreed;
    Table t;
    t.headers = QStringList{tr("Figure"), tr("Value")};
    t.rows = {
        {tr("Report"), tr("Labour-dispute mediation statistics")},
        {tr("Period"), f.period.label()},
        {tr("First day"), isoDate(f.period.from())},
        {tr("Last day"), isoDate(f.period.to())},
        {tr("Organisation units"), f.orgUnitPrefix.isEmpty()     ? tr("All")
                                   : !f.orgUnitName.isEmpty() ? tr("%1 and the units under it").arg(f.orgUnitName)
                                                              : tr("Codes starting with %1").arg(f.orgUnitPrefix)},
        {tr("Pending from the previous period"), number(f.pendingAtStart)},
        {tr("Accepted"), number(f.accepted)},
        {tr("Not accepted"), number(f.notAccepted)},
        {tr("Withdrawn before acceptance"), number(f.withdrawnBeforeAcceptance)},
        {tr("Closed"), number(f.closed)},
        {tr("Succeeded (agreement reached)"), number(f.succeeded)},
        {tr("Ended without agreement"), number(f.failed)},
        {tr("Withdrawn after acceptance"), number(f.withdrawnAfterAcceptance)},
        {tr("Of which withdrawn after the parties settled"), number(f.settledWithdrawn)},
        {tr("Success rate (%)"), f.successRateText()},
        {recoveredLabel(f.recoveredBasis), Money::formatYuan(f.recoveredFen)},
        {tr("Economic loss recovered (ten thousand yuan)"), Money::formatWanYuan(f.recoveredFen)},
        {otherAmountLabel(f.recoveredBasis), Money::formatYuan(agreedBasis ? f.paidFen : f.agreedFen)},
        {tr("Paid in full or in part at signing (cases)"), number(f.atSigningCases)},
        {tr("Paid at signing (yuan)"), Money::formatYuan(f.atSigningFen)},
        {tr("Workers involved"), number(f.workersInvolved)},
        {tr("Collective disputes"), number(f.collectiveCases)},
        {tr("Workers in collective disputes"), number(f.collectiveWorkers)},
        {tr("Cases involving migrant workers"), number(f.migrantCases)},
        {tr("Workers in cases involving migrant workers"), number(f.migrantWorkers)},
        {tr("Economic loss recovered for migrant workers (yuan)"), Money::formatYuan(f.migrantFen)},
        {tr("Unpaid-wage cases"), number(f.wageArrearsCases)},
        {tr("Workers in unpaid-wage cases"), number(f.wageArrearsWorkers)},
        {tr("Economic loss recovered in unpaid-wage cases (yuan)"), Money::formatYuan(f.wageArrearsFen)},
        {tr("Pending at the end of the period"), number(f.pendingAtEnd)},
    };
    appendGroups(t, tr("By dispute type"), f.byDisputeType);
    appendGroups(t, tr("By source"), f.bySource);
    appendCounts(t, {tr("Referrals by kind"), tr("Code"), tr("From cases"), tr("From receptions"), tr("Total")},
                 f.referrals, true);
    appendCounts(t, {tr("Receptions by kind"), tr("Code"), tr("Count")}, f.receptions, false);
    return t;
}

QByteArray MediationStatisticsExport::json(const MediationFigures &f)
{
    const QJsonObject o{
        {QStringLiteral("report"), QStringLiteral("mediation_statistics")},
        {QStringLiteral("period"), f.period.key()},
        {QStringLiteral("from"), isoDate(f.period.from())},
        {QStringLiteral("to"), isoDate(f.period.to())},
        {QStringLiteral("org_unit"), f.orgUnitPrefix},
        {QStringLiteral("pending_at_start"), f.pendingAtStart},
        {QStringLiteral("accepted"), f.accepted},
        {QStringLiteral("not_accepted"), f.notAccepted},
        {QStringLiteral("closed"), f.closed},
        {QStringLiteral("succeeded"), f.succeeded},
        {QStringLiteral("failed"), f.failed},
        {QStringLiteral("success_rate"), f.successRatePermille() / 10.0},
        {QStringLiteral("recovered_fen"), f.recoveredFen},
        {QStringLiteral("recovered_yuan"), Money::plainYuan(f.recoveredFen)},
        {QStringLiteral("recovered_wan_yuan"), plainWanYuan(f.recoveredFen)},
        {QStringLiteral("workers_involved"), f.workersInvolved},
        {QStringLiteral("collective_cases"), f.collectiveCases},
        {QStringLiteral("collective_workers"), f.collectiveWorkers},
        {QStringLiteral("pending_at_end"), f.pendingAtEnd},
        {QStringLiteral("by_dispute_type"), jsonGroups(f.byDisputeType)},
        {QStringLiteral("by_source"), jsonGroups(f.bySource)},
        {QStringLiteral("recovered_basis"), MediationStatistics::basisKey(f.recoveredBasis)},
        {QStringLiteral("agreed_fen"), f.agreedFen},
        {QStringLiteral("paid_fen"), f.paidFen},
        {QStringLiteral("at_signing_cases"), f.atSigningCases},
        {QStringLiteral("at_signing_fen"), f.atSigningFen},
        {QStringLiteral("withdrawn_before_acceptance"), f.withdrawnBeforeAcceptance},
        {QStringLiteral("withdrawn_after_acceptance"), f.withdrawnAfterAcceptance},
        {QStringLiteral("settled_withdrawn"), f.settledWithdrawn},
        {QStringLiteral("migrant_cases"), f.migrantCases},
        {QStringLiteral("migrant_workers"), f.migrantWorkers},
        {QStringLiteral("migrant_fen"), f.migrantFen},
        {QStringLiteral("wage_arrears_cases"), f.wageArrearsCases},
        {QStringLiteral("wage_arrears_workers"), f.wageArrearsWorkers},
        {QStringLiteral("wage_arrears_fen"), f.wageArrearsFen},
        {QStringLiteral("referrals"), jsonCounts(f.referrals, true)},
        {QStringLiteral("receptions"), jsonCounts(f.receptions, false)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray MediationStatisticsExport::bytes(const MediationFigures &f, Format format)
{
    return format == Format::Json ? json(f) : TabularFile::toCsv(table(f));
}

Status MediationStatisticsExport::write(const MediationFigures &f, Format format, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (format == Format::Xlsx) {
        if (TabularFile::formatOf(path) != TabularFile::Format::Xlsx)
            return Status::failure(tr("An Excel report needs a file name ending in .xlsx: %1").arg(shown));
        return TabularFile::write(path, table(f)); // temporary file beside it, renamed into place
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    const QByteArray data = bytes(f, format);
    if (file.write(data) != data.size() || !file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return Status::success();
}

} // namespace ud
