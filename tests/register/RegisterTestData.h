#pragma once

// Register test data: a node database with employers and workers written through RecordStore
// in one transaction (fast enough for a few thousand rows), deterministic for a seed.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/ResidentId.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace udtest {

// A valid 18-digit resident ID number.
inline QString idNumber(const QString &area, const QDate &birth, int sequence)
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ud::ResidentId::checkDigit(first17);
}

// The same number with a wrong check digit.
inline QString badIdNumber(const QString &valid)
{
    const QChar last = valid.back();
    return valid.left(17) + (last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

struct EmployerSpec
{
    QString id;
    QString name;
    QString district;
    QString street;
    QString industry;
    int employeeCount = -1; // -1: not known
};

struct WorkerSpec
{
    QString id;
    QString name;
    QString employerId;
    bool unionMember = false;
    QString idNumber;
};

// A station database (朝阳区八里庄街道) with a clock that advances one second per seven records,
// so updated_at has both ties and order.
class RegisterDb
{
public:
    static constexpr const char *kStation = "110105015";

    bool open(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const ud::Status opened = db.open(m_dir.filePath(QStringLiteral("node.db")), ud::Database::OpenMode::CreateIfMissing);
        if (!opened) {
            *error = opened.error();
            return false;
        }
        auto node = ud::NodeIdentity::initialize(db, QString::fromLatin1(kStation), ud::Tier::Street,
                                                 QStringLiteral("八里庄测试站"), clock);
        if (!node) {
            *error = node.error();
            return false;
        }
        store = std::make_unique<ud::RecordStore>(db, &clock);
        store->setActor(QStringLiteral("tester"));
        return true;
    }

    // `employers` employers spread over two districts and four industries (some with no known
    // size), then `workers` workers over them (every fifth without employer), in one transaction.
    ud::Status populate(int employers, int workers, quint64 seed = 7)
    {
        QRandomGenerator rng(seed);
        const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                      QStringLiteral("赵"), QStringLiteral("黄")};
        const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                                   QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("丽"),
                                   QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("军"),
                                   QStringLiteral("洋")};
        const QStringList industries = {QStringLiteral("47"), QStringLiteral("48"), QStringLiteral("13"),
                                        QStringLiteral("65")};
        const QStringList trades = {QStringLiteral("建筑"), QStringLiteral("土木工程"), QStringLiteral("食品"),
                                    QStringLiteral("软件")};
        const ud::OrgUnitRepository org(db);
        const QStringList districts = {QStringLiteral("110105"), QStringLiteral("110108")};
        QHash<QString, QStringList> streets;
        for (const QString &d : districts)
            for (const ud::OrgUnit &u : org.children(d))
                streets[d] << u.code;

        ud::Database::Transaction tx(db);
        for (int i = 0; i < employers; ++i) {
            EmployerSpec e;
            e.district = districts.at(i % 2);
            e.street = streets.value(e.district).value(int(rng.bounded(qMax(1, int(streets.value(e.district).size())))));
            const int trade = int(rng.bounded(4));
            e.industry = industries.at(trade);
            e.employeeCount = i % 9 == 0 ? -1 : int(rng.bounded(400));
            e.name = QStringLiteral("北京%1%2%3有限公司")
                         .arg(e.district == QLatin1String("110105") ? QStringLiteral("朝阳") : QStringLiteral("海淀"),
                              trades.at(trade))
                         .arg(i, 4, 10, QLatin1Char('0'));
            QVariantMap fields{{QStringLiteral("name"), e.name},
                               {QStringLiteral("district"), e.district},
                               {QStringLiteral("industry"), e.industry},
                               {QStringLiteral("address"), QStringLiteral("北京市某路%1号").arg(i + 1)}};
            if (!e.street.isEmpty())
                fields.insert(QStringLiteral("street"), e.street);
            if (e.employeeCount >= 0)
                fields.insert(QStringLiteral("employee_count"), e.employeeCount);
            auto rec = store->create(QStringLiteral("employers"), fields);
            if (!rec)
                return rec.status();
            e.id = rec.value().id;
            employerList << e;
            tick(i);
        }
        for (int i = 0; i < workers; ++i) {
            WorkerSpec w;
            w.name = surnames.at(int(rng.bounded(int(surnames.size())))) + given.at(int(rng.bounded(int(given.size()))));
            if (rng.bounded(2) == 0)
                w.name += given.at(int(rng.bounded(int(given.size()))));
            // (area, birth date, sequence) is unique for up to 216,000 workers: the sequence and
            // area repeat every 6,000 workers, the birth date's day number modulo 36 then changes.
            const QDate birth = QDate(1960, 1, 1).addDays((i / 6000) % 36 + 36 * qint64(rng.bounded(389)));
            static const QStringList areas = {QStringLiteral("110105"), QStringLiteral("110108"),
                                              QStringLiteral("110101"), QStringLiteral("110102"),
                                              QStringLiteral("110106"), QStringLiteral("110107")};
            w.idNumber = idNumber(areas.at((i / 1000) % areas.size()), birth, i % 1000);
            w.unionMember = rng.bounded(3) != 0;
            if (i % 5 != 0 && !employerList.isEmpty())
                w.employerId = employerList.at(int(rng.bounded(int(employerList.size())))).id;
            QVariantMap fields{{QStringLiteral("name"), w.name},
                               {QStringLiteral("id_number"), w.idNumber},
                               {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
                               {QStringLiteral("sex"), (i % 1000) % 2 ? QStringLiteral("male") : QStringLiteral("female")},
                               {QStringLiteral("union_member"), w.unionMember ? 1 : 0},
                               {QStringLiteral("post"), QStringLiteral("岗位%1").arg(i % 13)}};
            if (!w.employerId.isEmpty())
                fields.insert(QStringLiteral("employer_id"), w.employerId);
            auto rec = store->create(QStringLiteral("workers"), fields);
            if (!rec)
                return rec.status();
            w.id = rec.value().id;
            workerList << w;
            tick(i);
        }
        return tx.commit();
    }

    const EmployerSpec *employerSpec(const QString &id) const
    {
        for (const EmployerSpec &e : employerList)
            if (e.id == id)
                return &e;
        return nullptr;
    }

    ud::ManualClock clock{QDateTime(QDate(2026, 5, 6), QTime(9, 0), Qt::UTC)};
    ud::Database db;
    std::unique_ptr<ud::RecordStore> store;
    QList<EmployerSpec> employerList;
    QList<WorkerSpec> workerList;

private:
    void tick(int i)
    {
        if (i % 7 == 6)
            clock.advanceMs(1000);
    }

    QTemporaryDir m_dir;
};

} // namespace udtest
