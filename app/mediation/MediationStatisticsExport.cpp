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
        t.rows.append({g.name, g.code, number(g.accepted), number(g.succeeded), Money::plainYuan(g.recoveredFen)});
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

Table MediationStatisticsExport::table(const MediationFigures &f)
{
    Table t;
    t.headers = QStringList{tr("Figure"), tr("Value")};
    t.rows = {
        {tr("Report"), tr("Labour-dispute mediation statistics")},
        {tr("Period"), f.period.label()},
        {tr("First day"), isoDate(f.period.from())},
        {tr("Last day"), isoDate(f.period.to())},
        {tr("Organisation units"), f.orgUnitPrefix.isEmpty() ? tr("All") : tr("Codes starting with %1").arg(f.orgUnitPrefix)},
        {tr("Pending from the previous period"), number(f.pendingAtStart)},
        {tr("Accepted"), number(f.accepted)},
        {tr("Not accepted"), number(f.notAccepted)},
        {tr("Closed"), number(f.closed)},
        {tr("Succeeded (agreement reached)"), number(f.succeeded)},
        {tr("Ended without agreement"), number(f.failed)},
        {tr("Success rate (%)"), f.successRateText()},
        {tr("Economic loss recovered (yuan)"), Money::plainYuan(f.recoveredFen)},
        {tr("Economic loss recovered (ten thousand yuan)"), plainWanYuan(f.recoveredFen)},
        {tr("Workers involved"), number(f.workersInvolved)},
        {tr("Collective disputes"), number(f.collectiveCases)},
        {tr("Workers in collective disputes"), number(f.collectiveWorkers)},
        {tr("Pending at the end of the period"), number(f.pendingAtEnd)},
    };
    appendGroups(t, tr("By dispute type"), f.byDisputeType);
    appendGroups(t, tr("By source"), f.bySource);
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
