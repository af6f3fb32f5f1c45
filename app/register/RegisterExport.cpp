#include "register/RegisterExport.h"

#include "core/IdDocument.h"
#include "register/RegisterImporter.h"
#include "storage/AccessLog.h"
#include "storage/CodeListRepository.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace ud {

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("是") : QStringLiteral("否");
}

QString named(const QHash<QString, QString> &names, const QString &code)
{
    return names.value(code, code);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

RegisterExport::Names RegisterExport::names(Database &db)
{
    Names n;
    // Inactive items too: a record may still carry a code that is no longer offered.
    const CodeListRepository codeLists(db);
    const auto collect = [&codeLists](const char *list, QHash<QString, QString> &into) {
        for (const CodeItem &item : codeLists.items(QString::fromLatin1(list), CodeListRepository::Include::AlsoInactive))
            into.insert(item.code, item.nameZh);
    };
    collect("ethnicity", n.ethnicity);
    collect("hukou_type", n.hukouType);
    collect("employer_type", n.employerType);
    for (const CodeItem &item : codeLists.items(QStringLiteral("industry"), CodeListRepository::Include::AlsoInactive))
        n.industry.insert(item.code, item.code + QLatin1Char(' ') + item.nameZh);
    for (const OrgUnit &unit : OrgUnitRepository(db).ofTiers({QStringLiteral("district"), QStringLiteral("street")}))
        n.orgUnits.insert(unit.code, unit.shortName);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, credit_code FROM employers WHERE credit_code IS NOT NULL AND credit_code <> ''")))
        while (q.next())
            n.employerCodes.insert(q.value(0).toString(), q.value(1).toString());
    return n;
}

Table RegisterExport::workers(const QList<Worker> &rows, bool fullIdNumbers, const Names &names)
{
    Table t;
    t.headers = RegisterImporter::templateHeaders(RegisterImporter::Kind::Workers);
    t.rows.reserve(rows.size());
    for (const Worker &w : rows) {
        QString sex;
        if (w.sex == QLatin1String("male"))
            sex = QStringLiteral("男");
        else if (w.sex == QLatin1String("female"))
            sex = QStringLiteral("女");
        const auto idType = IdDocument::parse(w.idType);
        // Same order as the template: 姓名 性别 民族 出生日期 身份证号 联系电话 住址 户口性质 工作单位
        // 单位统一社会信用代码 岗位 是否工会会员 备注 证件类型 证件号码保留原因.
        t.rows.append({w.name, sex, named(names.ethnicity, w.ethnicity), isoDate(w.birthDate),
                       fullIdNumbers || w.idNumber.isEmpty() ? w.idNumber : IdDocument::mask(w.idNumber), w.phone,
                       w.address, named(names.hukouType, w.hukouType), w.employerName,
                       names.employerCodes.value(w.employerId), w.post, yesNo(w.unionMember), w.notes,
                       idType ? IdDocument::chineseName(*idType) : w.idType, w.idNumberOverride});
    }
    return t;
}

Table RegisterExport::employers(const QList<Employer> &rows, const Names &names)
{
    Table t;
    t.headers = RegisterImporter::templateHeaders(RegisterImporter::Kind::Employers);
    t.rows.reserve(rows.size());
    for (const Employer &e : rows) {
        // 单位名称 统一社会信用代码 单位类型 行业 职工人数 是否建会 建会日期 职代会 厂务公开 集体协商 法定代表人
        // 联系电话 地址 所在区 所在街道 备注 信用代码保留原因.
        t.rows.append({e.name, e.creditCode, named(names.employerType, e.employerType), named(names.industry, e.industry),
                       e.employeeCount ? QString::number(*e.employeeCount) : QString(), yesNo(e.unionFounded),
                       isoDate(e.unionFoundedOn), yesNo(e.hasWorkersCongress), yesNo(e.hasOpenAffairs),
                       yesNo(e.hasCollectiveBargaining), e.legalRepresentative, e.phone, e.address,
                       named(names.orgUnits, e.district), named(names.orgUnits, e.street), e.notes,
                       e.creditCodeOverride});
    }
    return t;
}

QString RegisterExport::fullIdNumbersRefused(const Session &viewer)
{
    return tr("A %1 may not see full ID numbers, so %2 cannot export them; export the list with masked ID "
              "numbers instead.")
        .arg(roleDisplayName(viewer.role), viewer.username);
}

Status RegisterExport::exportWorkers(Database &db, const Session &viewer, const QList<Worker> &rows,
                                     const QString &path, bool fullIdNumbers)
{
    if (fullIdNumbers && !mayReadFullIdNumbers(viewer.role))
        return Status::failure(fullIdNumbersRefused(viewer));
    return exportWorkers(db, viewer.username, rows, path, fullIdNumbers);
}

Status RegisterExport::exportWorkers(Database &db, const QString &actor, const QList<Worker> &rows, const QString &path,
                                     bool fullIdNumbers)
{
    if (fullIdNumbers) {
        if (const auto role = accountRole(db, actor); role && !mayReadFullIdNumbers(*role)) {
            Session viewer;
            viewer.username = actor;
            viewer.role = *role;
            return Status::failure(fullIdNumbersRefused(viewer));
        }
    }
    if (TabularFile::formatOf(path) == TabularFile::Format::Unknown)
        return Status::failure(tr("%1: unsupported file type; use .xlsx or .csv.").arg(QDir::toNativeSeparators(path)));
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const QString detail = QStringLiteral("workers; file %1; %2 rows; %3")
                               .arg(QFileInfo(path).fileName())
                               .arg(rows.size())
                               .arg(fullIdNumbers ? QStringLiteral("full ID numbers") : QStringLiteral("masked ID numbers"));
    if (Status s = AccessLog::append(db, actor, AccessLog::Event::Export, QStringLiteral("workers"), {}, detail); !s)
        return Status::failure(tr("The export could not be logged, so it was not written: %1").arg(s.error()));
    if (Status s = TabularFile::write(path, workers(rows, fullIdNumbers, names(db))); !s)
        return s;
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return Status::failure(tr("The export could not be logged, so it was removed again: %1").arg(s.error()));
    }
    return Status::success();
}

Status RegisterExport::exportEmployers(Database &db, const QList<Employer> &rows, const QString &path)
{
    return TabularFile::write(path, employers(rows, names(db)));
}

} // namespace ud
